import { Module } from '@nestjs/common';
import { PlatformModule } from '@waypoint/platform';
import { placementDataSourceOptions } from './database';
import { DirectoryController } from './directory/directory.controller';
import { DirectoryRepository } from './directory/directory.repository';
import { DirectoryService } from './directory/directory.service';
import { JourneyKnowledgeHandler } from './journeys/journey-knowledge.handler';
import { JourneyKnowledgeRepository } from './journeys/journey-knowledge.repository';
import { releaseExpiredHolds } from './offers/hold-expiry';
import { OffersController, WaitingListController } from './offers/offers.controller';
import { OffersRepository } from './offers/offers.repository';
import { OffersService } from './offers/offers.service';
import { PlacementEnvironment } from './placement-environment';
import { RequestsController } from './requests/requests.controller';
import { RequestsRepository } from './requests/requests.repository';
import { RequestsService } from './requests/requests.service';
import { placementSealingProvider } from './sealing/placement-sealing';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'placement',
      dataSourceOptions: placementDataSourceOptions,
      // Holds expire by durable timer; expiring frees the beds in the timer's own transaction.
      scheduledEvents: { effects: releaseExpiredHolds },
      environment: PlacementEnvironment,
    }),
  ],
  controllers: [
    JourneyKnowledgeHandler,
    DirectoryController,
    WaitingListController,
    RequestsController,
    OffersController,
  ],
  providers: [
    placementSealingProvider,
    DirectoryRepository,
    DirectoryService,
    JourneyKnowledgeRepository,
    RequestsRepository,
    RequestsService,
    OffersRepository,
    OffersService,
  ],
})
export class PlacementModule {}
