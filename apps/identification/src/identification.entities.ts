import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  AgeGroup,
  Area,
  ConsentDecision,
  ExploitationLocation,
  ExploitationType,
  FirstResponderOrganisationType,
  IndicatorCode,
} from '@waypoint/contracts';

export type RecordedConsent = ConsentDecision | 'undecided';

@Entity('potential_victim')
export class PotentialVictimRecord {
  @PrimaryColumn('uuid', { name: 'journey_id' })
  journeyId!: string;

  @Column('timestamptz', { name: 'identified_at' })
  identifiedAt!: Date;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('text', { name: 'first_responder_agency' })
  firstResponderAgency!: string;

  @Column('text', { name: 'first_responder_organisation_type' })
  firstResponderOrganisationType!: FirstResponderOrganisationType;

  @Column('text')
  area!: Area;

  @Column('text', { name: 'age_group' })
  ageGroup!: AgeGroup;

  @Column('text', { name: 'exploitation_types', array: true })
  exploitationTypes!: ExploitationType[];

  @Column('boolean', { name: 'county_lines' })
  countyLines!: boolean;

  @Column('text', { name: 'exploited_in' })
  exploitedIn!: ExploitationLocation;

  @Column('text', { array: true })
  indicators!: IndicatorCode[];

  /** 'undecided': an adult offered a place of safety, deciding until placeOfSafetyDecisionDueOn. */
  @Column('text')
  consent!: RecordedConsent;

  @Column('date', { name: 'place_of_safety_decision_due_on', nullable: true })
  placeOfSafetyDecisionDueOn?: string | null;

  /** Set when an adult who declined consented later; consent is then 'given'. */
  @Column('timestamptz', { name: 'consent_given_later_at', nullable: true })
  consentGivenLaterAt?: Date | null;
}

/**
 * Identifying details, sealed under the journey's own data key (PersonalDataCipher). They exist
 * only in this service's database and never enter Kafka. After erasure `sealed` is gone and
 * `erasedAt` says when.
 */
@Entity('personal_details')
export class PersonalDetailsRecord {
  @PrimaryColumn('uuid', { name: 'journey_id' })
  journeyId!: string;

  @Column('bytea', { nullable: true })
  sealed!: Buffer | null;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;
}

/** The journey's data key, wrapped by the master key. Deleting it is the erasure (crypto-shredding). */
@Entity('journey_data_key')
export class JourneyDataKeyRecord {
  @PrimaryColumn('uuid', { name: 'journey_id' })
  journeyId!: string;

  @Column('int', { name: 'master_key_version' })
  masterKeyVersion!: number;

  @Column('bytea', { name: 'wrapped_key' })
  wrappedKey!: Buffer;
}

/** Every read of personal details, for the data controller's audit. */
@Entity('personal_data_access')
export class PersonalDataAccessRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'journey_id' })
  journeyId!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  agency!: string;

  @Column('text')
  purpose!: string;

  @Column('timestamptz', { name: 'accessed_at', default: () => 'now()' })
  accessedAt!: Date;
}
