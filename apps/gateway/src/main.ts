import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadEnvironment } from '@waypoint/platform';
import { createGateway } from './gateway-app';
import { GatewayEnvironment } from './gateway-environment';

async function main(): Promise<void> {
  const env = loadEnvironment(GatewayEnvironment);
  const app = await createGateway();
  await app.listen(env.PORT, env.HOST);
  new Logger('gateway').log(`listening on http://${env.HOST}:${env.PORT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
