import { Body, Controller, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  exampleDateOf,
  formErrorsOf,
  isUuid,
  journeyReference,
  PageRenderer,
  serviceMessageOf,
  templateBeside,
  unexpectedAnswer,
  type FormBody,
  type FormError,
  type SignedInUser,
} from '../../kit';
import {
  parsePlacementRequestForm,
  placementRequestChoicesOf,
  placementRequestErrorsFromService,
  type TypedPlacementRequest,
} from './request-placement-form';

const REQUEST_PAGE = templateBeside(__dirname, 'request-placement');

@ConsolePage('first-responder')
@Controller('cases/:journeyId/placement-request/new')
export class RequestPlacementController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  form(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Res() response: Response,
  ): void {
    if (!isUuid(journeyId)) throw new NotFoundException('not a journey id');
    this.render(user, journeyId, response, {});
  }

  /**
   * Placement's 400 is shown against the question it names; its 404 (placement has not yet heard of the
   * journey from identification's event) and 409 (a request already seeks a place) in the summary.
   */
  @Post()
  async submit(
    @CurrentUser() user: SignedInUser,
    @Param('journeyId') journeyId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(journeyId)) throw new NotFoundException('not a journey id');
    const parsed = parsePlacementRequestForm(body ?? {}, journeyId, londonDateOf(new Date()));
    if (!parsed.ok)
      return this.render(user, journeyId, response, { errors: parsed.errors, typed: parsed.typed }, 400);
    const answer = await this.services.call(user, 'placement', 'post', '/placement-requests', {
      body: parsed.body,
    });
    if (answer.status === 201) return response.redirect(303, `/cases/${journeyId}?done=placement-requested`);
    let errors: FormError[];
    if (answer.status === 400) {
      errors =
        answer.body.errors.length > 0
          ? placementRequestErrorsFromService(answer.body.errors)
          : [{ field: 'kind', href: 'kind', text: serviceMessageOf(answer.body) }];
    } else if (answer.status === 404) {
      errors = [
        {
          field: 'kind',
          href: 'kind',
          text: 'Placement has not received this case yet. Wait a few seconds and send the request again.',
        },
      ];
    } else if (answer.status === 409) {
      errors = [
        {
          field: 'kind',
          href: 'kind',
          text: 'This case already has a request looking for a place. Its status is on the case page.',
        },
      ];
    } else {
      throw unexpectedAnswer('placement', answer.status);
    }
    this.render(user, journeyId, response, { errors, typed: parsed.typed }, answer.status);
  }

  private render(
    user: SignedInUser,
    journeyId: string,
    response: Response,
    extra: { errors?: FormError[]; typed?: TypedPlacementRequest },
    status = 200,
  ): void {
    const errors = formErrorsOf(extra.errors ?? []);
    this.pages.send(
      response,
      REQUEST_PAGE,
      {
        title: 'Request a place',
        user,
        navigation: 'cases',
        journeyId,
        reference: journeyReference(journeyId),
        errors,
        typed: extra.typed,
        choices: placementRequestChoicesOf(extra.typed, errors),
        example: exampleDateOf(londonDateOf(new Date())),
      },
      status,
    );
  }
}
