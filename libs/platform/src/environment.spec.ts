// environment.ts decorates with class-transformer's @Type, which needs the Reflect metadata API at load time.
import 'reflect-metadata';
import { EnvironmentError, loadEnvironment, ServiceEnvironment } from './environment';

const DECLARED = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'KAFKA_BROKERS',
  'AUTH_PUBLIC_KEY_PATH',
  'LOG_LEVEL',
  'DATABASE_POOL_SIZE',
];

const minimal = (): Record<string, string | undefined> => ({
  PORT: '3001',
  DATABASE_URL: 'postgres://waypoint_referral@localhost:5432/waypoint_referral',
  KAFKA_BROKERS: 'localhost:9092',
  AUTH_PUBLIC_KEY_PATH: '/run/keys/token-signing.pub.pem',
});

function failureOf(source: Record<string, string | undefined>): EnvironmentError {
  try {
    loadEnvironment(ServiceEnvironment, source);
  } catch (error) {
    if (error instanceof EnvironmentError) return error;
    throw error;
  }
  throw new Error('expected the environment to be refused, but it was accepted');
}

describe('loadEnvironment with ServiceEnvironment', () => {
  const sut = loadEnvironment;

  it('converts numbers and applies the defaults of optional variables', () => {
    const config = sut(ServiceEnvironment, minimal());

    expect(config).toBeInstanceOf(ServiceEnvironment);
    expect({ ...config }).toEqual({
      PORT: 3001,
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://waypoint_referral@localhost:5432/waypoint_referral',
      KAFKA_BROKERS: 'localhost:9092',
      AUTH_PUBLIC_KEY_PATH: '/run/keys/token-signing.pub.pem',
      LOG_LEVEL: 'log',
      DATABASE_POOL_SIZE: 10,
    });
  });

  it('takes optional variables from the environment when they are set', () => {
    const config = sut(ServiceEnvironment, {
      ...minimal(),
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      DATABASE_POOL_SIZE: '25',
      DATABASE_URL: 'postgresql://db.internal/waypoint_journey',
      KAFKA_BROKERS: 'kafka-0:9092,kafka-1:9092,kafka-2:9092',
    });

    expect(config).toMatchObject({
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      DATABASE_POOL_SIZE: 25,
      DATABASE_URL: 'postgresql://db.internal/waypoint_journey',
      KAFKA_BROKERS: 'kafka-0:9092,kafka-1:9092,kafka-2:9092',
    });
  });

  it('keeps only declared variables, so the rest of the environment never leaks into config', () => {
    const config = sut(ServiceEnvironment, {
      ...minimal(),
      AWS_SECRET_ACCESS_KEY: 'hunter2',
      PATH: '/usr/bin',
    });

    expect(Object.keys(config).sort()).toEqual([...DECLARED].sort());
    expect(config).not.toHaveProperty('AWS_SECRET_ACCESS_KEY');
    expect(config).not.toHaveProperty('PATH');
  });

  it('names every bad variable in one error', () => {
    const error = failureOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/waypoint',
      KAFKA_BROKERS: 'localhost',
      LOG_LEVEL: 'chatty',
      DATABASE_POOL_SIZE: '500',
    });

    expect(error.message).toMatch(/^invalid environment: /);
    for (const rule of [
      'PORT: isInt',
      'DATABASE_URL: matches',
      'KAFKA_BROKERS: matches',
      'AUTH_PUBLIC_KEY_PATH: isString',
      'LOG_LEVEL: isIn',
      'DATABASE_POOL_SIZE: max',
    ]) {
      expect(error.message).toContain(rule);
    }
    expect(error.message).not.toMatch(/HOST/);
  });

  it.each([
    ['PORT', '0', 'PORT: min'],
    ['PORT', '65536', 'PORT: max'],
    ['PORT', '80.5', 'PORT: isInt'],
    ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE: min'],
    ['KAFKA_BROKERS', 'localhost:9092, kafka-1:9092', 'KAFKA_BROKERS: matches'],
    ['KAFKA_BROKERS', 'localhost:9092,', 'KAFKA_BROKERS: matches'],
    ['DATABASE_URL', 'postgres://', 'DATABASE_URL: matches'],
  ])('refuses %s=%j', (name, value, rule) => {
    expect(failureOf({ ...minimal(), [name]: value }).message).toBe(`invalid environment: ${rule}`);
  });

  it.each(['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'AUTH_PUBLIC_KEY_PATH'])(
    'refuses an environment without the required %s',
    (name) => {
      const source = minimal();
      delete source[name];

      expect(failureOf(source).message).toContain(`${name}: `);
    },
  );
});
