import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { buildEvent, type EventOrigin, type OutgoingEvent } from '@waypoint/contracts';
import {
  commitUnitOfWork,
  outboxInsert,
  scheduledEventsInsert,
  syncScheduledEvents,
} from '@waypoint/messaging';
import { FieldsRejected, NotInThisState, SERVICE_ENVIRONMENT } from '@waypoint/platform';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { canSeeOffer, isCoordinator, isProviderStaff } from '../access/need-to-know';
import { liveBedState } from '../beds/bed-state';
import { DirectoryRepository } from '../directory/directory.repository';
import { houseCapacityEvent } from '../directory/house-capacity';
import { JourneyKnowledgeRepository } from '../journeys/journey-knowledge.repository';
import { datesNeeded, matchHousesOf, matchRequestOf } from '../matching/match-inputs';
import { matchRequest } from '../matching/matching';
import { prioritise, requestsFitting, type FittingRequest } from '../matching/waiting-list';
import type { PlacementEnvironment } from '../placement-environment';
import { RequestsRepository, type PlacementRequestRecord } from '../requests/requests.repository';
import { plannedMoveOutOf } from '../stays/planned-move-out';
import { holdExpiresAt, holdExpiryTimer } from './hold-expiry';
import type { DeclineOfferDto, MakeOfferDto, MoveInDto, MoveOutDto } from './offer.dto';
import { offerViewOf, type OfferView } from './offer-view';
import {
  ONE_OPEN_ALLOCATION_PER_BED,
  OffersRepository,
  type OfferRecord,
  type OfferStatus,
} from './offers.repository';

const LIST_LIMIT = 500;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/** What every event about one offer carries (contracts' OfferFacts): ids and agencies, never an address. */
const factsOf = (
  offer: Pick<
    OfferRecord,
    'journeyId' | 'requestId' | 'offerId' | 'houseId' | 'providerAgency' | 'houseArea'
  >,
) => ({
  journeyId: offer.journeyId,
  requestId: offer.requestId,
  offerId: offer.offerId,
  houseId: offer.houseId,
  providerAgency: offer.providerAgency,
  area: offer.houseArea,
});

async function publish(manager: EntityManager, events: OutgoingEvent[]): Promise<void> {
  const outbox = outboxInsert(events);
  await manager.query(outbox.sql, outbox.params);
}

@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersRepository,
    private readonly requests: RequestsRepository,
    private readonly directory: DirectoryRepository,
    private readonly knowledge: JourneyKnowledgeRepository,
    @Inject(SERVICE_ENVIRONMENT) private readonly env: PlacementEnvironment,
  ) {}

  /**
   * A coordinator offers a house to a waiting request: the room and beds matching chooses there are held
   * for the provider's answer until the hold expires. The database refuses a bed another offer holds
   * (ONE_OPEN_ALLOCATION_PER_BED), so two coordinators offering the last bed at once get one hold and
   * one 409 naming the bed's state, with nothing written for the second.
   */
  async offer(requestId: string, dto: MakeOfferDto, by: Principal, origin: EventOrigin): Promise<OfferView> {
    const offerId = randomUUID();
    let bedIds: readonly string[] = [];
    try {
      await commitUnitOfWork(this.dataSource, async (manager) => {
        const request = await this.requests.lock(manager, requestId);
        if (!request) throw new NotFoundException(`no placement request ${requestId}`);
        if (request.status !== 'waiting') {
          throw new NotInThisState(
            `the request is ${request.status}: only a waiting request is offered a place`,
            {
              currentStatus: request.status,
            },
          );
        }
        const house = await this.directory.house(dto.houseId, manager);
        if (!house) throw FieldsRejected.because('houseId', 'knownHouse', `no house ${dto.houseId}`);
        const today = londonDateOf(new Date());
        const beds = await this.directory.beds(
          { houseIds: [house.houseId] },
          today,
          datesNeeded(request, today),
          manager,
        );
        const result = matchRequest(matchRequestOf(request), matchHousesOf([house], beds));
        const [placement] = result.eligible;
        if (!placement) {
          const reasons = result.excluded[0]?.reasons ?? [];
          const taken = beds.find((bed) => bed.openAllocation !== null);
          if (reasons.some((reason) => reason.reason === 'no-free-bed') && taken) {
            // Another offer took the last bed before this one read the house: the same answer as the race below.
            throw new NotInThisState(`bed ${taken.bedId} is ${liveBedState(taken.openAllocation, false)}`, {
              bedId: taken.bedId,
              bedState: liveBedState(taken.openAllocation, false),
              reasons,
            });
          }
          throw new NotInThisState(
            `${house.name} cannot take this household now: ${reasons.map((r) => r.detail).join('; ')}`,
            {
              reasons,
            },
          );
        }
        bedIds = placement.bedIds;
        const offeredAt = new Date();
        const expiresAt = holdExpiresAt(offeredAt, this.env.PLACEMENT_HOLD_MINUTES);
        await this.offers.insert(manager, {
          offerId,
          requestId,
          journeyId: request.journeyId,
          houseId: house.houseId,
          roomId: placement.roomId,
          providerAgency: house.providerAgency,
          offeredBy: by.subject,
          offeredByAgency: by.agency,
          offeredAt,
          holdExpiresAt: expiresAt,
          bedIds,
        });
        await this.requests.setStatus(manager, requestId, 'offered');
        const facts = factsOf({
          ...request,
          offerId,
          houseId: house.houseId,
          providerAgency: house.providerAgency,
          houseArea: house.area,
        });
        const timer = scheduledEventsInsert(offerId, [holdExpiryTimer(facts, expiresAt, origin)]);
        await manager.query(timer.sql, timer.params);
        await publish(manager, [
          buildEvent(
            'waypoint.placement.placement-offered.v1',
            request.journeyId,
            {
              ...facts,
              offeredByAgency: by.agency,
              offeredAt: offeredAt.toISOString(),
              holdExpiresAt: expiresAt.toISOString(),
            },
            origin,
            offeredAt,
          ),
          await houseCapacityEvent(manager, house.houseId, origin, offeredAt),
        ]);
      });
    } catch (error) {
      if (!isUniqueViolation(error, ONE_OPEN_ALLOCATION_PER_BED)) throw error;
      // The transaction rolled back: nothing of this offer was written. Say what holds the bed now.
      const holding = await this.offers.openStatusOfBeds(bedIds);
      const [bedId, status] = [...holding.entries()][0] ?? [bedIds[0], 'held'];
      const bedState = liveBedState(status === 'moved-in' ? 'moved-in' : 'held', false);
      throw new NotInThisState(`bed ${bedId} is ${bedState}: another offer took it first`, {
        bedId,
        bedState,
      });
    }
    return offerViewOf((await this.offers.find(offerId))!);
  }

  /** A provider's staff see their own provider's offers; coordinators every provider's. */
  async list(by: Principal, statuses: readonly OfferStatus[]): Promise<OfferView[]> {
    const records = await this.offers.list(statuses, isCoordinator(by) ? null : by.agency, LIST_LIMIT);
    return records.map(offerViewOf);
  }

  async view(offerId: string, by: Principal): Promise<OfferView> {
    const offer = await this.offers.find(offerId);
    if (!offer || !canSeeOffer(by, offer)) throw new NotFoundException(`no offer ${offerId}`);
    return offerViewOf(offer);
  }

  async accept(offerId: string, by: Principal, origin: EventOrigin): Promise<OfferView> {
    await commitUnitOfWork(this.dataSource, async (manager) => {
      const offer = await this.answerable(manager, offerId, by);
      const acceptedAt = new Date();
      await this.offers.accept(manager, offerId, acceptedAt, by.subject);
      await this.requests.setStatus(manager, offer.requestId, 'accepted');
      await publish(manager, [
        buildEvent(
          'waypoint.placement.placement-offer-accepted.v1',
          offer.journeyId,
          { ...factsOf(offer), acceptedAt: acceptedAt.toISOString() },
          origin,
          acceptedAt,
        ),
      ]);
    });
    return offerViewOf((await this.offers.find(offerId))!);
  }

  async decline(
    offerId: string,
    dto: DeclineOfferDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<OfferView> {
    await commitUnitOfWork(this.dataSource, async (manager) => {
      const offer = await this.answerable(manager, offerId, by);
      const declinedAt = new Date();
      await this.offers.end(manager, offerId, 'declined', declinedAt, {
        answeredBy: by.subject,
        declineReason: dto.reason,
      });
      await this.requests.setStatus(manager, offer.requestId, 'waiting');
      await publish(manager, [
        buildEvent(
          'waypoint.placement.placement-offer-declined.v1',
          offer.journeyId,
          { ...factsOf(offer), declinedAt: declinedAt.toISOString(), reason: dto.reason },
          origin,
          declinedAt,
        ),
        await houseCapacityEvent(manager, offer.houseId, origin, declinedAt),
      ]);
    });
    return offerViewOf((await this.offers.find(offerId))!);
  }

  async moveIn(offerId: string, dto: MoveInDto, by: Principal, origin: EventOrigin): Promise<OfferView> {
    const today = londonDateOf(new Date());
    if (dto.movedInOn > today)
      throw FieldsRejected.because(
        'movedInOn',
        'notInTheFuture',
        `movedInOn must not be after today (${today})`,
      );
    await commitUnitOfWork(this.dataSource, async (manager) => {
      const offer = await this.providersOffer(manager, offerId, by);
      if (offer.status !== 'accepted') {
        throw new NotInThisState(`the offer is ${offer.status}: only an accepted offer moves in`, {
          currentStatus: offer.status,
        });
      }
      const offeredOn = londonDateOf(offer.offeredAt);
      if (dto.movedInOn < offeredOn) {
        throw FieldsRejected.because(
          'movedInOn',
          'notBeforeOffer',
          `movedInOn must not be before the offer (${offeredOn})`,
        );
      }
      const plannedMoveOutOn = await this.plannedMoveOutFor(manager, offer.journeyId);
      await this.offers.moveIn(manager, offerId, dto.movedInOn, plannedMoveOutOn);
      await this.requests.setStatus(manager, offer.requestId, 'moved-in');
      await publish(manager, [
        buildEvent(
          'waypoint.placement.placement-moved-in.v1',
          offer.journeyId,
          { ...factsOf(offer), movedInOn: dto.movedInOn, plannedMoveOutOn },
          origin,
        ),
        await houseCapacityEvent(manager, offer.houseId, origin),
      ]);
    });
    return offerViewOf((await this.offers.find(offerId))!);
  }

  async moveOut(offerId: string, dto: MoveOutDto, by: Principal, origin: EventOrigin): Promise<OfferView> {
    const today = londonDateOf(new Date());
    if (dto.movedOutOn > today)
      throw FieldsRejected.because(
        'movedOutOn',
        'notInTheFuture',
        `movedOutOn must not be after today (${today})`,
      );
    await commitUnitOfWork(this.dataSource, async (manager) => {
      const offer = await this.providersOffer(manager, offerId, by);
      if (offer.status !== 'moved-in') {
        throw new NotInThisState(`the offer is ${offer.status}: only a stay in progress moves out`, {
          currentStatus: offer.status,
        });
      }
      if (dto.movedOutOn < offer.movedInOn!) {
        throw FieldsRejected.because(
          'movedOutOn',
          'notBeforeMoveIn',
          `movedOutOn must not be before the move-in (${offer.movedInOn})`,
        );
      }
      await this.offers.end(manager, offerId, 'moved-out', new Date(), {
        movedOutOn: dto.movedOutOn,
        moveOutReason: dto.reason,
        moveOutDestination: dto.destination,
      });
      await this.requests.setStatus(manager, offer.requestId, 'moved-out');
      await publish(manager, [
        buildEvent(
          'waypoint.placement.placement-moved-out.v1',
          offer.journeyId,
          { ...factsOf(offer), movedOutOn: dto.movedOutOn, reason: dto.reason, destination: dto.destination },
          origin,
        ),
        await houseCapacityEvent(manager, offer.houseId, origin),
      ]);
    });
    return offerViewOf((await this.offers.find(offerId))!);
  }

  /** A withdrawn request gives back what its open offer holds (a stay in progress must move out instead). */
  async withdrawOpenOffer(
    manager: EntityManager,
    request: PlacementRequestRecord,
    at: Date,
    origin: EventOrigin,
  ): Promise<void> {
    const open = (await this.offers.ofRequest(request.requestId, manager)).find(
      (offer) => offer.status === 'held' || offer.status === 'accepted',
    );
    if (!open) return;
    await syncScheduledEvents(manager, open.offerId, []);
    await this.offers.end(manager, open.offerId, 'withdrawn', at);
    await publish(manager, [await houseCapacityEvent(manager, open.houseId, origin, at)]);
  }

  /** An NRM decision arrived: the planned end of the journey's stay in progress follows it. */
  async replanMoveOut(manager: EntityManager, journeyId: string, origin: EventOrigin): Promise<void> {
    const planned = await this.plannedMoveOutFor(manager, journeyId);
    for (const stay of await this.offers.stayingOfJourney(manager, journeyId)) {
      if (stay.plannedMoveOutOn === planned) continue;
      await this.offers.setPlannedMoveOut(manager, stay.offerId, planned);
      await publish(manager, [
        buildEvent(
          'waypoint.placement.placement-move-out-planned.v1',
          journeyId,
          { ...factsOf(stay), plannedMoveOutOn: planned },
          origin,
        ),
      ]);
    }
  }

  /**
   * The waiting list, for one house: the waiting requests it can take now, most urgent and longest
   * waiting first, each with the room and beds it would use. Nothing is offered by this: a coordinator
   * chooses.
   */
  async fittingRequests(houseId: string): Promise<FittingRequest[]> {
    const house = await this.directory.house(houseId);
    if (!house) throw new NotFoundException(`no house ${houseId}`);
    const today = londonDateOf(new Date());
    const waiting = await this.requests.queue(['waiting'], null, LIST_LIMIT);
    const fitting: FittingRequest[] = [];
    // Each request is matched over its own dates, so the house is read per distinct date range.
    const byDates = new Map<string, PlacementRequestRecord[]>();
    for (const request of waiting) {
      const dates = datesNeeded(request, today);
      const key = `${dates.from}/${dates.until ?? ''}`;
      byDates.set(key, [...(byDates.get(key) ?? []), request]);
    }
    for (const requests of byDates.values()) {
      const beds = await this.directory.beds({ houseIds: [houseId] }, today, datesNeeded(requests[0], today));
      const [matchHouse] = matchHousesOf([house], beds);
      fitting.push(
        ...requestsFitting(
          matchHouse,
          requests.map((request) => ({
            ...matchRequestOf(request),
            urgency: request.urgency,
            waitingSince: request.requestedAt,
          })),
        ),
      );
    }
    // Each date range's list is in priority order; together they are put back in the one order.
    return prioritise(fitting);
  }

  /** The planned end of the journey's stay, from the NRM decisions placement has learnt of. */
  private async plannedMoveOutFor(manager: EntityManager, journeyId: string): Promise<string | null> {
    const context = await this.knowledge.context(journeyId, manager);
    return plannedMoveOutOf(
      {
        negativeDecisionOn: context?.negativeDecisionOn ?? null,
        positiveConclusiveGroundsOn: context?.positiveConclusiveGroundsOn ?? null,
      },
      {
        afterNegativeDecisionDays: this.env.PLACEMENT_MOVE_ON_AFTER_NEGATIVE_DECISION_DAYS,
        afterPositiveConclusiveGroundsDays: this.env.PLACEMENT_MOVE_ON_AFTER_POSITIVE_CG_DAYS,
      },
    );
  }

  private async providersOffer(manager: EntityManager, offerId: string, by: Principal): Promise<OfferRecord> {
    const offer = await this.offers.lock(manager, offerId);
    if (!offer || !isProviderStaff(by, offer.providerAgency))
      throw new NotFoundException(`no offer ${offerId} to your provider`);
    return offer;
  }

  /**
   * The provider's held offer, still within its hold. The expiry timer is cancelled first, before the
   * offer is locked: the runner locks the timer then the offer, so taking them in the same order never
   * deadlocks; and if the runner fired first, the offer reads expired here. A refusal rolls back, and
   * the timer with it.
   */
  private async answerable(manager: EntityManager, offerId: string, by: Principal): Promise<OfferRecord> {
    await syncScheduledEvents(manager, offerId, []);
    const offer = await this.providersOffer(manager, offerId, by);
    if (offer.status !== 'held') {
      throw new NotInThisState(`the offer is ${offer.status}: only a held offer is answered`, {
        currentStatus: offer.status,
      });
    }
    if (offer.holdExpiresAt.getTime() <= Date.now()) {
      throw new NotInThisState(`the hold expired at ${offer.holdExpiresAt.toISOString()}`, {
        currentStatus: 'expired',
      });
    }
    return offer;
  }
}
