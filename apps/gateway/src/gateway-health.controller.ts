import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

export class GatewayHealthChecks {
  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';
}

export class GatewayHealthReport {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ type: GatewayHealthChecks })
  checks!: GatewayHealthChecks;
}

/** The gateway has no Kafka: it is healthy when its own database answers. */
@ApiTags('health')
@Controller('health')
export class GatewayHealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Open, as every service's /health: it says whether the database answers, and nothing else.
  @Get()
  @ApiOperation({ summary: 'Whether the gateway and its database are up' })
  @ApiOkResponse({ description: 'Up', type: GatewayHealthReport })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer', type: GatewayHealthReport })
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
