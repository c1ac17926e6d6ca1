import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { Authorised } from '@waypoint/platform';
import { ReferralRepository } from '../referral.repository';
import { ReferralListResponse } from './referral-list.response';
import { byMostRecent, summariseCase, summariseDutyToNotify, type ReferralSummary } from './referral-summary';

/** A list for a person to read, not an export: beyond this the agency needs search, not a longer page. */
export const REFERRAL_LIST_LIMIT = 500;

export interface ReferralList {
  cases: ReferralSummary[];
  /** True when the agency has more than REFERRAL_LIST_LIMIT and the oldest were left off. */
  truncated: boolean;
}

@ApiTags('referrals')
@Controller('referrals')
export class ListReferralsController {
  constructor(private readonly referrals: ReferralRepository) {}

  /** The caller's agency's referrals with each one's next deadline; other agencies' never appear. */
  @Get()
  @Authorised('first-responder')
  @ApiOperation({
    summary: "The caller's agency's referrals, each with its next deadline",
    description: "NRM cases and Duty to Notify records; other agencies' never appear.",
  })
  @ApiOkResponse({ description: 'The list', type: ReferralListResponse })
  async list(@CurrentPrincipal() principal: Principal): Promise<ReferralList> {
    const today = londonDateOf(new Date());
    const found = await this.referrals.listForAgency(principal.agency, REFERRAL_LIST_LIMIT + 1);
    const all = [
      ...found.cases.map((nrmCase) => summariseCase(nrmCase, today)),
      ...found.dutyToNotify.map(summariseDutyToNotify),
    ].sort(byMostRecent);
    return { cases: all.slice(0, REFERRAL_LIST_LIMIT), truncated: all.length > REFERRAL_LIST_LIMIT };
  }
}
