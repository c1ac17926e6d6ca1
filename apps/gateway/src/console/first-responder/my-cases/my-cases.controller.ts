import { Controller, Get, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  PageRenderer,
  templateBeside,
  unexpectedAnswer,
  type SignedInUser,
} from '../../kit';
import { myCasesRows } from './my-cases.view-model';

const MY_CASES_PAGE = templateBeside(__dirname, 'my-cases');

@ConsolePage('first-responder')
@Controller()
export class MyCasesController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get('cases')
  async myCases(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    // An adult deciding in a place of safety has no referral yet: identification lists them.
    const [referrals, deciding] = await Promise.all([
      this.services.call(user, 'referral', 'get', '/referrals'),
      this.services.call(user, 'identification', 'get', '/identifications', {
        query: { awaiting: 'place-of-safety-decision' },
      }),
    ]);
    if (referrals.status !== 200) throw unexpectedAnswer('referral', referrals.status);
    // Never a list without them: their deadlines are the tightest, and a silent gap would hide them.
    if (deciding.status !== 200) throw unexpectedAnswer('identification', deciding.status);
    const cases = referrals.body.cases;
    const awaitingDecision = deciding.body.identifications;
    const rows = myCasesRows(cases, awaitingDecision, londonDateOf(new Date()));
    this.pages.send(response, MY_CASES_PAGE, {
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
