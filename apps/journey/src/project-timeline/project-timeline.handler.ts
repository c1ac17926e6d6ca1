import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { JourneyEventType, PayloadOf } from '@waypoint/contracts';
import { OnEvent, type EventContext } from '@waypoint/messaging';
import { journeyEventTypes, projectEvent } from './journey-projection';
import { JourneyRepository } from './journey.repository';

/** Folds every journey-relevant event into the cross-agency timeline. */
@Controller()
export class ProjectTimelineHandler {
  constructor(private readonly journeys: JourneyRepository) {}

  @OnEvent(...journeyEventTypes())
  async onJourneyEvent(
    @Payload() _payload: PayloadOf<JourneyEventType>,
    @Ctx() context: EventContext<JourneyEventType>,
  ): Promise<void> {
    await this.journeys.apply(context.manager, context.event, projectEvent(context.event));
  }
}
