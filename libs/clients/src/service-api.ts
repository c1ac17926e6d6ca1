import type * as identification from './generated/identification';
import type * as journey from './generated/journey';
import type * as placement from './generated/placement';
import type * as referral from './generated/referral';

/** Each service's generated `paths`, by the name the gateway calls it by. */
export interface ServicePaths {
  identification: identification.paths;
  referral: referral.paths;
  journey: journey.paths;
  placement: placement.paths;
}

export type ServiceName = keyof ServicePaths;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The methods a path has (generated paths list every method, with `never` for those it has not). */
export type MethodsOf<Paths, Path extends keyof Paths> = {
  [M in HttpMethod & keyof Paths[Path]]: Paths[Path][M] extends { responses: unknown } ? M : never;
}[HttpMethod & keyof Paths[Path]];

type ResponsesOf<Operation> = Operation extends { responses: infer R } ? R : never;

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : unknown;

/**
 * Every answer an operation documents, as a union discriminated by status: narrowing on
 * `answer.status === 200` gives that status's body, and a status the document does not list
 * does not compile.
 */
export type AnswersOf<Operation> = {
  [Status in keyof ResponsesOf<Operation>]: {
    status: Status;
    body: JsonOf<ResponsesOf<Operation>[Status]>;
  };
}[keyof ResponsesOf<Operation>];

export type RequestBodyOf<
  Paths,
  Path extends keyof Paths,
  M extends MethodsOf<Paths, Path>,
> = Paths[Path][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type PathParametersOf<Operation> = Operation extends { parameters: { path: infer P } }
  ? P extends Record<string, string>
    ? P
    : never
  : never;

export type QueryParametersOf<Operation> = Operation extends { parameters: { query: infer Q } }
  ? Q extends Record<string, string>
    ? Q
    : never
  : never;

/** An operation's optional query (every parameter optional, as `?status=` filters are), or never. */
export type OptionalQueryParametersOf<Operation> = Operation extends { parameters: { query?: infer Q } }
  ? [NonNullable<Q>] extends [never]
    ? never
    : NonNullable<Q> extends Partial<Record<string, string>>
      ? NonNullable<Q>
      : never
  : never;

/**
 * What one call needs besides the user: the path's own parameters, its query and, where it takes
 * one, the body.
 */
export type ServiceRequestOf<Operation> = ([PathParametersOf<Operation>] extends [never]
  ? { path?: never }
  : { path: PathParametersOf<Operation> }) &
  ([QueryParametersOf<Operation>] extends [never]
    ? [OptionalQueryParametersOf<Operation>] extends [never]
      ? { query?: never }
      : { query?: OptionalQueryParametersOf<Operation> }
    : { query: QueryParametersOf<Operation> }) &
  (Operation extends { requestBody: { content: { 'application/json': infer Body } } }
    ? { body: Body }
    : Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? { body?: Body }
      : { body?: never });

/**
 * A path template (`/referrals/{journeyId}`) with its parameters filled in, each one URI-encoded
 * so a value can never reach another path, and the query (if any) after it.
 */
export function pathWith(
  template: string,
  parameters: Record<string, string> = {},
  query: Record<string, string> = {},
): string {
  const path = template.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`path ${template} needs ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
