import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type {
  PlacementMovedOutV1,
  PlacementOfferAcceptedV1,
  PlacementRequestWithdrawnV1,
} from '@waypoint/contracts';
import { EventContext, OnEvent } from '@waypoint/messaging';
import { PlacementAccessRepository } from './placement-access.repository';

/**
 * Need-to-know across services: identification learns from placement's events which provider is looking
 * after the survivor, and opens the personal details to that provider's staff for exactly that long.
 */
@Controller()
export class PlacementAccessHandler {
  constructor(private readonly access: PlacementAccessRepository) {}

  @OnEvent('waypoint.placement.placement-offer-accepted.v1')
  async onAccepted(
    @Payload() accepted: PlacementOfferAcceptedV1,
    @Ctx() context: EventContext<'waypoint.placement.placement-offer-accepted.v1'>,
  ): Promise<void> {
    await this.access.grant(context.manager, {
      offerId: accepted.offerId,
      requestId: accepted.requestId,
      journeyId: accepted.journeyId,
      agency: accepted.providerAgency,
      grantedAt: new Date(accepted.acceptedAt),
    });
  }

  @OnEvent('waypoint.placement.placement-moved-out.v1')
  async onMovedOut(
    @Payload() movedOut: PlacementMovedOutV1,
    @Ctx() context: EventContext<'waypoint.placement.placement-moved-out.v1'>,
  ): Promise<void> {
    await this.access.revokedBeforeGranted(context.manager, {
      offerId: movedOut.offerId,
      requestId: movedOut.requestId,
      journeyId: movedOut.journeyId,
      agency: movedOut.providerAgency,
      at: new Date(context.event.time),
    });
  }

  /** A withdrawn request ends the accepted offer it had (placement frees its beds in the same step). */
  @OnEvent('waypoint.placement.placement-request-withdrawn.v1')
  async onWithdrawn(
    @Payload() withdrawn: PlacementRequestWithdrawnV1,
    @Ctx() context: EventContext<'waypoint.placement.placement-request-withdrawn.v1'>,
  ): Promise<void> {
    await this.access.revokeRequest(context.manager, withdrawn.requestId, new Date(withdrawn.withdrawnAt));
  }
}
