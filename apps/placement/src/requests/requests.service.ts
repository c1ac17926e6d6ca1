import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { buildEvent, type EventOrigin } from '@waypoint/contracts';
import { commitUnitOfWork, outboxInsert } from '@waypoint/messaging';
import { FieldsRejected, NotInThisState } from '@waypoint/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeeRequest, isCoordinator } from '../access/need-to-know';
import { DirectoryRepository } from '../directory/directory.repository';
import { JourneyKnowledgeRepository } from '../journeys/journey-knowledge.repository';
import { datesNeeded, matchHousesOf, matchRequestOf } from '../matching/match-inputs';
import { matchRequest, type Exclusion } from '../matching/matching';
import { OPEN_OFFER_STATUSES, OffersRepository, type OfferRecord } from '../offers/offers.repository';
import { offerViewOf, type OfferView } from '../offers/offer-view';
import { PlacementSealing } from '../sealing/placement-sealing';
import { auditSealedRead } from '../sealing/sealed-read-audit';
import type { RequestPlacementDto, WithdrawRequestDto } from './placement-request.dto';
import {
  RequestsRepository,
  SEEKING_STATUSES,
  type PlacementRequestRecord,
  type RequestStatus,
} from './requests.repository';
import { OffersService } from '../offers/offers.service';

export interface PlacementRequestView {
  requestId: string;
  journeyId: string;
  requestingAgency: string;
  requestedAt: string;
  kind: PlacementRequestRecord['kind'];
  urgency: PlacementRequestRecord['urgency'];
  householdType: PlacementRequestRecord['householdType'];
  dependants: { age: number }[];
  accessibilityNeeds: PlacementRequestRecord['accessibilityNeeds'];
  languages: string[];
  pregnant: boolean;
  avoidAreas: PlacementRequestRecord['avoidAreas'];
  exploitationArea: PlacementRequestRecord['exploitationArea'];
  neededFrom: string;
  neededUntil: string | null;
  status: RequestStatus;
  /** Whole days since the request was raised, for the queue. */
  daysWaiting: number;
  hasRiskNotes: boolean;
  withdrawalReason: PlacementRequestRecord['withdrawalReason'];
}

export interface PlacementRequestDetail extends PlacementRequestView {
  /** Opened (and the read audited) for those who may see the request; null if none or erased. */
  riskNotes: string | null;
  offers: OfferView[];
}

export interface MatchView {
  requestId: string;
  eligible: {
    houseId: string;
    houseName: string;
    providerAgency: string;
    area: string;
    roomId: string;
    roomName: string;
    bedIds: string[];
    score: number;
    because: string[];
  }[];
  excluded: { houseId: string; houseName: string; providerAgency: string; reasons: Exclusion[] }[];
}

const DAY_MS = 86_400_000;

export function requestViewOf(request: PlacementRequestRecord, now: Date): PlacementRequestView {
  return {
    requestId: request.requestId,
    journeyId: request.journeyId,
    requestingAgency: request.requestingAgency,
    requestedAt: request.requestedAt.toISOString(),
    kind: request.kind,
    urgency: request.urgency,
    householdType: request.householdType,
    dependants: request.dependantAges.map((age) => ({ age })),
    accessibilityNeeds: request.accessibilityNeeds,
    languages: request.languages,
    pregnant: request.pregnant,
    avoidAreas: request.avoidAreas,
    exploitationArea: request.exploitationArea,
    neededFrom: request.neededFrom,
    neededUntil: request.neededUntil,
    status: request.status,
    daysWaiting: Math.max(0, Math.floor((now.getTime() - request.requestedAt.getTime()) / DAY_MS)),
    hasRiskNotes: request.hasRiskNotes,
    withdrawalReason: request.withdrawalReason,
  };
}

const QUEUE_LIMIT = 500;

@Injectable()
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestsRepository,
    private readonly offers: OffersRepository,
    private readonly offersService: OffersService,
    private readonly directory: DirectoryRepository,
    private readonly knowledge: JourneyKnowledgeRepository,
    private readonly sealing: PlacementSealing,
  ) {}

  async request(
    dto: RequestPlacementDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<PlacementRequestDetail> {
    const today = londonDateOf(new Date());
    if (dto.neededFrom < today) {
      throw FieldsRejected.because(
        'neededFrom',
        'notInThePast',
        `neededFrom must be today (${today}) or later`,
      );
    }
    if (dto.neededUntil !== undefined && dto.neededUntil < dto.neededFrom) {
      throw FieldsRejected.because(
        'neededUntil',
        'notBeforeNeededFrom',
        'neededUntil must be on or after neededFrom',
      );
    }
    const requestId = randomUUID();
    await commitUnitOfWork(this.dataSource, async (manager) => {
      // Need-to-know: only an agency the journey's events name may ask for a place for it.
      if (!(await this.knowledge.isInvolved(dto.journeyId, by.agency, manager))) {
        throw new NotFoundException(
          `no journey ${dto.journeyId} involving your agency is known to placement (just recorded? try again shortly)`,
        );
      }
      const seeking = await this.requests.seekingForJourney(manager, dto.journeyId);
      if (seeking) {
        throw new NotInThisState(`journey ${dto.journeyId} already has a request seeking a place`, {
          requestId: seeking.requestId,
          currentStatus: seeking.status,
        });
      }
      const context = await this.knowledge.context(dto.journeyId, manager);
      const exploitationArea = context?.exploitationArea ?? null;
      const avoidAreas = [...new Set([...(exploitationArea ? [exploitationArea] : []), ...dto.avoidAreas])];
      const requestedAt = new Date();
      const record: PlacementRequestRecord = {
        requestId,
        journeyId: dto.journeyId,
        requestingAgency: by.agency,
        requestedBy: by.subject,
        requestedAt,
        kind: dto.kind,
        urgency: dto.urgency,
        householdType: dto.householdType,
        dependantAges: dto.dependants.map((dependant) => dependant.age),
        accessibilityNeeds: dto.accessibilityNeeds,
        languages: dto.languages,
        pregnant: dto.pregnant,
        avoidAreas,
        exploitationArea,
        neededFrom: dto.neededFrom,
        neededUntil: dto.neededUntil ?? null,
        hasRiskNotes: dto.riskNotes !== undefined,
        status: 'waiting',
        withdrawnAt: null,
        withdrawalReason: null,
      };
      const sealedNotes =
        dto.riskNotes === undefined
          ? null
          : await this.sealRiskNotes(manager, dto.journeyId, dto.riskNotes, context);
      await this.requests.insert(manager, record, sealedNotes);
      const event = buildEvent(
        'waypoint.placement.placement-requested.v1',
        dto.journeyId,
        {
          journeyId: dto.journeyId,
          requestId,
          requestingAgency: by.agency,
          kind: dto.kind,
          urgency: dto.urgency,
          householdType: dto.householdType,
          dependants: dto.dependants.length,
          neededFrom: dto.neededFrom,
          requestedAt: requestedAt.toISOString(),
        },
        origin,
        requestedAt,
      );
      const outbox = outboxInsert([event]);
      await manager.query(outbox.sql, outbox.params);
    });
    return this.detail(requestId, by, 'raised-the-request');
  }

  private async sealRiskNotes(
    manager: EntityManager,
    journeyId: string,
    notes: string,
    context: { personalDataErasedAt: Date | null } | null,
  ): Promise<Buffer> {
    if (context?.personalDataErasedAt) {
      throw FieldsRejected.because(
        'riskNotes',
        'personalDataErased',
        "this journey's personal data was erased: no notes about the person can be kept",
      );
    }
    const stored = await this.knowledge.journeyKey(manager, journeyId);
    let dataKey: Buffer;
    if (stored) {
      dataKey = this.sealing.journeyKey(journeyId, stored);
    } else {
      const fresh = this.sealing.newJourneyKey(journeyId);
      await this.knowledge.storeJourneyKey(manager, journeyId, fresh.wrapped);
      dataKey = fresh.dataKey;
    }
    return this.sealing.sealRiskNotes(journeyId, dataKey, notes);
  }

  /** The queue: coordinators see every request; a raising agency its own. Open requests unless asked otherwise. */
  async queue(
    by: Principal,
    statuses: readonly RequestStatus[] = SEEKING_STATUSES,
    journeyId: string | null = null,
  ): Promise<PlacementRequestView[]> {
    const now = new Date();
    const records = await this.requests.queue(
      statuses,
      isCoordinator(by) ? null : by.agency,
      QUEUE_LIMIT,
      journeyId,
    );
    return records.map((record) => requestViewOf(record, now));
  }

  async detail(requestId: string, by: Principal, purpose = 'view-request'): Promise<PlacementRequestDetail> {
    return this.dataSource.transaction(async (manager) => {
      const { request, offers } = await this.visible(manager, requestId, by);
      let riskNotes: string | null = null;
      if (request.hasRiskNotes) {
        const sealed = await this.requests.riskNotesSealed(manager, requestId);
        const key = sealed && (await this.knowledge.journeyKey(manager, request.journeyId));
        if (sealed && key) {
          await auditSealedRead(manager, 'risk-notes', requestId, by, purpose);
          riskNotes = this.sealing.openRiskNotes(
            request.journeyId,
            this.sealing.journeyKey(request.journeyId, key),
            sealed,
          );
        }
      }
      return { ...requestViewOf(request, new Date()), riskNotes, offers: offers.map(offerViewOf) };
    });
  }

  /** The matching result for a request, now: eligible houses ranked, excluded ones with every reason. */
  async matches(requestId: string, by: Principal): Promise<MatchView> {
    const { request } = await this.visible(this.dataSource.manager, requestId, by);
    const today = londonDateOf(new Date());
    const [houses, beds] = await Promise.all([
      this.directory.houses({ all: true }),
      this.directory.matchBeds({ all: true }, datesNeeded(request, today)),
    ]);
    const result = matchRequest(matchRequestOf(request), matchHousesOf(houses, beds));
    const houseById = new Map(houses.map((house) => [house.houseId, house]));
    const roomNames = await this.directory.roomNames(result.eligible.map((match) => match.roomId));
    return {
      requestId,
      eligible: result.eligible.map((match) => {
        const house = houseById.get(match.houseId)!;
        return {
          houseId: match.houseId,
          houseName: house.name,
          providerAgency: house.providerAgency,
          area: house.area,
          roomId: match.roomId,
          roomName: roomNames.get(match.roomId) ?? '',
          bedIds: [...match.bedIds],
          score: match.score,
          because: [...match.because],
        };
      }),
      excluded: result.excluded.map((excluded) => {
        const house = houseById.get(excluded.houseId)!;
        return {
          houseId: excluded.houseId,
          houseName: house.name,
          providerAgency: house.providerAgency,
          reasons: [...excluded.reasons],
        };
      }),
    };
  }

  async withdraw(
    requestId: string,
    dto: WithdrawRequestDto,
    by: Principal,
    origin: EventOrigin,
  ): Promise<PlacementRequestDetail> {
    await commitUnitOfWork(this.dataSource, async (manager) => {
      const request = await this.requests.lock(manager, requestId);
      if (!request || !(isCoordinator(by) || request.requestingAgency === by.agency)) {
        throw new NotFoundException(`no placement request ${requestId} for your agency`);
      }
      if (!SEEKING_STATUSES.includes(request.status)) {
        throw new NotInThisState(
          `the request is ${request.status}: only a request still seeking a place is withdrawn`,
          {
            currentStatus: request.status,
          },
        );
      }
      const withdrawnAt = new Date();
      await this.offersService.withdrawOpenOffer(manager, request, withdrawnAt, origin);
      await this.requests.withdraw(manager, requestId, dto.reason, withdrawnAt);
      const event = buildEvent(
        'waypoint.placement.placement-request-withdrawn.v1',
        request.journeyId,
        {
          journeyId: request.journeyId,
          requestId,
          withdrawnByAgency: by.agency,
          reason: dto.reason,
          withdrawnAt: withdrawnAt.toISOString(),
        },
        origin,
        withdrawnAt,
      );
      const outbox = outboxInsert([event]);
      await manager.query(outbox.sql, outbox.params);
    });
    return this.detail(requestId, by);
  }

  private async visible(
    manager: EntityManager,
    requestId: string,
    by: Principal,
  ): Promise<{ request: PlacementRequestRecord; offers: OfferRecord[] }> {
    const request = await this.requests.find(requestId, manager);
    const offers = request ? await this.offers.ofRequest(requestId, manager) : [];
    const facts = request && {
      requestingAgency: request.requestingAgency,
      offers: offers.map((offer) => ({
        providerAgency: offer.providerAgency,
        open: OPEN_OFFER_STATUSES.includes(offer.status),
      })),
    };
    if (!request || !canSeeRequest(by, facts!))
      throw new NotFoundException(`no placement request ${requestId}`);
    return { request, offers };
  }
}
