import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFieldProblems, ApiUuidParam, Authorised, ErrorResponse, uuidParam } from '@waypoint/platform';
import { CASE_ROLES, CurrentPrincipal, type Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { isDeadlineOverdue } from '@waypoint/contracts';
import { JourneyRepository } from '../project-timeline/journey.repository';
import { JourneyViewResponse } from './journey-view.response';

export interface JourneyView {
  journeyId: string;
  stage: string;
  /** The one meaning of a next deadline (libs/contracts, NRM_DEADLINE_KINDS), plus an adult's place-of-safety decision. */
  nextDeadline: { kind: string; dueOn: string; overdue: boolean } | null;
  agencies: string[];
  /** The safe-house placement beside the NRM stage; null while none was asked for. */
  placement: { status: string; nextDate: { kind: string; on: string } | null } | null;
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

@ApiTags('journeys')
@Controller('journeys')
export class ViewJourneyController {
  constructor(private readonly journeys: JourneyRepository) {}

  /** Visible to case workers of the agencies involved in this journey; commissioners see aggregates only. */
  @Get(':journeyId')
  @Authorised(...CASE_ROLES)
  @ApiOperation({
    summary: "A survivor's cross-agency timeline: stage, next statutory date, agencies involved",
    description:
      'No personal data. Visible to case workers of the agencies involved; commissioners see aggregates only.',
  })
  @ApiUuidParam('journeyId', 'The journey id')
  @ApiOkResponse({ description: 'The journey', type: JourneyViewResponse })
  @ApiFieldProblems('journeyId is not a UUID')
  @ApiNotFoundResponse({
    description: 'No journey involving your agency (whether it exists is itself need-to-know)',
    type: ErrorResponse,
  })
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
    const deadline =
      journey.nextDeadlineKind && journey.nextDeadlineOn
        ? { kind: journey.nextDeadlineKind, dueOn: journey.nextDeadlineOn }
        : null;
    return {
      journeyId,
      stage: journey.stage,
      nextDeadline: deadline && {
        ...deadline,
        overdue: isDeadlineOverdue(deadline, londonDateOf(new Date())),
      },
      agencies: journey.agencies,
      placement: journey.placementStatus
        ? {
            status: journey.placementStatus,
            nextDate:
              journey.placementNextKind && journey.placementNextOn
                ? { kind: journey.placementNextKind, on: journey.placementNextOn }
                : null,
          }
        : null,
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
