import { QueryFailedError } from 'typeorm';
import { backoffMs, isTransientError } from './transient-error';

/** An error as node-postgres raises it: the SQLSTATE in `code`. */
const pgError = (code: string, message = `pg error ${code}`): Error =>
  Object.assign(new Error(message), { code });

describe('isTransientError', () => {
  const sut = isTransientError;

  it.each([
    ['08006', 'connection failure'],
    ['08001', 'unable to establish a connection'],
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock detected'],
    ['55P03', 'lock not available'],
    ['57P01', 'admin shutdown'],
    ['53300', 'too many connections'],
  ])('retries Postgres SQLSTATE %s (%s)', (code) => {
    expect(sut(pgError(code))).toBe(true);
  });

  it.each([
    ['23505', 'unique violation'],
    ['23503', 'foreign key violation'],
    ['22P02', 'invalid text representation'],
    ['22008', 'datetime field overflow'],
    ['42P01', 'undefined table'],
  ])('does not retry Postgres SQLSTATE %s (%s): trying again cannot help', (code) => {
    expect(sut(pgError(code))).toBe(false);
  });

  it('reads the SQLSTATE from a TypeORM-style driverError', () => {
    expect(
      sut(Object.assign(new Error('could not serialize access'), { driverError: { code: '40001' } })),
    ).toBe(true);
    expect(sut(Object.assign(new Error('duplicate key value'), { driverError: { code: '23505' } }))).toBe(
      false,
    );
  });

  it('classifies a real TypeORM QueryFailedError by its driver error', () => {
    const deadlock = new QueryFailedError('UPDATE inbox SET …', [], pgError('40P01', 'deadlock detected'));
    const duplicate = new QueryFailedError(
      'INSERT INTO inbox …',
      [],
      pgError('23505', 'duplicate key value'),
    );

    expect(sut(deadlock)).toBe(true);
    expect(sut(duplicate)).toBe(false);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'])(
    'retries a network failure %s',
    (code) => {
      expect(sut(Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code }))).toBe(true);
    },
  );

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])('retries a node-postgres connection loss reported only by message: %s', (message) => {
    expect(sut(new Error(message))).toBe(true);
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a TypeError from a bug', new TypeError("Cannot read properties of undefined (reading 'journeyId')")],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['an error with a numeric code', Object.assign(new Error('boom'), { code: 40001 })],
  ])('does not retry %s', (_, error) => {
    expect(sut(error)).toBe(false);
  });
});

describe('backoffMs', () => {
  const sut = backoffMs;

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const withRandom = (value: number, attempt: number, baseMs?: number, capMs?: number): number => {
    jest.spyOn(Math, 'random').mockReturnValue(value);
    return sut(attempt, baseMs, capMs);
  };

  it('waits between half and all of base × 2^(attempt-1)', () => {
    expect(withRandom(0, 1)).toBe(50);
    expect(withRandom(0.999999, 1)).toBe(100);
    expect(withRandom(0, 4)).toBe(400);
    expect(withRandom(0.999999, 4)).toBe(800);
  });

  it('grows: the shortest wait of the next attempt is at least the longest of this one, up to the cap', () => {
    for (let attempt = 1; attempt < 6; attempt += 1) {
      expect(withRandom(0, attempt + 1)).toBeGreaterThanOrEqual(withRandom(0.999999, attempt));
      expect(withRandom(0, attempt + 1)).toBeGreaterThan(withRandom(0, attempt));
    }
  });

  it.each([0, 0.5, 0.999999])('never exceeds the cap, even after many attempts (random %d)', (random) => {
    for (const attempt of [1, 5, 7, 10, 30, 1_000, 10_000]) {
      expect(withRandom(random, attempt, 100, 5_000)).toBeLessThanOrEqual(5_000);
    }
    expect(withRandom(random, 10_000, 100, 5_000)).toBeGreaterThanOrEqual(2_500);
  });

  it('honours a custom base and cap', () => {
    expect(withRandom(0.999999, 1, 10, 1_000)).toBe(10);
    expect(withRandom(0.999999, 20, 10, 1_000)).toBe(1_000);
  });

  it('stays within bounds with the real random source', () => {
    for (let i = 0; i < 50; i += 1) {
      const wait = sut(3);
      expect(wait).toBeGreaterThanOrEqual(200);
      expect(wait).toBeLessThanOrEqual(400);
    }
  });
});
