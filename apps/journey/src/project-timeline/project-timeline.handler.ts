import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { CloudEvent, EventType, PayloadOf } from '@waypoint/contracts';
import type { EventContext } from '@waypoint/messaging';
import { journeyEventTypes, projectEvent } from './journey-projection';
import { JourneyRepository } from './journey.repository';

/** Folds every journey-relevant event into the cross-agency timeline. */
@Controller()
export class ProjectTimelineHandler {
  constructor(private readonly journeys: JourneyRepository) {}

  @EventPattern(journeyEventTypes())
  async onJourneyEvent(@Ctx() context: EventContext): Promise<void> {
    const event = context.event as CloudEvent<PayloadOf<EventType>, EventType>;
    await this.journeys.apply(context.manager, event, projectEvent(event));
  }
}
