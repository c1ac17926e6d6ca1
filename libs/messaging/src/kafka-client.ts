import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry } from 'kafkajs';

const KAFKAJS_TO_NEST: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/**
 * The one place kafkajs is constructed, so a future client swap touches libs/messaging only.
 * Retries are generous because a broker outage must delay work, never fail it.
 */
export function createKafka(clientId: string, brokers: string[], level: logLevel = logLevel.WARN): Kafka {
  const logger = new Logger(`kafkajs:${clientId}`);
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, maxRetryTime: 5_000, retries: 10 },
    logLevel: level,
    logCreator:
      () =>
      ({ level: entryLevel, log }: LogEntry) => {
        const { message, ...extra } = log;
        logger[KAFKAJS_TO_NEST[entryLevel] ?? 'log'](`${message} ${JSON.stringify(extra)}`);
      },
  });
}

export function parseBrokers(value: string): string[] {
  return value
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}
