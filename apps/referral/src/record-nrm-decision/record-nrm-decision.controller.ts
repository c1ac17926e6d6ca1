import { BadRequestException, Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import { RequestOrigin, uuidParam } from '@waypoint/platform';
import { parseNrmCommand } from './nrm-command.dto';
import { RecordNrmDecision, type NrmCaseView } from './record-nrm-decision.service';

@Controller('referrals')
export class RecordNrmDecisionController {
  constructor(private readonly recordNrmDecision: RecordNrmDecision) {}

  /** One command per request; the body's `kind` chooses which, and so how the rest is validated. */
  @Post(':journeyId/commands')
  @HttpCode(HttpStatus.OK)
  @Roles('first-responder')
  record(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    // Validated per kind below, so the global pipe sees a plain object and leaves it alone.
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<NrmCaseView> {
    const parsed = parseNrmCommand(body, principal.subject);
    if (!parsed.ok) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: parsed.problems.map((problem) => problem.message),
        errors: parsed.problems,
      });
    }
    return this.recordNrmDecision.execute(journeyId, parsed.command, principal, origin);
  }
}
