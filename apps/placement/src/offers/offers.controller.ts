import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
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
import { FittingRequestsResponse } from '../requests/placement-request.response';
import { DeclineOfferDto, MoveInDto, MoveOutDto } from './offer.dto';
import type { OfferView } from './offer-view';
import { OfferListResponse, OfferViewResponse } from './offer-view.response';
import { OFFER_STATUSES, OPEN_OFFER_STATUSES, type OfferStatus } from './offers.repository';
import { OffersService } from './offers.service';

const NO_OFFER = { description: 'No such offer to your provider', type: ErrorResponse };
const WRONG_STATE = {
  description: 'The offer is not in a state that allows this (currentStatus)',
  type: ErrorResponse,
};

@ApiTags('offers')
@Controller('offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @Authorised('placement-coordinator', 'safe-house-staff')
  @ApiOperation({
    summary: "Offers: a provider's staff see their own (incoming, arrivals, residents); coordinators all",
  })
  @ApiQuery({
    name: 'status',
    required: false,
    enum: [...OFFER_STATUSES],
    description: 'Only offers in this status; omitted: held, accepted and moved in',
  })
  @ApiOkResponse({ description: 'The offers', type: OfferListResponse })
  @ApiFieldProblems('status is not an offer status')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('status') status?: string,
  ): Promise<{ offers: OfferView[] }> {
    if (status !== undefined && !(OFFER_STATUSES as readonly string[]).includes(status)) {
      throw FieldsRejected.because('status', 'isIn', `status must be one of: ${OFFER_STATUSES.join(', ')}`);
    }
    const statuses = status === undefined ? OPEN_OFFER_STATUSES : [status as OfferStatus];
    return { offers: await this.offers.list(principal, statuses) };
  }

  @Get(':offerId')
  @Authorised('placement-coordinator', 'safe-house-staff', 'first-responder', 'advocate', 'support-worker')
  @ApiOperation({ summary: 'One offer: to the coordinators, the provider, and the agency that asked' })
  @ApiUuidParam('offerId', 'The offer id')
  @ApiOkResponse({ description: 'The offer', type: OfferViewResponse })
  @ApiFieldProblems('offerId is not a UUID')
  @ApiNotFoundResponse({ description: 'No such offer among those you may see', type: ErrorResponse })
  view(
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfferView> {
    return this.offers.view(offerId, principal);
  }

  @Post(':offerId/accept')
  @HttpCode(HttpStatus.OK)
  @Authorised('safe-house-staff')
  @ApiOperation({
    summary: 'Accept a held offer: the beds stay held for the arrival, and your provider joins the journey',
    description: 'Publishes placement-offer-accepted.v1.',
  })
  @ApiUuidParam('offerId', 'The offer id')
  @ApiOkResponse({ description: 'The offer, accepted', type: OfferViewResponse })
  @ApiFieldProblems('offerId is not a UUID')
  @ApiNotFoundResponse(NO_OFFER)
  @ApiConflictResponse({
    description: 'The offer is not held, or its hold expired (currentStatus)',
    type: ErrorResponse,
  })
  accept(
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<OfferView> {
    return this.offers.accept(offerId, principal, origin);
  }

  @Post(':offerId/decline')
  @HttpCode(HttpStatus.OK)
  @Authorised('safe-house-staff')
  @ApiOperation({
    summary: 'Decline a held offer, with a reason: the beds are free and the request waits again',
    description: 'Publishes placement-offer-declined.v1 (the reason as a category).',
  })
  @ApiUuidParam('offerId', 'The offer id')
  @ApiOkResponse({ description: 'The offer, declined', type: OfferViewResponse })
  @ApiFieldProblems('offerId is not a UUID, or reason is missing or not a decline reason')
  @ApiNotFoundResponse(NO_OFFER)
  @ApiConflictResponse({
    description: 'The offer is not held, or its hold expired (currentStatus)',
    type: ErrorResponse,
  })
  decline(
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @Body() dto: DeclineOfferDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<OfferView> {
    return this.offers.decline(offerId, dto, principal, origin);
  }

  @Post(':offerId/move-in')
  @HttpCode(HttpStatus.OK)
  @Authorised('safe-house-staff')
  @ApiOperation({
    summary: 'Record the arrival: the beds are occupied, and the planned move-out follows the NRM',
    description: 'Publishes placement-moved-in.v1.',
  })
  @ApiUuidParam('offerId', 'The offer id')
  @ApiOkResponse({ description: 'The stay', type: OfferViewResponse })
  @ApiFieldProblems('offerId is not a UUID, or movedInOn is missing, in the future or before the offer')
  @ApiNotFoundResponse(NO_OFFER)
  @ApiConflictResponse(WRONG_STATE)
  moveIn(
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @Body() dto: MoveInDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<OfferView> {
    return this.offers.moveIn(offerId, dto, principal, origin);
  }

  @Post(':offerId/move-out')
  @HttpCode(HttpStatus.OK)
  @Authorised('safe-house-staff')
  @ApiOperation({
    summary: 'Record the departure, its reason and destination: the beds are free',
    description: 'Publishes placement-moved-out.v1.',
  })
  @ApiUuidParam('offerId', 'The offer id')
  @ApiOkResponse({ description: 'The stay, ended', type: OfferViewResponse })
  @ApiFieldProblems(
    'offerId is not a UUID, or a field is missing, invalid, in the future or before the move-in',
  )
  @ApiNotFoundResponse(NO_OFFER)
  @ApiConflictResponse(WRONG_STATE)
  moveOut(
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @Body() dto: MoveOutDto,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<OfferView> {
    return this.offers.moveOut(offerId, dto, principal, origin);
  }
}

@ApiTags('houses')
@Controller('houses')
export class WaitingListController {
  constructor(private readonly offers: OffersService) {}

  @Get(':houseId/fitting-requests')
  @Authorised('placement-coordinator')
  @ApiOperation({
    summary: 'The waiting list for a house: waiting requests it can take now, in the order to offer',
    description:
      'Most urgent first, then the longest waiting. Nothing is offered until a coordinator offers.',
  })
  @ApiUuidParam('houseId', 'The house id')
  @ApiOkResponse({ description: 'The fitting requests', type: FittingRequestsResponse })
  @ApiFieldProblems('houseId is not a UUID')
  @ApiNotFoundResponse({ description: 'No such house', type: ErrorResponse })
  async fitting(@Param('houseId', uuidParam('houseId')) houseId: string) {
    const fitting = await this.offers.fittingRequests(houseId);
    return {
      houseId,
      requests: fitting.map((entry) => ({
        requestId: entry.requestId,
        urgency: entry.urgency,
        waitingSince: entry.waitingSince.toISOString(),
        roomId: entry.placement.roomId,
        bedIds: [...entry.placement.bedIds],
        because: [...entry.placement.because],
      })),
    };
  }
}
