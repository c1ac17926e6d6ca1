import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';

export interface BrokerSpec {
  name: string;
  port: number;
  controllerPort: number;
}

export const DEV_BROKER: BrokerSpec = { name: 'dev', port: 19092, controllerPort: 19093 };
export const TEST_BROKER: BrokerSpec = { name: 'test', port: 29092, controllerPort: 29093 };

const execFileAsync = promisify(execFile);

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const POM_PATH = path.join(REPO_ROOT, 'infra', 'kafka', 'pom.xml');
const KAFKA_HOME = path.join(REPO_ROOT, '.local', 'kafka');
const JARS_MARKER = '.complete';
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 60_000;
const LOG_TAIL_LINES = 40;

export function brokersOf(spec: BrokerSpec): string {
  return `127.0.0.1:${spec.port}`;
}

// The pom is the single place that names the Kafka version; the libs dir is keyed by it so a
// version bump downloads a fresh classpath instead of mixing jars.
function kafkaVersion(): string {
  const match = /<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/.exec(fs.readFileSync(POM_PATH, 'utf8'));
  if (!match) throw new Error(`No <kafka.version> property in ${POM_PATH}`);
  return match[1];
}

let pendingJars: Promise<string> | undefined;

export async function ensureKafkaJars(): Promise<string> {
  const libsDir = path.join(KAFKA_HOME, `libs-${kafkaVersion()}`);
  if (fs.existsSync(path.join(libsDir, JARS_MARKER))) return libsDir;
  pendingJars ??= downloadJars(libsDir).finally(() => {
    pendingJars = undefined;
  });
  return pendingJars;
}

async function downloadJars(libsDir: string): Promise<string> {
  // Download into a private directory and rename it into place, so a concurrent process or an
  // interrupted download never leaves a half-filled libs dir that looks complete.
  fs.mkdirSync(KAFKA_HOME, { recursive: true });
  const partialDir = `${libsDir}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    try {
      await execFileAsync(
        'mvn',
        [
          '-q',
          '-B',
          '-Dstyle.color=never',
          '-f',
          POM_PATH,
          'dependency:copy-dependencies',
          '-DincludeScope=runtime',
          `-DoutputDirectory=${partialDir}`,
        ],
        { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (err) {
      const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
      throw new Error(`Downloading Kafka jars with Maven failed:\n${stdout}${stderr}`.trimEnd());
    }
    const jars = fs.readdirSync(partialDir).filter((f) => f.endsWith('.jar'));
    if (!jars.some((f) => f.startsWith('kafka_2.13-'))) {
      throw new Error(`Maven finished but ${partialDir} has no kafka_2.13 jar`);
    }
    fs.writeFileSync(
      path.join(partialDir, JARS_MARKER),
      `${jars.length} jars, ${new Date().toISOString()}\n`,
    );
    // A complete dir may have appeared meanwhile (another process) and may be in use: keep it.
    if (!fs.existsSync(path.join(libsDir, JARS_MARKER))) fs.rmSync(libsDir, { recursive: true, force: true });
    try {
      fs.renameSync(partialDir, libsDir);
    } catch (err) {
      if (!fs.existsSync(path.join(libsDir, JARS_MARKER))) throw err;
    }
  } finally {
    fs.rmSync(partialDir, { recursive: true, force: true });
  }
  return libsDir;
}

export async function isBrokerReady(brokers: string, timeoutMs = 3_000): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'waypoint-readiness-probe',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  }).admin();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async () => {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  })().catch(() => false);
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}

export async function waitForBroker(brokers: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isBrokerReady(brokers, Math.min(3_000, Math.max(500, deadline - Date.now())))) return;
    await sleep(500);
  }
  throw new Error(`Kafka at ${brokers} did not answer within ${timeoutMs} ms`);
}

interface BrokerPaths {
  dir: string;
  dataDir: string;
  serverProperties: string;
  log4jProperties: string;
  brokerLog: string;
  consoleLog: string;
  pidFile: string;
}

function pathsOf(spec: BrokerSpec): BrokerPaths {
  const dir = path.join(KAFKA_HOME, spec.name);
  return {
    dir,
    dataDir: path.join(dir, 'data'),
    serverProperties: path.join(dir, 'server.properties'),
    log4jProperties: path.join(dir, 'log4j.properties'),
    brokerLog: path.join(dir, 'broker.log'),
    consoleLog: path.join(dir, 'console.log'),
    pidFile: path.join(dir, 'pid'),
  };
}

function serverProperties(spec: BrokerSpec, p: BrokerPaths): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${spec.controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${spec.port},CONTROLLER://127.0.0.1:${spec.controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${spec.port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${p.dataDir}`,
    'num.partitions=3',
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=3',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    '',
  ].join('\n');
}

function log4jProperties(p: BrokerPaths): string {
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${p.brokerLog}`,
    'log4j.appender.file.MaxFileSize=20MB',
    'log4j.appender.file.MaxBackupIndex=2',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    '',
  ].join('\n');
}

function javaArgs(libsDir: string, p: BrokerPaths, mainClass: string, args: string[]): string[] {
  return [
    `-Dlog4j.configuration=file:${p.log4jProperties}`,
    '-cp',
    path.join(libsDir, '*'),
    mainClass,
    ...args,
  ];
}

async function formatStorageIfNeeded(
  libsDir: string,
  p: BrokerPaths,
  log: (line: string) => void,
): Promise<void> {
  if (fs.existsSync(path.join(p.dataDir, 'meta.properties'))) return;
  const storageTool = (args: string[]) =>
    execFileAsync('java', javaArgs(libsDir, p, 'kafka.tools.StorageTool', args), { cwd: p.dir });
  try {
    const clusterId = (await storageTool(['random-uuid'])).stdout.trim();
    log(`formatting ${p.dataDir} for cluster ${clusterId}`);
    await storageTool(['format', '-t', clusterId, '-c', p.serverProperties]);
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`Kafka StorageTool failed:\n${stdout}${stderr}`.trimEnd());
  }
}

function readPid(p: BrokerPaths): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(p.pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

// A pid file can outlive its broker and the pid can be reused, so only a live process whose
// command line names this broker's server.properties counts. Zombies count as dead.
function isOurBrokerAlive(pid: number, p: BrokerPaths): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(p.serverProperties);
  } catch {
    return true; // no procfs: trust the signal probe
  }
}

function readLines(file: string, fromByte = 0): string[] {
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch {
    return [];
  }
  // The log may have rolled over since fromByte was taken; then all of it is from this run.
  const text = content
    .subarray(fromByte <= content.length ? fromByte : 0)
    .toString('utf8')
    .trimEnd();
  return text ? text.split('\n') : [];
}

// broker.log appends across runs and the cause of a failed start (e.g. a bind error) is usually
// followed by dozens of shutdown lines, so report this run's ERROR lines before the tail.
function failureReport(p: BrokerPaths, brokerLogOffset: number): string {
  const lines = readLines(p.brokerLog, brokerLogOffset);
  const errors = lines.flatMap((line, i) => {
    if (!/^\[[^\]]*\] (ERROR|FATAL) /.test(line)) return [];
    const next = lines[i + 1];
    return next !== undefined && !next.startsWith('[') ? [line, next] : [line];
  });
  const sections: string[] = [];
  if (errors.length > 0) sections.push(`--- errors in ${p.brokerLog} ---`, ...errors.slice(0, 20));
  sections.push(`--- ${p.brokerLog} (last ${LOG_TAIL_LINES} lines) ---`, ...lines.slice(-LOG_TAIL_LINES));
  const consoleLines = readLines(p.consoleLog).slice(-LOG_TAIL_LINES);
  if (consoleLines.length > 0) sections.push(`--- ${p.consoleLog} ---`, ...consoleLines);
  return sections.join('\n');
}

export async function startBroker(
  spec: BrokerSpec,
  log: (line: string) => void = () => undefined,
): Promise<{ brokers: string; startedByUs: boolean }> {
  const brokers = brokersOf(spec);
  if (await isBrokerReady(brokers)) {
    log(`kafka '${spec.name}' already answers on ${brokers}`);
    return { brokers, startedByUs: false };
  }

  const p = pathsOf(spec);
  const existingPid = readPid(p);
  if (existingPid !== undefined && isOurBrokerAlive(existingPid, p)) {
    // Another caller started this broker and it is still coming up; a second JVM would only
    // fail on the data-dir lock.
    log(`kafka '${spec.name}' (pid ${existingPid}) is starting; waiting`);
    await waitForBroker(brokers, READY_TIMEOUT_MS);
    return { brokers, startedByUs: false };
  }

  const libsDir = await ensureKafkaJars();
  fs.mkdirSync(p.dataDir, { recursive: true });
  fs.writeFileSync(p.serverProperties, serverProperties(spec, p));
  fs.writeFileSync(p.log4jProperties, log4jProperties(p));
  await formatStorageIfNeeded(libsDir, p, log);

  const brokerLogOffset = fs.existsSync(p.brokerLog) ? fs.statSync(p.brokerLog).size : 0;
  const consoleFd = fs.openSync(p.consoleLog, 'w');
  const child = spawn(
    'java',
    [
      '-Xms256m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-Djava.awt.headless=true',
      ...javaArgs(libsDir, p, 'kafka.Kafka', [p.serverProperties]),
    ],
    { cwd: p.dir, detached: true, stdio: ['ignore', consoleFd, consoleFd] },
  );
  fs.closeSync(consoleFd);
  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = signal ? `signal ${signal}` : `code ${code}`;
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  child.unref();
  if (child.pid === undefined) throw await spawnError;
  fs.writeFileSync(p.pidFile, `${child.pid}\n`);
  log(`kafka '${spec.name}' spawned (pid ${child.pid}), waiting for ${brokers}`);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      fs.rmSync(p.pidFile, { force: true });
      throw new Error(
        `Kafka broker '${spec.name}' exited (${exit}) before it was ready\n${failureReport(p, brokerLogOffset)}`,
      );
    }
    if (await isBrokerReady(brokers, 2_000)) {
      log(`kafka '${spec.name}' ready on ${brokers}`);
      return { brokers, startedByUs: true };
    }
    await sleep(250);
  }
  const report = failureReport(p, brokerLogOffset);
  await stopBroker(spec);
  throw new Error(
    `Kafka broker '${spec.name}' not ready after ${READY_TIMEOUT_MS} ms; stopped it\n${report}`,
  );
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

async function waitForExit(pid: number, p: BrokerPaths, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isOurBrokerAlive(pid, p)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

export async function stopBroker(spec: BrokerSpec): Promise<void> {
  const p = pathsOf(spec);
  const pid = readPid(p);
  if (pid !== undefined && isOurBrokerAlive(pid, p)) {
    signal(pid, 'SIGTERM');
    if (!(await waitForExit(pid, p, STOP_TIMEOUT_MS))) {
      signal(pid, 'SIGKILL');
      await waitForExit(pid, p, 10_000);
    }
  }
  fs.rmSync(p.pidFile, { force: true });
}
