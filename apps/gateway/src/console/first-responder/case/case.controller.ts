import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  formErrorsOf,
  journeyReference,
  oneValue,
  PageRenderer,
  serviceMessageOf,
  templateBeside,
  timelineOf,
  unexpectedAnswer,
  type FormBody,
  type FormError,
  type JourneyAnswer,
  type ServiceRefusal,
  type SignedInUser,
} from '../../kit';
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
  CONSENT_DECISION_LABELS,
  consentFormOf,
  openPlaceOfSafetyOf,
  placementOnCaseOf,
  placeOfSafetySummaryRows,
  type ConsentForm,
  type PlacementOnCase,
  type ReferralAnswer,
} from './case.view-model';

const CASE_PAGE = templateBeside(__dirname, 'case');
const CASE_PENDING_PAGE = templateBeside(__dirname, 'case-pending');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type LoadedCase =
  | { kind: 'found'; referral: ReferralAnswer; journey?: JourneyAnswer; placement: PlacementOnCase }
  /** An adult offered a place of safety has not decided yet: no referral until they do (or the offer lapses). */
  | { kind: 'awaiting-decision'; decisionDueOn: string; journey: JourneyAnswer }
  /** Recorded, but referral has not opened its record yet (it reacts to identification's event over Kafka). */
  | { kind: 'pending'; reason: PendingReason };

type PendingReason = 'referral' | 'place-of-safety' | 'decision';

/** What the page was redirected from, so a record not visible yet reads as "on its way", never as 404. */
type JustDone = 'recorded' | 'recorded-undecided' | 'decided' | undefined;

const DONE_MESSAGES: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(COMMAND_FORMS).map(([kind, form]) => [
      kind,
      `Recorded: ${form.title.replace(/^Record /, '')}`,
    ]),
  ),
  'placement-requested':
    'Place requested. A placement coordinator will match it with safe houses; its status is below.',
  'consent-given':
    'Consent recorded. The NRM referral is being made: refresh this page in a few seconds to see it.',
};

@ConsolePage('first-responder')
@Controller('cases')
export class CasePageController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':journeyId')
  async overview(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Query('recorded') recorded: unknown,
    @Query('decided') decided: unknown,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const justDone: JustDone =
      decided === '1'
        ? 'decided'
        : recorded === 'undecided'
          ? 'recorded-undecided'
          : recorded === '1'
            ? 'recorded'
            : undefined;
    const doneMessage =
      (typeof done === 'string' ? DONE_MESSAGES[done] : undefined) ??
      (justDone === 'recorded' || justDone === 'recorded-undecided' ? 'Identification recorded' : undefined);
    await this.show(user, journeyId, 'overview', response, justDone, doneMessage);
  }

  @Get(':journeyId/timeline')
  async timeline(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.show(user, journeyId, 'timeline', response, undefined, undefined);
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
    const loaded = await this.load(user, journeyId, undefined);
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
    const answer = await this.services.call(user, 'referral', 'post', '/referrals/{journeyId}/commands', {
      path: { journeyId },
      body: parsed.body,
    });
    if (answer.status === 200) {
      return response.redirect(303, `/cases/${journeyId}?done=${encodeURIComponent(parsed.typed.kind)}`);
    }
    const kind = parsed.typed.kind;
    let errors: FormError[];
    if (answer.status === 400) {
      const problems = answer.body.errors;
      errors =
        problems.length > 0
          ? commandErrorsFromService(kind, problems)
          : [{ field: 'kind', href: kind, text: serviceMessageOf(answer.body) }];
    } else if (answer.status === 409) {
      errors = [refusedBecause(answer.body)];
    } else {
      throw unexpectedAnswer('referral', answer.status);
    }
    // Reloaded: after a 409 the page must offer what the case allows now.
    const current = await this.load(user, journeyId, undefined);
    if (current.kind === 'pending') throw new NotFoundException('the referral is no longer visible');
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

  /**
   * An adult's decision recorded with identification: in a place of safety ('given' or 'declined'), or consent
   * after an anonymous Duty to Notify ('given'). Referral follows over Kafka, so the page then says it is on
   * its way.
   */
  @Post(':journeyId/consent')
  async consent(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const loaded = await this.load(user, journeyId, undefined);
    const form = consentFormFor(loaded);
    const refuse = (errors: FormError[], status: number) =>
      loaded.kind === 'pending'
        ? this.pending(user, journeyId, loaded.reason, response)
        : this.render(user, journeyId, loaded, 'overview', response, { errors }, status);
    if (!form) {
      return refuse(
        [
          {
            field: 'consent',
            href: 'case-actions',
            text: 'There is no decision to record for this case now',
          },
        ],
        409,
      );
    }
    const consent = oneValue(body ?? {}, 'consent');
    if (!(form.choices as readonly string[]).includes(consent)) {
      return refuse(
        [{ field: 'consent', href: 'consent', text: 'Select whether they consent to being referred' }],
        400,
      );
    }
    const answer = await this.services.call(
      user,
      'identification',
      'post',
      '/identifications/{journeyId}/consent',
      {
        path: { journeyId },
        body: { consent: consent as 'given' | 'declined' },
      },
    );
    if (answer.status === 200) {
      return response.redirect(
        303,
        loaded.kind === 'found' ? `/cases/${journeyId}?done=consent-given` : `/cases/${journeyId}?decided=1`,
      );
    }
    if (answer.status === 400) {
      const [problem] = answer.body.errors;
      return refuse(
        [{ field: 'consent', href: 'consent', text: problem?.message ?? 'Check your answer' }],
        400,
      );
    }
    if (answer.status === 409) return refuse([refusedBecause(answer.body)], 409);
    throw unexpectedAnswer('identification', answer.status);
  }

  private async show(
    user: SignedInUser,
    journeyId: string,
    tab: 'overview' | 'timeline',
    response: Response,
    justDone: JustDone,
    done: string | undefined,
  ): Promise<void> {
    const loaded = await this.load(user, journeyId, justDone);
    if (loaded.kind === 'pending')
      return this.pending(user, journeyId, loaded.reason, response, justDone !== undefined);
    this.render(user, journeyId, loaded, tab, response, { done });
  }

  private pending(
    user: SignedInUser,
    journeyId: string,
    reason: PendingReason,
    response: Response,
    justRecorded = false,
  ): void {
    this.pages.send(response, CASE_PENDING_PAGE, {
      title: reason === 'place-of-safety' ? 'Place of safety offered' : 'The case is being set up',
      user,
      navigation: 'cases',
      journeyId,
      reference: journeyReference(journeyId),
      reason,
      recorded: justRecorded,
    });
  }

  private render(
    user: SignedInUser,
    journeyId: string,
    loaded: Exclude<LoadedCase, { kind: 'pending' }>,
    tab: 'overview' | 'timeline',
    response: Response,
    extra: { errors?: FormError[]; typed?: TypedCommand; done?: string },
    status = 200,
  ): void {
    const today = londonDateOf(new Date());
    const errors = formErrorsOf(extra.errors ?? []);
    const form = consentFormFor(loaded);
    const consentForm = form && {
      ...form,
      items: form.choices.map((value) => ({ value, text: CONSENT_DECISION_LABELS[value] })),
      error: errors?.byField.consent,
    };
    const common = {
      user,
      navigation: 'cases' as const,
      journeyId,
      tab,
      done: extra.done,
      errors,
      consentForm,
      exampleDate: exampleDate(today),
    };
    if (loaded.kind === 'awaiting-decision') {
      const reference = journeyReference(journeyId);
      return this.pages.send(
        response,
        CASE_PAGE,
        {
          ...common,
          title: `Case ${reference}`,
          heading: {
            reference,
            caption: 'Place of safety',
            status: { text: 'Deciding', classes: 'govuk-tag--yellow' },
            overdue: false,
          },
          summaryRows: placeOfSafetySummaryRows(loaded.decisionDueOn),
          commandForms: [],
          timeline: timelineOf(loaded.journey),
        },
        status,
      );
    }
    const { referral, journey } = loaded;
    const heading = caseHeadingOf(referral, today);
    const recoveryEnds =
      referral.route === 'nrm' ? referral.nrmCase.state?.recoveryPeriodMinimumEndsOn : undefined;
    this.pages.send(
      response,
      CASE_PAGE,
      {
        ...common,
        title: `Case ${heading.reference}`,
        heading,
        isDutyToNotify: referral.route === 'duty-to-notify',
        placement: loaded.placement,
        summaryRows: caseSummaryRows(referral),
        commandForms: commandFormsOf(allowedCommandsOf(referral), {
          typed: extra.typed,
          byField: errors?.byField ?? {},
        }),
        timeline: journey ? timelineOf(journey, recoveryEnds) : [],
      },
      status,
    );
  }

  private async load(user: SignedInUser, journeyId: string, justDone: JustDone): Promise<LoadedCase> {
    if (!UUID.test(journeyId)) throw new NotFoundException('not a journey id');
    const [referral, journey] = await Promise.all([
      this.services.call(user, 'referral', 'get', '/referrals/{journeyId}', { path: { journeyId } }),
      this.services.call(user, 'journey', 'get', '/journeys/{journeyId}', { path: { journeyId } }),
    ]);
    const journeyAnswer = journey.status === 200 ? journey.body : undefined;
    if (referral.status === 404) {
      // Referral opens its record when identification's event reaches it, a moment after recording; an adult
      // in a place of safety has no referral until they decide. Neither is a 404.
      if (justDone === 'decided') return { kind: 'pending', reason: 'decision' };
      const placeOfSafety = openPlaceOfSafetyOf(journeyAnswer);
      if (placeOfSafety && journeyAnswer) {
        return {
          kind: 'awaiting-decision',
          decisionDueOn: placeOfSafety.decisionDueOn,
          journey: journeyAnswer,
        };
      }
      if (justDone === 'recorded-undecided') return { kind: 'pending', reason: 'place-of-safety' };
      if (journeyAnswer || justDone === 'recorded') return { kind: 'pending', reason: 'referral' };
      throw new NotFoundException('no such case for this agency');
    }
    if (referral.status !== 200) throw unexpectedAnswer('referral', referral.status);
    return {
      kind: 'found',
      referral: referral.body,
      journey: journeyAnswer,
      placement: await this.placementOf(user, journeyId),
    };
  }

  /** The journey's placement request, if any; a placement outage leaves the rest of the case page working. */
  private async placementOf(user: SignedInUser, journeyId: string): Promise<PlacementOnCase> {
    try {
      const answer = await this.services.call(user, 'placement', 'get', '/placement-requests', {
        query: { journeyId, all: 'true' },
      });
      if (answer.status !== 200) return { canRequest: false, unavailable: true };
      return placementOnCaseOf(answer.body.requests);
    } catch {
      return { canRequest: false, unavailable: true };
    }
  }
}

/** The consent question the case can take now, if any. */
function consentFormFor(loaded: LoadedCase): ConsentForm | undefined {
  if (loaded.kind === 'awaiting-decision') return consentFormOf('place-of-safety');
  if (loaded.kind === 'found' && loaded.referral.route === 'duty-to-notify')
    return consentFormOf('duty-to-notify');
  return undefined;
}

/** A 409 in the service's own words: it names the state the record is in now. */
function refusedBecause(body: ServiceRefusal): FormError {
  return {
    field: 'kind',
    href: 'case-actions',
    text: `This could not be recorded: ${serviceMessageOf(body)}`,
  };
}

function exampleDate(today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  return `${day} ${month} ${year}`;
}
