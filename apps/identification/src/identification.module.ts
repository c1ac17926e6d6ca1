import { Module } from '@nestjs/common';
import { PlatformModule } from '@waypoint/platform';
import { identificationDataSourceOptions } from './database';
import { IdentificationRepository } from './identification.repository';
import { RecordIdentificationController } from './record-identification/record-identification.controller';
import { RecordIdentification } from './record-identification/record-identification.service';
import { ViewIdentificationController } from './view-identification/view-identification.controller';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'identification',
      dataSourceOptions: identificationDataSourceOptions,
    }),
  ],
  controllers: [RecordIdentificationController, ViewIdentificationController],
  providers: [RecordIdentification, IdentificationRepository],
})
export class IdentificationModule {}
