import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
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

/** Mints a service token as the gateway will; used by the demo, tests and the benchmark. */
export async function mintToken(
  privateKeyPem: string,
  principal: Principal,
  ttlSeconds = 3_600,
): Promise<string> {
  const key = await importPKCS8(privateKeyPem, TOKEN_ALGORITHM);
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
