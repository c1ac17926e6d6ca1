import {
  ForbiddenException,
  HttpException,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  pathWith,
  type AnswersOf,
  type MethodsOf,
  type ServiceName,
  type ServicePaths,
  type ServiceRequestOf,
} from '@waypoint/clients';
import { ServiceClient } from '../../services/service-client';
import type { SignedInUser } from '../../sessions/signed-in-user';

type PathOf<S extends ServiceName> = keyof ServicePaths[S] & string;

type OperationOf<S extends ServiceName, P extends PathOf<S>, M> = ServicePaths[S][P] extends infer Operations
  ? M extends keyof Operations
    ? Operations[M]
    : never
  : never;

/** Any service can answer these whatever its document lists: an unexpected error, a restart. */
export interface ServerTrouble {
  status: 500 | 502 | 503 | 504;
  body: unknown;
}

export type ServiceAnswer<Operation> = AnswersOf<Operation> | ServerTrouble;

/** The request's arguments: optional when the operation has neither path parameters nor a body. */
type RequestArguments<Operation> =
  Record<string, never> extends ServiceRequestOf<Operation>
    ? [request?: ServiceRequestOf<Operation>]
    : [request: ServiceRequestOf<Operation>];

/**
 * The services as the console calls them: by the path templates of each service's own OpenAPI
 * document, so the path, its parameters, the body and every answer are typed from that document
 * (libs/clients). Network failures become 503 (the error page says part of Waypoint is not
 * answering) rather than a 500 that looks like the console's own fault.
 */
@Injectable()
export class ConsoleServices {
  constructor(private readonly client: ServiceClient) {}

  async call<S extends ServiceName, P extends PathOf<S>, M extends MethodsOf<ServicePaths[S], P>>(
    user: SignedInUser,
    service: S,
    method: M,
    path: P,
    ...[request]: RequestArguments<OperationOf<S, P, M>>
  ): Promise<ServiceAnswer<OperationOf<S, P, M>>> {
    const {
      path: parameters,
      query,
      body,
    } = (request ?? {}) as { path?: Record<string, string>; query?: Record<string, string>; body?: unknown };
    try {
      const answer = await this.client.call<unknown>(
        user,
        service,
        method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'DELETE',
        pathWith(path, parameters, query),
        body,
      );
      // The service's document is the contract, and the e2e drift test keeps the types to it.
      return answer as ServiceAnswer<OperationOf<S, P, M>>;
    } catch (error) {
      throw new ServiceUnavailableException(`${service} did not answer: ${(error as Error).name}`);
    }
  }
}

/** An answer the page has no use for, as the error page it deserves. */
export function unexpectedAnswer(service: ServiceName, status: number): HttpException {
  if (status === 401 || status === 403)
    return new ForbiddenException(`${service} refused the user (${status})`);
  if (status === 404) return new NotFoundException(`${service} has no such record for the user's agency`);
  return new ServiceUnavailableException(`${service} answered ${status}`);
}
