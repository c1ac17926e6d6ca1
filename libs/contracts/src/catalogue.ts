import {
  ConsentGivenLaterV1,
  PersonalDataErasedV1,
  PlaceOfSafetyLapsedV1,
  PlaceOfSafetyOfferedV1,
  PotentialVictimIdentifiedV1,
} from './events/identification.events';
import {
  DutyToNotifyRecordedV1,
  NrmCaseUpdatedV1,
  NrmClockReachedV1,
  NrmReferralSubmittedV1,
} from './events/referral.events';
import {
  HouseCapacityChangedV1,
  PlacementMovedInV1,
  PlacementMoveOutPlannedV1,
  PlacementMovedOutV1,
  PlacementOfferAcceptedV1,
  PlacementOfferDeclinedV1,
  PlacementOfferedV1,
  PlacementOfferExpiredV1,
  PlacementRequestedV1,
  PlacementRequestWithdrawnV1,
} from './events/placement.events';
import { TOPICS, type Topic } from './topics';

interface CatalogueEntry {
  readonly topic: Topic;
  readonly payload: new () => object;
  readonly producer: string;
  /** The payload field that is the CloudEvent subject and the Kafka key; journeyId unless said. */
  readonly subject?: 'houseId';
}

/**
 * The one catalogue of integration events. A published type is frozen: a change is a new
 * version added beside the old one, which stays until no producer emits it.
 */
export const EVENT_CATALOGUE = {
  'waypoint.identification.potential-victim-identified.v1': {
    topic: TOPICS.identification,
    payload: PotentialVictimIdentifiedV1,
    producer: 'identification',
  },
  'waypoint.identification.place-of-safety-offered.v1': {
    topic: TOPICS.identification,
    payload: PlaceOfSafetyOfferedV1,
    producer: 'identification',
  },
  'waypoint.identification.place-of-safety-lapsed.v1': {
    topic: TOPICS.identification,
    payload: PlaceOfSafetyLapsedV1,
    producer: 'identification',
  },
  'waypoint.identification.consent-given-later.v1': {
    topic: TOPICS.identification,
    payload: ConsentGivenLaterV1,
    producer: 'identification',
  },
  'waypoint.identification.personal-data-erased.v1': {
    topic: TOPICS.identification,
    payload: PersonalDataErasedV1,
    producer: 'identification',
  },
  'waypoint.referral.nrm-referral-submitted.v1': {
    topic: TOPICS.referral,
    payload: NrmReferralSubmittedV1,
    producer: 'referral',
  },
  'waypoint.referral.duty-to-notify-recorded.v1': {
    topic: TOPICS.referral,
    payload: DutyToNotifyRecordedV1,
    producer: 'referral',
  },
  'waypoint.referral.nrm-case-updated.v1': {
    topic: TOPICS.referral,
    payload: NrmCaseUpdatedV1,
    producer: 'referral',
  },
  'waypoint.referral.nrm-clock-reached.v1': {
    topic: TOPICS.referral,
    payload: NrmClockReachedV1,
    producer: 'referral',
  },
  'waypoint.placement.placement-requested.v1': {
    topic: TOPICS.placement,
    payload: PlacementRequestedV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-offered.v1': {
    topic: TOPICS.placement,
    payload: PlacementOfferedV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-offer-accepted.v1': {
    topic: TOPICS.placement,
    payload: PlacementOfferAcceptedV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-offer-declined.v1': {
    topic: TOPICS.placement,
    payload: PlacementOfferDeclinedV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-offer-expired.v1': {
    topic: TOPICS.placement,
    payload: PlacementOfferExpiredV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-moved-in.v1': {
    topic: TOPICS.placement,
    payload: PlacementMovedInV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-move-out-planned.v1': {
    topic: TOPICS.placement,
    payload: PlacementMoveOutPlannedV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-moved-out.v1': {
    topic: TOPICS.placement,
    payload: PlacementMovedOutV1,
    producer: 'placement',
  },
  'waypoint.placement.placement-request-withdrawn.v1': {
    topic: TOPICS.placement,
    payload: PlacementRequestWithdrawnV1,
    producer: 'placement',
  },
  'waypoint.placement.house-capacity-changed.v1': {
    topic: TOPICS.placementCapacity,
    payload: HouseCapacityChangedV1,
    producer: 'placement',
    subject: 'houseId',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type EventType = keyof typeof EVENT_CATALOGUE;
export type PayloadOf<T extends EventType> = InstanceType<(typeof EVENT_CATALOGUE)[T]['payload']>;

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, type);
}

export function topicOf(type: EventType): Topic {
  return EVENT_CATALOGUE[type].topic;
}

/** The events about one survivor's journey (subject: the journey id), as opposed to a house's. */
export type JourneyEventType = {
  [T in EventType]: (typeof EVENT_CATALOGUE)[T] extends { subject: 'houseId' } ? never : T;
}[EventType];

/** The payload field an event's subject (and Kafka key) is. */
export function subjectFieldOf(type: EventType): 'journeyId' | 'houseId' {
  const entry: CatalogueEntry = EVENT_CATALOGUE[type];
  return entry.subject ?? 'journeyId';
}

export function isJourneyEventType(type: EventType): type is JourneyEventType {
  return subjectFieldOf(type) === 'journeyId';
}
