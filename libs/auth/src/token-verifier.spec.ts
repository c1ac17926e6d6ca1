import { generateKeyPairSync } from 'node:crypto';
import { importPKCS8, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal, type Role } from './principal';
import { mintToken } from './token-minter';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

function ed25519KeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

describe('TokenVerifier', () => {
  const gateway = ed25519KeyPair();
  const principal: Principal = {
    subject: 'user-17',
    role: 'first-responder',
    agency: 'west-midlands-police',
  };
  let sut: TokenVerifier;

  beforeAll(async () => {
    sut = await TokenVerifier.fromPublicKeyPem(gateway.publicKey);
  });

  /** Signs arbitrary claims with the gateway's key, for tokens mintToken would never produce. */
  async function signed(claims: JWTPayload, privateKeyPem = gateway.privateKey): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .sign(await importPKCS8(privateKeyPem, TOKEN_ALGORITHM));
  }

  /** A refusal is always an InvalidTokenError (the guard answers 401 for those and only those). */
  async function expectRefused(token: string, reason: string | RegExp): Promise<void> {
    const verification = sut.verify(token);
    await expect(verification).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verification).rejects.toThrow(reason);
  }

  const validClaims = (): JWTPayload => ({
    sub: principal.subject,
    role: principal.role,
    agency: principal.agency,
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
  });

  it('turns a token minted by the gateway into its Principal', async () => {
    const token = await mintToken(gateway.privateKey, principal);

    await expect(sut.verify(token)).resolves.toEqual(principal);
  });

  it('accepts a hand-signed token with the same claims (the test signer matches the minter)', async () => {
    await expect(sut.verify(await signed(validClaims()))).resolves.toEqual(principal);
  });

  describe('cache of verified tokens', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    it('answers a repeated token with the same principal', async () => {
      const token = await mintToken(gateway.privateKey, principal, 60);

      await expect(sut.verify(token)).resolves.toEqual(principal);
      await expect(sut.verify(token)).resolves.toEqual(principal);
    });

    it('stops accepting a cached token once it has expired', async () => {
      const token = await mintToken(gateway.privateKey, principal, 60);
      await expect(sut.verify(token)).resolves.toEqual(principal);

      jest.useFakeTimers({ now: Date.now() + 120_000, doNotFake: ['nextTick', 'setImmediate'] });

      await expectRefused(token, /"exp" claim timestamp check failed/);
    });
  });

  it('refuses an expired token', async () => {
    const token = await signed({ ...validClaims(), iat: nowSeconds() - 3_600, exp: nowSeconds() - 60 });

    await expectRefused(token, /"exp" claim timestamp check failed/);
  });

  it('refuses a token minted with a negative lifetime', async () => {
    const token = await mintToken(gateway.privateKey, principal, -60);

    await expectRefused(token, /"exp" claim timestamp check failed/);
  });

  it('refuses a token from another issuer', async () => {
    const token = await signed({ ...validClaims(), iss: 'someone-else' });

    await expectRefused(token, /"iss"/);
  });

  it('refuses a token for another audience', async () => {
    const token = await signed({ ...validClaims(), aud: 'another-service' });

    await expectRefused(token, /"aud"/);
  });

  it('refuses a token signed by another key', async () => {
    const token = await mintToken(ed25519KeyPair().privateKey, principal);

    await expectRefused(token, 'signature verification failed');
  });

  it('refuses a genuine token whose claims were altered after signing', async () => {
    const [header, , signature] = (await mintToken(gateway.privateKey, principal)).split('.');
    const elevated = Buffer.from(JSON.stringify({ ...validClaims(), role: 'administrator' })).toString(
      'base64url',
    );

    await expectRefused(`${header}.${elevated}.${signature}`, 'signature verification failed');
  });

  it('refuses a token carrying an unknown role', async () => {
    const token = await mintToken(gateway.privateKey, { ...principal, role: 'superuser' as Role });

    await expectRefused(token, 'token carries an unknown role');
  });

  it('refuses a token without a role claim', async () => {
    const { role: _, ...claims } = validClaims();

    await expectRefused(await signed(claims), /"role"/);
  });

  it('refuses a token without an agency claim', async () => {
    const { agency: _, ...claims } = validClaims();

    await expectRefused(await signed(claims), /"agency"/);
  });

  it('refuses a token with an empty agency', async () => {
    const token = await mintToken(gateway.privateKey, { ...principal, agency: '' });

    await expectRefused(token, 'token has no valid agency');
  });

  it('refuses an agency id longer than events can carry (100 characters)', async () => {
    const token = await mintToken(gateway.privateKey, { ...principal, agency: 'a'.repeat(101) });

    await expectRefused(token, 'token has no valid agency');
  });

  it('refuses a token with an empty subject', async () => {
    const token = await mintToken(gateway.privateKey, { ...principal, subject: '' });

    await expectRefused(token, 'token has no subject');
  });

  it('refuses a token without an expiry', async () => {
    const { exp: _, ...claims } = validClaims();

    await expectRefused(await signed(claims), /"exp"/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT(validClaims()).encode();

    await expectRefused(token, /"alg" \(Algorithm\) Header Parameter value not allowed/);
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const token = await new SignJWT(validClaims())
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(gateway.publicKey));

    await expectRefused(token, /"alg" \(Algorithm\) Header Parameter value not allowed/);
  });

  it.each(['', 'not-a-jwt', 'a.b.c'])('refuses the malformed token %j', async (token) => {
    await expectRefused(token, /Invalid Compact JWS|JWS Protected Header is invalid/);
  });
});
