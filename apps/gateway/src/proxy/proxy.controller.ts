import { All, BadGatewayException, Controller, Logger, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { ServiceKey } from '../gateway-environment';
import { CurrentCaller, type Caller } from '../callers/caller';
import { ApiCallers } from '../openapi/api-callers';
import { CALL_TOKEN_TTL_SECONDS, ServiceClient } from '../services/service-client';
import { isOpenApiDocumentPath, servedThroughGateway } from './proxied-openapi';

const PREFIX = /^\/api\/(identification|referral|journey|placement)(\/.*)$/;

/**
 * The one entry point: /api/<service>/<path> goes to that service's /<path> with the caller's
 * token (a session gets one minted for this call; a bearer token is passed through after the
 * guard verified it). The service's status and body come back unchanged (but for the server
 * named in its OpenAPI document, which becomes the gateway's prefix). Only what a service
 * needs is forwarded: never the cookie, never hop-by-hop headers.
 */
// Documented by hand as a passthrough (openapi/gateway-openapi-document.ts): Nest would turn @All
// into every method, some of which OpenAPI 3.0 does not have.
@ApiExcludeController()
@Controller('api')
@ApiCallers()
export class ProxyController {
  private readonly logger = new Logger('Proxy');

  constructor(private readonly services: ServiceClient) {}

  @All(['identification/*path', 'referral/*path', 'journey/*path', 'placement/*path'])
  async forward(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    const match = PREFIX.exec(request.originalUrl);
    if (!match) throw new BadGatewayException('unroutable path');
    const service = match[1] as ServiceKey;
    const token =
      caller.via === 'bearer'
        ? caller.token
        : await this.services.mintFor(caller.principal, CALL_TOKEN_TTL_SECONDS);
    const hasBody = !['GET', 'HEAD'].includes(request.method) && request.body !== undefined;
    let answer;
    try {
      answer = await this.services.send({
        service,
        method: request.method,
        path: match[2],
        token,
        body: hasBody ? JSON.stringify(request.body) : undefined,
      });
    } catch (error) {
      this.logger.warn(`${service} did not answer: ${(error as Error).name}`);
      throw new BadGatewayException(`${service} did not answer`);
    }
    response.status(answer.status);
    if (answer.contentType) response.setHeader('content-type', answer.contentType);
    const document = answer.status === 200 && request.method === 'GET' && isOpenApiDocumentPath(match[2]);
    response.send(document ? servedThroughGateway(answer.text, service) : answer.text);
  }
}
