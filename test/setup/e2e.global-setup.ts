import { provideTestInfrastructure } from './test-infrastructure';

// The mesh itself is started per test file (test/support/mesh.ts), so it never runs while the
// integration tier uses the same broker.
export default async function e2eGlobalSetup(): Promise<void> {
  await provideTestInfrastructure();
}
