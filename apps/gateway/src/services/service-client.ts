import { Inject, Injectable } from '@nestjs/common';
import { importSigningKey, mintToken, type Principal } from '@waypoint/auth';
import { v7 as uuidv7 } from 'uuid';
import {
  GATEWAY_ENVIRONMENT,
  serviceBaseUrl,
  type GatewayEnvironment,
  type ServiceKey,
} from '../gateway-environment';
import type { SignedInUser } from '../sessions/signed-in-user';
import { currentCorrelationId } from './correlation';

export const SIGNING_KEY_PEM = Symbol('SIGNING_KEY_PEM');

export type ServiceMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Tokens for one call live a minute: long enough for the call, too short to be worth stealing. */
export const CALL_TOKEN_TTL_SECONDS = 60;

/** Largest answer accepted from a service; bigger answers are refused rather than buffered. */
export const MAX_SERVICE_ANSWER_BYTES = 1024 * 1024;

const CALL_TIMEOUT_MS = 10_000;

export class ServiceAnswerTooLarge extends Error {}

export interface RawServiceAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

/** Calls the services as the signed-in user, with a token the gateway mints for that call. */
@Injectable()
export class ServiceClient {
  constructor(
    @Inject(GATEWAY_ENVIRONMENT) private readonly env: GatewayEnvironment,
    @Inject(SIGNING_KEY_PEM) private readonly signingKeyPem: string,
  ) {}

  private signingKey?: ReturnType<typeof importSigningKey>;

  mintFor(principal: Principal, ttlSeconds: number): Promise<string> {
    this.signingKey ??= importSigningKey(this.signingKeyPem);
    return this.signingKey.then((key) => mintToken(key, principal, ttlSeconds));
  }

  /**
   * 4xx and 5xx answers are returned, not thrown (the caller shows them); network failures and
   * timeouts throw. A JSON answer is parsed; any other is returned as text.
   */
  async call<T>(
    user: SignedInUser,
    service: ServiceKey,
    method: ServiceMethod,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const token = await this.mintFor(user.principal, CALL_TOKEN_TTL_SECONDS);
    const answer = await this.send({
      service,
      method,
      path,
      token,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const isJson = answer.contentType?.includes('application/json') && answer.text.length > 0;
    return { status: answer.status, body: (isJson ? JSON.parse(answer.text) : answer.text) as T };
  }

  /** One request to a service, passing only what a service needs: no cookies, no hop-by-hop headers. */
  async send(request: {
    service: ServiceKey;
    method: string;
    /** Path and query, starting with '/'. */
    path: string;
    token: string;
    body?: string;
    correlationId?: string;
  }): Promise<RawServiceAnswer> {
    if (!request.path.startsWith('/')) throw new Error(`service path must start with '/': ${request.path}`);
    const headers: Record<string, string> = {
      authorization: `Bearer ${request.token}`,
      accept: 'application/json',
      'x-correlation-id': request.correlationId ?? currentCorrelationId() ?? uuidv7(),
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    // Base URL (no path) + a path starting with '/': whatever the path holds ('//host', '/..'),
    // it stays a path on the service's own origin.
    const response = await fetch(`${serviceBaseUrl(this.env, request.service)}${request.path}`, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_SERVICE_ANSWER_BYTES) {
      await response.body?.cancel();
      throw new ServiceAnswerTooLarge(`${request.service} answered ${declared} bytes`);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_SERVICE_ANSWER_BYTES) {
      throw new ServiceAnswerTooLarge(`${request.service} answered ${bytes.byteLength} bytes`);
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text: new TextDecoder().decode(bytes),
    };
  }
}
