/**
 * Personal details end to end: stored only sealed under a per-journey key, corrected by the
 * identifying agency, and erased by destroying that key (crypto-shredding), after which the
 * journey stays readable as pseudonymous history.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TOPICS } from '@waypoint/contracts';
import { PersonalDataCipher } from '../../apps/identification/src/personal-data/personal-data-cipher';
import { eventually } from '../support/mesh';
import { testInfrastructure } from '../support/test-environment';
import {
  bearer,
  countRows,
  EVENT,
  http,
  identificationOf,
  readTopicsFromBeginning,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  withDatabase,
  type ErrorBody,
  type IdentificationRecorded,
  type IdentificationView,
  type JourneyView,
} from './support/e2e';

const ERASED = 'waypoint.identification.personal-data-erased.v1';
const mesh = useExclusiveMesh();
const agency = uniqueAgency('sandwell-council');
const run = randomUUID().slice(0, 8);
const personal = {
  fullName: `Ilse Quarrington-${run}`,
  dateOfBirth: '1988-11-05',
  nationality: `Ruritanian-${run}`,
  contact: `flat ${run}, 1 Example Road`,
};
let token: string;

beforeAll(async () => {
  token = await bearer('first-responder', agency);
});

async function identify(): Promise<string> {
  const answer = await http<IdentificationRecorded>(
    'POST',
    `${urlsOf(mesh()).identification}/identifications`,
    {
      token,
      body: identificationOf({ personalDetails: personal }),
    },
  );
  expect(answer.status).toBe(201);
  return answer.body.journeyId;
}

const detailsUrl = (journeyId: string): string =>
  `${urlsOf(mesh()).identification}/identifications/${journeyId}/personal-details`;

async function view(journeyId: string, as = token) {
  return http<IdentificationView>('GET', `${urlsOf(mesh()).identification}/identifications/${journeyId}`, {
    token: as,
  });
}

async function journeyShowing(journeyId: string, type: string): Promise<JourneyView> {
  let seen: JourneyView | undefined;
  await eventually(
    async () => {
      const answer = await http<JourneyView>('GET', `${urlsOf(mesh()).journey}/journeys/${journeyId}`, {
        token,
      });
      if (answer.status !== 200 || !answer.body.timeline.some((event) => event.type === type))
        return undefined;
      seen = answer.body;
      return true;
    },
    { what: `journey ${journeyId} showing ${type}` },
  );
  return seen!;
}

async function sealedRowOf(journeyId: string) {
  return withDatabase('identification', async (client) => {
    const { rows } = await client.query<{
      sealed: Buffer | null;
      erased_at: Date | null;
      wrapped_key: Buffer | null;
    }>(
      `SELECT d.sealed, d.erased_at, k.wrapped_key FROM personal_details d
       LEFT JOIN journey_data_key k USING (journey_id) WHERE d.journey_id = $1`,
      [journeyId],
    );
    return rows[0];
  });
}

describe('personal details at rest', () => {
  it('are stored only sealed: no table of the identification database holds them in plaintext', async () => {
    const journeyId = await identify();

    const row = await sealedRowOf(journeyId);
    expect(row?.sealed?.length).toBeGreaterThan(16);
    expect(row?.wrapped_key?.length).toBeGreaterThan(32);
    const hits = await withDatabase('identification', async (client) => {
      const { rows } = await client.query<{ row: string }>(
        `SELECT row_to_json(v)::text AS row FROM potential_victim v
         UNION ALL SELECT row_to_json(d)::text FROM personal_details d
         UNION ALL SELECT row_to_json(k)::text FROM journey_data_key k
         UNION ALL SELECT row_to_json(o)::text FROM outbox_message o`,
      );
      return rows.filter(({ row }) =>
        [personal.fullName, personal.nationality, personal.contact].some((n) => row.includes(n)),
      );
    });
    expect(hits).toEqual([]);
    expect((await view(journeyId)).body.personalDetails).toEqual(personal);
  });
});

describe('correcting personal details', () => {
  it('replaces them for the identifying agency, sealed again, and audits the change', async () => {
    const journeyId = await identify();
    const before = await sealedRowOf(journeyId);
    const corrected = { fullName: `Ilse Q. Arrington-${run}`, nationality: `Ruritanian-${run}` };

    const answer = await http('PUT', detailsUrl(journeyId), { token, body: corrected });

    expect(answer.status).toBe(200);
    expect((await view(journeyId)).body.personalDetails).toEqual({
      ...corrected,
      dateOfBirth: null,
      contact: null,
    });
    expect((await sealedRowOf(journeyId))?.sealed?.equals(before.sealed!)).toBe(false);
    expect(
      await countRows('identification', 'personal_data_access', 'journey_id = $1 AND purpose = $2', [
        journeyId,
        'correct-personal-details',
      ]),
    ).toBe(1);
  });

  it.each([
    ['a missing fullName', { nationality: 'x' }, 'fullName'],
    ['an unknown property', { fullName: 'A', address: '1 High St' }, 'address'],
    ['an impossible date of birth', { fullName: 'A', dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_, body, field) => {
    const journeyId = await identify();
    const before = await sealedRowOf(journeyId);

    const answer = await http<ErrorBody>('PUT', detailsUrl(journeyId), { token, body });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((problem) => problem.field)).toContain(field);
    expect((await sealedRowOf(journeyId))?.sealed?.equals(before.sealed!)).toBe(true);
  });

  it('answers 404 to another agency and 403 to a role that does not identify, changing nothing', async () => {
    const journeyId = await identify();
    const other = await bearer('first-responder', uniqueAgency('other-agency'));
    const advocate = await bearer('advocate', agency);

    expect((await http('PUT', detailsUrl(journeyId), { token: other, body: { fullName: 'X' } })).status).toBe(
      404,
    );
    expect(
      (await http('PUT', detailsUrl(journeyId), { token: advocate, body: { fullName: 'X' } })).status,
    ).toBe(403);
    expect((await http('DELETE', detailsUrl(journeyId), { token: other })).status).toBe(404);
    expect((await view(journeyId)).body.personalDetails).toEqual(personal);
  });
});

describe('erasing personal data', () => {
  let journeyId: string;
  let sealedBefore: Buffer;
  let erasedAt: string;

  beforeAll(async () => {
    journeyId = await identify();
    await journeyShowing(journeyId, EVENT.nrmReferral);
    sealedBefore = (await sealedRowOf(journeyId)).sealed!;
    const answer = await http<{ erasedAt: string }>('DELETE', detailsUrl(journeyId), { token });
    expect(answer.status).toBe(200);
    erasedAt = answer.body.erasedAt;
  });

  it('destroys the journey key, so even the master key cannot open a copy of the old ciphertext', async () => {
    const row = await sealedRowOf(journeyId);
    expect(row).toMatchObject({ sealed: null, wrapped_key: null });
    expect(row?.erased_at?.toISOString()).toBe(erasedAt);
    const cipher = PersonalDataCipher.fromBase64(
      readFileSync(testInfrastructure().keys.personalDataMasterKeyPath, 'utf8'),
    );
    // Every key that still exists, tried against the saved ciphertext: none opens it.
    const keys = await withDatabase(
      'identification',
      async (client) =>
        (
          await client.query<{ journey_id: string; master_key_version: number; wrapped_key: Buffer }>(
            'SELECT journey_id, master_key_version, wrapped_key FROM journey_data_key',
          )
        ).rows,
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const dataKey = cipher.unwrapJourneyKey(key.journey_id, {
        masterKeyVersion: key.master_key_version,
        wrappedKey: key.wrapped_key,
      });
      expect(() => cipher.openDetails(journeyId, dataKey, sealedBefore)).toThrow();
    }
  });

  it('shows the record without personal details, saying when they were erased', async () => {
    const answer = await view(journeyId);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ personalDetails: null, personalDataErasedAt: erasedAt });
  });

  it('publishes the erasure (and nothing personal), and the journey keeps its pseudonymous history', async () => {
    const journey = await journeyShowing(journeyId, ERASED);
    expect(journey.timeline.map((event) => event.type)).toEqual([
      EVENT.identified,
      EVENT.nrmReferral,
      ERASED,
    ]);
    expect(journey.stage).toBe('awaiting-reasonable-grounds');
    const messages = (await readTopicsFromBeginning([TOPICS.identification])).filter(
      (m) => m.key === journeyId,
    );
    expect(messages.map((m) => (JSON.parse(m.value) as { type: string }).type)).toEqual([
      EVENT.identified,
      ERASED,
    ]);
  });

  it('is idempotent: erasing again answers with the first erasure and publishes nothing more', async () => {
    const again = await http<{ erasedAt: string }>('DELETE', detailsUrl(journeyId), { token });
    expect(again).toMatchObject({ status: 200, body: { erasedAt } });
    expect(
      await countRows('identification', 'outbox_message', 'message_key = $1 AND event_type = $2', [
        journeyId,
        ERASED,
      ]),
    ).toBe(0);
    const messages = (await readTopicsFromBeginning([TOPICS.identification])).filter(
      (m) => m.key === journeyId && m.value.includes(ERASED),
    );
    expect(messages).toHaveLength(1);
  });

  it('refuses a correction after erasure with 409', async () => {
    const answer = await http<ErrorBody>('PUT', detailsUrl(journeyId), {
      token,
      body: { fullName: 'Back again' },
    });
    expect(answer.status).toBe(409);
    expect((await view(journeyId)).body.personalDetails).toBeNull();
  });
});
