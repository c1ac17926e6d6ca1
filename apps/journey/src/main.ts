import 'reflect-metadata';
import { CONSUMER_GROUPS, TOPICS } from '@waypoint/contracts';
import { startService } from '@waypoint/platform';
import { JourneyModule } from './journey.module';

void startService({
  service: 'journey',
  module: JourneyModule,
  consumes: {
    group: CONSUMER_GROUPS.journey,
    topics: [TOPICS.identification, TOPICS.referral, TOPICS.placement],
  },
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
