import { Body, Controller, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
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
  type HouseAnswer,
  type SignedInUser,
} from '../../kit';
import {
  houseChoicesOf,
  houseErrorsFromService,
  parseHouseDetails,
  parseNewHouse,
  roomRowsOf,
  typedHouseDetailsOf,
  type TypedHouseDetails,
  type TypedRoom,
} from './house-form';

const DETAILS_PAGE = templateBeside(__dirname, 'house-details');

/**
 * Safe-house staff keep their provider's directory: add a house with its rooms and beds, correct a house's
 * details and address. Registered before MyHousesController, so `new` is not taken for a house id.
 */
@ConsolePage('safe-house-staff')
@Controller('safe-house/houses')
export class HouseDetailsController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get('new')
  newHouse(@CurrentUser() user: SignedInUser, @Res() response: Response): void {
    this.renderNew(user, response, {});
  }

  /** Placement's 400 (a house name the provider has already, a repeated room) against the question it names. */
  @Post('new')
  async addHouse(
    @CurrentUser() user: SignedInUser,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const parsed = parseNewHouse(body ?? {});
    if (!parsed.ok) {
      return this.renderNew(
        user,
        response,
        { errors: parsed.errors, typed: parsed.typed, rooms: parsed.rooms },
        400,
      );
    }
    const answer = await this.services.call(user, 'placement', 'post', '/houses', { body: parsed.body });
    if (answer.status === 201) {
      return response.redirect(
        303,
        `/safe-house/houses/${encodeURIComponent(answer.body.houseId)}?done=house-added`,
      );
    }
    if (answer.status !== 400) throw unexpectedAnswer('placement', answer.status);
    const errors = houseErrorsFromService(answer.body.errors, parsed.rowsSent);
    this.renderNew(
      user,
      response,
      {
        errors: errors.length
          ? errors
          : [{ field: 'name', href: 'name', text: serviceMessageOf(answer.body) }],
        typed: parsed.typed,
        rooms: parsed.rooms,
      },
      400,
    );
  }

  /** Prefilled from the house and its address: placement records the address read, as for "Show address". */
  @Get(':houseId/edit')
  async editHouse(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(houseId)) throw new NotFoundException('not a house id');
    const [house, address] = await Promise.all([
      this.services.call(user, 'placement', 'get', '/houses/{houseId}', { path: { houseId } }),
      this.services.call(user, 'placement', 'get', '/houses/{houseId}/address', { path: { houseId } }),
    ]);
    if (house.status !== 200) throw unexpectedAnswer('placement', house.status);
    if (address.status !== 200) throw unexpectedAnswer('placement', address.status);
    this.renderEdit(user, house.body, response, { typed: typedHouseDetailsOf(house.body, address.body) });
  }

  @Post(':houseId/edit')
  async updateHouse(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(houseId)) throw new NotFoundException('not a house id');
    const house = await this.services.call(user, 'placement', 'get', '/houses/{houseId}', {
      path: { houseId },
    });
    if (house.status !== 200) throw unexpectedAnswer('placement', house.status);
    const parsed = parseHouseDetails(body ?? {}, house.body.languages);
    if (!parsed.ok) {
      return this.renderEdit(user, house.body, response, { errors: parsed.errors, typed: parsed.typed }, 400);
    }
    const answer = await this.services.call(user, 'placement', 'put', '/houses/{houseId}', {
      path: { houseId },
      body: parsed.body,
    });
    if (answer.status === 200) {
      return response.redirect(303, `/safe-house/houses/${houseId}?done=details-changed`);
    }
    if (answer.status !== 400) throw unexpectedAnswer('placement', answer.status);
    const errors = houseErrorsFromService(answer.body.errors);
    this.renderEdit(
      user,
      house.body,
      response,
      {
        errors: errors.length
          ? errors
          : [{ field: 'name', href: 'name', text: serviceMessageOf(answer.body) }],
        typed: parsed.typed,
      },
      400,
    );
  }

  private renderNew(
    user: SignedInUser,
    response: Response,
    extra: { errors?: FormError[]; typed?: TypedHouseDetails; rooms?: TypedRoom[] },
    status = 200,
  ): void {
    this.pages.send(
      response,
      DETAILS_PAGE,
      {
        title: 'Add a house',
        user,
        navigation: 'houses',
        action: '/safe-house/houses/new',
        submit: 'Add house',
        errors: formErrorsOf(extra.errors ?? []),
        typed: extra.typed ?? {},
        choices: houseChoicesOf(extra.typed),
        rooms: roomRowsOf(extra.rooms),
      },
      status,
    );
  }

  private renderEdit(
    user: SignedInUser,
    house: HouseAnswer,
    response: Response,
    extra: { errors?: FormError[]; typed: TypedHouseDetails },
    status = 200,
  ): void {
    this.pages.send(
      response,
      DETAILS_PAGE,
      {
        title: 'Change house details',
        user,
        navigation: 'houses',
        houseId: house.houseId,
        houseName: house.name,
        action: `/safe-house/houses/${house.houseId}/edit`,
        submit: 'Save changes',
        errors: formErrorsOf(extra.errors ?? []),
        typed: extra.typed,
        choices: houseChoicesOf(extra.typed, house.languages),
      },
      status,
    );
  }
}
