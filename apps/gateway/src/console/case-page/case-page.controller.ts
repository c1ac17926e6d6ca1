import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { Response } from 'express';
import { ServiceClient } from '../../services/service-client';
import { CurrentUser } from '../../sessions/current-user.decorator';
import { SignedInGuard } from '../../sessions/signed-in.guard';
import type { SignedInUser } from '../../sessions/signed-in-user';
import { PageRenderer } from '../../web/page-renderer';
import { formErrorsOf, serviceMessageOf, serviceProblemsOf, type FormError } from '../form-errors';
import type { FormBody } from '../form-fields';
import { journeyReference } from '../labels';
import { callService, unexpectedAnswer } from '../service-answers';
import {
  COMMAND_FORMS,
  commandErrorsFromService,
  commandFormsOf,
  parseCommandForm,
  type TypedCommand,
} from './case-commands';
import {
  allowedCommandsOf,
  caseHeadingOf,
  caseSummaryRows,
  journeyAnswerOf,
  referralAnswerOf,
  timelineOf,
  type JourneyAnswer,
  type ReferralAnswer,
} from './case.view-model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type LoadedCase =
  | { kind: 'found'; referral: ReferralAnswer; journey?: JourneyAnswer }
  /** Identified, but referral has not opened its record yet (it reacts to the identification over Kafka). */
  | { kind: 'pending' };

const DONE_MESSAGES: Record<string, string> = Object.fromEntries(
  Object.entries(COMMAND_FORMS).map(([kind, form]) => [
    kind,
    `Recorded: ${form.title.replace(/^Record /, '')}`,
  ]),
);

@Controller('cases')
@UseGuards(SignedInGuard)
export class CasePageController {
  constructor(
    private readonly services: ServiceClient,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':journeyId')
  async overview(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Query('recorded') recorded: unknown,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.show(user, journeyId, 'overview', response, {
      recorded: recorded === '1',
      done:
        (typeof done === 'string' ? DONE_MESSAGES[done] : undefined) ??
        (recorded === '1' ? 'Identification recorded' : undefined),
    });
  }

  @Get(':journeyId/timeline')
  async timeline(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.show(user, journeyId, 'timeline', response, { recorded: false });
  }

  /**
   * One command from the case page, forwarded to referral. Checked here first (a GOV.UK date, an allowed
   * command); referral's 400 names the field and is shown against it; its 409 (the case moved on) is shown as
   * the service words it. Success redirects (POST/redirect/GET), so a refresh never records twice.
   */
  @Post(':journeyId/commands')
  async command(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const loaded = await this.load(user, journeyId, false);
    if (loaded.kind !== 'found') throw new NotFoundException('no referral yet');
    const allowed = allowedCommandsOf(loaded.referral);
    const parsed = parseCommandForm(body ?? {}, allowed, londonDateOf(new Date()));
    if (!parsed.ok) {
      return this.render(
        user,
        journeyId,
        loaded,
        'overview',
        response,
        { errors: parsed.errors, typed: parsed.typed },
        400,
      );
    }
    const answer = await callService<unknown>(
      this.services,
      user,
      'referral',
      'POST',
      `/referrals/${journeyId}/commands`,
      parsed.body,
    );
    if (answer.status === 200 || answer.status === 201) {
      return response.redirect(303, `/cases/${journeyId}?done=${encodeURIComponent(parsed.typed.kind)}`);
    }
    const kind = parsed.typed.kind;
    let errors: FormError[];
    if (answer.status === 400 || answer.status === 422) {
      const problems = serviceProblemsOf(answer.body);
      errors =
        problems.length > 0
          ? commandErrorsFromService(kind, problems)
          : [{ field: 'kind', href: kind, text: serviceMessageOf(answer.body) ?? 'Check your answers' }];
    } else if (answer.status === 409) {
      errors = [
        {
          field: 'kind',
          href: 'case-actions',
          text: `This could not be recorded: ${serviceMessageOf(answer.body) ?? 'the case has changed'}`,
        },
      ];
    } else {
      throw unexpectedAnswer('referral', answer.status);
    }
    // Reloaded: after a 409 the page must offer what the case allows now.
    const current = await this.load(user, journeyId, false);
    if (current.kind !== 'found') throw new NotFoundException('referral disappeared');
    this.render(
      user,
      journeyId,
      current,
      'overview',
      response,
      { errors, typed: parsed.typed },
      answer.status === 409 ? 409 : 400,
    );
  }

  private async show(
    user: SignedInUser,
    journeyId: string,
    tab: 'overview' | 'timeline',
    response: Response,
    options: { recorded: boolean; done?: string },
  ): Promise<void> {
    const loaded = await this.load(user, journeyId, options.recorded);
    if (loaded.kind === 'pending') {
      return this.pages.send(response, 'case-pending', {
        title: 'The case is being set up',
        user,
        navigation: 'cases',
        journeyId,
        reference: journeyReference(journeyId),
        recorded: options.recorded,
      });
    }
    this.render(user, journeyId, loaded, tab, response, { done: options.done });
  }

  private render(
    user: SignedInUser,
    journeyId: string,
    loaded: Extract<LoadedCase, { kind: 'found' }>,
    tab: 'overview' | 'timeline',
    response: Response,
    extra: { errors?: FormError[]; typed?: TypedCommand; done?: string },
    status = 200,
  ): void {
    const { referral, journey } = loaded;
    const today = londonDateOf(new Date());
    const heading = caseHeadingOf(referral, today);
    const errors = formErrorsOf(extra.errors ?? []);
    const recoveryEnds =
      referral.route === 'nrm' ? referral.nrmCase.state?.recoveryPeriodMinimumEndsOn : undefined;
    this.pages.send(
      response,
      'case',
      {
        title: `Case ${heading.reference}`,
        user,
        navigation: 'cases',
        journeyId,
        tab,
        heading,
        done: extra.done,
        errors,
        isDutyToNotify: referral.route === 'duty-to-notify',
        summaryRows: caseSummaryRows(referral),
        commandForms: commandFormsOf(allowedCommandsOf(referral), {
          typed: extra.typed,
          byField: errors?.byField ?? {},
        }),
        timeline: journey ? timelineOf(journey, recoveryEnds) : [],
        exampleDate: exampleDate(today),
      },
      status,
    );
  }

  private async load(user: SignedInUser, journeyId: string, justRecorded: boolean): Promise<LoadedCase> {
    if (!UUID.test(journeyId)) throw new NotFoundException('not a journey id');
    const path = encodeURIComponent(journeyId);
    const [referral, journey] = await Promise.all([
      callService<unknown>(this.services, user, 'referral', 'GET', `/referrals/${path}`),
      callService<unknown>(this.services, user, 'journey', 'GET', `/journeys/${path}`),
    ]);
    const journeyAnswer = journey.status === 200 ? journeyAnswerOf(journey.body) : undefined;
    if (referral.status === 404) {
      // Referral opens its record when the identification event reaches it, a moment after recording. Until
      // then the journey (or the redirect straight after recording) shows the case exists: say so, not 404.
      if (journeyAnswer || justRecorded) return { kind: 'pending' };
      throw new NotFoundException('no such case for this agency');
    }
    const referralAnswer = referral.status === 200 ? referralAnswerOf(referral.body) : undefined;
    if (!referralAnswer) throw unexpectedAnswer('referral', referral.status === 200 ? 502 : referral.status);
    return { kind: 'found', referral: referralAnswer, journey: journeyAnswer };
  }
}

function exampleDate(today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  return `${day} ${month} ${year}`;
}
