import { startMesh, type RunningMesh } from '../../infra/src/mesh';
import { testInfrastructure } from './test-environment';

/** Starts the built services for this test file and stops them after it. */
export function useMesh(): () => RunningMesh {
  let mesh: RunningMesh | undefined;
  beforeAll(async () => {
    mesh = await startMesh(testInfrastructure());
  });
  afterAll(async () => {
    await mesh?.stop();
  });
  return () => {
    if (!mesh) throw new Error('the mesh is not running');
    return mesh;
  };
}

export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `${what} not reached within ${timeoutMs} ms${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
  );
}
