import 'reflect-metadata';
import { CONSUMER_GROUPS, TOPICS } from '@waypoint/contracts';
import { startService } from '@waypoint/platform';
import { ReferralEnvironment } from './referral-environment';
import { ReferralModule } from './referral.module';

void startService({
  service: 'referral',
  module: ReferralModule,
  environment: ReferralEnvironment,
  consumes: { group: CONSUMER_GROUPS.referral, topics: [TOPICS.identification] },
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
