import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { uuidParam } from '@waypoint/platform';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import { ReferralRepository, type ReferralView } from '../referral.repository';

@Controller('referrals')
export class ViewReferralController {
  constructor(private readonly referrals: ReferralRepository) {}

  @Get(':journeyId')
  @Roles('first-responder')
  async view(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReferralView> {
    const found = await this.referrals.findForAgency(journeyId, principal.agency);
    if (!found) throw new NotFoundException(`no referral for journey ${journeyId} in your agency`);
    return found;
  }
}
