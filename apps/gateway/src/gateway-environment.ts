import { HttpProcessEnvironment } from '@waypoint/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const serviceUrl = (name: string) =>
  Matches(/^https?:\/\/[^/\s]+$/, { message: `${name} must be an http(s) base URL without a path` });

/**
 * What the gateway needs from its environment; validated at boot, before anything connects.
 * Not the services' ServiceEnvironment: the gateway has no Kafka, and it alone holds the private
 * key that signs service tokens. AUTH_PUBLIC_KEY_PATH (inherited) verifies gateway-issued bearer
 * tokens presented back to it.
 */
export class GatewayEnvironment extends HttpProcessEnvironment {
  /** Signs the service tokens the services verify; only the gateway is given it. */
  @IsString()
  AUTH_PRIVATE_KEY_PATH!: string;

  @serviceUrl('IDENTIFICATION_URL')
  IDENTIFICATION_URL!: string;

  @serviceUrl('REFERRAL_URL')
  REFERRAL_URL!: string;

  @serviceUrl('JOURNEY_URL')
  JOURNEY_URL!: string;

  @serviceUrl('PLACEMENT_URL')
  PLACEMENT_URL!: string;

  /**
   * Secure on the session cookie. Browsers treat http://localhost and http://127.0.0.1 as secure
   * contexts and keep Secure cookies there, so the default holds for local use too; turn it off
   * only to serve the console over plain http on another host name.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  SESSION_COOKIE_SECURE: 'true' | 'false' = 'true';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Consecutive failed sign-ins that lock an account. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LOCKOUT_THRESHOLD = 5;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOCKOUT_MINUTES = 15;

  /** Lifetime of a token handed out by POST /api/tokens. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3_600)
  SERVICE_TOKEN_TTL_SECONDS = 900;
}

export const GATEWAY_ENVIRONMENT = Symbol('GATEWAY_ENVIRONMENT');

export type ServiceKey = 'identification' | 'referral' | 'journey' | 'placement';

export function serviceBaseUrl(env: GatewayEnvironment, service: ServiceKey): string {
  switch (service) {
    case 'identification':
      return env.IDENTIFICATION_URL;
    case 'referral':
      return env.REFERRAL_URL;
    case 'journey':
      return env.JOURNEY_URL;
    case 'placement':
      return env.PLACEMENT_URL;
  }
}
