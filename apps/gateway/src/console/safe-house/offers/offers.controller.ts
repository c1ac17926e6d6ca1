import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  formErrorsOf,
  isUuid,
  PageRenderer,
  serviceMessageOf,
  templateBeside,
  unexpectedAnswer,
  type FormBody,
  type FormError,
  type SignedInUser,
} from '../../kit';
import { offerCardsOf, offerField, parseDeclineForm } from './offers.view-model';

const OFFERS_PAGE = templateBeside(__dirname, 'offers');

const DONE: Record<string, string> = {
  accepted: 'Offer accepted. The beds stay held for the arrival: it is under Expected arrivals.',
  declined: 'Offer declined. The beds are free and the request waits for another place.',
};

@ConsolePage('safe-house-staff')
@Controller('safe-house/offers')
export class IncomingOffersController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async offers(
    @CurrentUser() user: SignedInUser,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(user, response, { done: typeof done === 'string' ? DONE[done] : undefined });
  }

  @Post(':offerId/accept')
  async accept(
    @CurrentUser() user: SignedInUser,
    @Param('offerId') offerId: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(offerId)) throw new NotFoundException('not an offer id');
    const answer = await this.services.call(user, 'placement', 'post', '/offers/{offerId}/accept', {
      path: { offerId },
    });
    if (answer.status === 200) return response.redirect(303, '/safe-house/offers?done=accepted');
    if (answer.status !== 409) throw unexpectedAnswer('placement', answer.status);
    await this.render(user, response, { errors: [notNow(answer.body, 'accepted')] }, 409);
  }

  @Post(':offerId/decline')
  async decline(
    @CurrentUser() user: SignedInUser,
    @Param('offerId') offerId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(offerId)) throw new NotFoundException('not an offer id');
    const parsed = parseDeclineForm(body ?? {}, offerId);
    if (!parsed.ok) return this.render(user, response, { errors: [parsed.error] }, 400);
    const answer = await this.services.call(user, 'placement', 'post', '/offers/{offerId}/decline', {
      path: { offerId },
      body: { reason: parsed.reason },
    });
    if (answer.status === 200) return response.redirect(303, '/safe-house/offers?done=declined');
    if (answer.status === 400) {
      const error: FormError = {
        field: offerField(offerId, 'reason'),
        href: offerField(offerId, 'reason'),
        text: serviceMessageOf(answer.body),
      };
      return this.render(user, response, { errors: [error] }, 400);
    }
    if (answer.status !== 409) throw unexpectedAnswer('placement', answer.status);
    await this.render(user, response, { errors: [notNow(answer.body, 'declined')] }, 409);
  }

  private async render(
    user: SignedInUser,
    response: Response,
    extra: { errors?: FormError[]; done?: string },
    status = 200,
  ): Promise<void> {
    const answer = await this.services.call(user, 'placement', 'get', '/offers', {
      query: { status: 'held' },
    });
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    this.pages.send(
      response,
      OFFERS_PAGE,
      {
        title: 'Incoming offers',
        user,
        navigation: 'offers',
        errors: formErrorsOf(extra.errors ?? []),
        done: extra.done,
        offers: offerCardsOf(answer.body.offers),
      },
      status,
    );
  }
}

/** The hold expired or the offer was answered or withdrawn meanwhile: the page shows what is held now. */
function notNow(body: { message: string | string[] }, verb: string): FormError {
  return {
    field: 'offers',
    href: 'incoming-offers',
    text: `The offer could not be ${verb}: ${serviceMessageOf(body)}. It is no longer waiting for your answer.`,
  };
}
