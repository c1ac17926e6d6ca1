import 'reflect-metadata';
import { startService } from '@waypoint/platform';
import { IdentificationModule } from './identification.module';

void startService({ service: 'identification', module: IdentificationModule }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
