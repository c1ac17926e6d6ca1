import { Controller, Get, HttpStatus, Inject, Injectable, Res, type Type } from '@nestjs/common';
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

/** One thing /health checks: the process's own database, Kafka where it has it. */
export interface HealthProbe {
  readonly check: HealthCheck;
  isUp(): Promise<boolean>;
}

export type HealthCheck = 'database' | 'kafka';

/** The probes of this process, in the order /health reports them. */
export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

@Injectable()
export class DatabaseProbe implements HealthProbe {
  readonly check = 'database';

  constructor(private readonly dataSource: DataSource) {}

  async isUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}

const NAMES: Record<HealthCheck, string> = { database: 'the database', kafka: 'Kafka' };

const listed = (checks: readonly HealthCheck[], joiner: 'and' | 'or'): string =>
  checks.map((check) => NAMES[check]).join(` ${joiner} `);
const capitalised = (text: string): string => text[0].toUpperCase() + text.slice(1);

export type HealthReport = {
  status: 'ok' | 'unavailable';
  checks: Partial<Record<HealthCheck, 'up' | 'down'>>;
};

/**
 * The /health controller of a process (`process`: how its document names it) whose probes are `checks` (the database always; Kafka for
 * an event service), documented with exactly those checks. Open, as every process's /health: it
 * says whether each dependency answers, and nothing about any survivor.
 */
export function healthControllerFor(process: string, checks: readonly HealthCheck[]): Type {
  class HealthChecks {}
  for (const check of checks) ApiProperty({ enum: ['up', 'down'] })(HealthChecks.prototype, check);

  const all = checks.length > 1 ? `${listed(checks, 'and')} are both up` : `${listed(checks, 'and')} is up`;
  class HealthReportResponse {
    status!: HealthReport['status'];
    checks!: HealthChecks;
  }
  ApiProperty({ enum: ['ok', 'unavailable'], description: `'ok' only when ${all}` })(
    HealthReportResponse.prototype,
    'status',
  );
  ApiProperty({ type: HealthChecks })(HealthReportResponse.prototype, 'checks');
  // Swagger names schemas by class name; one name for every process's report.
  Object.defineProperty(HealthReportResponse, 'name', { value: 'HealthReport' });

  const reach = checks.map((check) => (check === 'database' ? 'its database' : NAMES[check])).join(' and ');

  @ApiTags('health')
  @Controller('health')
  class HealthController {
    constructor(@Inject(HEALTH_PROBES) private readonly probes: readonly HealthProbe[]) {}

    @Public()
    @Get()
    @ApiOperation({
      summary: `Whether the ${process} can reach ${reach}`,
      description: 'The only endpoint that needs no token: it says nothing about any survivor.',
    })
    @ApiOkResponse({ description: capitalised(all), type: HealthReportResponse })
    @ApiServiceUnavailableResponse({
      description: `${capitalised(listed(checks, 'or'))} is down`,
      type: HealthReportResponse,
    })
    async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
      const results = await Promise.all(
        this.probes.map(async (probe) => [probe.check, await probe.isUp()] as const),
      );
      const report: HealthReport = {
        status: results.every(([, up]) => up) ? 'ok' : 'unavailable',
        checks: Object.fromEntries(results.map(([check, up]) => [check, up ? 'up' : 'down'])),
      };
      response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
      return report;
    }
  }
  return HealthController;
}
