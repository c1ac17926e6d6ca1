/**
 * Structural checks of an OpenAPI 3.0 document: what a generator or gateway relies on. There is
 * no OpenAPI validator among the project's packages, so the rules are written out here (from the
 * OpenAPI 3.0.3 specification), and the services' tests and the gateway can run them.
 */

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PATH_ITEM_KEYS = new Set([...HTTP_METHODS, '$ref', 'summary', 'description', 'servers', 'parameters']);
const OPERATION_KEYS = new Set([
  'tags',
  'summary',
  'description',
  'externalDocs',
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'callbacks',
  'deprecated',
  'security',
  'servers',
]);
const SCHEMA_KEYS = new Set([
  'title',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'enum',
  'type',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'items',
  'properties',
  'additionalProperties',
  'description',
  'format',
  'default',
  'nullable',
  'discriminator',
  'readOnly',
  'writeOnly',
  'xml',
  'externalDocs',
  'example',
  'deprecated',
  '$ref',
]);
const SCHEMA_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);
const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);
const STATUS_KEY = /^(default|[1-5]XX|[1-5]\d\d)$/;
const COMPONENT_NAME = /^[a-zA-Z0-9._-]+$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isExtension = (key: string): boolean => key.startsWith('x-');

/** Every problem found, each naming where it is (a JSON-pointer-like path); none means the document passes. */
export function openApiDocumentProblems(document: unknown): string[] {
  const problems: string[] = [];
  const report = (where: string, problem: string): void => void problems.push(`${where}: ${problem}`);
  if (!isObject(document)) return ['(document): not an object'];

  if (typeof document.openapi !== 'string' || !/^3\.0\.\d+$/.test(document.openapi)) {
    report('openapi', `must be a 3.0.x version string, got ${JSON.stringify(document.openapi)}`);
  }
  const info = document.info;
  if (!isObject(info)) report('info', 'is required');
  else {
    if (typeof info.title !== 'string' || info.title === '')
      report('info.title', 'must be a non-empty string');
    if (typeof info.version !== 'string' || info.version === '')
      report('info.version', 'must be a non-empty string');
  }
  if (document.servers !== undefined) {
    if (!Array.isArray(document.servers)) report('servers', 'must be an array');
    else
      document.servers.forEach((server, index) => {
        if (!isObject(server) || typeof server.url !== 'string')
          report(`servers[${index}].url`, 'is required');
      });
  }

  const components = isObject(document.components) ? document.components : {};
  for (const [section, entries] of Object.entries(components)) {
    if (!isObject(entries)) continue;
    for (const name of Object.keys(entries)) {
      if (!COMPONENT_NAME.test(name))
        report(`components.${section}.${name}`, 'is not a valid component name');
    }
  }
  const securitySchemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(securitySchemes)) {
    checkSecurityScheme(`components.securitySchemes.${name}`, scheme, report);
  }
  const schemas = isObject(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(schemas))
    checkSchema(`components.schemas.${name}`, schema, report);

  if (!isObject(document.paths)) report('paths', 'is required');
  const operationIds = new Map<string, string>();
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const where = `paths.${path}`;
    if (!path.startsWith('/')) report(where, 'must start with /');
    if (!isObject(item)) {
      report(where, 'must be a path item object');
      continue;
    }
    for (const key of Object.keys(item)) {
      if (!PATH_ITEM_KEYS.has(key) && !isExtension(key))
        report(`${where}.${key}`, 'is not a path item field');
    }
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      checkOperation(`${where}.${method}`, operation, templated, securitySchemes, operationIds, report);
    }
  }
  if (Array.isArray(document.security)) {
    checkSecurityRequirements('security', document.security, securitySchemes, report);
  }

  for (const ref of collectRefs(document)) {
    if (!ref.value.startsWith('#/')) {
      report(ref.where, `only local references are expected, got ${ref.value}`);
    } else if (resolvePointer(document, ref.value) === undefined) {
      report(ref.where, `${ref.value} does not resolve`);
    }
  }
  return problems;
}

type Report = (where: string, problem: string) => void;

function checkOperation(
  where: string,
  operation: unknown,
  templated: string[],
  securitySchemes: Json,
  operationIds: Map<string, string>,
  report: Report,
): void {
  if (!isObject(operation)) return report(where, 'must be an operation object');
  for (const key of Object.keys(operation)) {
    if (!OPERATION_KEYS.has(key) && !isExtension(key)) report(`${where}.${key}`, 'is not an operation field');
  }
  if (typeof operation.operationId === 'string') {
    const earlier = operationIds.get(operation.operationId);
    if (earlier) report(`${where}.operationId`, `${operation.operationId} is also used by ${earlier}`);
    operationIds.set(operation.operationId, where);
  }
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const seen = new Set<string>();
  parameters.forEach((parameter, index) => {
    const at = `${where}.parameters[${index}]`;
    if (!isObject(parameter)) return report(at, 'must be a parameter object');
    if (typeof parameter.name !== 'string') report(`${at}.name`, 'is required');
    if (typeof parameter.in !== 'string' || !PARAMETER_LOCATIONS.has(parameter.in)) {
      report(`${at}.in`, `must be one of ${[...PARAMETER_LOCATIONS].join(', ')}`);
    }
    const key = `${String(parameter.in)}:${String(parameter.name)}`;
    if (seen.has(key)) report(at, `duplicates ${key}`);
    seen.add(key);
    if (parameter.in === 'path') {
      if (parameter.required !== true) report(`${at}.required`, 'must be true for a path parameter');
      if (!templated.includes(String(parameter.name))) {
        report(at, `path parameter ${String(parameter.name)} is not in the path template`);
      }
    }
    if ((parameter.schema === undefined) === (parameter.content === undefined)) {
      report(at, 'needs exactly one of schema and content');
    }
    if (parameter.schema !== undefined) checkSchema(`${at}.schema`, parameter.schema, report);
  });
  for (const name of templated) {
    if (
      !parameters.some(
        (parameter) => isObject(parameter) && parameter.in === 'path' && parameter.name === name,
      )
    ) {
      report(where, `path template {${name}} has no path parameter`);
    }
  }
  if (operation.requestBody !== undefined) {
    const body = operation.requestBody;
    if (!isObject(body) || !isObject(body.content)) report(`${where}.requestBody.content`, 'is required');
    else checkContent(`${where}.requestBody.content`, body.content, report);
  }
  const responses = operation.responses;
  if (!isObject(responses) || Object.keys(responses).length === 0) {
    report(`${where}.responses`, 'must hold at least one response');
  } else {
    for (const [status, response] of Object.entries(responses)) {
      const at = `${where}.responses.${status}`;
      if (!STATUS_KEY.test(status) && !isExtension(status))
        report(at, 'is not a status code, a range or default');
      if (!isObject(response)) {
        report(at, 'must be a response object');
        continue;
      }
      if (response.$ref !== undefined) continue;
      if (typeof response.description !== 'string') report(`${at}.description`, 'is required');
      if (response.content !== undefined) {
        if (isObject(response.content)) checkContent(`${at}.content`, response.content, report);
        else report(`${at}.content`, 'must be an object');
      }
    }
  }
  if (operation.security !== undefined) {
    if (!Array.isArray(operation.security)) report(`${where}.security`, 'must be an array');
    else checkSecurityRequirements(`${where}.security`, operation.security, securitySchemes, report);
  }
  if (
    operation.tags !== undefined &&
    (!Array.isArray(operation.tags) || operation.tags.some((tag) => typeof tag !== 'string'))
  ) {
    report(`${where}.tags`, 'must be a list of strings');
  }
}

function checkContent(where: string, content: Json, report: Report): void {
  for (const [mediaType, entry] of Object.entries(content)) {
    const at = `${where}.${mediaType}`;
    if (!/^[\w.+-]+\/[\w.+*-]+$/.test(mediaType)) report(at, 'is not a media type');
    if (!isObject(entry)) report(at, 'must be a media type object');
    else if (entry.schema !== undefined) checkSchema(`${at}.schema`, entry.schema, report);
  }
}

function checkSecurityScheme(where: string, scheme: unknown, report: Report): void {
  if (!isObject(scheme)) return report(where, 'must be a security scheme object');
  switch (scheme.type) {
    case 'http':
      if (typeof scheme.scheme !== 'string') report(`${where}.scheme`, 'is required for type http');
      break;
    case 'apiKey':
      if (typeof scheme.name !== 'string') report(`${where}.name`, 'is required for type apiKey');
      if (!['query', 'header', 'cookie'].includes(String(scheme.in)))
        report(`${where}.in`, 'must be query, header or cookie');
      break;
    case 'oauth2':
      if (!isObject(scheme.flows)) report(`${where}.flows`, 'is required for type oauth2');
      break;
    case 'openIdConnect':
      if (typeof scheme.openIdConnectUrl !== 'string') report(`${where}.openIdConnectUrl`, 'is required');
      break;
    default:
      report(
        `${where}.type`,
        `must be http, apiKey, oauth2 or openIdConnect, got ${JSON.stringify(scheme.type)}`,
      );
  }
}

function checkSecurityRequirements(
  where: string,
  requirements: unknown[],
  schemes: Json,
  report: Report,
): void {
  requirements.forEach((requirement, index) => {
    if (!isObject(requirement)) return report(`${where}[${index}]`, 'must be an object');
    for (const [name, scopes] of Object.entries(requirement)) {
      if (!(name in schemes)) report(`${where}[${index}].${name}`, 'names no security scheme in components');
      if (!Array.isArray(scopes)) report(`${where}[${index}].${name}`, 'must be a list of scopes');
    }
  });
}

/** A Schema Object as OpenAPI 3.0 defines it (not JSON Schema at large: no `type: 'null'`, no type lists). */
function checkSchema(where: string, schema: unknown, report: Report): void {
  if (!isObject(schema)) return report(where, 'must be a schema object');
  for (const key of Object.keys(schema)) {
    if (!SCHEMA_KEYS.has(key) && !isExtension(key))
      report(`${where}.${key}`, 'is not a schema field in OpenAPI 3.0');
  }
  if (schema.$ref !== undefined) {
    const siblings = Object.keys(schema).filter((key) => key !== '$ref');
    // OpenAPI 3.0 ignores everything beside a $ref, so a description or nullable there is lost.
    if (siblings.length > 0)
      report(where, `has ${siblings.join(', ')} beside $ref, which OpenAPI 3.0 ignores`);
    return;
  }
  if (schema.type !== undefined && (typeof schema.type !== 'string' || !SCHEMA_TYPES.has(schema.type))) {
    report(
      `${where}.type`,
      `must be one of ${[...SCHEMA_TYPES].join(', ')}, got ${JSON.stringify(schema.type)}`,
    );
  }
  if (schema.type === 'array' && schema.items === undefined)
    report(`${where}.items`, 'is required for an array');
  if (schema.nullable !== undefined && typeof schema.nullable !== 'boolean')
    report(`${where}.nullable`, 'must be a boolean');
  if (schema.enum !== undefined) {
    if (!Array.isArray(schema.enum) || schema.enum.length === 0)
      report(`${where}.enum`, 'must be a non-empty list');
    else if (new Set(schema.enum.map((value) => JSON.stringify(value))).size !== schema.enum.length) {
      report(`${where}.enum`, 'has duplicate values');
    }
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required) || schema.required.some((name) => typeof name !== 'string')) {
      report(`${where}.required`, 'must be a list of property names');
    } else if (isObject(schema.properties)) {
      for (const name of schema.required as string[]) {
        if (!(name in schema.properties))
          report(`${where}.required`, `names ${name}, which is not a property`);
      }
    }
  }
  for (const bound of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']) {
    const value = schema[bound];
    if (value !== undefined && (!Number.isInteger(value) || (value as number) < 0)) {
      report(`${where}.${bound}`, 'must be a non-negative integer');
    }
  }
  const min = schema.minItems as number | undefined;
  const max = schema.maxItems as number | undefined;
  if (min !== undefined && max !== undefined && min > max) report(where, 'minItems is above maxItems');
  if (schema.discriminator !== undefined) {
    const discriminator = schema.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') {
      report(`${where}.discriminator.propertyName`, 'is required');
    } else if (schema.oneOf === undefined && schema.anyOf === undefined && schema.allOf === undefined) {
      report(`${where}.discriminator`, 'only applies beside oneOf, anyOf or allOf');
    }
  }
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      checkSchema(`${where}.properties.${name}`, property, report);
    }
  } else if (schema.properties !== undefined) report(`${where}.properties`, 'must be an object');
  if (schema.items !== undefined) checkSchema(`${where}.items`, schema.items, report);
  if (isObject(schema.additionalProperties)) {
    checkSchema(`${where}.additionalProperties`, schema.additionalProperties, report);
  }
  if (schema.not !== undefined) checkSchema(`${where}.not`, schema.not, report);
  for (const combiner of ['allOf', 'oneOf', 'anyOf']) {
    const members = schema[combiner];
    if (members === undefined) continue;
    if (!Array.isArray(members) || members.length === 0)
      report(`${where}.${combiner}`, 'must be a non-empty list');
    else members.forEach((member, index) => checkSchema(`${where}.${combiner}[${index}]`, member, report));
  }
}

function* collectRefs(node: unknown, where = ''): Generator<{ where: string; value: string }> {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* collectRefs(child, `${where}[${index}]`);
  } else if (isObject(node)) {
    for (const [key, child] of Object.entries(node)) {
      const at = where ? `${where}.${key}` : key;
      if (key === '$ref' && typeof child === 'string') yield { where: at, value: child };
      // A discriminator's mapping values are references too.
      else if (key === 'mapping' && isObject(child)) {
        for (const [name, target] of Object.entries(child)) {
          if (typeof target === 'string') yield { where: `${at}.${name}`, value: target };
        }
      } else yield* collectRefs(child, at);
    }
  }
}

/** The value at a local reference (#/a/b), or undefined. */
export function resolvePointer(document: unknown, ref: string): unknown {
  let node: unknown = document;
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}
