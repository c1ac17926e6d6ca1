import {
  ForbiddenException,
  HttpException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { ServiceClient } from '../services/service-client';
import type { SignedInUser } from '../sessions/signed-in-user';

type Service = 'identification' | 'referral' | 'journey';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One call to a service from a page. Network failures become 503 (the error page says part of Waypoint is not
 * answering) rather than a 500 that looks like the console's own fault.
 */
export async function callService<T>(
  client: ServiceClient,
  user: SignedInUser,
  service: Service,
  method: Method,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  try {
    return await client.call<T>(user, service, method, path, body);
  } catch (error) {
    throw new ServiceUnavailableException(`${service} did not answer: ${(error as Error).name}`);
  }
}

/** An answer the page has no use for, as the error page it deserves. */
export function unexpectedAnswer(service: Service, status: number): HttpException {
  if (status === 401 || status === 403)
    return new ForbiddenException(`${service} refused the user (${status})`);
  if (status === 404) return new NotFoundException(`${service} has no such record for the user's agency`);
  return new ServiceUnavailableException(`${service} answered ${status}`);
}
