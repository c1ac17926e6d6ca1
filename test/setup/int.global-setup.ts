import { provideTestInfrastructure } from './test-infrastructure';

export default async function intGlobalSetup(): Promise<void> {
  await provideTestInfrastructure();
}
