import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiFieldProblems, ApiUuidParam, Authorised, ErrorResponse, uuidParam } from '@waypoint/platform';
import { CurrentPrincipal, type Principal } from '@waypoint/auth';
import { londonDateOf } from '@waypoint/calendar';
import {
  allowedCommands,
  nextDeadlineOf,
  type CaseDeadline,
  type NrmCaseCommandKind,
} from '../nrm-case/nrm-case';
import { ReferralRepository, type ReferralRecord } from '../referral.repository';
import { DutyToNotifyReferralResponse, NrmReferralResponse } from './referral-view.response';

/**
 * The referral as its agency sees it. For an NRM case, what it waits for next and the commands it allows today,
 * so a client offers only those (the command endpoint still judges each one).
 */
export type ReferralView =
  | (ReferralRecord & { route: 'duty-to-notify' })
  | (ReferralRecord & {
      route: 'nrm';
      nextDeadline: CaseDeadline | null;
      allowedCommands: NrmCaseCommandKind[];
    });

@ApiTags('referrals')
@ApiExtraModels(NrmReferralResponse, DutyToNotifyReferralResponse)
@Controller('referrals')
export class ViewReferralController {
  constructor(private readonly referrals: ReferralRepository) {}

  @Get(':journeyId')
  @Authorised('first-responder')
  @ApiOperation({
    summary: "The referring agency's NRM case or Duty to Notify record for a journey",
    description:
      'route says which: an NRM case (a child, or an adult who consented), with its next deadline and the commands it allows today, or an anonymous Duty to Notify.',
  })
  @ApiUuidParam('journeyId', 'The journey id')
  @ApiOkResponse({
    description: 'The referral, by route',
    schema: {
      oneOf: [
        { $ref: getSchemaPath(NrmReferralResponse) },
        { $ref: getSchemaPath(DutyToNotifyReferralResponse) },
      ],
      discriminator: {
        propertyName: 'route',
        mapping: {
          nrm: getSchemaPath(NrmReferralResponse),
          'duty-to-notify': getSchemaPath(DutyToNotifyReferralResponse),
        },
      },
    },
  })
  @ApiFieldProblems('journeyId is not a UUID')
  @ApiNotFoundResponse({
    description: 'No referral for this journey in your agency (whether one exists elsewhere is not said)',
    type: ErrorResponse,
  })
  async view(
    @Param('journeyId', uuidParam('journeyId')) journeyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReferralView> {
    const found = await this.referrals.findForAgency(journeyId, principal.agency);
    if (!found) throw new NotFoundException(`no referral for journey ${journeyId} in your agency`);
    if (found.route !== 'nrm') return found;
    const today = londonDateOf(new Date());
    return {
      ...found,
      nextDeadline: nextDeadlineOf(found.nrmCase.state, today),
      allowedCommands: allowedCommands(found.nrmCase.state, today),
    };
  }
}
