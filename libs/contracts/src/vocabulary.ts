/**
 * Shared vocabularies. They live in contracts because the same closed sets are validated at
 * the HTTP edge (identification) and again at the Kafka edge (every consumer).
 */

export const AGE_GROUPS = ['adult', 'child'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Exploitation types as used by the Home Office NRM statistics; several may apply at once. */
export const EXPLOITATION_TYPES = ['labour', 'sexual', 'criminal', 'domestic-servitude', 'unknown'] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

export const EXPLOITATION_LOCATIONS = ['uk', 'overseas', 'uk-and-overseas', 'unknown'] as const;
export type ExploitationLocation = (typeof EXPLOITATION_LOCATIONS)[number];

/** West Midlands areas and the neighbouring force areas a West Midlands survivor may be found in. */
export const AREAS = [
  'birmingham',
  'coventry',
  'solihull',
  'dudley',
  'sandwell',
  'walsall',
  'wolverhampton',
  'warwickshire',
  'staffordshire',
  'west-mercia',
] as const;
export type Area = (typeof AREAS)[number];

/** First responder organisation types, as reported in the NRM statistics. */
export const FIRST_RESPONDER_ORGANISATION_TYPES = [
  'police',
  'local-authority',
  'home-office-immigration',
  'national-crime-agency',
  'gangmasters-and-labour-abuse-authority',
  'charity',
] as const;
export type FirstResponderOrganisationType = (typeof FIRST_RESPONDER_ORGANISATION_TYPES)[number];

/** An adult consents or declines; a child is always referred and is never asked. */
export const CONSENT_DECISIONS = ['given', 'declined', 'not-required-child'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

export const COMPETENT_AUTHORITIES = ['SCA', 'IECA'] as const;
export type CompetentAuthority = (typeof COMPETENT_AUTHORITIES)[number];

/**
 * General indicators, grouped as in the statutory guidance. Codes are stable identifiers: never
 * renumber or reuse one; retire a code by leaving it here unused.
 */
export const INDICATORS = {
  'PHY-01': { group: 'physical-psychological', label: 'Physical injuries or signs of abuse' },
  'PHY-02': { group: 'physical-psychological', label: 'Malnourished, unkempt or lacking medical care' },
  'PHY-03': { group: 'physical-psychological', label: 'Fearful, anxious, withdrawn or submissive' },
  'PHY-04': { group: 'physical-psychological', label: 'Fear of authorities (police, immigration)' },
  'PHY-05': { group: 'physical-psychological', label: 'Signs of psychological trauma or dissociation' },
  'PHY-06': { group: 'physical-psychological', label: 'Substance misuse or dependency encouraged by others' },
  'SIT-01': { group: 'situational-environmental', label: 'Isolated or controlled by others' },
  'SIT-02': {
    group: 'situational-environmental',
    label: 'Poor or overcrowded housing, or living at the workplace',
  },
  'SIT-03': { group: 'situational-environmental', label: 'Few possessions or the same clothes every day' },
  'SIT-04': {
    group: 'situational-environmental',
    label: 'No identity documents, or documents held by someone else',
  },
  'SIT-05': { group: 'situational-environmental', label: 'Movement restricted or always accompanied' },
  'SIT-06': { group: 'situational-environmental', label: 'Dropped off and collected at unusual times' },
  'SIT-07': { group: 'situational-environmental', label: 'Debt to an employer, or deductions from pay' },
  'SIT-08': { group: 'situational-environmental', label: 'Little or no pay, or pay held by someone else' },
  'SIT-09': {
    group: 'situational-environmental',
    label: 'Unable to speak for themselves; someone answers for them',
  },
  'SIT-10': { group: 'situational-environmental', label: 'Travel or work arranged by someone else' },
} as const;
export type IndicatorCode = keyof typeof INDICATORS;
export const INDICATOR_CODES = Object.keys(INDICATORS) as IndicatorCode[];
