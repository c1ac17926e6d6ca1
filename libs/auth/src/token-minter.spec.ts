import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal } from './principal';
import { mintToken } from './token-minter';

describe('mintToken', () => {
  const sut = mintToken;
  const { privateKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const principal: Principal = { subject: 'user-3', role: 'advocate', agency: 'birmingham-advocacy' };

  it('signs with EdDSA and declares a JWT', async () => {
    expect(decodeProtectedHeader(await sut(privateKey, principal))).toEqual({ alg: 'EdDSA', typ: 'JWT' });
  });

  it('carries the principal, issuer and audience as claims', async () => {
    expect(decodeJwt(await sut(privateKey, principal))).toMatchObject({
      sub: 'user-3',
      role: 'advocate',
      agency: 'birmingham-advocacy',
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
    });
  });

  it('expires after the requested lifetime, an hour by default', async () => {
    const byDefault = decodeJwt(await sut(privateKey, principal));
    const short = decodeJwt(await sut(privateKey, principal, 90));

    expect(byDefault.exp! - byDefault.iat!).toBe(3_600);
    expect(short.exp! - short.iat!).toBe(90);
  });

  it('refuses a key that is not a PKCS#8 PEM', async () => {
    await expect(sut('not a key', principal)).rejects.toThrow(TypeError);
  });
});
