import 'reflect-metadata';
import { CONSUMER_GROUPS, TOPICS } from '@waypoint/contracts';
import { startService } from '@waypoint/platform';
import { IdentificationEnvironment } from './identification-environment';
import { IdentificationModule } from './identification.module';

void startService({
  service: 'identification',
  module: IdentificationModule,
  environment: IdentificationEnvironment,
  // Placement's events say which provider looks after the survivor, and so may open their details.
  consumes: { group: CONSUMER_GROUPS.identification, topics: [TOPICS.placement] },
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
