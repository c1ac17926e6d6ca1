import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Kafka, type Admin } from 'kafkajs';
import type { HealthProbe } from './health/health.controller';

/** Answers "is the broker reachable?" for /health, with one long-lived admin connection. */
@Injectable()
export class KafkaProbe implements HealthProbe, OnApplicationShutdown {
  readonly check = 'kafka';

  private admin?: Admin;

  constructor(@Inject(Kafka) private readonly kafka: Kafka) {}

  async isUp(timeoutMs = 2_000): Promise<boolean> {
    try {
      this.admin ??= this.kafka.admin({ retry: { retries: 0 } });
      await withTimeout(
        (async () => {
          await this.admin!.connect();
          await this.admin!.describeCluster();
        })(),
        timeoutMs,
      );
      return true;
    } catch {
      await this.admin?.disconnect().catch(() => undefined);
      this.admin = undefined;
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
