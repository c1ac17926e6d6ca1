import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { AgeGroup } from '@waypoint/contracts';
import type { Response } from 'express';
import { ServiceClient } from '../../services/service-client';
import { CurrentUser } from '../../sessions/current-user.decorator';
import { ConsolePage } from '../kit/console-page.decorator';
import type { SignedInUser } from '../../sessions/signed-in-user';
import { PageRenderer } from '../../web/page-renderer';
import { formErrorsOf, serviceProblemsOf, type FormError } from '../form-errors';
import { oneValue, type FormBody } from '../form-fields';
import { callService, unexpectedAnswer } from '../service-answers';
import {
  EMPTY_CONSENT,
  EMPTY_DETAILS,
  checkConsent,
  checkDetails,
  consentChoices,
  detailsChoices,
  hiddenDetails,
  readConsent,
  readDetails,
  recordIdentificationBody,
  serviceRefusal,
  type IdentificationConsent,
  type IdentificationDetails,
} from './identification-form';

const DETAILS_TITLE = 'What have you seen?';

@ConsolePage('first-responder')
@Controller('identifications')
export class RecordIdentificationController {
  constructor(
    private readonly services: ServiceClient,
    private readonly pages: PageRenderer,
  ) {}

  @Get('new')
  start(@CurrentUser() user: SignedInUser, @Res() response: Response): void {
    this.detailsPage(user, response, EMPTY_DETAILS, []);
  }

  /** Page 1 sent: checked, then on to page 2; or back here from page 2 to change the answers. */
  @Post('new')
  continue(@CurrentUser() user: SignedInUser, @Body() body: FormBody, @Res() response: Response): void {
    const details = readDetails(body ?? {});
    if (oneValue(body ?? {}, 'action') === 'change') return this.detailsPage(user, response, details, []);
    const errors = checkDetails(details);
    if (errors.length > 0) return this.detailsPage(user, response, details, errors, 400);
    this.consentPage(user, response, details, EMPTY_CONSENT, []);
  }

  /** Page 2 sent: both pages checked again (page 1's answers came back in hidden fields), then recorded. */
  @Post()
  async record(
    @CurrentUser() user: SignedInUser,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const details = readDetails(body ?? {});
    const consent = readConsent(body ?? {});
    const detailsErrors = checkDetails(details);
    if (detailsErrors.length > 0) return this.detailsPage(user, response, details, detailsErrors, 400);
    const checked = checkConsent(details.ageGroup as AgeGroup, consent, londonDateOf(new Date()));
    if (checked.errors.length > 0)
      return this.consentPage(user, response, details, consent, checked.errors, 400);
    const answer = await callService<{ journeyId?: unknown }>(
      this.services,
      user,
      'identification',
      'POST',
      '/identifications',
      recordIdentificationBody(details, consent, checked.dateOfBirth),
    );
    if (answer.status === 201 && typeof answer.body?.journeyId === 'string') {
      const recorded = consent.consent === 'undecided' && details.ageGroup === 'adult' ? 'undecided' : '1';
      return response.redirect(
        303,
        `/cases/${encodeURIComponent(answer.body.journeyId)}?recorded=${recorded}`,
      );
    }
    if (answer.status === 400) {
      const refusal = serviceRefusal(serviceProblemsOf(answer.body));
      if (refusal.errors.length > 0) {
        return refusal.page === 'details'
          ? this.detailsPage(user, response, details, refusal.errors, 400)
          : this.consentPage(user, response, details, consent, refusal.errors, 400);
      }
    }
    throw unexpectedAnswer('identification', answer.status);
  }

  private detailsPage(
    user: SignedInUser,
    response: Response,
    details: IdentificationDetails,
    errors: FormError[],
    status = 200,
  ): void {
    this.pages.send(
      response,
      'identification-details',
      {
        title: DETAILS_TITLE,
        user,
        navigation: 'identify',
        choices: detailsChoices(details),
        errors: formErrorsOf(errors),
      },
      status,
    );
  }

  private consentPage(
    user: SignedInUser,
    response: Response,
    details: IdentificationDetails,
    consent: IdentificationConsent,
    errors: FormError[],
    status = 200,
  ): void {
    const isChild = details.ageGroup === 'child';
    this.pages.send(
      response,
      'identification-consent',
      {
        title: isChild ? 'Referral and personal details' : 'Consent and personal details',
        user,
        navigation: 'identify',
        isChild,
        hiddenDetails: hiddenDetails(details),
        consentChoices: consentChoices(consent),
        consent,
        errors: formErrorsOf(errors),
      },
      status,
    );
  }
}
