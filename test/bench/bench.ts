/**
 * `npm run bench`: one run, one table. Starts the bench profile (its own Kafka broker and fresh
 * waypoint_bench_* databases), the built identification/referral/journey services, and measures
 * the identification → referral → journey slice end to end, then the same broker and Postgres
 * with no framework as a ceiling. Figures are a report, not assertions: the exit code is 0 unless
 * the run itself failed (a service died, or events never reached the journey).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { mintTokenFromFile } from '@waypoint/auth';
import { Client } from 'pg';
import { prepareInfrastructure, type PreparedInfrastructure } from '../../infra/src/environment';
import { startMesh, type RunningMesh } from '../../infra/src/mesh';
import { PROFILES, REPO_ROOT, SERVICES, type ServiceName } from '../../infra/src/profiles';
import { IdentificationClient, runClosedLoop, runOpenLoop, type Sent } from './http-load';
import { JourneyProbe, type JourneyTimes, type WaitOutcome } from './journey-probe';
import { PipelineSampler, type StageSummary } from './pipeline-sampler';
import { CORES, CpuMeter, findBrokerPid, RssSampler, SELF, type CpuBreakdown } from './process-sampler';
import { runRawCeiling, type RawCeilingResult } from './raw-ceiling';
import {
  distributionOf,
  formatNumber,
  renderTable,
  round,
  verdict,
  type Distribution,
  type Row,
} from './stats';

const CONFIG = {
  warmup: { identifications: 200, concurrency: 16 },
  throughput: { identifications: Number(process.env.BENCH_N ?? 5_000), concurrency: 64 },
  latency: { ratePerSecond: 100, durationSeconds: Number(process.env.BENCH_LATENCY_SECONDS ?? 30) },
  raw: {
    messages: Number(process.env.BENCH_RAW_M ?? 20_000),
    partitions: 6,
    partitionsConsumedConcurrently: 3,
  },
  rssSampleMs: 500,
  pipelineSampleMs: 500,
};

const TARGETS = {
  journeyEventsPerSecond: 1_000,
  ceilingRatio: 0.5,
  p99Ms: 250,
  rssMb: 150,
};

const log = (line: string): void => console.log(`[bench] ${line}`);

interface PhaseCpu {
  phase: string;
  cpu: CpuBreakdown;
}

interface ThroughputResult {
  requested: number;
  concurrency: number;
  accepted: number;
  failures: number;
  failureSamples: string[];
  sendWindowSeconds: number;
  acceptedPerSecond: number;
  http: Distribution | undefined;
  journey: WaitOutcome;
  journeyEvents: number;
  endToEndSeconds: number;
  journeyEventsPerSecond: number;
  /** After the first request: when the last identification event, and the last referral event, reached the journey. */
  lastIdentifiedAtSeconds: number;
  lastReferralAtSeconds: number;
  /** How long the journey kept catching up after the last HTTP answer. */
  drainAfterLastResponseSeconds: number;
  pipeline: { outbox: Record<string, StageSummary>; lag: Record<string, StageSummary> };
}

interface LatencyResult {
  ratePerSecond: number;
  durationSeconds: number;
  requested: number;
  accepted: number;
  failures: number;
  achievedRatePerSecond: number;
  scheduleLag: Distribution | undefined;
  journey: WaitOutcome;
  complete: number;
  endToEnd: Distribution | undefined;
  toIdentifiedEvent: Distribution | undefined;
  http: Distribution | undefined;
  pipeline: { outbox: Record<string, StageSummary>; lag: Record<string, StageSummary> };
}

interface Report {
  runId: string;
  startedAt: string;
  finishedAt?: string;
  commit?: string;
  machine: { cores: number; loadAverageAtStart: number[]; node: string };
  config: typeof CONFIG;
  targets: typeof TARGETS;
  warmup?: { accepted: number; failures: number; journey: WaitOutcome; seconds: number };
  throughput?: ThroughputResult;
  latency?: LatencyResult;
  rssMaxMb?: Record<string, number>;
  rssSamples?: number;
  cpu: PhaseCpu[];
  raw?: RawCeilingResult;
  ceilingRatio?: number;
  verdicts?: Record<string, string>;
  errors: string[];
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function accepted(results: Sent[]): Sent[] {
  return results.filter((sent) => sent.status === 201 && sent.journeyId !== undefined);
}

function failureSamples(results: Sent[]): string[] {
  const counts = new Map<string, number>();
  for (const sent of results) {
    if (sent.status === 201 && sent.journeyId) continue;
    const reason = sent.error ?? `HTTP ${sent.status}`;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].slice(0, 5).map(([reason, count]) => `${count}× ${reason}`);
}

/** Postgres backends serving the services (not the benchmark's own connections). */
async function serviceBackendPids(adminUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: adminUrl, application_name: 'waypoint-bench-admin' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname LIKE 'waypoint\\_bench\\_%' AND application_name NOT LIKE 'waypoint-bench%'`,
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

class Bench {
  readonly report: Report;
  private infra?: PreparedInfrastructure;
  private mesh?: RunningMesh;
  private probe?: JourneyProbe;
  private sampler?: PipelineSampler;
  private rss?: RssSampler;
  private token = '';

  constructor() {
    const started = new Date();
    this.report = {
      runId: `${started.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${randomBytes(2).toString('hex')}`,
      startedAt: started.toISOString(),
      commit: gitCommit(),
      machine: {
        cores: CORES,
        loadAverageAtStart: loadavg().map((value) => round(value, 2)),
        node: process.version,
      },
      config: CONFIG,
      targets: TARGETS,
      cpu: [],
      errors: [],
    };
  }

  async run(): Promise<void> {
    this.infra = await prepareInfrastructure(PROFILES.bench, { fresh: true });
    try {
      await this.runMesh(this.infra);
      log(`raw ceiling: ${CONFIG.raw.messages} messages through Kafka into Postgres, no framework`);
      const raw = await runRawCeiling({
        brokers: this.infra.brokers,
        adminUrl: this.infra.adminUrl,
        runId: this.report.runId.toLowerCase(),
        messages: CONFIG.raw.messages,
        partitions: CONFIG.raw.partitions,
        partitionsConsumedConcurrently: CONFIG.raw.partitionsConsumedConcurrently,
        log,
      });
      this.report.raw = raw;
      if (!raw.complete)
        this.report.errors.push(`raw ceiling stored only ${raw.stored}/${raw.messages} messages`);
    } finally {
      await this.infra.stop();
    }
  }

  private async runMesh(infra: PreparedInfrastructure): Promise<void> {
    log('starting identification, referral and journey from dist/');
    this.mesh = await startMesh(infra);
    const mesh = this.mesh;
    try {
      const url = (service: ServiceName): string =>
        infra.databases.find((spec) => spec.service === service)!.url;
      this.token = await mintTokenFromFile(infra.keys.privateKeyPath, {
        subject: 'bench-runner',
        role: 'first-responder',
        agency: 'bench-police',
      });
      this.probe = new JourneyProbe(url('journey'));
      await this.probe.connect();
      this.sampler = new PipelineSampler(
        { identification: url('identification'), referral: url('referral') },
        infra.brokers,
        CONFIG.pipelineSampleMs,
      );
      await this.sampler.connect();
      const servicePids = Object.fromEntries(
        SERVICES.map((service) => [service, mesh.services[service].process.pid!]),
      ) as Record<ServiceName, number>;
      this.rss = new RssSampler(servicePids, CONFIG.rssSampleMs);
      this.rss.start();

      await this.warmup();
      await this.throughput(infra, servicePids);
      await this.latency(infra, servicePids);

      for (const service of SERVICES) {
        const child = mesh.services[service].process;
        if (child.exitCode !== null || child.signalCode !== null) {
          this.report.errors.push(`${service} exited during the run (${child.exitCode ?? child.signalCode})`);
        }
      }
    } finally {
      this.rss?.stop();
      this.report.rssMaxMb = Object.fromEntries(
        Object.entries(this.rss?.maxima() ?? {}).map(([name, mb]) => [name, round(mb, 1)]),
      );
      this.report.rssSamples = this.rss?.sampleCount;
      await this.sampler?.close();
      await this.probe?.close();
      log('stopping the mesh');
      await mesh.stop();
    }
  }

  private identificationUrl(): string {
    return this.mesh!.services.identification.url;
  }

  private async cpuMeter(
    infra: PreparedInfrastructure,
    servicePids: Record<string, number>,
  ): Promise<CpuMeter> {
    const broker = findBrokerPid(infra.profile.broker.name);
    return new CpuMeter({
      ...Object.fromEntries(Object.entries(servicePids).map(([name, pid]) => [name, [pid]])),
      'kafka broker': broker ? [broker] : [],
      'postgres backends': await serviceBackendPids(infra.adminUrl),
      'bench client': [SELF],
    });
  }

  private async warmup(): Promise<void> {
    const { identifications, concurrency } = CONFIG.warmup;
    log(`warm-up: ${identifications} identifications`);
    const started = Date.now();
    const client = new IdentificationClient(this.identificationUrl(), this.token, concurrency);
    const results = await runClosedLoop(client, identifications, concurrency);
    client.close();
    const ok = accepted(results);
    const journey = await this.probe!.waitForEvents(
      ok.map((sent) => sent.journeyId!),
      ok.length * 2,
      { timeoutMs: 120_000 },
    );
    this.report.warmup = {
      accepted: ok.length,
      failures: results.length - ok.length,
      journey,
      seconds: round((Date.now() - started) / 1_000, 2),
    };
    if (ok.length === 0)
      throw new Error(`warm-up: no identification accepted (${failureSamples(results).join('; ')})`);
    if (!journey.complete) throw new Error(`warm-up: journey has ${journey.seen}/${journey.expected} events`);
  }

  private async throughput(
    infra: PreparedInfrastructure,
    servicePids: Record<string, number>,
  ): Promise<void> {
    const { identifications, concurrency } = CONFIG.throughput;
    log(`throughput: ${identifications} identifications, ${concurrency} in flight`);
    const cpu = await this.cpuMeter(infra, servicePids);
    const client = new IdentificationClient(this.identificationUrl(), this.token, concurrency);
    this.sampler!.start();
    cpu.begin();
    const results = await runClosedLoop(client, identifications, concurrency);
    client.close();
    const ok = accepted(results);
    const firstSend = Math.min(...results.map((sent) => sent.sentAtEpochMs));
    const lastResponse = Math.max(...results.map((sent) => sent.doneAtEpochMs));
    const sendWindowSeconds = (lastResponse - firstSend) / 1_000;
    log(
      `throughput: ${ok.length} accepted in ${sendWindowSeconds.toFixed(2)} s; waiting for ${ok.length * 2} journey events`,
    );
    const ids = ok.map((sent) => sent.journeyId!);
    const journey = await this.probe!.waitForEvents(ids, ids.length * 2);
    this.report.cpu.push({ phase: 'throughput', cpu: cpu.end() });
    await this.sampler!.stop();
    const times = [...(await this.probe!.eventTimes(ids)).values()];
    const journeyEvents = times.reduce((sum, entry) => sum + entry.events, 0);
    const lastRecorded = Math.max(...times.map((entry) => entry.lastMs));
    const latest = (pick: (entry: JourneyTimes) => number | undefined): number =>
      Math.max(...times.map(pick).filter((value): value is number => value !== undefined));
    const endToEndSeconds = (lastRecorded - firstSend) / 1_000;
    this.report.throughput = {
      requested: identifications,
      concurrency,
      accepted: ok.length,
      failures: results.length - ok.length,
      failureSamples: failureSamples(results),
      sendWindowSeconds: round(sendWindowSeconds, 3),
      acceptedPerSecond: round(ok.length / sendWindowSeconds, 1),
      http: distributionOf(results.map((sent) => sent.responseMs)),
      journey,
      journeyEvents,
      endToEndSeconds: round(endToEndSeconds, 3),
      journeyEventsPerSecond: round(journeyEvents / endToEndSeconds, 1),
      lastIdentifiedAtSeconds: round((latest((entry) => entry.identifiedMs) - firstSend) / 1_000, 3),
      lastReferralAtSeconds: round((latest((entry) => entry.referralMs) - firstSend) / 1_000, 3),
      drainAfterLastResponseSeconds: round((lastRecorded - lastResponse) / 1_000, 3),
      pipeline: this.sampler!.summary(),
    };
    if (!journey.complete) {
      this.report.errors.push(`throughput: journey has ${journey.seen}/${journey.expected} events`);
    }
  }

  private async latency(infra: PreparedInfrastructure, servicePids: Record<string, number>): Promise<void> {
    const { ratePerSecond, durationSeconds } = CONFIG.latency;
    log(`latency: ${ratePerSecond} identifications/s for ${durationSeconds} s (open loop)`);
    const cpu = await this.cpuMeter(infra, servicePids);
    const client = new IdentificationClient(this.identificationUrl(), this.token, 64);
    this.sampler!.start();
    cpu.begin();
    const results = await runOpenLoop(client, ratePerSecond, durationSeconds);
    client.close();
    const ok = accepted(results);
    const ids = ok.map((sent) => sent.journeyId!);
    const journey = await this.probe!.waitForEvents(ids, ids.length * 2, { timeoutMs: 120_000 });
    this.report.cpu.push({ phase: 'latency', cpu: cpu.end() });
    await this.sampler!.stop();
    const times = await this.probe!.eventTimes(ids);
    const endToEnd: number[] = [];
    const toIdentified: number[] = [];
    for (const sent of ok) {
      const entry = times.get(sent.journeyId!);
      if (entry?.identifiedMs !== undefined) toIdentified.push(entry.identifiedMs - sent.sentAtEpochMs);
      if (entry && entry.events >= 2 && entry.referralMs !== undefined) {
        endToEnd.push(entry.lastMs - sent.sentAtEpochMs);
      }
    }
    const sendSpan =
      (Math.max(...results.map((s) => s.sentAtEpochMs)) - Math.min(...results.map((s) => s.sentAtEpochMs))) /
      1_000;
    this.report.latency = {
      ratePerSecond,
      durationSeconds,
      requested: results.length,
      accepted: ok.length,
      failures: results.length - ok.length,
      achievedRatePerSecond: round((results.length - 1) / sendSpan, 1),
      scheduleLag: distributionOf(results.map((sent) => sent.scheduleLagMs ?? 0)),
      journey,
      complete: endToEnd.length,
      endToEnd: distributionOf(endToEnd),
      toIdentifiedEvent: distributionOf(toIdentified),
      http: distributionOf(results.map((sent) => sent.responseMs)),
      pipeline: this.sampler!.summary(),
    };
    if (!journey.complete) {
      this.report.errors.push(`latency: journey has ${journey.seen}/${journey.expected} events`);
    }
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${formatNumber(value, value < 10 ? 1 : 0)} ms`;
}

function summarise(report: Report): string {
  const rows: Row[] = [];
  const t = report.throughput;
  const l = report.latency;
  const raw = report.raw;
  const verdicts: Record<string, string> = {};

  if (report.warmup) {
    rows.push({
      metric: 'warm-up',
      figure: `${report.warmup.accepted} ids, ${report.warmup.journey.seen} events in ${report.warmup.seconds} s`,
    });
  }
  if (t) {
    rows.push({
      metric: `throughput: identifications accepted/s (N=${t.requested}, c=${t.concurrency})`,
      figure: `${formatNumber(t.acceptedPerSecond, 1)} /s`,
    });
    rows.push({ metric: 'throughput: HTTP failures', figure: String(t.failures) });
    rows.push({
      metric: 'throughput: HTTP response p50 / p99',
      figure: `${ms(t.http?.p50)} / ${ms(t.http?.p99)}`,
    });
    const ok = t.journey.complete ? t.journeyEventsPerSecond >= TARGETS.journeyEventsPerSecond : false;
    verdicts.journeyEventsPerSecond = verdict(ok);
    rows.push({
      metric: 'throughput: journey events/s end to end',
      figure: `${formatNumber(t.journeyEventsPerSecond, 1)} /s`,
      target: `≥ ${formatNumber(TARGETS.journeyEventsPerSecond)} /s`,
      verdict: verdict(ok),
    });
    rows.push({
      metric: '  journey events recorded / expected',
      figure: `${t.journeyEvents} / ${t.journey.expected}`,
    });
    rows.push({
      metric: '  first send → last identified / last referral event',
      figure: `${t.lastIdentifiedAtSeconds.toFixed(2)} s / ${t.lastReferralAtSeconds.toFixed(2)} s`,
    });
    rows.push({
      metric: '  journey still catching up after last HTTP answer',
      figure: `${t.drainAfterLastResponseSeconds.toFixed(2)} s`,
    });
  }
  if (l) {
    const ok = l.journey.complete && l.endToEnd ? l.endToEnd.p99 <= TARGETS.p99Ms : false;
    verdicts.p99 = verdict(ok);
    rows.push({
      metric: `latency @ ${l.ratePerSecond}/s × ${l.durationSeconds} s: e2e p50 / p95`,
      figure: `${ms(l.endToEnd?.p50)} / ${ms(l.endToEnd?.p95)}`,
    });
    rows.push({
      metric: `latency @ ${l.ratePerSecond}/s: e2e p99`,
      figure: ms(l.endToEnd?.p99),
      target: `≤ ${TARGETS.p99Ms} ms`,
      verdict: verdict(ok),
    });
    rows.push({ metric: `latency @ ${l.ratePerSecond}/s: e2e max`, figure: ms(l.endToEnd?.max) });
    rows.push({
      metric: '  send → identified event in journey p50 / p99',
      figure: `${ms(l.toIdentifiedEvent?.p50)} / ${ms(l.toIdentifiedEvent?.p99)}`,
    });
    rows.push({ metric: '  HTTP response p50 / p99', figure: `${ms(l.http?.p50)} / ${ms(l.http?.p99)}` });
    rows.push({
      metric: '  sent / accepted / complete journeys',
      figure: `${l.requested} / ${l.accepted} / ${l.complete}`,
    });
    rows.push({
      metric: '  achieved send rate; schedule lag p99 / max',
      figure: `${formatNumber(l.achievedRatePerSecond, 1)}/s; ${ms(l.scheduleLag?.p99)} / ${ms(l.scheduleLag?.max)}`,
    });
  }
  for (const [service, mb] of Object.entries(report.rssMaxMb ?? {})) {
    const ok = mb < TARGETS.rssMb;
    verdicts[`rss.${service}`] = verdict(ok);
    rows.push({
      metric: `RSS max: ${service}`,
      figure: `${formatNumber(mb, 1)} MB`,
      target: `< ${TARGETS.rssMb} MB`,
      verdict: verdict(ok),
    });
  }
  if (raw) {
    rows.push({
      metric: `raw ceiling: kafkajs → pg, 1 commit/msg (M=${raw.messages}, ~${raw.payloadBytes} B)`,
      figure: `${formatNumber(raw.messagesPerSecond, 1)} msg/s`,
    });
    rows.push({ metric: '  raw producer alone', figure: `${formatNumber(raw.producedPerSecond, 0)} msg/s` });
    if (t && raw.complete) {
      report.ceilingRatio = t.journeyEventsPerSecond / raw.messagesPerSecond;
      const ok = t.journey.complete && report.ceilingRatio >= TARGETS.ceilingRatio;
      verdicts.ceilingRatio = verdict(ok);
      rows.push({
        metric: 'Waypoint e2e events/s ÷ raw ceiling',
        figure: `${formatNumber(report.ceilingRatio * 100, 1)} %`,
        target: `≥ ${TARGETS.ceilingRatio * 100} %`,
        verdict: verdict(ok),
      });
    }
  }
  report.verdicts = verdicts;
  return renderTable(
    `Waypoint bench ${report.runId} (commit ${report.commit ?? '?'}, ${report.machine.cores} cores)`,
    rows,
  );
}

function diagnostics(report: Report): string {
  const rows: Row[] = [];
  for (const { phase, cpu } of report.cpu) {
    const groups = Object.entries(cpu.groups)
      .map(([name, seconds]) => `${name} ${formatNumber(seconds / cpu.wallSeconds, 2)}`)
      .join(', ');
    rows.push({
      metric: `cpu (${phase}, ${formatNumber(cpu.wallSeconds, 1)} s), cores busy`,
      figure: `machine ${formatNumber(cpu.machineBusyCores, 2)} of ${CORES}; other ${formatNumber(cpu.otherBusyCores, 2)}`,
    });
    rows.push({ metric: '  of which', figure: groups });
  }
  for (const [phase, result] of [
    ['throughput', report.throughput],
    ['latency', report.latency],
  ] as const) {
    if (!result) continue;
    const { outbox, lag } = result.pipeline;
    const describe = (summary: StageSummary): string =>
      `max ${summary.max}${summary.lastNonZeroAtMs >= 0 ? `, last >0 at ${(summary.lastNonZeroAtMs / 1_000).toFixed(1)} s` : ''}`;
    rows.push({
      metric: `backlog (${phase}): outbox rows id / referral`,
      figure: `${describe(outbox.identification)} | ${describe(outbox.referral)}`,
    });
    rows.push({
      metric: `backlog (${phase}): consumer lag referral / journey`,
      figure: `${describe(lag.referral)} | ${describe(lag.journey)}`,
    });
  }
  if (report.throughput?.failureSamples.length) {
    rows.push({ metric: 'throughput failures', figure: report.throughput.failureSamples.join('; ') });
  }
  return renderTable('Diagnostics', rows);
}

async function main(): Promise<number> {
  const bench = new Bench();
  const { report } = bench;
  let failed = false;
  try {
    await bench.run();
  } catch (error) {
    failed = true;
    report.errors.push((error as Error).stack ?? String(error));
  }
  report.finishedAt = new Date().toISOString();
  console.log('');
  console.log(summarise(report));
  console.log('');
  console.log(diagnostics(report));
  console.log(
    `\nNote: figures are from a ${CORES}-core machine shared with other work (see "other" CPU above); ` +
      'recorded_at is clock_timestamp() at INSERT, a few ms before the journey transaction commits.',
  );
  const artifactDir = path.join(REPO_ROOT, 'test-artifacts');
  mkdirSync(artifactDir, { recursive: true });
  const artifact = path.join(artifactDir, `bench-${report.runId}.json`);
  writeFileSync(artifact, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`figures written to ${path.relative(process.cwd(), artifact)}`);
  if (report.errors.length > 0) {
    console.error(`\nthe run did not complete cleanly:\n- ${report.errors.join('\n- ')}`);
    failed = true;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
