import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { uuidParam } from '@waypoint/platform';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import {
  allowedCommands,
  nextDeadlineOf,
  type CaseDeadline,
  type NrmCaseCommandKind,
} from '../nrm-case/nrm-case';
import { ReferralRepository, type ReferralRecord } from '../referral.repository';

/**
 * The referral as its agency sees it. For an NRM case, what it waits for next and the commands it allows today,
 * so a client offers only those (the command endpoint still judges each one).
 */
export type ReferralView =
  | (ReferralRecord & { route: 'duty-to-notify' })
  | (ReferralRecord & {
      route: 'nrm';
      nextDeadline: CaseDeadline | null;
      allowedCommands: NrmCaseCommandKind[];
    });

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
    if (found.route !== 'nrm') return found;
    const today = londonDateOf(new Date());
    return {
      ...found,
      nextDeadline: nextDeadlineOf(found.nrmCase.state, today),
      allowedCommands: allowedCommands(found.nrmCase.state, today),
    };
  }
}
