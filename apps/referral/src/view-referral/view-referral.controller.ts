import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import { DataSource } from 'typeorm';
import { DutyToNotifyRecord, NrmCaseRecord } from '../referral.entities';

export type ReferralView =
  { route: 'nrm'; nrmCase: NrmCaseRecord } | { route: 'duty-to-notify'; dutyToNotify: DutyToNotifyRecord };

@Controller('referrals')
export class ViewReferralController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':journeyId')
  @Roles('first-responder')
  async view(
    @Param('journeyId', new ParseUUIDPipe()) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReferralView> {
    const nrmCase = await this.dataSource.manager.findOneBy(NrmCaseRecord, {
      journeyId,
      referringAgency: principal.agency,
    });
    if (nrmCase) return { route: 'nrm', nrmCase };
    const dutyToNotify = await this.dataSource.manager.findOneBy(DutyToNotifyRecord, {
      journeyId,
      notifyingAgency: principal.agency,
    });
    if (dutyToNotify) return { route: 'duty-to-notify', dutyToNotify };
    throw new NotFoundException(`no referral for journey ${journeyId} in your agency`);
  }
}
