import { readFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { WorkingDayCalendar } from '@waypoint/calendar';
import { PlatformModule, SERVICE_ENVIRONMENT } from '@waypoint/platform';
import { identificationDataSourceOptions } from './database';
import { IdentificationEnvironment } from './identification-environment';
import { GiveConsentController } from './give-consent/give-consent.controller';
import { GiveConsent } from './give-consent/give-consent.service';
import { IdentificationRepository } from './identification.repository';
import { ListIdentificationsController } from './list-identifications/list-identifications.controller';
import { PersonalDataCipher } from './personal-data/personal-data-cipher';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { PersonalDataService } from './personal-data/personal-data.service';
import { RecordIdentificationController } from './record-identification/record-identification.controller';
import { RecordIdentification } from './record-identification/record-identification.service';
import { ViewIdentificationController } from './view-identification/view-identification.controller';
import { PlacementAccessHandler } from './placement-access/placement-access.handler';
import { PlacementAccessRepository } from './placement-access/placement-access.repository';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'identification',
      dataSourceOptions: identificationDataSourceOptions,
      environment: IdentificationEnvironment,
      scheduledEvents: true,
    }),
  ],
  controllers: [
    RecordIdentificationController,
    ListIdentificationsController,
    ViewIdentificationController,
    PersonalDataController,
    GiveConsentController,
    PlacementAccessHandler,
  ],
  providers: [
    RecordIdentification,
    IdentificationRepository,
    PersonalDataService,
    GiveConsent,
    PlacementAccessRepository,
    { provide: WorkingDayCalendar, useFactory: () => WorkingDayCalendar.forDivision('england-and-wales') },
    {
      provide: PersonalDataCipher,
      inject: [SERVICE_ENVIRONMENT],
      useFactory: (env: IdentificationEnvironment) =>
        PersonalDataCipher.fromBase64(readFileSync(env.PERSONAL_DATA_MASTER_KEY_PATH, 'utf8')),
    },
  ],
})
export class IdentificationModule {}
