import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import type { AgeGroup, Area } from '@waypoint/contracts';
import { ApiFieldProblems, Authorised } from '@waypoint/platform';
import { IsIn } from 'class-validator';
import { IdentificationRepository } from '../identification.repository';
import { placeOfSafetyDecisionOverdue } from '../place-of-safety/place-of-safety';
import { AwaitingDecisionListResponse } from './awaiting-decision.response';

/** A list for a person to read, not an export, as referral's GET /referrals. */
export const AWAITING_DECISION_LIST_LIMIT = 500;

const AWAITING = ['place-of-safety-decision'] as const;

export class ListIdentificationsQuery {
  @ApiProperty({
    enum: AWAITING,
    description:
      "Required. 'place-of-safety-decision': adults offered a place of safety who have not decided yet",
  })
  @IsIn(AWAITING, { message: "awaiting must be 'place-of-safety-decision'" })
  awaiting!: (typeof AWAITING)[number];
}

/** One adult still deciding: what the list shows, and nothing that identifies them. */
export interface AwaitingDecision {
  journeyId: string;
  identifiedAt: string;
  ageGroup: AgeGroup;
  area: Area;
  placeOfSafetyDecisionDueOn: string;
  overdue: boolean;
}

export interface AwaitingDecisionList {
  identifications: AwaitingDecision[];
  /** True when the agency has more than AWAITING_DECISION_LIST_LIMIT and the oldest were left off. */
  truncated: boolean;
}

@ApiTags('identifications')
@Controller('identifications')
export class ListIdentificationsController {
  constructor(private readonly identifications: IdentificationRepository) {}

  /**
   * Until they decide, an adult offered a place of safety has no referral and so is in no referral list;
   * their decision deadline is the tightest a first responder has. Only the caller's agency's, and no
   * personal details: nothing is read from personal_details, so there is nothing to audit.
   */
  @Get()
  @Authorised('first-responder')
  @ApiOperation({
    summary: "The caller's agency's identifications awaiting a decision",
    description:
      "awaiting=place-of-safety-decision: adults offered a place of safety who have not decided yet, each with the last day to decide. Other agencies' never appear; no personal details.",
  })
  @ApiOkResponse({ description: 'The list', type: AwaitingDecisionListResponse })
  @ApiFieldProblems("awaiting is missing or not 'place-of-safety-decision', or an unknown query parameter")
  async list(
    @Query() query: ListIdentificationsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AwaitingDecisionList> {
    const today = londonDateOf(new Date());
    const found = await this.identifications.undecidedForAgency(
      principal.agency,
      AWAITING_DECISION_LIST_LIMIT + 1,
    );
    return {
      identifications: found.slice(0, AWAITING_DECISION_LIST_LIMIT).map((victim) => {
        // The migration's check constraint: an undecided record always has its due date.
        const dueOn = victim.placeOfSafetyDecisionDueOn!;
        return {
          journeyId: victim.journeyId,
          identifiedAt: victim.identifiedAt.toISOString(),
          ageGroup: victim.ageGroup,
          area: victim.area,
          placeOfSafetyDecisionDueOn: dueOn,
          overdue: placeOfSafetyDecisionOverdue(dueOn, today),
        };
      }),
      truncated: found.length > AWAITING_DECISION_LIST_LIMIT,
    };
  }
}
