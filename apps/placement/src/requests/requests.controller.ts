import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import {
  ApiFieldProblems,
  ApiUuidParam,
  Authorised,
  ErrorResponse,
  FieldsRejected,
  RequestOrigin,
  uuidParam,
} from '@waypoint/platform';
import { MakeOfferDto } from '../offers/offer.dto';
import type { OfferView } from '../offers/offer-view';
import { BedTakenResponse, OfferViewResponse } from '../offers/offer-view.response';
import { OffersService } from '../offers/offers.service';
import { RequestPlacementDto, WithdrawRequestDto } from './placement-request.dto';
import {
  MatchResponse,
  PlacementRequestDetailResponse,
  PlacementRequestQueueResponse,
} from './placement-request.response';
import { REQUEST_STATUSES, SEEKING_STATUSES, type RequestStatus } from './requests.repository';
import {
  RequestsService,
  type MatchView,
  type PlacementRequestDetail,
  type PlacementRequestView,
} from './requests.service';

const NO_REQUEST = { description: 'No such request among those you may see', type: ErrorResponse };

@ApiTags('placement-requests')
@Controller('placement-requests')
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly offers: OffersService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Authorised('first-responder', 'advocate', 'support-worker')
  @ApiOperation({
    summary: 'Ask for a place for a survivor, for a journey your agency is involved in',
    description:
      'The area of exploitation (from identification) is always avoided. Risk notes are sealed and never published. Publishes placement-requested.v1.',
  })
  @ApiCreatedResponse({
    description: 'The request, waiting for an offer',
    type: PlacementRequestDetailResponse,
  })
  @ApiFieldProblems(
    'The body is not a valid request, neededFrom is past, or neededUntil is before it; nothing was written',
  )
  @ApiNotFoundResponse({
    description: 'No journey involving your agency is known to placement',
    type: ErrorResponse,
  })
  @ApiConflictResponse({
    description: 'The journey already has a request seeking a place',
    type: ErrorResponse,
  })
  request(
    @Body() dto: RequestPlacementDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<PlacementRequestDetail> {
    return this.requests.request(dto, principal, origin);
  }

  @Get()
  @Authorised('placement-coordinator', 'first-responder', 'advocate', 'support-worker')
  @ApiOperation({
    summary: 'The requests queue: most urgent and longest waiting first',
    description: "Coordinators see every agency's requests; others the ones their agency raised.",
  })
  @ApiQuery({
    name: 'status',
    required: false,
    enum: [...REQUEST_STATUSES],
    description: 'Only requests in this status; omitted: those still seeking a place',
  })
  @ApiQuery({
    name: 'journeyId',
    required: false,
    schema: { type: 'string', format: 'uuid' },
    description: "Only this journey's requests (a case page); still only those you may see",
  })
  @ApiQuery({
    name: 'all',
    required: false,
    enum: ['true'],
    description: "Every status (status is then ignored): a journey's whole placement history",
  })
  @ApiOkResponse({ description: 'The requests', type: PlacementRequestQueueResponse })
  @ApiFieldProblems('status is not a request status, journeyId is not a UUID, or all is not true')
  async queue(
    @CurrentPrincipal() principal: Principal,
    @Query('status') status?: string,
    @Query('journeyId') journeyId?: string,
    @Query('all') all?: string,
  ): Promise<{ requests: PlacementRequestView[] }> {
    if (status !== undefined && !(REQUEST_STATUSES as readonly string[]).includes(status)) {
      throw FieldsRejected.because('status', 'isIn', `status must be one of: ${REQUEST_STATUSES.join(', ')}`);
    }
    if (journeyId !== undefined && !isUUID(journeyId)) {
      throw FieldsRejected.because('journeyId', 'isUuid', 'journeyId must be a UUID');
    }
    if (all !== undefined && all !== 'true')
      throw FieldsRejected.because('all', 'isIn', "all must be 'true'");
    const statuses =
      all === 'true' ? REQUEST_STATUSES : status === undefined ? SEEKING_STATUSES : [status as RequestStatus];
    return { requests: await this.requests.queue(principal, statuses, journeyId ?? null) };
  }

  @Get(':requestId')
  @Authorised('placement-coordinator', 'first-responder', 'advocate', 'support-worker', 'safe-house-staff')
  @ApiOperation({
    summary: 'One request with its risk notes and offers',
    description:
      'Reading the risk notes is audited. A provider sees the request only while an offer to it is open.',
  })
  @ApiUuidParam('requestId', 'The placement request id')
  @ApiOkResponse({ description: 'The request', type: PlacementRequestDetailResponse })
  @ApiFieldProblems('requestId is not a UUID')
  @ApiNotFoundResponse(NO_REQUEST)
  view(
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlacementRequestDetail> {
    return this.requests.detail(requestId, principal);
  }

  @Get(':requestId/matches')
  @Authorised('placement-coordinator')
  @ApiOperation({
    summary: 'Matching, now: eligible houses ranked, and every excluded house with each reason',
    description: 'docs/domain.md "Safe houses and placement" gives the hard constraints and the ranking.',
  })
  @ApiUuidParam('requestId', 'The placement request id')
  @ApiOkResponse({ description: 'The matching result', type: MatchResponse })
  @ApiFieldProblems('requestId is not a UUID')
  @ApiNotFoundResponse(NO_REQUEST)
  matches(
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchView> {
    return this.requests.matches(requestId, principal);
  }

  @Post(':requestId/offers')
  @HttpCode(HttpStatus.CREATED)
  @Authorised('placement-coordinator')
  @ApiOperation({
    summary: 'Offer a house: its beds for the household are held for the provider until the hold expires',
    description:
      'Publishes placement-offered.v1. The database refuses a bed another offer holds: one of two coordinators offering the last bed gets 409.',
  })
  @ApiUuidParam('requestId', 'The placement request id')
  @ApiCreatedResponse({ description: 'The offer, held', type: OfferViewResponse })
  @ApiFieldProblems('requestId or houseId is not a UUID, or there is no such house')
  @ApiNotFoundResponse(NO_REQUEST)
  @ApiConflictResponse({
    description:
      'A bed was taken first (bedId, bedState), the request is not waiting (currentStatus), or the house cannot take the household (reasons); nothing was written',
    type: BedTakenResponse,
  })
  offer(
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @Body() dto: MakeOfferDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<OfferView> {
    return this.offers.offer(requestId, dto, principal, origin);
  }

  @Post(':requestId/withdraw')
  @HttpCode(HttpStatus.OK)
  @Authorised('placement-coordinator', 'first-responder', 'advocate', 'support-worker')
  @ApiOperation({
    summary: 'Withdraw a request still seeking a place (its held or accepted offer gives its beds back)',
    description: 'Publishes placement-request-withdrawn.v1.',
  })
  @ApiUuidParam('requestId', 'The placement request id')
  @ApiOkResponse({ description: 'The request, withdrawn', type: PlacementRequestDetailResponse })
  @ApiFieldProblems('requestId is not a UUID, or reason is not a withdrawal reason')
  @ApiNotFoundResponse(NO_REQUEST)
  @ApiConflictResponse({
    description: 'The request is no longer seeking a place (currentStatus)',
    type: ErrorResponse,
  })
  withdraw(
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @Body() dto: WithdrawRequestDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<PlacementRequestDetail> {
    return this.requests.withdraw(requestId, dto, principal, origin);
  }
}
