import { ApiProperty } from '@nestjs/swagger';
import { EVENT_CATALOGUE, isJourneyEventType, type EventType } from '@waypoint/contracts';
import {
  PLACEMENT_DATE_KINDS,
  PLACEMENT_STAGES,
  STAGE_RANK,
  type Deadline,
  type JourneyStage,
} from '../project-timeline/journey-projection';
import type { JourneyView } from './view-journey.controller';

const JOURNEY_STAGES = Object.keys(STAGE_RANK) as JourneyStage[];
const EVENT_TYPES = (Object.keys(EVENT_CATALOGUE) as EventType[]).filter(isJourneyEventType);
/** The Record type keeps this list exhaustive both ways as deadline kinds are added. */
const DEADLINE_KINDS = Object.keys({
  'reasonable-grounds-due': true,
  'reconsideration-window-closes': true,
  'recovery-period-minimum-reached': true,
  'place-of-safety-decision-due': true,
} satisfies Record<Deadline['kind'], true>) as Deadline['kind'][];

export class JourneyDeadlineResponse {
  @ApiProperty({ enum: DEADLINE_KINDS, enumName: 'JourneyDeadlineKind' })
  kind!: Deadline['kind'];

  @ApiProperty({ type: 'string', format: 'date', example: '2026-12-08' })
  dueOn!: string;

  @ApiProperty({
    description:
      'On the day read (London): only a decision can be overdue, the RG decision after its target day',
  })
  overdue!: boolean;
}

export class PlacementDateResponse {
  @ApiProperty({ enum: [...PLACEMENT_DATE_KINDS], enumName: 'PlacementDateKind' })
  kind!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  on!: string;
}

export class JourneyPlacementResponse {
  @ApiProperty({ enum: [...PLACEMENT_STAGES], enumName: 'PlacementStage' })
  status!: string;

  @ApiProperty({
    type: PlacementDateResponse,
    nullable: true,
    description: 'The first night needed, the day a hold on a bed ends, or the planned move-out',
  })
  nextDate!: PlacementDateResponse | null;
}

export class TimelineEntryResponse {
  @ApiProperty({ format: 'uuid', description: 'The integration event this entry records' })
  eventId!: string;

  @ApiProperty({
    enum: EVENT_TYPES,
    description: 'The integration event type (its contract in libs/contracts)',
  })
  type!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the event reached the journey service' })
  recordedAt!: string;

  @ApiProperty({ description: 'The agency whose action this was' })
  agency!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What changed, by event type; never personal data (journey-projection.ts)',
  })
  summary!: Record<string, unknown>;
}

/** GET /journeys/:journeyId: a survivor's cross-agency timeline, without personal data. */
export class JourneyViewResponse implements JourneyView {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ enum: JOURNEY_STAGES, enumName: 'JourneyStage' })
  stage!: string;

  @ApiProperty({
    type: JourneyDeadlineResponse,
    nullable: true,
    description: 'null: no statutory date is running',
  })
  nextDeadline!: JourneyDeadlineResponse | null;

  @ApiProperty({ type: [String], description: 'Every agency involved; only they can see the journey' })
  agencies!: string[];

  @ApiProperty({
    type: JourneyPlacementResponse,
    nullable: true,
    description: 'The safe-house placement, beside the NRM stage; null while none was asked for',
  })
  placement!: JourneyPlacementResponse | null;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ type: [TimelineEntryResponse], description: 'Oldest first' })
  timeline!: TimelineEntryResponse[];
}
