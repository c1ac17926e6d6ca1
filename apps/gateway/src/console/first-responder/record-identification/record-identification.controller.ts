import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { AgeGroup } from '@waypoint/contracts';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  formErrorsOf,
  oneValue,
  PageRenderer,
  templateBeside,
  unexpectedAnswer,
  type FormBody,
  type FormError,
  type SignedInUser,
} from '../../kit';
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
const DETAILS_PAGE = templateBeside(__dirname, 'identification-details');
const CONSENT_PAGE = templateBeside(__dirname, 'identification-consent');

@ConsolePage('first-responder')
@Controller('identifications')
export class RecordIdentificationController {
  constructor(
    private readonly services: ConsoleServices,
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
    const answer = await this.services.call(user, 'identification', 'post', '/identifications', {
      body: recordIdentificationBody(details, consent, checked.dateOfBirth),
    });
    if (answer.status === 201) {
      const recorded = consent.consent === 'undecided' && details.ageGroup === 'adult' ? 'undecided' : '1';
      return response.redirect(
        303,
        `/cases/${encodeURIComponent(answer.body.journeyId)}?recorded=${recorded}`,
      );
    }
    if (answer.status === 400) {
      const refusal = serviceRefusal(answer.body.errors);
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
      DETAILS_PAGE,
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
      CONSENT_PAGE,
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
