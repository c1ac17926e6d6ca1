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
  houseDetailsRows,
  isUuid,
  outOfServiceLinesOf,
  PageRenderer,
  roomsOf,
  serviceMessageOf,
  bedCountCellsOf,
  templateBeside,
  unexpectedAnswer,
  type FormBody,
  type FormError,
  type HouseAnswer,
  type SignedInUser,
  type TypedDate,
} from '../../kit';
import { addBedErrorsFromService, addBedFormOf, parseAddBed, type TypedBed } from './house-form';
import {
  myHouseRowsOf,
  outOfServiceFormOf,
  parseEndOutOfServiceForm,
  parseOutOfServiceForm,
  type TypedOutOfService,
} from './my-houses.view-model';

const MY_HOUSES_PAGE = templateBeside(__dirname, 'my-houses');
const HOUSE_PAGE = templateBeside(__dirname, 'house');
const ADDRESS_PAGE = templateBeside(__dirname, 'house-address');

const DONE: Record<string, string> = {
  'out-of-service': 'The bed is out of service for the period.',
  'back-in-service': 'The last day out of service is set.',
  'house-added': 'The house is added. Its beds are free to offer.',
  'details-changed': 'The house’s details are saved.',
  'bed-added': 'The bed is added. It is free to offer.',
};

@ConsolePage('safe-house-staff')
@Controller('safe-house/houses')
export class MyHousesController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async myHouses(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    const answer = await this.services.call(user, 'placement', 'get', '/houses');
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    this.pages.send(response, MY_HOUSES_PAGE, {
      title: 'My houses',
      user,
      navigation: 'houses',
      rows: myHouseRowsOf(answer.body.houses),
      total: bedCountCellsOf(answer.body.bedCounts),
    });
  }

  @Get(':houseId')
  async house(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const house = await this.load(user, houseId);
    this.render(user, house, response, { done: typeof done === 'string' ? DONE[done] : undefined });
  }

  /** The address, on its own page behind a link: placement audits every read, so it is never read by the way. */
  @Get(':houseId/address')
  async address(
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
    const { line1, line2, town, postcode } = address.body;
    this.pages.send(response, ADDRESS_PAGE, {
      title: `Address of ${house.body.name}`,
      user,
      navigation: 'houses',
      houseId,
      lines: [line1, line2, town, postcode].filter((line): line is string => Boolean(line)),
    });
  }

  /** A bed for a room of the house, or for a new room: placement adds the room when none has the name. */
  @Post(':houseId/beds')
  async addBed(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const house = await this.load(user, houseId);
    const parsed = parseAddBed(body ?? {}, house);
    if (!parsed.ok)
      return this.render(user, house, response, { errors: parsed.errors, bed: parsed.typed }, 400);
    const answer = await this.services.call(user, 'placement', 'post', '/houses/{houseId}/beds', {
      path: { houseId },
      body: parsed.body,
    });
    if (answer.status === 201) return response.redirect(303, `/safe-house/houses/${houseId}?done=bed-added`);
    if (answer.status !== 400) throw unexpectedAnswer('placement', answer.status);
    const errors = addBedErrorsFromService(answer.body.errors, parsed.typed);
    this.render(
      user,
      house,
      response,
      {
        errors: errors.length
          ? errors
          : [{ field: 'bedRoom', href: 'add-bed', text: serviceMessageOf(answer.body) }],
        bed: parsed.typed,
      },
      400,
    );
  }

  @Post(':houseId/out-of-service')
  async takeOutOfService(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const house = await this.load(user, houseId);
    const parsed = parseOutOfServiceForm(body ?? {}, house);
    if (!parsed.ok)
      return this.render(user, house, response, { errors: parsed.errors, typed: parsed.typed }, 400);
    const answer = await this.services.call(user, 'placement', 'post', '/houses/{houseId}/out-of-service', {
      path: { houseId },
      body: parsed.body,
    });
    if (answer.status === 201) {
      return response.redirect(303, `/safe-house/houses/${houseId}?done=out-of-service`);
    }
    if (answer.status !== 400) throw unexpectedAnswer('placement', answer.status);
    const errors = errorsFromService(
      answer.body.errors,
      {
        bedId: { field: 'bedId', href: 'bedId' },
        from: { field: 'from', href: 'from-day' },
        until: { field: 'until', href: 'until-day' },
        reason: { field: 'reason', href: 'reason' },
      },
      { field: 'bedId', href: 'out-of-service-form' },
    );
    this.render(
      user,
      house,
      response,
      {
        errors: errors.length
          ? errors
          : [{ field: 'bedId', href: 'out-of-service-form', text: serviceMessageOf(answer.body) }],
        typed: parsed.typed,
      },
      400,
    );
  }

  @Post(':houseId/out-of-service/:periodId/end')
  async endOutOfService(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Param('periodId') periodId: string,
    @Body() body: FormBody,
    @Res() response: Response,
  ): Promise<void> {
    const house = await this.load(user, houseId);
    if (!isUuid(periodId)) throw new NotFoundException('not a period id');
    const parsed = parseEndOutOfServiceForm(body ?? {}, periodId);
    if (!parsed.ok) {
      return this.render(
        user,
        house,
        response,
        { errors: [parsed.error], ending: { periodId, typed: parsed.typed } },
        400,
      );
    }
    const answer = await this.services.call(
      user,
      'placement',
      'post',
      '/houses/{houseId}/out-of-service/{periodId}/end',
      { path: { houseId, periodId }, body: { until: parsed.until } },
    );
    if (answer.status === 200) {
      return response.redirect(303, `/safe-house/houses/${houseId}?done=back-in-service`);
    }
    if (answer.status !== 400 && answer.status !== 409) throw unexpectedAnswer('placement', answer.status);
    const error: FormError = {
      field: `end-${periodId}`,
      href: `end-${periodId}-day`,
      text: `The period was not changed: ${serviceMessageOf(answer.body)}`,
    };
    this.render(user, await this.load(user, houseId), response, { errors: [error] }, answer.status);
  }

  private async load(user: SignedInUser, houseId: string): Promise<HouseAnswer> {
    if (!isUuid(houseId)) throw new NotFoundException('not a house id');
    const answer = await this.services.call(user, 'placement', 'get', '/houses/{houseId}', {
      path: { houseId },
    });
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    return answer.body;
  }

  private render(
    user: SignedInUser,
    house: HouseAnswer,
    response: Response,
    extra: {
      errors?: FormError[];
      typed?: TypedOutOfService;
      done?: string;
      ending?: { periodId: string; typed: TypedDate };
      bed?: TypedBed;
    },
    status = 200,
  ): void {
    const errors = formErrorsOf(extra.errors ?? []);
    this.pages.send(
      response,
      HOUSE_PAGE,
      {
        title: house.name,
        user,
        navigation: 'houses',
        houseId: house.houseId,
        errors,
        done: extra.done,
        details: houseDetailsRows(house),
        counts: bedCountCellsOf(house.bedCounts),
        rooms: roomsOf(house),
        outOfService: outOfServiceLinesOf(house),
        form: outOfServiceFormOf(house, extra.typed),
        ending: extra.ending,
        bedForm: addBedFormOf(house, extra.bed),
        example: exampleDateOf(londonDateOf(new Date())),
      },
      status,
    );
  }
}
