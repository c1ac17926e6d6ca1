import { Module } from '@nestjs/common';
import { CasePageController } from './case/case.controller';
import { MyCasesController } from './my-cases/my-cases.controller';
import { RecordIdentificationController } from './record-identification/record-identification.controller';

/** A first responder's pages: their agency's cases, recording an identification, and each case. */
@Module({
  controllers: [MyCasesController, RecordIdentificationController, CasePageController],
})
export class FirstResponderConsoleModule {}
