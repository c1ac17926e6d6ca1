/**
 * Holding OpenAPI documents to the running code: which routes a Nest app really registers (from
 * Nest's routing metadata and the HTTP server's router, never from the document itself), and
 * whether real answers match the schemas documented for them.
 */
import { METHODS as NODE_METHODS } from 'node:http';
import type { INestApplication, Type } from '@nestjs/common';
import {
  GUARDS_METADATA,
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common/enums/request-method.enum';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_KEY, ROLES, ROLES_KEY, type Role } from '@waypoint/auth';
// ajv and ajv-formats come with the Nest CLI (@angular-devkit/core); see the report on declaring them.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface RegisteredRoute {
  /** 'all' for @All (the gateway's proxy). */
  method: 'get' | 'post' | 'put' | 'delete' | 'patch' | 'all';
  /** In OpenAPI form: /identifications/{journeyId}. */
  path: string;
  handler: string;
  isPublic: boolean;
  roles: Role[];
  takesBody: boolean;
  successStatus: number;
  /** The guards' class names, the controller's first, as Nest runs them. */
  guards: string[];
}

const METHODS: Partial<Record<RequestMethod, RegisteredRoute['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.DELETE]: 'delete',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.ALL]: 'all',
};

const METHODS_NODE_KNOWS = NODE_METHODS.map((method) => method.toLowerCase());

const joinPath = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
const toOpenApiPath = (path: string): string => path.replace(/[:*]([A-Za-z0-9_]+)/g, '{$1}');
const namesOf = (guards: unknown): string[] =>
  ((guards ?? []) as (Type<unknown> | object)[]).map((guard) =>
    typeof guard === 'function' ? guard.name : guard.constructor.name,
  );

/** Every HTTP route of the app's controllers, with what the guard and Nest make of it. */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      if (base === undefined) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        // Read the descriptor, never the property: a getter on the prototype would run without an instance.
        const handler = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (requestMethod === undefined || paths === undefined) continue; // a Kafka handler
        const method = METHODS[requestMethod];
        if (!method) throw new Error(`${controller.name}.${name}: unexpected method ${requestMethod}`);
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          unknown
        >;
        const roles = (Reflect.getMetadata(ROLES_KEY, handler) ??
          Reflect.getMetadata(ROLES_KEY, controller) ??
          []) as Role[];
        const guards = [
          ...namesOf(Reflect.getMetadata(GUARDS_METADATA, controller)),
          ...namesOf(Reflect.getMetadata(GUARDS_METADATA, handler)),
        ];
        for (const path of Array.isArray(paths) ? paths : [paths])
          routes.push({
            method,
            path: toOpenApiPath(joinPath(base, path)),
            handler: `${controller.name}.${name}`,
            isPublic: Boolean(
              Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller),
            ),
            roles,
            takesBody: Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`)),
            successStatus:
              (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
              (method === 'post' ? 201 : 200),
            guards,
          });
      }
    }
  }
  return routes;
}

/** The routes the HTTP server's router holds once the app is initialised (Express 5). */
export function expressRoutes(app: INestApplication): string[] {
  const server = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return server.router.stack.flatMap((layer) => {
    if (!layer.route) return [];
    const path = toOpenApiPath(layer.route.path);
    const methods = Object.keys(layer.route.methods);
    // Express 5's app.all (Nest's @All) adds the route for every method Node knows.
    if (METHODS_NODE_KNOWS.every((method) => methods.includes(method))) return [`all ${path}`];
    return methods.map((method) => `${method} ${path}`);
  });
}

type Operation = Json & { responses: Record<string, Json>; security?: Json[]; parameters?: Json[] };

export function operationOf(document: OpenAPIObject, method: string, path: string): Operation | undefined {
  const item = (document.paths as Record<string, Record<string, unknown>>)[path];
  return item?.[method] as Operation | undefined;
}

/** Where the document disagrees with the routes the app registers; none means it covers them truthfully. */
export function routeCoverageProblems(routes: RegisteredRoute[], document: OpenAPIObject): string[] {
  const problems: string[] = [];
  const documented = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      if ((item as Record<string, unknown>)[method]) documented.add(`${method} ${path}`);
    }
  }
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    const operation = operationOf(document, route.method, route.path);
    if (!operation) {
      problems.push(`${key} (${route.handler}) is not documented`);
      continue;
    }
    documented.delete(key);
    const problem = (text: string): void => void problems.push(`${key}: ${text}`);
    const statuses = Object.keys(operation.responses);
    const security = JSON.stringify(operation.security ?? []);
    if (route.isPublic) {
      if (security !== '[]') problem(`is public but documents security ${security}`);
      if (statuses.includes('401')) problem('is public but documents a 401');
    } else {
      if (route.roles.length === 0) problem('is refused to every role (neither @Public nor @Roles)');
      if (security !== JSON.stringify([{ bearer: [] }]))
        problem(`must require the bearer token, documents ${security}`);
      if (!statuses.includes('401')) problem('does not document the 401');
      const everyRole = ROLES.every((role) => route.roles.includes(role));
      if (!everyRole && !statuses.includes('403'))
        problem(`refuses roles other than ${route.roles.join(', ')} but documents no 403`);
      if (everyRole && statuses.includes('403')) problem('documents a 403 that no role can get');
      const documentedRoles = operation['x-waypoint-roles'] as string[] | undefined;
      if (JSON.stringify([...(documentedRoles ?? [])].sort()) !== JSON.stringify([...route.roles].sort())) {
        problem(
          `documents roles ${JSON.stringify(documentedRoles)}, the guard allows ${JSON.stringify(route.roles)}`,
        );
      }
    }
    if (!statuses.includes(String(route.successStatus)))
      problem(`answers ${route.successStatus} but does not document it`);
    const success = operation.responses[String(route.successStatus)];
    if (success && !isObject((success.content as Json | undefined)?.['application/json'])) {
      problem(`documents no JSON schema for its ${route.successStatus}`);
    }
    const pathParameters = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    if ((route.takesBody || pathParameters.length > 0) && !statuses.includes('400')) {
      problem('validates input but documents no 400');
    }
    if (route.takesBody && !operation.requestBody) problem('takes a body but documents none');
    if (!route.takesBody && operation.requestBody) problem('documents a body it does not take');
    for (const name of pathParameters) {
      const parameter = (operation.parameters ?? []).find((p) => p.in === 'path' && p.name === name);
      if (!parameter) problem(`documents no path parameter ${name}`);
      else if (name === 'journeyId') {
        if ((parameter.schema as Json | undefined)?.format !== 'uuid')
          problem('journeyId is not documented as a uuid');
        // Every route addressing one journey answers 404 to an agency it does not involve.
        if (!statuses.includes('404')) problem('addresses a journey but documents no 404');
      }
    }
  }
  for (const key of documented) problems.push(`${key} is documented but no route serves it`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Real answers against documented schemas

/**
 * An OpenAPI 3.0 schema as JSON Schema for ajv: `nullable` becomes "or null" (3.0.3 reads it so),
 * and with `strict` every object with documented properties forbids others, so a field the code
 * returns but the document does not mention fails the check.
 */
function toJsonSchema(node: unknown, strict: boolean): unknown {
  if (Array.isArray(node)) return node.map((child) => toJsonSchema(child, strict));
  if (!isObject(node)) return node;
  const converted: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'nullable' || key === 'discriminator' || key.startsWith('x-')) continue;
    if (key === 'properties' && isObject(value)) {
      converted.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, toJsonSchema(property, strict)]),
      );
    } else converted[key] = toJsonSchema(value, strict);
  }
  if (strict && isObject(node.properties) && node.additionalProperties === undefined) {
    converted.additionalProperties = false;
  }
  return node.nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

export class DocumentedSchemas {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats(this.ajv, ['uuid', 'date', 'date-time']);
    this.ajv.addSchema({ $id: 'openapi', components: toJsonSchema(document.components, true) });
  }

  /** The documented schema of a response, or of the request body (status 'body'). */
  schemaOf(method: string, path: string, status: string): Json {
    const operation = operationOf(this.document, method, path);
    if (!operation) throw new Error(`${method} ${path} is not documented`);
    const holder =
      status === 'body' ? (operation.requestBody as Json | undefined) : operation.responses[status];
    const schema = ((holder?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    if (!isObject(schema)) throw new Error(`${method} ${path} documents no JSON schema for ${status}`);
    return schema;
  }

  /** What is wrong with a real body against the documented schema; none means it matches. */
  problemsOf(method: string, path: string, status: number | 'body', body: unknown): string[] {
    const key = `${method} ${path} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const schema = toJsonSchema(this.schemaOf(method, path, String(status)), true);
      validate = this.ajv.compile(
        JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')),
      );
      this.compiled.set(key, validate);
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map(
          (error) => `${key}${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
        );
  }

  resolve(schema: Json): Json {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string'; hops++) {
      if (hops > 10) throw new Error(`reference loop at ${current.$ref}`);
      const name = current.$ref.replace('#/components/schemas/', '');
      current = (this.document.components?.schemas as Record<string, Json>)[name];
    }
    // Nest wraps a referenced enum or object with its own description as allOf: [{ $ref }].
    if (Array.isArray(current.allOf) && current.allOf.length === 1 && !current.properties) {
      return { ...this.resolve(current.allOf[0] as Json), nullable: current.nullable };
    }
    return current;
  }

  /** A body made of the documented examples (or the first enum value), as a client would build it. */
  exampleOf(schema: Json): unknown {
    if (schema.example !== undefined) return schema.example;
    const resolved = this.resolve(schema);
    if (resolved.example !== undefined) return resolved.example;
    if (Array.isArray(resolved.enum)) return resolved.enum[0];
    if (resolved.type === 'array') return [this.exampleOf(resolved.items as Json)];
    if (isObject(resolved.properties)) {
      return Object.fromEntries(
        Object.entries(resolved.properties).map(([name, property]) => [
          name,
          this.exampleOf(property as Json),
        ]),
      );
    }
    throw new Error(`no example for ${JSON.stringify(schema)}: document one`);
  }
}
