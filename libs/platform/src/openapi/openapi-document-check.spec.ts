/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   each test breaks an untyped JSON document in one place, as a hand-edited or generated one would be. */
import { openApiDocumentProblems } from './openapi-document-check';

type Json = Record<string, any>;

/** A small document that passes: every test below breaks one rule of it. */
function valid(): Json {
  return {
    openapi: '3.0.3',
    info: { title: 'Waypoint test API', version: '0.1.0' },
    servers: [{ url: '/' }],
    paths: {
      '/things/{thingId}': {
        get: {
          operationId: 'Things_view',
          parameters: [
            { name: 'thingId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': {
              description: 'The thing',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            '401': { description: 'No token' },
          },
          security: [{ bearer: [] }],
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Thing: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['a', 'b'] },
            when: { type: 'string', format: 'date', nullable: true },
            parts: { type: 'array', items: { $ref: '#/components/schemas/Part' } },
          },
          required: ['kind'],
        },
        Part: {
          oneOf: [{ $ref: '#/components/schemas/Thing' }],
          discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/Thing' } },
        },
      },
    },
  };
}

describe('openApiDocumentProblems', () => {
  const sut = openApiDocumentProblems;

  it('finds nothing wrong with a valid document', () => {
    expect(sut(valid())).toEqual([]);
  });

  it.each<[string, (document: Json) => void, string]>([
    ['a 3.1 version', (d) => (d.openapi = '3.1.0'), 'openapi: must be a 3.0.x version'],
    ['no title', (d) => delete d.info.title, 'info.title: must be a non-empty string'],
    ['no version', (d) => delete d.info.version, 'info.version: must be a non-empty string'],
    ['a server without url', (d) => (d.servers = [{}]), 'servers[0].url: is required'],
    ['no paths', (d) => delete d.paths, 'paths: is required'],
    ['a path without /', (d) => (d.paths.things = {}), 'paths.things: must start with /'],
    [
      'an unknown path item field',
      (d) => (d.paths['/things/{thingId}'].fetch = {}),
      'paths./things/{thingId}.fetch: is not a path item field',
    ],
    [
      'an unknown operation field',
      (d) => (d.paths['/things/{thingId}'].get.roles = []),
      'paths./things/{thingId}.get.roles: is not an operation field',
    ],
    [
      'a templated path parameter left undeclared',
      (d) => (d.paths['/things/{thingId}'].get.parameters = []),
      'path template {thingId} has no path parameter',
    ],
    [
      'an optional path parameter',
      (d) => (d.paths['/things/{thingId}'].get.parameters[0].required = false),
      'must be true for a path parameter',
    ],
    [
      'a parameter in an unknown place',
      (d) => (d.paths['/things/{thingId}'].get.parameters[0].in = 'body'),
      'parameters[0].in: must be one of path, query, header, cookie',
    ],
    [
      'no responses',
      (d) => (d.paths['/things/{thingId}'].get.responses = {}),
      'must hold at least one response',
    ],
    [
      'a response without description',
      (d) => delete d.paths['/things/{thingId}'].get.responses['401'].description,
      'responses.401.description: is required',
    ],
    [
      'a status that is not one',
      (d) => (d.paths['/things/{thingId}'].get.responses['20O'] = { description: 'typo' }),
      'responses.20O: is not a status code',
    ],
    [
      'security naming no scheme',
      (d) => (d.paths['/things/{thingId}'].get.security = [{ jwt: [] }]),
      'security[0].jwt: names no security scheme',
    ],
    [
      'an http scheme without its scheme',
      (d) => delete d.components.securitySchemes.bearer.scheme,
      'bearer.scheme: is required',
    ],
    [
      'a reference that does not resolve',
      (d) => (d.components.schemas.Thing.properties.parts.items.$ref = '#/components/schemas/Nope'),
      '#/components/schemas/Nope does not resolve',
    ],
    [
      'a discriminator mapping that does not resolve',
      (d) => (d.components.schemas.Part.discriminator.mapping.b = '#/components/schemas/Gone'),
      'mapping.b: #/components/schemas/Gone does not resolve',
    ],
    [
      'a 3.1 null type',
      (d) => (d.components.schemas.Thing.properties.when.type = 'null'),
      'when.type: must be one of',
    ],
    [
      'a type list',
      (d) => (d.components.schemas.Thing.properties.when.type = ['string', 'null']),
      'when.type: must be one of',
    ],
    [
      'an array without items',
      (d) => delete d.components.schemas.Thing.properties.parts.items,
      'parts.items: is required for an array',
    ],
    [
      'an empty enum',
      (d) => (d.components.schemas.Thing.properties.kind.enum = []),
      'kind.enum: must be a non-empty list',
    ],
    [
      'a required property that does not exist',
      (d) => d.components.schemas.Thing.required.push('colour'),
      'names colour, which is not a property',
    ],
    [
      'an unknown schema keyword',
      (d) => (d.components.schemas.Thing.const = 'a'),
      'Thing.const: is not a schema field in OpenAPI 3.0',
    ],
    [
      'a description beside $ref',
      (d) => (d.components.schemas.Thing.properties.parts.items.description = 'lost'),
      'has description beside $ref',
    ],
    [
      'a discriminator without oneOf',
      (d) => delete d.components.schemas.Part.oneOf,
      'only applies beside oneOf',
    ],
    [
      'a duplicate operationId',
      (d) =>
        (d.paths['/other'] = {
          get: { operationId: 'Things_view', responses: { '200': { description: 'ok' } } },
        }),
      'Things_view is also used by',
    ],
  ])('reports %s', (_, breakIt, expected) => {
    const document = valid();
    breakIt(document);
    expect(sut(document).join('\n')).toContain(expected);
  });
});
