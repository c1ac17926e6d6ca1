import { Module } from '@nestjs/common';
import { WorkingDayCalendar } from '@waypoint/calendar';
import { PlatformModule } from '@waypoint/platform';
import { referralDataSourceOptions } from './database';
import { nrmCaseContextProvider } from './nrm-case-context';
import { ReferralEnvironment } from './referral-environment';
import { ReferralRepository } from './referral.repository';
import { RecordNrmDecisionController } from './record-nrm-decision/record-nrm-decision.controller';
import { RecordNrmDecision } from './record-nrm-decision/record-nrm-decision.service';
import { OpenReferralHandler } from './open-referral/open-referral.handler';
import { ListReferralsController } from './list-referrals/list-referrals.controller';
import { ViewReferralController } from './view-referral/view-referral.controller';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'referral',
      dataSourceOptions: referralDataSourceOptions,
      scheduledEvents: true,
      environment: ReferralEnvironment,
    }),
  ],
  controllers: [
    OpenReferralHandler,
    ListReferralsController,
    ViewReferralController,
    RecordNrmDecisionController,
  ],
  providers: [
    ReferralRepository,
    RecordNrmDecision,
    nrmCaseContextProvider,
    { provide: WorkingDayCalendar, useFactory: () => WorkingDayCalendar.forDivision('england-and-wales') },
  ],
})
export class ReferralModule {}
