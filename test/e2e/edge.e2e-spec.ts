/**
 * The mesh's edges: bad input is refused with a 4xx naming the field and changes nothing;
 * every route needs a verified token of an allowed role; case data is visible only to the
 * agencies involved; /health answers without a token.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ROLES, type Role } from '@waypoint/auth';
import { TOPICS } from '@waypoint/contracts';
import { importPKCS8, SignJWT, type KeyLike } from 'jose';
import { TEST_ENV } from '../setup/test-infrastructure';
import { eventually } from '../support/mesh';
import {
  bearer,
  countRows,
  endOffsets,
  EVENT,
  http,
  identificationOf,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  type ErrorBody,
  type HealthReport,
  type IdentificationRecorded,
  type JourneyView,
} from './support/e2e';

const mesh = useExclusiveMesh();
const agency = uniqueAgency('staffordshire-police');
const otherAgency = uniqueAgency('west-mercia-police');

const url = (service: 'identification' | 'referral' | 'journey', path: string): string =>
  `${urlsOf(mesh())[service]}${path}`;

// ---------------------------------------------------------------------------------------------

describe('health', () => {
  it.each(['identification', 'referral', 'journey'] as const)(
    '%s answers /health without a token, with the database and Kafka up',
    async (service) => {
      const answer = await http<HealthReport>('GET', url(service, '/health'));
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 200,
        body: { status: 'ok', checks: { database: 'up', kafka: 'up' } },
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------

interface WrittenState {
  potentialVictims: number;
  personalDetails: number;
  outbox: number;
  offsets: Record<string, string>;
}

async function writtenState(): Promise<WrittenState> {
  const [potentialVictims, personalDetails, outbox, offsets] = await Promise.all([
    countRows('identification', 'potential_victim'),
    countRows('identification', 'personal_details'),
    countRows('identification', 'outbox_message'),
    endOffsets([TOPICS.identification, TOPICS.referral]),
  ]);
  return { potentialVictims, personalDetails, outbox, offsets };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const { consent: _consent, ...adultWithoutConsent } = identificationOf();
const { area: _area, ...withoutArea } = identificationOf();

interface BadInput {
  name: string;
  body: unknown;
  status: number;
  field: string;
  rule?: string;
}

const BAD_INPUTS: BadInput[] = [
  { name: 'a missing required field (area)', body: withoutArea, status: 400, field: 'area' },
  { name: 'an adult without a consent decision', body: adultWithoutConsent, status: 400, field: 'consent' },
  {
    name: 'a consent decision for a child',
    body: identificationOf({ ageGroup: 'child', consent: 'given' }),
    status: 400,
    field: 'consent',
  },
  {
    name: 'a value outside an enum (exploitedIn)',
    body: identificationOf({ exploitedIn: 'the-moon' }),
    status: 400,
    field: 'exploitedIn',
  },
  {
    name: 'a wrongly cased enum value (ageGroup)',
    body: identificationOf({ ageGroup: 'ADULT' }),
    status: 400,
    field: 'ageGroup',
  },
  {
    name: 'an unknown exploitation type in the list',
    body: identificationOf({ exploitationTypes: ['labour', 'slavery'] }),
    status: 400,
    field: 'exploitationTypes',
  },
  {
    name: 'an empty list of exploitation types',
    body: identificationOf({ exploitationTypes: [] }),
    status: 400,
    field: 'exploitationTypes',
  },
  {
    name: 'a repeated exploitation type',
    body: identificationOf({ exploitationTypes: ['labour', 'labour'] }),
    status: 400,
    field: 'exploitationTypes',
  },
  {
    name: 'an unknown indicator code',
    body: identificationOf({ indicators: ['SIT-04', 'SIT-99'] }),
    status: 400,
    field: 'indicators',
  },
  {
    name: 'a wrong type (countyLines as a string)',
    body: identificationOf({ countyLines: 'yes' }),
    status: 400,
    field: 'countyLines',
  },
  {
    name: 'a wrong type (indicators as a string, not a list)',
    body: identificationOf({ indicators: 'SIT-04' }),
    status: 400,
    field: 'indicators',
  },
  {
    name: 'a wrong type (personalDetails as a string)',
    body: identificationOf({ personalDetails: 'Jane Doe' }),
    status: 400,
    field: 'personalDetails',
  },
  {
    name: 'an unknown property',
    body: identificationOf({ nickname: 'JD' }),
    status: 400,
    field: 'nickname',
    rule: 'unknownProperty',
  },
  {
    name: 'an unknown nested property',
    body: identificationOf({ personalDetails: { fullName: 'Jane Doe', address: '1 High St' } }),
    status: 400,
    field: 'personalDetails.address',
    rule: 'unknownProperty',
  },
  {
    name: 'an oversized string field (fullName of 201 characters)',
    body: identificationOf({ personalDetails: { fullName: 'x'.repeat(201) } }),
    status: 400,
    field: 'personalDetails.fullName',
  },
  {
    name: 'an empty fullName',
    body: identificationOf({ personalDetails: { fullName: '' } }),
    status: 400,
    field: 'personalDetails.fullName',
  },
  {
    name: 'a date of birth not written YYYY-MM-DD',
    body: identificationOf({ personalDetails: { fullName: 'Jane Doe', dateOfBirth: '17/02/1990' } }),
    status: 400,
    field: 'personalDetails.dateOfBirth',
  },
  {
    name: 'a date of birth that does not exist (30 February)',
    body: identificationOf({ personalDetails: { fullName: 'Jane Doe', dateOfBirth: '1990-02-30' } }),
    status: 400,
    field: 'personalDetails.dateOfBirth',
  },
  {
    name: 'a body over 32 KiB',
    body: identificationOf({ personalDetails: { fullName: 'x'.repeat(40 * 1024) } }),
    status: 413,
    field: '(body)',
  },
  { name: 'malformed JSON', body: '{"ageGroup": "adult", "consent": ', status: 400, field: '(body)' },
  { name: 'a JSON string instead of an object', body: '"adult"', status: 400, field: '(body)' },
];

describe('bad input on POST /identifications', () => {
  let token: string;
  beforeAll(async () => {
    token = await bearer('first-responder', agency);
    // Work left by an earlier file's mesh (outbox rows, unconsumed events) is finished by this
    // mesh as it starts; wait until nothing moves, so "writes nothing" compares like with like.
    let previous = await writtenState();
    await eventually(
      async () => {
        await pause(1_000);
        const current = await writtenState();
        const quiet =
          current.outbox === 0 &&
          (await countRows('referral', 'outbox_message')) === 0 &&
          JSON.stringify(current) === JSON.stringify(previous);
        previous = current;
        return quiet ? true : undefined;
      },
      { timeoutMs: 60_000, what: 'a quiet mesh' },
    );
  });

  it.each(BAD_INPUTS)('refuses $name with $status naming $field, and writes nothing', async (bad) => {
    const before = await writtenState();
    const answer = await http<ErrorBody>('POST', url('identification', '/identifications'), {
      token,
      body: bad.body,
    });
    expect(answer.status).toBe(bad.status);
    expect(answer.body.errors?.map((problem) => problem.field)).toContain(bad.field);
    if (bad.rule) {
      expect(answer.body.errors).toContainEqual(
        expect.objectContaining({ field: bad.field, rule: bad.rule }),
      );
    }
    for (const problem of answer.body.errors ?? []) expect(problem.message).toEqual(expect.any(String));
    // Give the outbox relay (NOTIFY-driven, 1 s fallback poll) time to publish anything written.
    await pause(1_100);
    expect(await writtenState()).toEqual(before);
  });

  it('accepts a fullName of exactly 200 characters (the limit is not off by one)', async () => {
    const answer = await http<IdentificationRecorded>('POST', url('identification', '/identifications'), {
      token,
      body: identificationOf({ personalDetails: { fullName: 'y'.repeat(200) } }),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.consent).toBe('given');
  });

  it.each([
    ['identification', '/identifications/not-a-uuid'],
    ['referral', '/referrals/not-a-uuid'],
    ['journey', '/journeys/not-a-uuid'],
  ] as const)('%s refuses a malformed journey id in %s with 400 naming journeyId', async (service, path) => {
    const answer = await http<ErrorBody>('GET', url(service, path), { token });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((problem) => problem.field)).toContain('journeyId');
  });
});

// ---------------------------------------------------------------------------------------------

type Endpoint =
  | 'record identification'
  | 'list identifications awaiting a decision'
  | 'view identification'
  | 'correct personal details'
  | 'erase personal data'
  | 'give consent later'
  | 'list referrals'
  | 'view referral'
  | 'record NRM decision'
  | 'view journey';

/** The whole HTTP surface and who may use it; every other (endpoint, role) pair must be refused. */
const ALLOWED: Record<Endpoint, readonly Role[]> = {
  'record identification': ['first-responder'],
  'list identifications awaiting a decision': ['first-responder'],
  'view identification': ['first-responder'],
  'correct personal details': ['first-responder'],
  'erase personal data': ['first-responder'],
  'give consent later': ['first-responder'],
  'list referrals': ['first-responder'],
  'view referral': ['first-responder'],
  'record NRM decision': ['first-responder'],
  'view journey': ['first-responder', 'advocate', 'safe-house-staff', 'support-worker'],
};
/** What a permitted call answers on the journey used here (a consenting adult, case awaiting RG). */
const PERMITTED_STATUS: Record<Endpoint, number> = {
  'record identification': 201,
  'list identifications awaiting a decision': 200,
  'view identification': 200,
  'correct personal details': 200,
  'erase personal data': 200,
  // Consent was given at identification: the call passes the gate and meets the domain rule.
  'give consent later': 409,
  'list referrals': 200,
  'view referral': 200,
  // A decision dated before the referral: past the gate, refused by the case rules.
  'record NRM decision': 400,
  'view journey': 200,
};
const ENDPOINTS = Object.keys(ALLOWED) as Endpoint[];

/** Every (endpoint, role) pair the rules refuse. */
const REFUSED = ENDPOINTS.flatMap((endpoint) =>
  ROLES.filter((role) => !ALLOWED[endpoint].includes(role)).map((role) => ({ endpoint, role })),
);
const PERMITTED = ENDPOINTS.flatMap((endpoint) => ALLOWED[endpoint].map((role) => ({ endpoint, role })));

describe('who may do what', () => {
  let journeyId: string;
  let erasableJourneyId: string;
  let firstResponder: string;

  function call(endpoint: Endpoint, token: string | undefined, id = journeyId) {
    switch (endpoint) {
      case 'record identification':
        return http<ErrorBody>('POST', url('identification', '/identifications'), {
          token,
          body: identificationOf(),
        });
      case 'list identifications awaiting a decision':
        return http<ErrorBody>(
          'GET',
          url('identification', '/identifications?awaiting=place-of-safety-decision'),
          { token },
        );
      case 'view identification':
        return http<ErrorBody>('GET', url('identification', `/identifications/${id}`), { token });
      case 'correct personal details':
        return http<ErrorBody>('PUT', url('identification', `/identifications/${id}/personal-details`), {
          token,
          body: { fullName: 'Corrected Name' },
        });
      case 'erase personal data':
        // Its own journey, so erasing never changes what the other checks read.
        return http<ErrorBody>(
          'DELETE',
          url(
            'identification',
            `/identifications/${id === journeyId ? erasableJourneyId : id}/personal-details`,
          ),
          { token },
        );
      case 'give consent later':
        return http<ErrorBody>('POST', url('identification', `/identifications/${id}/consent`), {
          token,
          body: { consent: 'given' },
        });
      case 'list referrals':
        return http<ErrorBody>('GET', url('referral', '/referrals'), { token });
      case 'view referral':
        return http<ErrorBody>('GET', url('referral', `/referrals/${id}`), { token });
      case 'record NRM decision':
        return http<ErrorBody>('POST', url('referral', `/referrals/${id}/commands`), {
          token,
          body: { kind: 'suspend', suspendedOn: '2020-01-01' },
        });
      case 'view journey':
        return http<ErrorBody>('GET', url('journey', `/journeys/${id}`), { token });
    }
  }

  beforeAll(async () => {
    firstResponder = await bearer('first-responder', agency);
    const recorded = await http<IdentificationRecorded>('POST', url('identification', '/identifications'), {
      token: firstResponder,
      body: identificationOf(),
    });
    expect(recorded.status).toBe(201);
    journeyId = recorded.body.journeyId;
    const erasable = await http<IdentificationRecorded>('POST', url('identification', '/identifications'), {
      token: firstResponder,
      body: identificationOf({ personalDetails: { fullName: 'To Be Erased' } }),
    });
    expect(erasable.status).toBe(201);
    erasableJourneyId = erasable.body.journeyId;
    await eventually(
      async () => {
        const answer = await http<JourneyView>('GET', url('journey', `/journeys/${journeyId}`), {
          token: firstResponder,
        });
        const types = answer.status === 200 ? answer.body.timeline.map((event) => event.type) : [];
        return types.includes(EVENT.nrmReferral) ? true : undefined;
      },
      { what: 'the journey used for access checks' },
    );
  });

  describe('without a valid token', () => {
    it.each(ENDPOINTS)('%s: no token is 401', async (endpoint) => {
      const before = await countRows('identification', 'potential_victim');
      const answer = await call(endpoint, undefined);
      expect(answer.status).toBe(401);
      expect(answer.text).not.toContain('birmingham');
      expect(await countRows('identification', 'potential_victim')).toBe(before);
    });

    it('a non-Bearer authorization header is 401', async () => {
      const answer = await http('GET', url('journey', `/journeys/${journeyId}`), {
        headers: { authorization: `Basic ${Buffer.from('first-responder:secret').toString('base64')}` },
      });
      expect(answer.status).toBe(401);
    });

    const invalidTokens: [string, () => Promise<string>][] = [
      ['garbage', async () => 'not-a-token'],
      ['signed by another key', () => signed({}, foreignKey())],
      ['expired', () => signed({ exp: nowSeconds() - 120 })],
      ['from another issuer', () => signed({ iss: 'someone-else' })],
      ['for another audience', () => signed({ aud: 'another-system' })],
      ['carrying an unknown role', () => signed({ role: 'superuser' })],
      ['without an agency', () => signed({ agency: undefined })],
      ['without a subject', () => signed({ sub: undefined })],
      ['with a tampered payload', () => tampered()],
      ['unsigned (alg none)', async () => unsigned()],
    ];

    it.each(ENDPOINTS.flatMap((endpoint) => invalidTokens.map(([kind, make]) => ({ endpoint, kind, make }))))(
      '$endpoint: a token $kind is 401',
      async ({ endpoint, make }) => {
        const before = await countRows('identification', 'potential_victim');
        const answer = await call(endpoint, await make());
        expect({ status: answer.status, statusCode: answer.body.statusCode }).toEqual({
          status: 401,
          statusCode: 401,
        });
        expect(await countRows('identification', 'potential_victim')).toBe(before);
      },
    );
  });

  describe('roles', () => {
    it('refuses an identification from a commissioner with 403', async () => {
      const answer = await call('record identification', await bearer('commissioner', agency));
      expect(answer.status).toBe(403);
    });

    it('refuses an identification from an advocate with 403', async () => {
      const answer = await call('record identification', await bearer('advocate', agency));
      expect(answer.status).toBe(403);
    });

    it('refuses a commissioner the journey of an agency they belong to, with 403', async () => {
      const answer = await call('view journey', await bearer('commissioner', agency));
      expect(answer.status).toBe(403);
      expect(answer.text).not.toContain(EVENT.identified);
    });

    it.each(REFUSED)(
      '$endpoint is refused to $role (403) and changes nothing',
      async ({ endpoint, role }) => {
        const before = await countRows('identification', 'potential_victim');
        // Same agency as the journey: the refusal is for the role, not for need-to-know.
        const answer = await call(endpoint, await bearer(role, agency));
        expect({ status: answer.status, statusCode: answer.body.statusCode }).toEqual({
          status: 403,
          statusCode: 403,
        });
        expect(answer.text).not.toContain(EVENT.identified);
        expect(answer.text).not.toContain('birmingham');
        expect(await countRows('identification', 'potential_victim')).toBe(before);
      },
    );

    it.each(PERMITTED)('$endpoint is allowed to $role of the involved agency', async ({ endpoint, role }) => {
      const answer = await call(endpoint, await bearer(role, agency));
      expect({ endpoint, status: answer.status }).toEqual({ endpoint, status: PERMITTED_STATUS[endpoint] });
    });
  });

  describe('need-to-know between agencies', () => {
    it.each([
      'correct personal details',
      'erase personal data',
      'give consent later',
      'record NRM decision',
    ] as const)('%s: a first responder of another agency gets 404 and changes nothing', async (endpoint) => {
      const stranger = await bearer('first-responder', otherAgency);
      const before = await http<{ personalDetails: unknown }>(
        'GET',
        url('identification', `/identifications/${erasableJourneyId}`),
        { token: firstResponder },
      );

      const answer = await call(
        endpoint,
        stranger,
        endpoint === 'erase personal data' ? erasableJourneyId : journeyId,
      );

      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain(agency);
      const after = await http<{ personalDetails: unknown }>(
        'GET',
        url('identification', `/identifications/${erasableJourneyId}`),
        { token: firstResponder },
      );
      expect(after.body.personalDetails).toEqual(before.body.personalDetails);
    });

    it.each(['view identification', 'view referral', 'view journey'] as const)(
      '%s: a first responder of another agency gets 404, indistinguishable from no such journey',
      async (endpoint) => {
        const stranger = await bearer('first-responder', otherAgency);
        const answer = await call(endpoint, stranger);
        expect(answer.status).toBe(404);
        expect(answer.text).not.toContain('birmingham');
        expect(answer.text).not.toContain(agency);
        const nobody = '00000000-0000-4000-8000-000000000000';
        const unknown = await call(endpoint, stranger, nobody);
        expect(unknown.status).toBe(404);
        expect(answer.text.replaceAll(journeyId, '<id>')).toBe(unknown.text.replaceAll(nobody, '<id>'));
        // Same agency still sees it (the 404 is about the agency, not a broken route).
        expect((await call(endpoint, firstResponder)).status).toBe(200);
      },
    );

    it.each(['advocate', 'safe-house-staff', 'support-worker'] as const)(
      'view journey: %s of an agency not involved gets 404',
      async (role) => {
        const answer = await call('view journey', await bearer(role, otherAgency));
        expect(answer.status).toBe(404);
        expect(answer.text).not.toContain(EVENT.identified);
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Tokens that must not verify. The valid ones are minted exactly as tokenFor() does, then bent.

let realKey: KeyLike | undefined;
async function signingKey(): Promise<KeyLike> {
  realKey ??= await importPKCS8(
    readFileSync(process.env[TEST_ENV.privateKeyPath] as string, 'utf8'),
    'EdDSA',
  );
  return realKey;
}

function foreignKey(): KeyLike {
  return generateKeyPairSync('ed25519').privateKey;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

async function signed(overrides: Record<string, unknown>, key?: KeyLike): Promise<string> {
  const claims: Record<string, unknown> = {
    sub: `first-responder-${agency}`,
    role: 'first-responder',
    agency,
    iss: 'waypoint-gateway',
    aud: 'waypoint-services',
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
    ...overrides,
  };
  for (const name of Object.keys(claims)) if (claims[name] === undefined) delete claims[name];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .sign(key ?? (await signingKey()));
}

async function tampered(): Promise<string> {
  const [header, , signature] = (await bearer('advocate', agency)).split('.');
  const [, payload] = (await bearer('first-responder', agency)).split('.');
  return `${header}.${payload}.${signature}`;
}

function unsigned(): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
    sub: 'x',
    role: 'first-responder',
    agency,
    iss: 'waypoint-gateway',
    aud: 'waypoint-services',
    exp: nowSeconds() + 600,
  })}.`;
}
