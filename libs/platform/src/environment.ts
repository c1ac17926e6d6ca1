import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { describeValidationErrors } from '@waypoint/contracts';

/**
 * What every HTTP process with its own database needs from its environment (the event services
 * and the gateway); validated at boot, before anything connects.
 */
export class HttpProcessEnvironment {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65_535)
  PORT!: number;

  @IsOptional()
  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString()
  AUTH_PUBLIC_KEY_PATH!: string;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  DATABASE_POOL_SIZE = 10;
}

/** What every event service needs: an HTTP process that also talks to Kafka. */
export class ServiceEnvironment extends HttpProcessEnvironment {
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port...]' })
  KAFKA_BROKERS!: string;
}

export class EnvironmentError extends Error {}

export function loadEnvironment<T extends object>(
  shape: new () => T,
  source: Record<string, string | undefined> = process.env,
): T {
  const candidate = plainToInstance(shape, source, { exposeDefaultValues: true });
  const errors = validateSync(candidate, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new EnvironmentError(`invalid environment: ${describeValidationErrors(errors).join('; ')}`);
  }
  // Only the declared variables are kept, so the rest of process.env never leaks into config.
  const config = new shape() as Record<string, unknown>;
  for (const key of Object.keys(config)) config[key] = (candidate as Record<string, unknown>)[key];
  return config as T;
}
