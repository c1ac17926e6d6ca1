import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@waypoint/auth';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { KafkaProbe } from './kafka-probe';

export class HealthChecks {
  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down'] })
  kafka!: 'up' | 'down';
}

export class HealthReport {
  @ApiProperty({
    enum: ['ok', 'unavailable'],
    description: "'ok' only when the database and Kafka are both up",
  })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ type: HealthChecks })
  checks!: HealthChecks;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(KafkaProbe) private readonly kafka: KafkaProbe,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Whether the service can reach its database and Kafka',
    description: 'The only endpoint that needs no token: it says nothing about any survivor.',
  })
  @ApiOkResponse({ description: 'The database and Kafka are both up', type: HealthReport })
  @ApiServiceUnavailableResponse({ description: 'The database or Kafka is down', type: HealthReport })
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
