import { Module } from '@nestjs/common';
import { FirstResponderConsoleModule } from './first-responder/first-responder-console.module';
import { ConsoleKitModule } from './kit/console-kit.module';
import { PlacementCoordinatorConsoleModule } from './placement-coordinator/placement-coordinator-console.module';
import { SafeHouseConsoleModule } from './safe-house/safe-house-console.module';

/**
 * The web console: server-rendered GOV.UK pages over the services, through the signed-in user's
 * session. The kit serves every role (sign-in, home, rendering); each role's pages are a module of
 * their own over it.
 */
@Module({
  imports: [
    ConsoleKitModule,
    FirstResponderConsoleModule,
    PlacementCoordinatorConsoleModule,
    SafeHouseConsoleModule,
  ],
})
export class ConsoleModule {}
