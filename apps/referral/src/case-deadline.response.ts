import { ApiProperty } from '@nestjs/swagger';
import type { LocalDate } from '@waypoint/calendar';
import { NRM_DEADLINE_KINDS } from '@waypoint/contracts';
import type { CaseDeadline } from './nrm-case/nrm-case';

/**
 * A case's next deadline as every referral answer gives it (GET, a command's answer): the kinds of
 * nrm-case-updated.v1's nextDeadline, and whether it is overdue on the day it was read.
 */
export class CaseDeadlineResponse implements CaseDeadline {
  @ApiProperty({ enum: [...NRM_DEADLINE_KINDS], enumName: 'CaseDeadlineKind' })
  kind!: CaseDeadline['kind'];

  @ApiProperty({ type: 'string', format: 'date' })
  dueOn!: LocalDate;

  @ApiProperty({ description: 'Only a decision can be overdue: the RG decision after its target day' })
  overdue!: boolean;
}
