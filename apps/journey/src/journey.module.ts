import { Module } from '@nestjs/common';
import { PlatformModule } from '@waypoint/platform';
import { journeyDataSourceOptions } from './database';
import { JourneyRepository } from './project-timeline/journey.repository';
import { ProjectTimelineHandler } from './project-timeline/project-timeline.handler';
import { ViewJourneyController } from './view-journey/view-journey.controller';

@Module({
  imports: [PlatformModule.forService({ service: 'journey', dataSourceOptions: journeyDataSourceOptions })],
  controllers: [ProjectTimelineHandler, ViewJourneyController],
  providers: [JourneyRepository],
})
export class JourneyModule {}
