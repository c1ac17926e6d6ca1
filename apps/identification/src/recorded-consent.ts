import type { RecordedConsent } from './identification.entities';

/** Every consent a record can hold, for documentation; the Record type makes it exhaustive both ways. */
export const RECORDED_CONSENTS = Object.keys({
  given: true,
  declined: true,
  'not-required-child': true,
  undecided: true,
} satisfies Record<RecordedConsent, true>) as RecordedConsent[];
