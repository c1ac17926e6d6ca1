import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ConsolePage,
  ConsoleServices,
  CurrentUser,
  PageRenderer,
  templateBeside,
  unexpectedAnswer,
  type SignedInUser,
} from '../../kit';
import { queueRowsOf } from './requests-queue.view-model';

const QUEUE_PAGE = templateBeside(__dirname, 'requests-queue');

@ConsolePage('placement-coordinator')
@Controller('placement/requests')
export class RequestsQueueController {
  constructor(
    private readonly services: ConsoleServices,
    private readonly pages: PageRenderer,
  ) {}

  /** Requests still seeking a place (waiting, offered, accepted), as placement orders them. */
  @Get()
  async queue(@CurrentUser() user: SignedInUser, @Res() response: Response): Promise<void> {
    const answer = await this.services.call(user, 'placement', 'get', '/placement-requests');
    if (answer.status !== 200) throw unexpectedAnswer('placement', answer.status);
    const rows = queueRowsOf(answer.body.requests);
    this.pages.send(response, QUEUE_PAGE, {
      title: 'Placement requests',
      user,
      navigation: 'placement-requests',
      rows,
      waitingCount: answer.body.requests.filter((request) => request.status === 'waiting').length,
    });
  }
}
