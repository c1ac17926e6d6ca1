import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import type { EventOrigin } from '@waypoint/contracts';
import {
  ApiFieldProblems,
  ApiUuidParam,
  Authorised,
  ErrorResponse,
  RequestOrigin,
  uuidParam,
  FieldsRejected,
} from '@waypoint/platform';
import { NrmCaseViewResponse, NrmCommandConflictResponse } from './nrm-case-view.response';
import { COMMAND_DTOS, nrmCommandBodySchema, parseNrmCommand } from './nrm-command.dto';
import { RecordNrmDecision, type NrmCaseView } from './record-nrm-decision.service';

@ApiTags('referrals')
@ApiExtraModels(...Object.values(COMMAND_DTOS))
@Controller('referrals')
export class RecordNrmDecisionController {
  constructor(private readonly recordNrmDecision: RecordNrmDecision) {}

  /** One command per request; the body's `kind` chooses which, and so how the rest is validated. */
  @Post(':journeyId/commands')
  @HttpCode(HttpStatus.OK)
  @Authorised('first-responder')
  @ApiOperation({
    summary: "Apply one command to the referring agency's NRM case",
    description:
      'Decisions, suspension, withdrawal, reconsideration: `kind` selects the command and so its fields. Publishes nrm-case-updated.v1; a refused command writes nothing.',
  })
  @ApiUuidParam('journeyId', 'The journey id')
  @ApiBody({ schema: nrmCommandBodySchema() })
  @ApiOkResponse({ description: 'The case after the command', type: NrmCaseViewResponse })
  @ApiFieldProblems(
    'journeyId is not a UUID, kind is unknown, a field of that kind is missing or invalid, or a date breaks a case rule (after today, before the last change)',
  )
  @ApiNotFoundResponse({ description: 'No NRM case for this journey in your agency', type: ErrorResponse })
  @ApiConflictResponse({
    description: "The command is not allowed in the case's current status (currentStatus says which)",
    type: NrmCommandConflictResponse,
  })
  record(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    // Validated per kind below, so the global pipe sees a plain object and leaves it alone.
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<NrmCaseView> {
    const parsed = parseNrmCommand(body, principal.subject);
    if (!parsed.ok) throw new FieldsRejected(parsed.problems);
    return this.recordNrmDecision.execute(journeyId, parsed.command, principal, origin);
  }
}
