import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

export interface GatewayHealthReport {
  status: 'ok' | 'unavailable';
  checks: { database: 'up' | 'down' };
}

/** The gateway has no Kafka: it is healthy when its own database answers. */
@Controller('health')
export class GatewayHealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<GatewayHealthReport> {
    let database = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = false;
    }
    response.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: database ? 'ok' : 'unavailable', checks: { database: database ? 'up' : 'down' } };
  }
}
