import { ApiProperty } from '@nestjs/swagger';
import { AGE_GROUPS, AREAS, type AgeGroup, type Area } from '@waypoint/contracts';
// Types only from the controller: it imports this file, so a value import would be circular at load.
import type { AwaitingDecision, AwaitingDecisionList } from './list-identifications.controller';

export class AwaitingDecisionResponse implements AwaitingDecision {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ format: 'date-time' })
  identifiedAt!: string;

  @ApiProperty({ enum: [...AGE_GROUPS], enumName: 'AgeGroup' })
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: [...AREAS], enumName: 'Area' })
  area!: Area;

  @ApiProperty({ type: 'string', format: 'date', description: 'The last day to decide (3 working days)' })
  placeOfSafetyDecisionDueOn!: string;

  @ApiProperty({ description: 'The last day to decide is behind today (London) and no decision is recorded' })
  overdue!: boolean;
}

export class AwaitingDecisionListResponse implements AwaitingDecisionList {
  @ApiProperty({
    type: [AwaitingDecisionResponse],
    description:
      'Newest first; a fixed number at most (truncated says when more exist). No personal details.',
  })
  identifications!: AwaitingDecisionResponse[];

  @ApiProperty({ description: 'True when the agency has more than the limit and the oldest were left off' })
  truncated!: boolean;
}
