import { Module } from '@nestjs/common';
import { WorkingDayCalendar } from '@waypoint/calendar';
import { PlatformModule } from '@waypoint/platform';
import { referralDataSourceOptions } from './database';
import { ReferralRepository } from './referral.repository';
import { OpenReferralHandler } from './open-referral/open-referral.handler';
import { ViewReferralController } from './view-referral/view-referral.controller';

@Module({
  imports: [PlatformModule.forService({ service: 'referral', dataSourceOptions: referralDataSourceOptions })],
  controllers: [OpenReferralHandler, ViewReferralController],
  providers: [
    ReferralRepository,
    { provide: WorkingDayCalendar, useFactory: () => WorkingDayCalendar.forDivision('england-and-wales') },
  ],
})
export class ReferralModule {}
