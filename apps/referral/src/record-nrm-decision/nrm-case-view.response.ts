import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  AGE_GROUPS,
  COMPETENT_AUTHORITIES,
  NRM_CASE_STATUSES,
  type AgeGroup,
  type CompetentAuthority,
} from '@waypoint/contracts';
import { ErrorResponse } from '@waypoint/platform';
import { CaseDeadlineResponse } from '../case-deadline.response';
import {
  DECISION_OUTCOMES,
  DISQUALIFICATION_GROUNDS,
  RECONSIDERATION_RESULTS,
  RESUMABLE_STATUSES,
  type DecisionMaker,
  type DecisionOutcome,
  type DecisionStage,
  type DisqualificationGrounds,
  type NrmCaseStatus,
  type ReconsiderationResult,
  type ResumableStatus,
} from '../nrm-case/nrm-case';

// The HTTP shapes of an NRM case (nrm-case-model.ts), for the OpenAPI document. The state is stored and
// returned whole, so these follow NrmCaseState field by field; the e2e tier checks real answers against them.

const DECISION_STAGES = [
  'reasonable-grounds',
  'conclusive-grounds',
] as const satisfies readonly DecisionStage[];

const civilDate = (description?: string) =>
  ({
    type: 'string',
    format: 'date',
    example: '2026-11-20',
    ...(description ? { description } : {}),
  }) as const;

const statusProperty = { enum: [...NRM_CASE_STATUSES], enumName: 'NrmCaseStatus' } as const;

export class NrmStageDecisionResponse {
  @ApiProperty({ enum: [...DECISION_STAGES] })
  kind!: DecisionStage;

  @ApiProperty({ enum: [...DECISION_OUTCOMES], enumName: 'DecisionOutcome' })
  outcome!: DecisionOutcome;

  @ApiProperty(civilDate())
  decidedOn!: string;

  @ApiProperty({ description: 'The user who recorded the decision in Waypoint' })
  recordedBy!: string;
}

export class NrmReconsiderationDecisionResponse {
  @ApiProperty({ enum: ['reconsideration'] })
  kind!: 'reconsideration';

  @ApiProperty({ enum: [...DECISION_STAGES], description: 'The negative decision reconsidered' })
  of!: DecisionStage;

  @ApiProperty(civilDate())
  requestedOn!: string;

  @ApiProperty({ enum: [...RECONSIDERATION_RESULTS], enumName: 'ReconsiderationResult' })
  outcome!: ReconsiderationResult;

  @ApiProperty(civilDate())
  decidedOn!: string;

  @ApiProperty()
  recordedBy!: string;
}

export class NrmDisqualificationDecisionResponse {
  @ApiProperty({ enum: ['disqualification'] })
  kind!: 'disqualification';

  @ApiProperty({ enum: [...DISQUALIFICATION_GROUNDS], enumName: 'DisqualificationGrounds' })
  grounds!: DisqualificationGrounds;

  @ApiProperty(civilDate())
  decidedOn!: string;

  @ApiProperty()
  recordedBy!: string;
}

export class PendingReconsiderationResponse {
  @ApiProperty({ enum: [...DECISION_STAGES] })
  of!: DecisionStage;

  @ApiProperty(civilDate())
  requestedOn!: string;
}

@ApiExtraModels(
  NrmStageDecisionResponse,
  NrmReconsiderationDecisionResponse,
  NrmDisqualificationDecisionResponse,
)
export class NrmCaseStateResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ enum: [...AGE_GROUPS], enumName: 'AgeGroup' })
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: [...COMPETENT_AUTHORITIES], enumName: 'CompetentAuthority' })
  competentAuthority!: CompetentAuthority;

  @ApiProperty({
    enum: [...COMPETENT_AUTHORITIES, 'child-pilot-panel'],
    description: "Who decides: the competent authority, or a child pilot site's local panel",
  })
  decisionMaker!: DecisionMaker;

  @ApiProperty(civilDate('Day 0 of the Reasonable Grounds target'))
  submittedOn!: string;

  @ApiProperty(civilDate('The Reasonable Grounds target set at referral'))
  reasonableGroundsDueOn!: string;

  @ApiProperty(statusProperty)
  status!: NrmCaseStatus;

  @ApiProperty({
    description: 'Oldest first',
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(NrmStageDecisionResponse) },
        { $ref: getSchemaPath(NrmReconsiderationDecisionResponse) },
        { $ref: getSchemaPath(NrmDisqualificationDecisionResponse) },
      ],
      discriminator: {
        propertyName: 'kind',
        mapping: {
          'reasonable-grounds': getSchemaPath(NrmStageDecisionResponse),
          'conclusive-grounds': getSchemaPath(NrmStageDecisionResponse),
          reconsideration: getSchemaPath(NrmReconsiderationDecisionResponse),
          disqualification: getSchemaPath(NrmDisqualificationDecisionResponse),
        },
      },
    },
  })
  decisions!: (
    NrmStageDecisionResponse | NrmReconsiderationDecisionResponse | NrmDisqualificationDecisionResponse
  )[];

  @ApiPropertyOptional(civilDate('Set by a positive RG decision; the earliest end of the recovery period'))
  recoveryPeriodMinimumEndsOn?: string;

  @ApiPropertyOptional(civilDate('The last day the current negative decision may be reconsidered'))
  reconsiderationWindowClosesOn?: string;

  @ApiPropertyOptional({ type: PendingReconsiderationResponse })
  pendingReconsideration?: PendingReconsiderationResponse;

  @ApiPropertyOptional(
    civilDate('The last day of move-on support after a decision that ends the recovery period'),
  )
  moveOnSupportEndsOn?: string;

  @ApiPropertyOptional({
    enum: [...RESUMABLE_STATUSES],
    description: 'While suspended: the status a resumption returns to',
  })
  suspendedFrom?: ResumableStatus;

  @ApiPropertyOptional(civilDate())
  suspendedOn?: string;

  @ApiPropertyOptional({ enum: [...DISQUALIFICATION_GROUNDS], enumName: 'DisqualificationGrounds' })
  disqualificationGrounds?: DisqualificationGrounds;

  @ApiPropertyOptional(civilDate())
  withdrawnOn?: string;

  @ApiProperty(
    civilDate('The date of the latest accepted command; later commands may not be dated before it'),
  )
  lastChangedOn!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: '1 when opened, +1 per accepted command' })
  version!: number;
}

/** POST /referrals/:journeyId/commands: the case after the command. */
export class NrmCaseViewResponse {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty(statusProperty)
  status!: NrmCaseStatus;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ type: NrmCaseStateResponse })
  state!: NrmCaseStateResponse;

  @ApiProperty({
    type: CaseDeadlineResponse,
    nullable: true,
    description:
      'What the case waits for next on the day the command was applied (London), as GET /referrals/{journeyId} says it; null when nothing',
  })
  nextDeadline!: CaseDeadlineResponse | null;
}

/** A 409: the command is not allowed in the case's current status. */
export class NrmCommandConflictResponse extends ErrorResponse {
  @ApiProperty(statusProperty)
  currentStatus!: NrmCaseStatus;
}
