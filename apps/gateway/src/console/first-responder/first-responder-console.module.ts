import { Module } from '@nestjs/common';
import { CasePageController } from './case/case.controller';
import { MyCasesController } from './my-cases/my-cases.controller';
import { RecordIdentificationController } from './record-identification/record-identification.controller';
import { RequestPlacementController } from './request-placement/request-placement.controller';

/** A first responder's pages: their agency's cases, recording an identification, each case, and asking for a place for one. */
@Module({
  controllers: [
    MyCasesController,
    RecordIdentificationController,
    CasePageController,
    RequestPlacementController,
  ],
})
export class FirstResponderConsoleModule {}
