import { Module } from '@nestjs/common';
import { PlacementRequestController } from './placement-request/placement-request.controller';
import { RequestsQueueController } from './requests-queue/requests-queue.controller';
import { VacanciesController } from './vacancies/vacancies.controller';

/** A placement coordinator's pages: the requests queue, each request with its matches, and the vacancy board. */
@Module({
  controllers: [RequestsQueueController, PlacementRequestController, VacanciesController],
})
export class PlacementCoordinatorConsoleModule {}
