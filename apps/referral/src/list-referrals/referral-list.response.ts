import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LocalDate } from '@waypoint/calendar';
import {
  AGE_GROUPS,
  AREAS,
  COMPETENT_AUTHORITIES,
  NRM_CASE_STATUSES,
  NRM_DEADLINE_KINDS,
  type AgeGroup,
  type Area,
  type CompetentAuthority,
} from '@waypoint/contracts';
import type { NrmCaseStatus } from '../nrm-case/nrm-case';
// Types only from the controller: it imports this file, so a value import would be circular at load.
import type { ReferralList } from './list-referrals.controller';
import type { ReferralSummary } from './referral-summary';

export class ReferralSummaryDeadlineResponse {
  @ApiProperty({ enum: [...NRM_DEADLINE_KINDS], enumName: 'CaseDeadlineKind' })
  kind!: NonNullable<ReferralSummary['nextDeadline']>['kind'];

  @ApiProperty({ type: 'string', format: 'date' })
  dueOn!: LocalDate;
}

export class ReferralSummaryResponse implements ReferralSummary {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ enum: ['nrm', 'duty-to-notify'] })
  route!: 'nrm' | 'duty-to-notify';

  @ApiPropertyOptional({
    enum: [...NRM_CASE_STATUSES],
    enumName: 'NrmCaseStatus',
    description: 'The NRM case status; absent for a Duty to Notify',
  })
  status?: NrmCaseStatus;

  @ApiProperty({ enum: [...AGE_GROUPS], enumName: 'AgeGroup' })
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: Area;

  @ApiPropertyOptional({
    enum: [...COMPETENT_AUTHORITIES],
    enumName: 'CompetentAuthority',
    description: 'Absent for a Duty to Notify',
  })
  competentAuthority?: CompetentAuthority;

  @ApiProperty({
    type: 'string',
    format: 'date',
    description: 'The day the NRM referral was submitted, or the Duty to Notify made (London)',
  })
  submittedOn!: string;

  @ApiProperty({ type: ReferralSummaryDeadlineResponse, nullable: true })
  nextDeadline!: ReferralSummaryDeadlineResponse | null;

  @ApiProperty()
  overdue!: boolean;
}

export class ReferralListResponse implements ReferralList {
  @ApiProperty({
    type: [ReferralSummaryResponse],
    description:
      'Newest first, overdue cases first within a day; a fixed number at most (truncated says when more exist)',
  })
  cases!: ReferralSummaryResponse[];

  @ApiProperty({ description: 'True when the agency has more than the limit and the oldest were left off' })
  truncated!: boolean;
}
