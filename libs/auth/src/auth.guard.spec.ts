import { generateKeyPairSync } from 'node:crypto';
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { AuthGuard, Public, Roles } from './auth.guard';
import type { Principal } from './principal';
import { mintToken } from './token-minter';
import { TokenVerifier } from './token-verifier';

@Roles('first-responder')
class CasesController {
  record(): void {}

  @Roles('advocate')
  assignAdvocate(): void {}

  @Public()
  health(): void {}
}

class UnguardedController {
  forgotten(): void {}
}

@Public()
class StatusController {
  status(): void {}
}

interface FakeRequest {
  headers: { authorization?: string };
  principal?: Principal;
}

function ed25519KeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

describe('AuthGuard', () => {
  const gateway = ed25519KeyPair();
  const responder: Principal = { subject: 'user-1', role: 'first-responder', agency: 'west-midlands-police' };
  let sut: AuthGuard;
  let responderToken: string;

  beforeAll(async () => {
    sut = new AuthGuard(new Reflector(), await TokenVerifier.fromPublicKeyPem(gateway.publicKey));
    responderToken = await mintToken(gateway.privateKey, responder);
  });

  function httpContext(
    request: FakeRequest,
    controller: new () => object,
    handler: (...args: never[]) => unknown,
  ): ExecutionContextHost {
    const context = new ExecutionContextHost([request, {}], controller, handler);
    context.setType('http');
    return context;
  }

  const bearer = (token: string): FakeRequest => ({ headers: { authorization: `Bearer ${token}` } });

  it('lets a caller with an allowed role through and records the principal on the request', async () => {
    const request = bearer(responderToken);

    await expect(
      sut.canActivate(httpContext(request, CasesController, CasesController.prototype.record)),
    ).resolves.toBe(true);
    expect(request.principal).toEqual(responder);
  });

  it('answers 401 when there is no token', async () => {
    const context = httpContext({ headers: {} }, CasesController, CasesController.prototype.record);

    await expect(sut.canActivate(context)).rejects.toThrow(UnauthorizedException);
  });

  it.each([
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a scheme with no token', 'Bearer'],
    ['a scheme and a blank token', 'Bearer '],
    ['two tokens', 'Bearer abc def'],
    ['a token with illegal characters', 'Bearer abc<def>'],
  ])('answers 401 for a malformed Authorization header: %s', async (_, authorization) => {
    const request: FakeRequest = { headers: { authorization } };

    await expect(
      sut.canActivate(httpContext(request, CasesController, CasesController.prototype.record)),
    ).rejects.toThrow(new UnauthorizedException('a bearer token is required'));
    expect(request.principal).toBeUndefined();
  });

  it('answers 401 naming the reason for a token signed by another key', async () => {
    const forged = await mintToken(ed25519KeyPair().privateKey, { ...responder, role: 'administrator' });
    const request = bearer(forged);

    await expect(
      sut.canActivate(httpContext(request, CasesController, CasesController.prototype.record)),
    ).rejects.toThrow(new UnauthorizedException('invalid token: signature verification failed'));
    expect(request.principal).toBeUndefined();
  });

  it('answers 403 for a role the route does not allow', async () => {
    const context = httpContext(
      bearer(responderToken),
      CasesController,
      CasesController.prototype.assignAdvocate,
    );

    await expect(sut.canActivate(context)).rejects.toThrow(ForbiddenException);
  });

  it('lets the method-level @Roles override the class-level one', async () => {
    const advocate = await mintToken(gateway.privateKey, { ...responder, role: 'advocate' });

    await expect(
      sut.canActivate(
        httpContext(bearer(advocate), CasesController, CasesController.prototype.assignAdvocate),
      ),
    ).resolves.toBe(true);
  });

  it('fails closed: answers 403 on a route with no @Roles, even to an administrator', async () => {
    const administrator = await mintToken(gateway.privateKey, { ...responder, role: 'administrator' });
    const context = httpContext(
      bearer(administrator),
      UnguardedController,
      UnguardedController.prototype.forgotten,
    );

    await expect(sut.canActivate(context)).rejects.toThrow(ForbiddenException);
  });

  it('lets anyone reach a @Public route without a token', async () => {
    const context = httpContext({ headers: {} }, CasesController, CasesController.prototype.health);

    await expect(sut.canActivate(context)).resolves.toBe(true);
  });

  it('lets anyone reach a route of a @Public controller without a token', async () => {
    const context = httpContext({ headers: {} }, StatusController, StatusController.prototype.status);

    await expect(sut.canActivate(context)).resolves.toBe(true);
  });

  it('leaves Kafka (rpc) contexts to the consumer, which has no bearer token', async () => {
    const context = new ExecutionContextHost(
      [{}, {}],
      UnguardedController,
      UnguardedController.prototype.forgotten,
    );
    context.setType('rpc');

    await expect(sut.canActivate(context)).resolves.toBe(true);
  });
});
