import 'reflect-metadata';
import { startService } from '@waypoint/platform';
import { IdentificationEnvironment } from './identification-environment';
import { IdentificationModule } from './identification.module';

void startService({
  service: 'identification',
  module: IdentificationModule,
  environment: IdentificationEnvironment,
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
