import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  bedCountCellsOf,
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  houseDetailsRows,
  isUuid,
  outOfServiceLinesOf,
  PageRenderer,
  roomsOf,
  templateBeside,
  unexpectedAnswer,
  type SignedInUser,
} from '../../kit';
import { fittingRowsOf, vacancyBoardOf } from './vacancies.view-model';

const BOARD_PAGE = templateBeside(__dirname, 'vacancies');
const HOUSE_PAGE = templateBeside(__dirname, 'vacancy-house');

@ConsolePage('placement-coordinator')
@Controller('placement/vacancies')
export class VacanciesController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async board(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    const answer = await this.services.call(user, 'placement', 'get', '/houses');
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    this.pages.send(response, BOARD_PAGE, {
      title: 'Vacancies',
      user,
      navigation: 'vacancies',
      providers: vacancyBoardOf(answer.body.houses),
      total: bedCountCellsOf(answer.body.bedCounts),
    });
  }

  /** A house's beds by state, and the waiting requests it could take now, in the order to offer. */
  @Get(':houseId')
  async house(
    @CurrentUser() user: SignedInUser,
    @Param('houseId') houseId: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!isUuid(houseId)) throw new NotFoundException('not a house id');
    const [house, fitting, queue] = await Promise.all([
      this.services.call(user, 'placement', 'get', '/houses/{houseId}', { path: { houseId } }),
      this.services.call(user, 'placement', 'get', '/houses/{houseId}/fitting-requests', {
        path: { houseId },
      }),
      this.services.call(user, 'placement', 'get', '/placement-requests', { query: { status: 'waiting' } }),
    ]);
    if (house.status !== 200) throw unexpectedAnswer('placement', house.status);
    if (fitting.status !== 200) throw unexpectedAnswer('placement', fitting.status);
    if (queue.status !== 200) throw unexpectedAnswer('placement', queue.status);
    this.pages.send(response, HOUSE_PAGE, {
      title: house.body.name,
      user,
      navigation: 'vacancies',
      details: houseDetailsRows(house.body),
      counts: bedCountCellsOf(house.body.bedCounts),
      rooms: roomsOf(house.body),
      outOfService: outOfServiceLinesOf(house.body),
      fitting: fittingRowsOf(fitting.body.requests, queue.body.requests, new Date()),
    });
  }
}
