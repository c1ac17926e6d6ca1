import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { londonDateOf } from '@waypoint/calendar';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  errorsFromService,
  exampleDateOf,
  formErrorsOf,
  isUuid,
  PageRenderer,
  serviceMessageOf,
  templateBeside,
  unexpectedAnswer,
  type FormBody,
  type FormError,
  type ServiceFieldProblem,
  type SignedInUser,
  type TypedDate,
} from '../../kit';
import {
  parseMoveInForm,
  parseMoveOutForm,
  stayCardsOf,
  stayField,
  type TypedMoveOut,
} from './stays.view-model';

const ARRIVALS_PAGE = templateBeside(__dirname, 'arrivals');
const RESIDENTS_PAGE = templateBeside(__dirname, 'residents');

type Refused = { offerId: string; date?: TypedDate; moveOut?: TypedMoveOut };

/** Accepted offers waiting for the arrival, and the residents of the provider's houses. */
@ConsolePage('safe-house-staff')
@Controller('safe-house')
export class StaysController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get('arrivals')
  async arrivals(
    @CurrentUser() user: SignedInUser,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.renderArrivals(user, response, {
      done: done === 'moved-in' ? 'Arrival recorded.' : undefined,
    });
  }

  @Get('residents')
  async residents(
    @CurrentUser() user: SignedInUser,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const message =
      done === 'moved-in'
        ? 'Arrival recorded. Their planned move-out follows the NRM decision.'
        : done === 'moved-out'
          ? 'Move-out recorded. The beds are free.'
          : undefined;
    await this.renderResidents(user, response, { done: message });
  }

  @Post('offers/:offerId/move-in')
  async moveIn(
    @CurrentUser() user: SignedInUser,
    @Param('offerId') offerId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(offerId)) throw new NotFoundException('not an offer id');
    const parsed = parseMoveInForm(body ?? {}, offerId, londonDateOf(new Date()));
    if (!parsed.ok) {
      return this.renderArrivals(
        user,
        response,
        { errors: parsed.errors, refused: { offerId, date: parsed.typed } },
        400,
      );
    }
    const answer = await this.services.call(user, 'placement', 'post', '/offers/{offerId}/move-in', {
      path: { offerId },
      body: { movedInOn: parsed.movedInOn },
    });
    if (answer.status === 200) return response.redirect(303, '/safe-house/residents?done=moved-in');
    if (answer.status !== 400 && answer.status !== 409) throw unexpectedAnswer('placement', answer.status);
    const errors =
      answer.status === 400 && 'errors' in answer.body
        ? this.fromService(answer.body.errors, offerId, { movedInOn: 'movedInOn-day' })
        : [
            stayError(
              offerId,
              'movedInOn',
              'movedInOn-day',
              `The arrival was not recorded: ${serviceMessageOf(answer.body)}`,
            ),
          ];
    await this.renderArrivals(user, response, { errors, refused: { offerId } }, answer.status);
  }

  @Post('offers/:offerId/move-out')
  async moveOut(
    @CurrentUser() user: SignedInUser,
    @Param('offerId') offerId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(offerId)) throw new NotFoundException('not an offer id');
    const parsed = parseMoveOutForm(body ?? {}, offerId, londonDateOf(new Date()));
    if (!parsed.ok) {
      return this.renderResidents(
        user,
        response,
        { errors: parsed.errors, refused: { offerId, moveOut: parsed.typed } },
        400,
      );
    }
    const answer = await this.services.call(user, 'placement', 'post', '/offers/{offerId}/move-out', {
      path: { offerId },
      body: parsed.body,
    });
    if (answer.status === 200) return response.redirect(303, '/safe-house/residents?done=moved-out');
    if (answer.status !== 400 && answer.status !== 409) throw unexpectedAnswer('placement', answer.status);
    const errors =
      answer.status === 400 && 'errors' in answer.body
        ? this.fromService(answer.body.errors, offerId, {
            movedOutOn: 'movedOutOn-day',
            reason: 'reason',
            destination: 'destination',
          })
        : [
            stayError(
              offerId,
              'movedOutOn',
              'movedOutOn-day',
              `The move-out was not recorded: ${serviceMessageOf(answer.body)}`,
            ),
          ];
    await this.renderResidents(user, response, { errors, refused: { offerId } }, answer.status);
  }

  /** Placement's 400 (a day before the offer or the move-in, say) against this stay's inputs. */
  private fromService(
    problems: readonly ServiceFieldProblem[],
    offerId: string,
    hrefs: Record<string, string>,
  ): FormError[] {
    const fields = Object.fromEntries(
      Object.entries(hrefs).map(([field, href]) => [
        field,
        { field: stayField(offerId, field), href: stayField(offerId, href) },
      ]),
    );
    const [first] = Object.keys(hrefs);
    return errorsFromService(problems, fields, fields[first]);
  }

  private async renderArrivals(
    user: SignedInUser,
    response: Response,
    extra: { errors?: FormError[]; done?: string; refused?: Refused },
    status = 200,
  ): Promise<void> {
    const answer = await this.services.call(user, 'placement', 'get', '/offers', {
      query: { status: 'accepted' },
    });
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    this.pages.send(
      response,
      ARRIVALS_PAGE,
      {
        title: 'Expected arrivals',
        user,
        navigation: 'arrivals',
        errors: formErrorsOf(extra.errors ?? []),
        done: extra.done,
        stays: stayCardsOf(answer.body.offers, extra.refused),
        example: exampleDateOf(londonDateOf(new Date())),
      },
      status,
    );
  }

  private async renderResidents(
    user: SignedInUser,
    response: Response,
    extra: { errors?: FormError[]; done?: string; refused?: Refused },
    status = 200,
  ): Promise<void> {
    const answer = await this.services.call(user, 'placement', 'get', '/offers', {
      query: { status: 'moved-in' },
    });
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    this.pages.send(
      response,
      RESIDENTS_PAGE,
      {
        title: 'Residents',
        user,
        navigation: 'residents',
        errors: formErrorsOf(extra.errors ?? []),
        done: extra.done,
        stays: stayCardsOf(answer.body.offers, extra.refused),
        example: exampleDateOf(londonDateOf(new Date())),
      },
      status,
    );
  }
}

function stayError(offerId: string, field: string, href: string, text: string): FormError {
  return { field: stayField(offerId, field), href: stayField(offerId, href), text };
}
