import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { uuidParam } from '@waypoint/platform';
import { CASE_ROLES, CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import { JourneyRepository } from '../project-timeline/journey.repository';

export interface JourneyView {
  journeyId: string;
  stage: string;
  nextDeadline: { kind: string; dueOn: string } | null;
  agencies: string[];
  openedAt: string;
  timeline: {
    eventId: string;
    type: string;
    occurredAt: string;
    recordedAt: string;
    agency: string;
    summary: Record<string, unknown>;
  }[];
}

@Controller('journeys')
export class ViewJourneyController {
  constructor(private readonly journeys: JourneyRepository) {}

  /** Visible to case workers of the agencies involved in this journey; commissioners see aggregates only. */
  @Get(':journeyId')
  @Roles(...CASE_ROLES)
  async view(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<JourneyView> {
    const found = await this.journeys.find(journeyId);
    // 404 for agencies not involved: whether a journey exists is itself need-to-know.
    if (!found || !found.journey.agencies.includes(principal.agency)) {
      throw new NotFoundException(`no journey ${journeyId} involving your agency`);
    }
    const { journey, timeline } = found;
    return {
      journeyId,
      stage: journey.stage,
      nextDeadline:
        journey.nextDeadlineKind && journey.nextDeadlineOn
          ? { kind: journey.nextDeadlineKind, dueOn: journey.nextDeadlineOn }
          : null,
      agencies: journey.agencies,
      openedAt: journey.openedAt.toISOString(),
      timeline: timeline.map((event) => ({
        eventId: event.eventId,
        type: event.type,
        occurredAt: event.occurredAt.toISOString(),
        recordedAt: event.recordedAt.toISOString(),
        agency: event.agency,
        summary: event.summary,
      })),
    };
  }
}
