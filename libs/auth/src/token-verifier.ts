import { Injectable } from '@nestjs/common';
import { importSPKI, jwtVerify, type KeyLike } from 'jose';
import { ROLES, TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal, type Role } from './principal';

export class InvalidTokenError extends Error {}

/** Verifies service tokens (EdDSA JWTs) issued by the gateway and turns them into a Principal. */
const CACHE_LIMIT = 10_000;

@Injectable()
export class TokenVerifier {
  /**
   * Verified tokens by their exact text, until they expire: the same bytes verify the same way,
   * and a signature check is the largest fixed cost of a request. Bounded; oldest evicted first.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  private constructor(private readonly key: KeyLike) {}

  static async fromPublicKeyPem(pem: string): Promise<TokenVerifier> {
    return new TokenVerifier(await importSPKI(pem, TOKEN_ALGORITHM));
  }

  async verify(token: string): Promise<Principal> {
    const cached = this.verified.get(token);
    if (cached && cached.expiresAtMs > Date.now()) return cached.principal;
    if (cached) this.verified.delete(token);
    const { principal, expiresAtMs } = await this.verifyAfresh(token);
    if (this.verified.size >= CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { principal, expiresAtMs });
    return principal;
  }

  private async verifyAfresh(token: string): Promise<{ principal: Principal; expiresAtMs: number }> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['sub', 'exp', 'role', 'agency'],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    const { sub, role, agency } = payload;
    if (typeof sub !== 'string' || sub.length === 0) throw new InvalidTokenError('token has no subject');
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      throw new InvalidTokenError('token carries an unknown role');
    }
    // Agency ids travel in events (at most 100 characters there); refuse anything else at the door.
    if (typeof agency !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(agency)) {
      throw new InvalidTokenError('token has no valid agency');
    }
    if (sub.length > 200) throw new InvalidTokenError('token subject is too long');
    return {
      principal: { subject: sub, role: role as Role, agency },
      expiresAtMs: Number(payload.exp) * 1000,
    };
  }
}
