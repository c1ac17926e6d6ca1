import { Global, Module } from '@nestjs/common';
import { HomeController } from './home/home.controller';
import { PageRenderer } from './rendering/page-renderer';
import { ConsoleServices } from './service-calls';
import { SignInController } from './sign-in/sign-in.controller';

/** Pages every role has (sign-in, home) and what every role's pages are built with. */
@Global()
@Module({
  controllers: [SignInController, HomeController],
  providers: [PageRenderer, ConsoleServices],
  exports: [PageRenderer, ConsoleServices],
})
export class ConsoleKitModule {}
