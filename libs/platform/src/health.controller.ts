import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public } from '@waypoint/auth';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { KafkaProbe } from './kafka-probe';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: { database: 'up' | 'down'; kafka: 'up' | 'down' };
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(KafkaProbe) private readonly kafka: KafkaProbe,
  ) {}

  @Public()
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [database, kafka] = await Promise.all([this.databaseUp(), this.kafka.isUp()]);
    const report: HealthReport = {
      status: database && kafka ? 'ok' : 'unavailable',
      checks: { database: database ? 'up' : 'down', kafka: kafka ? 'up' : 'down' },
    };
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
