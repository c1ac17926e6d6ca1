import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { PreparedInfrastructure } from './environment';
import { LOCAL_DIR, REPO_ROOT, SERVICES, type ServiceName } from './profiles';

export interface RunningService {
  service: ServiceName;
  url: string;
  process: ChildProcess;
  logFile: string;
}

export interface RunningMesh {
  services: Record<ServiceName, RunningService>;
  stop(): Promise<void>;
}

/**
 * V8 sizes its young generation for throughput, not footprint; a 4 MB semi-space keeps each
 * service's RSS near its live heap with no measurable throughput loss (see the benchmark notes),
 * and the old-space cap turns a leak into a visible crash rather than a slow swap.
 * Source maps are left off: they cost ~20 MB per process and double the cost of each throw.
 */
export const SERVICE_NODE_FLAGS = process.env.WAYPOINT_SERVICE_NODE_FLAGS?.split(' ') ?? [
  '--max-semi-space-size=4',
  '--max-old-space-size=128',
];

export function entryPointOf(service: ServiceName): string {
  return path.join(REPO_ROOT, 'dist', 'apps', service, 'src', 'main.js');
}

/** The environment a service process gets; the same variables a container or a cluster would set. */
export function serviceEnvironment(infra: PreparedInfrastructure, service: ServiceName): NodeJS.ProcessEnv {
  const database = infra.databases.find((spec) => spec.service === service)!;
  if (service === 'gateway') return gatewayEnvironment(infra, database.url);
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(infra.profile.ports[service]),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    KAFKA_BROKERS: infra.brokers,
    AUTH_PUBLIC_KEY_PATH: infra.keys.publicKeyPath,
    LOG_LEVEL: process.env.WAYPOINT_LOG_LEVEL ?? 'log',
    // Only identification holds personal details, so only it is given the key that opens them.
    ...(service === 'identification'
      ? { PERSONAL_DATA_MASTER_KEY_PATH: infra.keys.personalDataMasterKeyPath }
      : {}),
    // Placement seals house addresses and risk notes under its own key.
    ...(service === 'placement' ? { PLACEMENT_SEALING_KEY_PATH: infra.keys.placementSealingKeyPath } : {}),
  };
}

/**
 * The gateway has no Kafka; it alone gets the private key that signs service tokens, and it
 * reaches the services at their base URLs.
 */
function gatewayEnvironment(infra: PreparedInfrastructure, databaseUrl: string): NodeJS.ProcessEnv {
  const urlOf = (service: ServiceName) => `http://127.0.0.1:${infra.profile.ports[service]}`;
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(infra.profile.ports.gateway),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    AUTH_PRIVATE_KEY_PATH: infra.keys.privateKeyPath,
    AUTH_PUBLIC_KEY_PATH: infra.keys.publicKeyPath,
    IDENTIFICATION_URL: urlOf('identification'),
    REFERRAL_URL: urlOf('referral'),
    JOURNEY_URL: urlOf('journey'),
    PLACEMENT_URL: urlOf('placement'),
    LOG_LEVEL: process.env.WAYPOINT_LOG_LEVEL ?? 'log',
  };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs} ms; see ${logFile}`);
}

/** Starts every service from the build output, waits until each reports healthy. */
export async function startMesh(
  infra: PreparedInfrastructure,
  options: { echo?: boolean; only?: ServiceName[] } = {},
): Promise<RunningMesh> {
  const missing = SERVICES.filter((service) => !existsSync(entryPointOf(service)));
  if (missing.length > 0) throw new Error(`not built: ${missing.join(', ')}; run npm run build`);
  const logDir = path.join(LOCAL_DIR, 'logs');
  mkdirSync(logDir, { recursive: true });
  const services = {} as Record<ServiceName, RunningService>;
  for (const service of options.only ?? SERVICES) {
    const logFile = path.join(logDir, `${infra.profile.broker.name}-${service}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const profiling = process.env.WAYPOINT_CPU_PROFILE_DIR
      ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.WAYPOINT_CPU_PROFILE_DIR}`]
      : [];
    const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...profiling, entryPointOf(service)], {
      cwd: REPO_ROOT,
      env: serviceEnvironment(infra, service),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log, { end: false });
      if (options.echo)
        stream.on('data', (chunk: Buffer) => process.stdout.write(prefixLines(service, chunk)));
    }
    services[service] = {
      service,
      url: `http://127.0.0.1:${infra.profile.ports[service]}`,
      process: child,
      logFile,
    };
  }
  const mesh: RunningMesh = { services, stop: () => stopMesh(Object.values(services)) };
  try {
    await Promise.all(Object.values(services).map((s) => waitForHealth(s.url, s.process, s.logFile, 60_000)));
  } catch (error) {
    await mesh.stop();
    throw error;
  }
  return mesh;
}

export async function stopService(running: RunningService, timeoutMs = 20_000): Promise<void> {
  const child = running.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

async function stopMesh(services: RunningService[]): Promise<void> {
  await Promise.all(services.map((service) => stopService(service)));
}

function prefixLines(service: string, chunk: Buffer): string {
  return chunk
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => `${service.padEnd(14)}| ${line}\n`)
    .join('');
}
