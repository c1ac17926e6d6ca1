import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ServiceClient } from '../../services/service-client';
import { CurrentUser } from '../../sessions/current-user.decorator';
import { SignedInGuard } from '../../sessions/signed-in.guard';
import type { SignedInUser } from '../../sessions/signed-in-user';
import { PageRenderer } from '../../web/page-renderer';
import { hasConsolePages, signedInElsewhereView } from '../home/home';
import { callService, unexpectedAnswer } from '../service-answers';
import { awaitingDecisionsOf, casesOf, myCasesRows } from './my-cases.view-model';

// HTML pages for people, not part of the JSON API's OpenAPI document.
@ApiExcludeController()
@Controller()
@UseGuards(SignedInGuard)
export class MyCasesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  home(@CurrentUser() user: SignedInUser, @Res() response: Response): void {
    if (hasConsolePages(user.principal.role)) return response.redirect(303, '/cases');
    this.pages.send(response, 'signed-in-elsewhere', { user, ...signedInElsewhereView(user.principal.role) });
  }

  @Get('cases')
  async myCases(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    // An adult deciding in a place of safety has no referral yet: identification lists them.
    const [referrals, deciding] = await Promise.all([
      callService<unknown>(this.services, user, 'referral', 'GET', '/referrals'),
      callService<unknown>(
        this.services,
        user,
        'identification',
        'GET',
        '/identifications?awaiting=place-of-safety-decision',
      ),
    ]);
    const cases = referrals.status === 200 ? casesOf(referrals.body) : undefined;
    if (!cases) throw unexpectedAnswer('referral', referrals.status === 200 ? 502 : referrals.status);
    const awaitingDecision = deciding.status === 200 ? awaitingDecisionsOf(deciding.body) : undefined;
    // Never a list without them: their deadlines are the tightest, and a silent gap would hide them.
    if (!awaitingDecision)
      throw unexpectedAnswer('identification', deciding.status === 200 ? 502 : deciding.status);
    const rows = myCasesRows(cases, awaitingDecision, londonDateOf(new Date()));
    this.pages.send(response, 'my-cases', {
      title: 'My cases',
      user,
      navigation: 'cases',
      rows,
      overdueCount: rows.filter((row) => row.overdue).length,
      // Both lists are bounded, newest first; say so rather than imply this is all.
      truncated: [referrals.body, deciding.body].some(
        (body) => (body as { truncated?: unknown }).truncated === true,
      ),
    });
  }
}
