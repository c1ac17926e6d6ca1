import { Controller, Get, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { IdentificationApi, ReferralApi } from '@waypoint/clients';
import type { Response } from 'express';
import { ServiceClient } from '../../services/service-client';
import { CurrentUser } from '../../sessions/current-user.decorator';
import type { SignedInUser } from '../../sessions/signed-in-user';
import { PageRenderer } from '../../web/page-renderer';
import { ConsolePage } from '../kit/console-page.decorator';
import { callService, unexpectedAnswer } from '../service-answers';
import { myCasesRows } from './my-cases.view-model';

@ConsolePage('first-responder')
@Controller()
export class MyCasesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly pages: PageRenderer,
  ) {}

  @Get('cases')
  async myCases(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    // An adult deciding in a place of safety has no referral yet: identification lists them.
    const [referrals, deciding] = await Promise.all([
      callService<ReferralApi.components['schemas']['ReferralListResponse']>(
        this.services,
        user,
        'referral',
        'GET',
        '/referrals',
      ),
      callService<IdentificationApi.components['schemas']['AwaitingDecisionListResponse']>(
        this.services,
        user,
        'identification',
        'GET',
        '/identifications?awaiting=place-of-safety-decision',
      ),
    ]);
    if (referrals.status !== 200) throw unexpectedAnswer('referral', referrals.status);
    // Never a list without them: their deadlines are the tightest, and a silent gap would hide them.
    if (deciding.status !== 200) throw unexpectedAnswer('identification', deciding.status);
    const cases = referrals.body.cases;
    const awaitingDecision = deciding.body.identifications;
    const rows = myCasesRows(cases, awaitingDecision, londonDateOf(new Date()));
    this.pages.send(response, 'my-cases', {
      title: 'My cases',
      user,
      navigation: 'cases',
      rows,
      overdueCount: rows.filter((row) => row.overdue).length,
      // Both lists are bounded, newest first; say so rather than imply this is all.
      truncated: referrals.body.truncated || deciding.body.truncated,
    });
  }
}
