/**
 * Each service's OpenAPI document, as served by the running mesh: behind a token of any role,
 * a valid OpenAPI 3.0 document, and true to the code. Real answers (successes and errors) match
 * the schemas documented for them, with no undocumented fields; and each documented request body
 * agrees with validation: its examples pass, and every required property, enum and unknown field
 * is refused with a 400 naming it. Route coverage (every registered route documented with its
 * security and errors) is checked against the apps themselves in each app's openapi.int-spec.ts.
 */
import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES, type Role } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import { openApiDocumentProblems, repositoryVersion } from '@waypoint/platform';
import { eventually } from '../support/mesh';
import { DocumentedSchemas, operationOf } from '../support/openapi';
import {
  bearer,
  http,
  identificationOf,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  type ErrorBody,
  type HttpAnswer,
  type IdentificationRecorded,
} from './support/e2e';

type Service = 'identification' | 'referral' | 'journey';
type Json = Record<string, unknown>;
const SERVICES: Service[] = ['identification', 'referral', 'journey'];
const METHODS = ['get', 'post', 'put', 'delete'] as const;

const mesh = useExclusiveMesh();
const agency = uniqueAgency('openapi-police');
const documents = {} as Record<Service, OpenAPIObject>;
const schemas = {} as Record<Service, DocumentedSchemas>;
let firstResponder: string;

const url = (service: Service, path: string): string => `${urlsOf(mesh())[service]}${path}`;

beforeAll(async () => {
  firstResponder = await bearer('first-responder', agency);
  for (const service of SERVICES) {
    const answer = await http<OpenAPIObject>('GET', url(service, '/openapi.json'), { token: firstResponder });
    expect(answer.status).toBe(200);
    documents[service] = answer.body;
    schemas[service] = new DocumentedSchemas(answer.body);
  }
});

/** The answer, after checking its body against the schema its service documents for its status. */
function expectDocumented<T>(
  service: Service,
  method: string,
  path: string,
  answer: HttpAnswer<T>,
): HttpAnswer<T> {
  expect(schemas[service].problemsOf(method, path, answer.status, answer.body)).toEqual([]);
  return answer;
}

// ---------------------------------------------------------------------------------------------

describe('GET /openapi.json', () => {
  it.each(SERVICES)(
    '%s refuses it without a token, or with one that does not verify (401)',
    async (service) => {
      for (const token of [undefined, 'not-a-token']) {
        const answer = await http<ErrorBody>('GET', url(service, '/openapi.json'), { token });
        expect(answer.status).toBe(401);
        expectDocumented(service, 'get', '/openapi.json', answer);
      }
    },
  );

  it.each(SERVICES)('%s serves the same document to a token of every role', async (service) => {
    for (const role of ROLES) {
      const answer = await http('GET', url(service, '/openapi.json'), { token: await bearer(role, agency) });
      expect({ role, status: answer.status, body: answer.body }).toEqual({
        role,
        status: 200,
        body: documents[service],
      });
    }
  });

  it.each(SERVICES)('%s serves a valid OpenAPI 3.0 document at the repository version', (service) => {
    const document = documents[service];
    expect(openApiDocumentProblems(document)).toEqual([]);
    expect(document.openapi).toMatch(/^3\.0\.\d+$/);
    expect(document.info).toMatchObject({ title: `Waypoint ${service} API`, version: repositoryVersion() });
    expect(document.servers).toEqual([{ url: '/', description: 'This service' }]);
    expect(document.components?.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }) as unknown,
    });
  });

  it.each(SERVICES)(
    '%s documents /health without security and every other operation with the bearer token and a 401',
    (service) => {
      const unprotected: string[] = [];
      for (const [path, item] of Object.entries(documents[service].paths)) {
        for (const method of METHODS) {
          const operation = (item as Record<string, Json | undefined>)[method];
          if (!operation) continue;
          const responses = Object.keys(operation.responses as Json);
          const protectedByToken =
            JSON.stringify(operation.security) === JSON.stringify([{ bearer: [] }]) &&
            responses.includes('401');
          if (!protectedByToken) unprotected.push(`${method} ${path}`);
        }
      }
      expect(unprotected).toEqual(['get /health']);
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe('real answers match the documented schemas', () => {
  const today = (): string => londonDateOf(new Date());

  it.each(SERVICES)('%s /health', async (service) => {
    expectDocumented(service, 'get', '/health', await http('GET', url(service, '/health')));
  });

  it('identification: record, view, correct, erase, consent decisions, and each error answer', async () => {
    const path = '/identifications';
    const recorded = expectDocumented(
      'identification',
      'post',
      path,
      await http<IdentificationRecorded>('POST', url('identification', path), {
        token: firstResponder,
        body: identificationOf({ personalDetails: { fullName: 'Alex Example', dateOfBirth: '1990-05-17' } }),
      }),
    );
    expect(recorded.status).toBe(201);
    const { journeyId } = recorded.body;

    const undecided = expectDocumented(
      'identification',
      'post',
      path,
      await http<IdentificationRecorded & { placeOfSafetyDecisionDueOn?: string }>(
        'POST',
        url('identification', path),
        {
          token: firstResponder,
          body: identificationOf({ consent: 'undecided' }),
        },
      ),
    );
    expect(undecided.body.placeOfSafetyDecisionDueOn).toEqual(expect.any(String));

    const one = '/identifications/{journeyId}';
    const viewed = expectDocumented(
      'identification',
      'get',
      one,
      await http('GET', url('identification', `/identifications/${journeyId}`), { token: firstResponder }),
    );
    expect(viewed.status).toBe(200);
    const offered = await http('GET', url('identification', `/identifications/${undecided.body.journeyId}`), {
      token: firstResponder,
    });
    expect(offered.status).toBe(200);
    expectDocumented('identification', 'get', one, offered);
    const awaiting = expectDocumented(
      'identification',
      'get',
      path,
      await http<{ identifications: { journeyId: string }[] }>(
        'GET',
        url('identification', `${path}?awaiting=place-of-safety-decision`),
        { token: firstResponder },
      ),
    );
    expect(awaiting.body.identifications.map((item) => item.journeyId)).toContain(undecided.body.journeyId);
    const badAwaiting = await http('GET', url('identification', `${path}?awaiting=anything`), {
      token: firstResponder,
    });
    expect(badAwaiting.status).toBe(400);
    expectDocumented('identification', 'get', path, badAwaiting);

    const details = '/identifications/{journeyId}/personal-details';
    const detailsUrl = url('identification', `/identifications/${journeyId}/personal-details`);
    const corrected = await http('PUT', detailsUrl, {
      token: firstResponder,
      body: { fullName: 'Alex Example-Jones' },
    });
    expect(corrected.status).toBe(200);
    expectDocumented('identification', 'put', details, corrected);
    const erased = await http('DELETE', detailsUrl, { token: firstResponder });
    expect(erased.status).toBe(200);
    expectDocumented('identification', 'delete', details, erased);
    const afterErasure = await http('PUT', detailsUrl, { token: firstResponder, body: { fullName: 'Alex' } });
    expect(afterErasure.status).toBe(409);
    expectDocumented('identification', 'put', details, afterErasure);
    expectDocumented(
      'identification',
      'get',
      one,
      await http('GET', url('identification', `/identifications/${journeyId}`), { token: firstResponder }),
    );

    const consent = '/identifications/{journeyId}/consent';
    const consentUrl = url('identification', `/identifications/${undecided.body.journeyId}/consent`);
    const declined = await http('POST', consentUrl, { token: firstResponder, body: { consent: 'declined' } });
    expect(declined.status).toBe(200);
    expectDocumented('identification', 'post', consent, declined);
    const declinedAgain = await http('POST', consentUrl, {
      token: firstResponder,
      body: { consent: 'declined' },
    });
    expect(declinedAgain.status).toBe(409);
    expectDocumented('identification', 'post', consent, declinedAgain);

    const errors: [string, Promise<HttpAnswer>, number][] = [
      [
        'bad field',
        http('POST', url('identification', path), {
          token: firstResponder,
          body: identificationOf({ area: 'atlantis' }),
        }),
        400,
      ],
      [
        'bad journey id',
        http('GET', url('identification', '/identifications/not-a-uuid'), { token: firstResponder }),
        400,
      ],
      ['no token', http('POST', url('identification', path), { body: identificationOf() }), 401],
      [
        'refused role',
        http('POST', url('identification', path), {
          token: await bearer('advocate', agency),
          body: identificationOf(),
        }),
        403,
      ],
      [
        'not JSON',
        http('POST', url('identification', path), {
          token: firstResponder,
          body: 'area=birmingham',
          headers: { 'content-type': 'text/plain' },
        }),
        415,
      ],
    ];
    for (const [name, pending, status] of errors) {
      const answer = await pending;
      expect({ name, status: answer.status }).toEqual({ name, status });
      expectDocumented(
        'identification',
        name === 'bad journey id' ? 'get' : 'post',
        name === 'bad journey id' ? one : path,
        answer,
      );
    }
    const otherAgency = await http('GET', url('identification', `/identifications/${journeyId}`), {
      token: await bearer('first-responder', uniqueAgency('elsewhere')),
    });
    expect(otherAgency.status).toBe(404);
    expectDocumented('identification', 'get', one, otherAgency);
  });

  it('referral and journey: the NRM case and the Duty to Notify, the list, a command, a refused command', async () => {
    const nrmJourney = (
      await http<IdentificationRecorded>('POST', url('identification', '/identifications'), {
        token: firstResponder,
        body: identificationOf({ consent: 'given' }),
      })
    ).body.journeyId;
    const dutyJourney = (
      await http<IdentificationRecorded>('POST', url('identification', '/identifications'), {
        token: firstResponder,
        body: identificationOf({ consent: 'declined' }),
      })
    ).body.journeyId;

    const one = '/referrals/{journeyId}';
    const referralOf = (journeyId: string) =>
      eventually(
        async () => {
          const answer = await http('GET', url('referral', `/referrals/${journeyId}`), {
            token: firstResponder,
          });
          return answer.status === 200 ? answer : undefined;
        },
        { what: `the referral of ${journeyId}` },
      );
    expectDocumented('referral', 'get', one, await referralOf(nrmJourney));
    expectDocumented('referral', 'get', one, await referralOf(dutyJourney));
    const listed = await http('GET', url('referral', '/referrals'), { token: firstResponder });
    expect(listed.status).toBe(200);
    expectDocumented('referral', 'get', '/referrals', listed);

    const commands = '/referrals/{journeyId}/commands';
    const commandUrl = url('referral', `/referrals/${nrmJourney}/commands`);
    const decision = { kind: 'record-reasonable-grounds-decision', outcome: 'positive', decidedOn: today() };
    const decided = await http('POST', commandUrl, { token: firstResponder, body: decision });
    expect(decided.status).toBe(200);
    expectDocumented('referral', 'post', commands, decided);
    const again = await http('POST', commandUrl, { token: firstResponder, body: decision });
    expect(again.status).toBe(409);
    expectDocumented('referral', 'post', commands, again);
    expectDocumented('referral', 'get', one, await referralOf(nrmJourney));
    const unknownCase = await http('POST', url('referral', `/referrals/${randomUUID()}/commands`), {
      token: firstResponder,
      body: decision,
    });
    expect(unknownCase.status).toBe(404);
    expectDocumented('referral', 'post', commands, unknownCase);

    const journeyPath = '/journeys/{journeyId}';
    for (const journeyId of [nrmJourney, dutyJourney]) {
      const journey = await eventually(
        async () => {
          const answer = await http<{ timeline: unknown[] }>(
            'GET',
            url('journey', `/journeys/${journeyId}`),
            {
              token: firstResponder,
            },
          );
          return answer.status === 200 && answer.body.timeline.length >= 2 ? answer : undefined;
        },
        { what: `journey ${journeyId} with its referral` },
      );
      expectDocumented('journey', 'get', journeyPath, journey);
    }
    const notInvolved = await http('GET', url('journey', `/journeys/${nrmJourney}`), {
      token: await bearer('advocate', uniqueAgency('elsewhere')),
    });
    expect(notInvolved.status).toBe(404);
    expectDocumented('journey', 'get', journeyPath, notInvolved);
    const commissioner = await http('GET', url('journey', `/journeys/${nrmJourney}`), {
      token: await bearer('commissioner', agency),
    });
    expect(commissioner.status).toBe(403);
    expectDocumented('journey', 'get', journeyPath, commissioner);
  });
});

// ---------------------------------------------------------------------------------------------

interface BodyCase {
  service: Service;
  method: 'post' | 'put';
  path: string;
  /** One schema, or each member of a oneOf (NRM commands). */
  variant: string;
  schema: Json;
}

function documentedBodies(): BodyCase[] {
  const cases: BodyCase[] = [];
  for (const service of SERVICES) {
    for (const [path, item] of Object.entries(documents[service].paths)) {
      for (const method of ['post', 'put'] as const) {
        const operation = (item as Record<string, Json | undefined>)[method];
        if (!operation?.requestBody) continue;
        const schema = schemas[service].schemaOf(method, path, 'body');
        const members = Array.isArray(schema.oneOf) ? (schema.oneOf as Json[]) : [schema];
        for (const member of members) {
          cases.push({
            service,
            method,
            path,
            variant: typeof member.$ref === 'string' ? member.$ref.split('/').pop()! : 'body',
            schema: member,
          });
        }
      }
    }
  }
  return cases;
}

describe('documented request bodies agree with validation', () => {
  const NOT_DOCUMENTED = 'not-a-documented-value';

  async function send(body: BodyCase, payload: unknown): Promise<HttpAnswer<ErrorBody>> {
    const operation = operationOf(documents[body.service], body.method, body.path)!;
    const role = (operation['x-waypoint-roles'] as Role[])[0];
    // A journey nobody has: validation runs first, so a valid body reaches the 404.
    const path = body.path.replace('{journeyId}', randomUUID());
    return http<ErrorBody>(body.method.toUpperCase() as 'POST' | 'PUT', url(body.service, path), {
      token: await bearer(role, agency),
      body: payload,
    });
  }

  const fieldsNamed = (answer: HttpAnswer<ErrorBody>): string[] =>
    (answer.body.errors ?? []).map((error) => error.field);

  it('covers every body the services document, NRM commands one kind at a time', () => {
    const variants = documentedBodies().map((body) => `${body.method} ${body.path} ${body.variant}`);
    expect(variants).toEqual(
      expect.arrayContaining([
        'post /identifications RecordIdentificationDto',
        'put /identifications/{journeyId}/personal-details PersonalDetailsDto',
        'post /identifications/{journeyId}/consent GiveConsentDto',
        'post /referrals/{journeyId}/commands SuspendDto',
      ]),
    );
    expect(
      variants.filter((variant) => variant.startsWith('post /referrals/{journeyId}/commands')),
    ).toHaveLength(9);
  });

  it('accepts the body built from the documented examples', async () => {
    for (const body of documentedBodies()) {
      const answer = await send(body, schemas[body.service].exampleOf(body.schema));
      // Valid: created for a new identification, otherwise past validation to the unknown journey.
      const expected = body.path === '/identifications' ? 201 : 404;
      expect({
        body: `${body.path} ${body.variant}`,
        status: answer.status,
        errors: answer.body?.errors,
      }).toEqual({
        body: `${body.path} ${body.variant}`,
        status: expected,
        errors: undefined,
      });
    }
  });

  it('refuses each required property when missing, each documented enum broken and an undocumented field, naming the field', async () => {
    const mismatches: string[] = [];
    for (const body of documentedBodies()) {
      const documented = schemas[body.service];
      const example = documented.exampleOf(body.schema) as Json;
      const resolved = documented.resolve(body.schema);
      const properties = resolved.properties as Record<string, Json>;
      const probes: [string, Json, string][] = [
        ['an undocumented field', { ...example, undocumentedField: 1 }, 'undocumentedField'],
      ];
      for (const name of (resolved.required as string[] | undefined) ?? []) {
        const { [name]: _omitted, ...without } = example;
        probes.push([`without required ${name}`, without, name]);
      }
      for (const [name, property] of Object.entries(properties)) {
        const shape = documented.resolve(property);
        if (Array.isArray(shape.enum))
          probes.push([`${name} outside its enum`, { ...example, [name]: NOT_DOCUMENTED }, name]);
        const items = shape.items ? documented.resolve(shape.items as Json) : undefined;
        if (Array.isArray(items?.enum))
          probes.push([`${name} item outside its enum`, { ...example, [name]: [NOT_DOCUMENTED] }, name]);
        // One level down: a nested object's own required properties (personalDetails.fullName).
        for (const nested of (shape.required as string[] | undefined) ?? []) {
          const { [nested]: _omitted, ...inner } = example[name] as Json;
          probes.push([
            `without required ${name}.${nested}`,
            { ...example, [name]: inner },
            `${name}.${nested}`,
          ]);
        }
      }
      for (const [what, payload, field] of probes) {
        const answer = await send(body, payload);
        if (answer.status !== 400 || !fieldsNamed(answer).includes(field)) {
          mismatches.push(
            `${body.path} ${body.variant} ${what}: ${answer.status} ${JSON.stringify(fieldsNamed(answer))}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("accepts each optional property left out, except an adult's consent, which its description says an adult must give", async () => {
    const mismatches: string[] = [];
    for (const body of documentedBodies()) {
      const documented = schemas[body.service];
      const example = documented.exampleOf(body.schema) as Json;
      const resolved = documented.resolve(body.schema);
      const required = (resolved.required as string[] | undefined) ?? [];
      for (const name of Object.keys(resolved.properties as Json).filter(
        (name) => !required.includes(name),
      )) {
        const { [name]: _omitted, ...without } = example;
        const answer = await send(body, without);
        const conditional = body.path === '/identifications' && name === 'consent';
        const accepted = answer.status !== 400;
        if (conditional ? accepted || !fieldsNamed(answer).includes('consent') : !accepted) {
          mismatches.push(
            `${body.path} ${body.variant} without optional ${name}: ${answer.status} ${JSON.stringify(fieldsNamed(answer))}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    const consent = documents.identification.components?.schemas?.RecordIdentificationDto as Json;
    expect((consent.properties as Record<string, Json>).consent.description as string).toMatch(
      /Required for an adult.*omitted for a child/,
    );
    const child = await http('POST', url('identification', '/identifications'), {
      token: firstResponder,
      body: { ...identificationOf({ ageGroup: 'child' }), consent: undefined },
    });
    expect(child.status).toBe(201);
  });
});
