import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { buildOpenApiDocument, HealthController, OpenApiController } from '@waypoint/platform';
import { RecordIdentificationController } from '../apps/identification/src/record-identification/record-identification.controller';
import { ViewIdentificationController } from '../apps/identification/src/view-identification/view-identification.controller';
import { PersonalDataController } from '../apps/identification/src/personal-data/personal-data.controller';
import { GiveConsentController } from '../apps/identification/src/give-consent/give-consent.controller';
import { ViewReferralController } from '../apps/referral/src/view-referral/view-referral.controller';
import { RecordNrmDecisionController } from '../apps/referral/src/record-nrm-decision/record-nrm-decision.controller';
import { ViewJourneyController } from '../apps/journey/src/view-journey/view-journey.controller';

@Module({ controllers: [HealthController, OpenApiController, RecordIdentificationController, ViewIdentificationController, PersonalDataController, GiveConsentController, ViewReferralController, RecordNrmDecisionController, ViewJourneyController] })
class M {}
it('dumps', async () => {
  const mod = await Test.createTestingModule({ imports: [M] }).useMocker(() => ({})).compile();
  const app = mod.createNestApplication();
  writeFileSync('/tmp/oa3/doc.json', JSON.stringify(buildOpenApiDocument(app, { title: 't' }), null, 1));
});
