import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The placement service's tables. Two rules live here rather than in code, so no bug, retry or
 * second instance can break them:
 * - a bed has at most one open allocation (a hold for an offer, then the stay): the partial unique
 *   index `bed_allocation_one_open_per_bed`. Vacancy is never a stored count; it is read from these
 *   rows and the out-of-service periods (apps/placement/src/beds/bed-state.ts).
 * - a request has at most one open offer, and a journey at most one request still seeking a place.
 * An address is stored only sealed, under the house's own data key (wrapped by the service's master
 * key), and a risk note only under the journey's key, which `personal-data-erased` destroys.
 */
export class CreatePlacementTables1765000000500 implements MigrationInterface {
  name = 'CreatePlacementTables1765000000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE house (
        house_id uuid PRIMARY KEY,
        provider_agency text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        area text NOT NULL,
        household_types text[] NOT NULL CHECK (cardinality(household_types) >= 1),
        accessibility text[] NOT NULL,
        languages text[] NOT NULL,
        address_sealed bytea NOT NULL,
        address_key bytea NOT NULL,
        address_key_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (provider_agency, name)
      )`);
    await runner.query(`
      CREATE TABLE room (
        room_id uuid PRIMARY KEY,
        house_id uuid NOT NULL REFERENCES house (house_id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        UNIQUE (house_id, name)
      )`);
    await runner.query(`
      CREATE TABLE bed (
        bed_id uuid PRIMARY KEY,
        room_id uuid NOT NULL REFERENCES room (room_id),
        house_id uuid NOT NULL REFERENCES house (house_id),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
        kind text NOT NULL CHECK (kind IN ('single', 'double', 'cot')),
        added_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (room_id, label)
      )`);
    await runner.query('CREATE INDEX bed_house_idx ON bed (house_id)');
    await runner.query(`
      CREATE TABLE out_of_service (
        period_id uuid PRIMARY KEY,
        bed_id uuid NOT NULL REFERENCES bed (bed_id),
        from_on date NOT NULL,
        until_on date CHECK (until_on IS NULL OR until_on >= from_on),
        reason text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX out_of_service_bed_idx ON out_of_service (bed_id, from_on)');

    // What the service has learnt about each journey from other services' events.
    await runner.query(`
      CREATE TABLE journey_context (
        journey_id uuid PRIMARY KEY,
        exploitation_area text,
        negative_decision_on date,
        positive_conclusive_grounds_on date,
        personal_data_erased_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE journey_agency (
        journey_id uuid NOT NULL,
        agency text NOT NULL,
        involved_since timestamptz NOT NULL,
        PRIMARY KEY (journey_id, agency)
      )`);
    await runner.query(`
      CREATE TABLE journey_key (
        journey_id uuid PRIMARY KEY,
        wrapped_key bytea NOT NULL,
        key_version integer NOT NULL
      )`);

    await runner.query(`
      CREATE TABLE placement_request (
        request_id uuid PRIMARY KEY,
        journey_id uuid NOT NULL,
        requesting_agency text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        kind text NOT NULL,
        urgency text NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'planned')),
        household_type text NOT NULL,
        dependant_ages integer[] NOT NULL,
        accessibility_needs text[] NOT NULL,
        languages text[] NOT NULL,
        pregnant boolean NOT NULL,
        avoid_areas text[] NOT NULL,
        exploitation_area text,
        needed_from date NOT NULL,
        needed_until date CHECK (needed_until IS NULL OR needed_until >= needed_from),
        risk_notes_sealed bytea,
        status text NOT NULL CHECK (status IN ('waiting', 'offered', 'accepted', 'moved-in', 'moved-out', 'withdrawn')),
        withdrawn_at timestamptz,
        withdrawal_reason text
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX placement_request_one_seeking_per_journey ON placement_request (journey_id)
      WHERE status IN ('waiting', 'offered', 'accepted')`);
    await runner.query(
      'CREATE INDEX placement_request_status_idx ON placement_request (status, requested_at)',
    );
    await runner.query(
      'CREATE INDEX placement_request_agency_idx ON placement_request (requesting_agency, requested_at DESC)',
    );

    await runner.query(`
      CREATE TABLE offer (
        offer_id uuid PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES placement_request (request_id),
        journey_id uuid NOT NULL,
        house_id uuid NOT NULL REFERENCES house (house_id),
        room_id uuid NOT NULL REFERENCES room (room_id),
        provider_agency text NOT NULL,
        offered_by text NOT NULL,
        offered_by_agency text NOT NULL,
        offered_at timestamptz NOT NULL,
        hold_expires_at timestamptz NOT NULL CHECK (hold_expires_at > offered_at),
        status text NOT NULL CHECK (status IN ('held', 'accepted', 'declined', 'expired', 'withdrawn', 'moved-in', 'moved-out')),
        answered_at timestamptz,
        answered_by text,
        decline_reason text,
        moved_in_on date,
        planned_move_out_on date,
        moved_out_on date,
        move_out_reason text,
        move_out_destination text,
        ended_at timestamptz,
        CHECK ((ended_at IS NULL) = (status IN ('held', 'accepted', 'moved-in')))
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX offer_one_open_per_request ON offer (request_id) WHERE ended_at IS NULL',
    );
    await runner.query('CREATE INDEX offer_provider_idx ON offer (provider_agency, status)');
    await runner.query('CREATE INDEX offer_house_idx ON offer (house_id) WHERE ended_at IS NULL');
    await runner.query(`
      CREATE TABLE bed_allocation (
        offer_id uuid NOT NULL REFERENCES offer (offer_id),
        bed_id uuid NOT NULL REFERENCES bed (bed_id),
        released_at timestamptz,
        PRIMARY KEY (offer_id, bed_id)
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX bed_allocation_one_open_per_bed ON bed_allocation (bed_id) WHERE released_at IS NULL`);

    // Every opening of a sealed value (an address, a risk note): who, when, why.
    await runner.query(`
      CREATE TABLE sealed_read (
        read_id bigserial PRIMARY KEY,
        subject_kind text NOT NULL CHECK (subject_kind IN ('house-address', 'risk-notes')),
        subject_id uuid NOT NULL,
        reader_subject text NOT NULL,
        reader_agency text NOT NULL,
        reader_role text NOT NULL,
        purpose text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX sealed_read_subject_idx ON sealed_read (subject_kind, subject_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'sealed_read',
      'bed_allocation',
      'offer',
      'placement_request',
      'journey_key',
      'journey_agency',
      'journey_context',
      'out_of_service',
      'bed',
      'room',
      'house',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
