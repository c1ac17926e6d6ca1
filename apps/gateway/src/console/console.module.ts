import { Module } from '@nestjs/common';
import { PageRenderer } from '../web/page-renderer';
import { CasePageController } from './case-page/case-page.controller';
import { HomeController } from './home/home.controller';
import { MyCasesController } from './my-cases/my-cases.controller';
import { RecordIdentificationController } from './record-identification/record-identification.controller';
import { SignInController } from './sign-in/sign-in.controller';

/** The web console: server-rendered GOV.UK pages over the services, through the signed-in user's session. */
@Module({
  controllers: [
    SignInController,
    HomeController,
    MyCasesController,
    RecordIdentificationController,
    CasePageController,
  ],
  providers: [PageRenderer],
})
export class ConsoleModule {}
