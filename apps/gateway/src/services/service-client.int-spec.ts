import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from '@waypoint/auth';
import { GatewayEnvironment } from '../gateway-environment';
import type { SignedInUser } from '../sessions/signed-in-user';
import { ServiceClient } from './service-client';

// A real HTTP server on loopback stands in for a service, to see exactly what the gateway sends.

describe('ServiceClient', () => {
  const keys = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const user: SignedInUser = {
    userId: randomUUID(),
    email: 'officer@example.org',
    displayName: 'An Officer',
    agencyName: 'West Midlands Police',
    principal: { subject: 'user-1', role: 'first-responder', agency: 'west-midlands-police' },
    csrfToken: 'csrf',
  };
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];
  let server: Server;
  let sut: ServiceClient;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        const status = request.url?.startsWith('/missing') ? 404 : 201;
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          connection: 'close',
        });
        response.end(JSON.stringify({ echoed: body ? (JSON.parse(body) as unknown) : null }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const env = Object.assign(new GatewayEnvironment(), {
      IDENTIFICATION_URL: base,
      REFERRAL_URL: base,
      JOURNEY_URL: base,
      PLACEMENT_URL: base,
    });
    sut = new ServiceClient(env, keys.privateKey);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends the body with a minted token for the user's principal, a correlation id and nothing else", async () => {
    const answer = await sut.call<{ echoed: unknown }>(
      user,
      'identification',
      'POST',
      '/identifications?x=1',
      {
        ageGroup: 'adult',
      },
    );

    expect(answer).toEqual({ status: 201, body: { echoed: { ageGroup: 'adult' } } });
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: '/identifications?x=1' });
    expect(Object.keys(request.headers).sort()).toEqual(
      expect.arrayContaining(['accept', 'authorization', 'content-type', 'x-correlation-id']),
    );
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers['x-csrf-token']).toBeUndefined();
    const token = /^Bearer (.+)$/.exec(request.headers.authorization!)![1];
    const verifier = await TokenVerifier.fromPublicKeyPem(keys.publicKey);
    await expect(verifier.verify(token)).resolves.toEqual(user.principal);
  });

  it('returns a 4xx answer instead of throwing', async () => {
    await expect(sut.call(user, 'journey', 'GET', `/missing/${randomUUID()}`)).resolves.toMatchObject({
      status: 404,
    });
  });

  it('refuses a path that does not start with a slash, so it cannot be read as part of the host', async () => {
    const before = seen.length;

    await expect(sut.call(user, 'identification', 'GET', '@elsewhere.example/x')).rejects.toThrow(
      /service path/,
    );
    expect(seen.length).toBe(before);
  });

  it("keeps a path that looks like another host on the service's own origin", async () => {
    await sut.call(user, 'identification', 'GET', '//elsewhere.example/identifications');

    expect(seen.at(-1)!.url).toBe('//elsewhere.example/identifications');
  });
});
