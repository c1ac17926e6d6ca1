import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPKCS8, SignJWT, type KeyLike } from 'jose';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal } from './principal';

export interface KeyPairFiles {
  privateKeyPath: string;
  publicKeyPath: string;
}

/**
 * Creates the development Ed25519 key pair once, in a git-ignored folder. Real deployments
 * provide the gateway's keys from their secret store; these never leave the machine.
 */
export function ensureDevelopmentKeyPair(dir: string): KeyPairFiles {
  const privateKeyPath = join(dir, 'token-signing.key.pem');
  const publicKeyPath = join(dir, 'token-signing.pub.pem');
  if (!existsSync(privateKeyPath) || !existsSync(publicKeyPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    writeFileSync(privateKeyPath, privateKey, { mode: 0o600 });
    writeFileSync(publicKeyPath, publicKey, { mode: 0o644 });
  }
  return { privateKeyPath, publicKeyPath };
}

/** The signing key, parsed once: the gateway mints a token per proxied call, so parsing per token would cost on every request. */
export function importSigningKey(privateKeyPem: string): Promise<KeyLike> {
  return importPKCS8(privateKeyPem, TOKEN_ALGORITHM);
}

/** Mints a service token as the gateway does; also used by the demo, tests and the benchmark. */
export async function mintToken(
  privateKey: string | KeyLike,
  principal: Principal,
  ttlSeconds = 3_600,
): Promise<string> {
  const key = typeof privateKey === 'string' ? await importSigningKey(privateKey) : privateKey;
  return new SignJWT({ role: principal.role, agency: principal.agency })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

export async function mintTokenFromFile(
  privateKeyPath: string,
  principal: Principal,
  ttlSeconds?: number,
): Promise<string> {
  return mintToken(readFileSync(privateKeyPath, 'utf8'), principal, ttlSeconds);
}
