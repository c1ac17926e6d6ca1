import 'reflect-metadata';
import { CONSUMER_GROUPS, TOPICS } from '@waypoint/contracts';
import { startService } from '@waypoint/platform';
import { PlacementEnvironment } from './placement-environment';
import { PlacementModule } from './placement.module';

void startService({
  service: 'placement',
  module: PlacementModule,
  environment: PlacementEnvironment,
  consumes: { group: CONSUMER_GROUPS.placement, topics: [TOPICS.identification, TOPICS.referral] },
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
