import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ServiceClient } from '../../services/service-client';
import { CurrentUser } from '../../sessions/current-user.decorator';
import { SignedInGuard } from '../../sessions/signed-in.guard';
import type { SignedInUser } from '../../sessions/signed-in-user';
import { PageRenderer } from '../../web/page-renderer';
import { callService, unexpectedAnswer } from '../service-answers';
import { casesOf, myCasesRows } from './my-cases.view-model';

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
  home(@Res() response: Response): void {
    response.redirect(303, '/cases');
  }

  @Get('cases')
  async myCases(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    const answer = await callService<unknown>(this.services, user, 'referral', 'GET', '/referrals');
    const cases = answer.status === 200 ? casesOf(answer.body) : undefined;
    if (!cases) throw unexpectedAnswer('referral', answer.status === 200 ? 502 : answer.status);
    const rows = myCasesRows(cases, londonDateOf(new Date()));
    this.pages.send(response, 'my-cases', {
      title: 'My cases',
      user,
      navigation: 'cases',
      rows,
      overdueCount: rows.filter((row) => row.overdue).length,
      // Referral lists a bounded number of cases, newest first; say so rather than imply this is all.
      truncated: (answer.body as { truncated?: unknown }).truncated === true,
    });
  }
}
