export * from './service-api';
export type * as IdentificationApi from './generated/identification';
export type * as ReferralApi from './generated/referral';
export type * as JourneyApi from './generated/journey';
export type * as PlacementApi from './generated/placement';
