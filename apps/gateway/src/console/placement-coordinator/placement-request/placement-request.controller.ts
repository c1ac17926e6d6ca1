import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  formErrorsOf,
  isUuid,
  journeyReference,
  PageRenderer,
  requestNeedsRows,
  requestStatusTagOf,
  serviceMessageOf,
  templateBeside,
  unexpectedAnswer,
  urgencyTagOf,
  type FormBody,
  type FormError,
  type PlacementRequestDetailAnswer,
  type SignedInUser,
} from '../../kit';
import {
  actionsOf,
  matchesViewOf,
  offerLinesOf,
  offerRefusedBecause,
  parseOfferForm,
  parseWithdrawForm,
  withdrawItemsOf,
  type MatchesView,
} from './placement-request.view-model';

const REQUEST_PAGE = templateBeside(__dirname, 'placement-request');

const DONE: Record<string, string> = {
  offered: 'Place offered. The beds are held for the provider to answer.',
  withdrawn: 'Request withdrawn.',
};

@ConsolePage('placement-coordinator')
@Controller('placement/requests/:requestId')
export class PlacementRequestController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async show(
    @CurrentUser() user: SignedInUser,
    @Param('requestId') requestId: string,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const request = await this.load(user, requestId);
    await this.render(user, request, response, {
      done: typeof done === 'string' ? DONE[done] : undefined,
    });
  }

  /**
   * Offer the house matching chose: placement picks the room and beds now and holds them. Its 409 (a bed
   * taken first, the house no longer fitting, the request no longer waiting) is shown with fresh matches.
   */
  @Post('offers')
  async offer(
    @CurrentUser() user: SignedInUser,
    @Param('requestId') requestId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const parsed = parseOfferForm(body ?? {});
    if (!parsed.ok) {
      return this.render(user, await this.load(user, requestId), response, { errors: [parsed.error] }, 400);
    }
    const houseName = oneHouseName(body);
    const answer = await this.services.call(
      user,
      'placement',
      'post',
      '/placement-requests/{requestId}/offers',
      { path: { requestId }, body: { houseId: parsed.houseId } },
    );
    if (answer.status === 201) return response.redirect(303, `/placement/requests/${requestId}?done=offered`);
    let error: FormError;
    if (answer.status === 409) error = offerRefusedBecause(answer.body, houseName);
    else if (answer.status === 400)
      error = {
        field: 'houseId',
        href: 'matches',
        text: `No offer was made: ${serviceMessageOf(answer.body)}`,
      };
    else throw unexpectedAnswer('placement', answer.status);
    // Reloaded: the matches must be the ones true now, not the page the coordinator was looking at.
    await this.render(user, await this.load(user, requestId), response, { errors: [error] }, answer.status);
  }

  @Post('withdraw')
  async withdraw(
    @CurrentUser() user: SignedInUser,
    @Param('requestId') requestId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const parsed = parseWithdrawForm(body ?? {});
    if (!parsed.ok) {
      return this.render(user, await this.load(user, requestId), response, { errors: [parsed.error] }, 400);
    }
    const answer = await this.services.call(
      user,
      'placement',
      'post',
      '/placement-requests/{requestId}/withdraw',
      { path: { requestId }, body: { reason: parsed.reason } },
    );
    if (answer.status === 200)
      return response.redirect(303, `/placement/requests/${requestId}?done=withdrawn`);
    if (answer.status !== 409 && answer.status !== 400) throw unexpectedAnswer('placement', answer.status);
    const error: FormError = {
      field: 'reason',
      href: 'reason',
      text: `The request was not withdrawn: ${serviceMessageOf(answer.body)}`,
    };
    await this.render(user, await this.load(user, requestId), response, { errors: [error] }, answer.status);
  }

  private async load(user: SignedInUser, requestId: string): Promise<PlacementRequestDetailAnswer> {
    if (!isUuid(requestId)) throw new NotFoundException('not a request id');
    const answer = await this.services.call(user, 'placement', 'get', '/placement-requests/{requestId}', {
      path: { requestId },
    });
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    return answer.body;
  }

  private async render(
    user: SignedInUser,
    request: PlacementRequestDetailAnswer,
    response: Response,
    extra: { errors?: FormError[]; done?: string; withdrawReason?: string },
    status = 200,
  ): Promise<void> {
    const actions = actionsOf(request);
    let matches: MatchesView | undefined;
    if (actions.canOffer) {
      const answer = await this.services.call(
        user,
        'placement',
        'get',
        '/placement-requests/{requestId}/matches',
        {
          path: { requestId: request.requestId },
        },
      );
      if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
      matches = matchesViewOf(answer.body);
    }
    const errors = formErrorsOf(extra.errors ?? []);
    this.pages.send(
      response,
      REQUEST_PAGE,
      {
        title: `Placement request for case ${journeyReference(request.journeyId)}`,
        user,
        navigation: 'placement-requests',
        errors,
        done: extra.done,
        requestId: request.requestId,
        urgency: urgencyTagOf(request.urgency),
        status: requestStatusTagOf(request.status),
        needsRows: requestNeedsRows(request),
        riskNotes: request.riskNotes,
        offers: offerLinesOf(request.offers),
        matches,
        ...actions,
        withdrawItems: withdrawItemsOf(extra.withdrawReason),
      },
      status,
    );
  }
}

/** The house's name the button carried, for the error message only (never trusted for anything else). */
function oneHouseName(body: FormBody): string | undefined {
  const name = typeof body?.houseName === 'string' ? body.houseName.trim() : '';
  return name === '' ? undefined : name.slice(0, 120);
}
