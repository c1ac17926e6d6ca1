import type { WaitOutcome } from './journey-probe';
import type { InboxStats, StageSummary } from './pipeline-sampler';
import type { PhaseCost, PlacementResult } from './placement';
import { CORES, type CpuBreakdown } from './process-sampler';
import type { RawCeilingResult } from './raw-ceiling';
import { formatNumber, renderTable, verdict, type Distribution, type Row } from './stats';

/** The shape of the JSON artifact, and the tables printed from it. */

export const TARGETS = {
  journeyEventsPerSecond: 1_000,
  ceilingRatio: 0.5,
  p99Ms: 250,
  rssMb: 150,
  placementMatchesP99Ms: 50,
};

export type PipelineSummary = {
  outbox: Record<string, StageSummary>;
  lag: Record<string, StageSummary>;
  /** Events per consumer transaction: how much the consumer's chunking actually batches. */
  inbox?: Record<string, InboxStats>;
};

export interface PhaseCpu {
  phase: string;
  /** Identifications the phase processed, to express CPU per identification. */
  identifications: number;
  cpu: CpuBreakdown;
}

export interface ThroughputResult {
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
  pipeline: PipelineSummary;
}

export interface LatencyResult {
  ratePerSecond: number;
  durationSeconds: number;
  requested: number;
  accepted: number;
  failures: number;
  failureSamples: string[];
  achievedSendRatePerSecond: number;
  /** 201s per second over first send → last answer: below the offered rate means the mesh was overloaded. */
  servedPerSecond: number;
  scheduleLag: Distribution | undefined;
  journey: WaitOutcome;
  complete: number;
  endToEnd: Distribution | undefined;
  toIdentifiedEvent: Distribution | undefined;
  http: Distribution | undefined;
  pipeline: PipelineSummary;
}

/** Backlog drain: consumers stopped while identifications pile up, then started. No HTTP in the way. */
export interface DrainResult {
  identifications: number;
  accepted: number;
  /** Identification alone (referral and journey stopped): HTTP 201s per second. */
  ingestPerSecond: number;
  /** First send until the identification relay had published every row. */
  relayCaughtUpAfterSeconds: number;
  /** Consumer processes started → healthy. */
  consumerStartSeconds: number;
  journey: WaitOutcome;
  journeyEvents: number;
  /** First to last journey event of the backlog. */
  drainSeconds: number;
  journeyEventsPerSecond: number;
  /** Journey folding the backlog of identification events (first → last identified event). */
  identifiedEventsPerSecond: number;
  /** Referral consuming, writing its outbox, relaying; journey folding the results. */
  referralEventsPerSecond: number;
  pipeline: PipelineSummary;
}

export interface Report {
  runId: string;
  startedAt: string;
  finishedAt?: string;
  commit?: string;
  machine: { cores: number; loadAverageAtStart: number[]; loadAverageAtEnd?: number[]; node: string };
  config: Record<string, unknown>;
  targets: typeof TARGETS;
  warmup?: { accepted: number; failures: number; journey: WaitOutcome; seconds: number };
  throughput?: ThroughputResult;
  latency?: LatencyResult;
  lightLatency?: LatencyResult;
  drain?: DrainResult;
  placement?: PlacementResult;
  rssAfterWarmupMb?: Record<string, number>;
  /** Largest RSS per service in each phase, to tell growth from a plateau. */
  rssByPhaseMb: { phase: string; mb: Record<string, number> }[];
  rssMaxMb?: Record<string, number>;
  rssSamples?: number;
  cpu: PhaseCpu[];
  raw?: RawCeilingResult;
  ceilingRatio?: number;
  verdicts?: Record<string, string>;
  errors: string[];
}

function ms(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${formatNumber(value, value < 10 ? 1 : 0)} ms`;
}

const perSecond = (value: number | undefined): string => `${formatNumber(value, 1)} /s`;

export function summaryTable(report: Report): string {
  const rows: Row[] = [];
  const { throughput: t, latency: l, drain: d, raw } = report;
  const verdicts: Record<string, string> = {};

  if (report.warmup) {
    rows.push({
      metric: 'warm-up',
      figure: `${report.warmup.accepted} ids → ${report.warmup.journey.seen} events, ${report.warmup.seconds} s`,
    });
  }
  if (t) {
    rows.push({
      metric: `throughput (N=${t.requested}, ${t.concurrency} in flight): identifications accepted/s`,
      figure: perSecond(t.acceptedPerSecond),
    });
    rows.push({ metric: '  HTTP failures', figure: String(t.failures) });
    rows.push({ metric: '  HTTP response p50 / p99', figure: `${ms(t.http?.p50)} / ${ms(t.http?.p99)}` });
    const ok = t.journey.complete && t.journeyEventsPerSecond >= TARGETS.journeyEventsPerSecond;
    verdicts.journeyEventsPerSecond = verdict(ok);
    rows.push({
      metric: 'throughput: journey events/s end to end (2N ÷ first send → last event)',
      figure: perSecond(t.journeyEventsPerSecond),
      target: `≥ ${formatNumber(TARGETS.journeyEventsPerSecond)} /s`,
      verdict: verdict(ok),
    });
    rows.push({
      metric: '  journey events recorded / expected',
      figure: `${t.journeyEvents} / ${t.journey.expected}`,
    });
    rows.push({
      metric: '  journey caught up after last HTTP answer',
      figure: `${t.drainAfterLastResponseSeconds.toFixed(2)} s`,
    });
  }
  if (l) {
    const ok = l.journey.complete && l.endToEnd !== undefined && l.endToEnd.p99 <= TARGETS.p99Ms;
    verdicts.p99 = verdict(ok);
    rows.push({
      metric: `latency @ ${l.ratePerSecond}/s × ${l.durationSeconds} s open loop: e2e p50 / p95`,
      figure: `${ms(l.endToEnd?.p50)} / ${ms(l.endToEnd?.p95)}`,
    });
    rows.push({
      metric: '  e2e p99 (send → 2nd journey event)',
      figure: ms(l.endToEnd?.p99),
      target: `≤ ${TARGETS.p99Ms} ms`,
      verdict: verdict(ok),
    });
    rows.push({ metric: '  e2e max', figure: ms(l.endToEnd?.max) });
    rows.push({ metric: '  HTTP response p50 / p99', figure: `${ms(l.http?.p50)} / ${ms(l.http?.p99)}` });
    rows.push({
      metric: '  send → identification event in journey p50 / p99',
      figure: `${ms(l.toIdentifiedEvent?.p50)} / ${ms(l.toIdentifiedEvent?.p99)}`,
    });
    rows.push({
      metric: '  offered / served rate',
      figure: `${formatNumber(l.achievedSendRatePerSecond, 1)} / ${formatNumber(l.servedPerSecond, 1)} /s${
        l.servedPerSecond < 0.95 * l.ratePerSecond ? ' (OVERLOADED: queueing)' : ''
      }`,
    });
    rows.push({
      metric: '  sent / accepted / complete journeys; failures',
      figure: `${l.requested} / ${l.accepted} / ${l.complete}; ${l.failures}`,
    });
  }
  const light = report.lightLatency;
  if (light) {
    rows.push({
      metric: `light load @ ${light.ratePerSecond}/s × ${light.durationSeconds} s (diagnostic): e2e p50 / p99 / max`,
      figure: `${ms(light.endToEnd?.p50)} / ${ms(light.endToEnd?.p99)} / ${ms(light.endToEnd?.max)}`,
    });
    rows.push({
      metric: '  HTTP p50 / p99; served rate',
      figure: `${ms(light.http?.p50)} / ${ms(light.http?.p99)}; ${formatNumber(light.servedPerSecond, 1)} /s`,
    });
  }
  for (const [service, mb] of Object.entries(report.rssMaxMb ?? {})) {
    const ok = mb < TARGETS.rssMb;
    verdicts[`rss.${service}`] = verdict(ok);
    const baseline = report.rssAfterWarmupMb?.[service];
    rows.push({
      metric: `RSS max: ${service}${baseline !== undefined ? ` (after warm-up ${formatNumber(baseline, 0)} MB)` : ''}`,
      figure: `${formatNumber(mb, 1)} MB`,
      target: `< ${TARGETS.rssMb} MB`,
      verdict: verdict(ok),
    });
  }
  if (d) {
    rows.push({
      metric: `backlog drain (N=${d.identifications}): journey events/s, no HTTP in the way`,
      figure: perSecond(d.journeyEventsPerSecond),
    });
    rows.push({
      metric: '  identification events folded by journey / referral round trip',
      figure: `${perSecond(d.identifiedEventsPerSecond)} / ${perSecond(d.referralEventsPerSecond)}`,
    });
    rows.push({ metric: '  identification alone: accepted/s', figure: perSecond(d.ingestPerSecond) });
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
    if (d && raw.complete) {
      rows.push({
        metric: '  backlog drain events/s ÷ raw ceiling (diagnostic)',
        figure: `${formatNumber((d.journeyEventsPerSecond / raw.messagesPerSecond) * 100, 1)} %`,
      });
    }
  }
  if (report.placement) rows.push(...placementRows(report.placement, verdicts));
  report.verdicts = verdicts;
  return renderTable(
    `Waypoint bench ${report.runId} (commit ${report.commit ?? '?'}, ${report.machine.cores} cores, load ${report.machine.loadAverageAtStart.join(' ')} at start)`,
    rows,
  );
}

export function diagnosticsTable(report: Report): string {
  const rows: Row[] = [];
  for (const { phase, identifications, cpu } of report.cpu) {
    rows.push({
      metric: `cpu ${phase} (${formatNumber(cpu.wallSeconds, 1)} s): cores busy`,
      figure: `machine ${formatNumber(cpu.machineBusyCores, 2)} of ${CORES}, not ours ${formatNumber(cpu.otherBusyCores, 2)}`,
    });
    const entries = Object.entries(cpu.groups);
    rows.push({
      metric: '  cores used by',
      figure: entries
        .map(([name, seconds]) => `${name} ${formatNumber(seconds / cpu.wallSeconds, 2)}`)
        .join(', '),
    });
    if (identifications > 0) {
      const mesh = entries.filter(([name]) => name !== 'bench client');
      const total = mesh.reduce((sum, [, seconds]) => sum + seconds, 0);
      const perId = (seconds: number): string => formatNumber((seconds * 1_000) / identifications, 2);
      rows.push({
        metric: `  CPU ms per identification (${identifications})`,
        figure: `${mesh.map(([name, seconds]) => `${name} ${perId(seconds)}`).join(', ')}; total ${perId(total)}`,
      });
      rows.push({
        metric: `  CPU-bound estimate on ${CORES} dedicated cores`,
        figure: `≈ ${formatNumber((CORES * identifications) / total, 0)} ids/s ≈ ${formatNumber((2 * CORES * identifications) / total, 0)} journey events/s`,
      });
    }
  }
  const describe = (summary: StageSummary): string =>
    `max ${summary.max}${summary.lastNonZeroAtMs >= 0 ? ` (last >0 at ${(summary.lastNonZeroAtMs / 1_000).toFixed(1)} s)` : ''}`;
  for (const [phase, result] of [
    ['throughput', report.throughput],
    ['latency', report.latency],
    ['light latency', report.lightLatency],
    ['drain', report.drain],
  ] as const) {
    if (!result) continue;
    const { outbox, lag } = result.pipeline;
    rows.push({
      metric: `backlog ${phase}: outbox rows identification | referral`,
      figure: `${describe(outbox.identification)} | ${describe(outbox.referral)}`,
    });
    rows.push({
      metric: `backlog ${phase}: consumer lag referral | journey`,
      figure: `${describe(lag.referral)} | ${describe(lag.journey)}`,
    });
    if (result.pipeline.inbox) {
      rows.push({
        metric: `events per consumer transaction ${phase}: referral | journey`,
        figure: Object.values(result.pipeline.inbox)
          .map(
            (stats) =>
              `${formatNumber(stats.events / Math.max(1, stats.transactions), 2)} (${stats.events} in ${stats.transactions} tx)`,
          )
          .join(' | '),
      });
    }
  }
  if (report.rssByPhaseMb.length > 0) {
    rows.push({
      metric: 'RSS max per phase, MB (identification/referral/journey)',
      figure: report.rssByPhaseMb
        .map(
          ({ phase, mb }) =>
            `${phase}: ${Object.values(mb)
              .map((v) => formatNumber(v, 0))
              .join('/')}`,
        )
        .join(', '),
    });
  }
  if (report.placement && report.placement.offers.failureSamples.length > 0) {
    rows.push({
      metric: 'placement offer failures',
      figure: report.placement.offers.failureSamples.join('; '),
    });
  }
  if (report.throughput) {
    const t = report.throughput;
    rows.push({
      metric: 'throughput: first send → last identification | referral event',
      figure: `${t.lastIdentifiedAtSeconds.toFixed(2)} s | ${t.lastReferralAtSeconds.toFixed(2)} s (HTTP window ${t.sendWindowSeconds.toFixed(2)} s)`,
    });
    if (t.failureSamples.length > 0)
      rows.push({ metric: 'throughput failures', figure: t.failureSamples.join('; ') });
  }
  for (const result of [report.latency, report.lightLatency]) {
    if (result && result.failureSamples.length > 0) {
      rows.push({ metric: `failures @ ${result.ratePerSecond}/s`, figure: result.failureSamples.join('; ') });
    }
  }
  if (report.latency) {
    const { scheduleLag } = report.latency;
    rows.push({
      metric: 'latency: send schedule lag p99 / max',
      figure: `${ms(scheduleLag?.p99)} / ${ms(scheduleLag?.max)}`,
    });
  }
  if (report.drain) {
    const d = report.drain;
    rows.push({
      metric: 'drain: relay published all rows / consumers healthy after',
      figure: `${d.relayCaughtUpAfterSeconds.toFixed(2)} s / ${d.consumerStartSeconds.toFixed(2)} s`,
    });
    rows.push({
      metric: 'drain: backlog folded in',
      figure: `${d.drainSeconds.toFixed(2)} s (${d.journeyEvents} events)`,
    });
  }
  return renderTable('Diagnostics', rows);
}

function costFigure(cost: PhaseCost): string {
  const parts = Object.entries(cost.msPerCall).map(([name, value]) => `${name} ${formatNumber(value, 1)} ms`);
  return `${parts.join(', ')}; machine ${formatNumber(cost.breakdown.machineBusyCores, 2)} cores busy, not ours ${formatNumber(cost.breakdown.otherBusyCores, 2)}`;
}

function placementRows(p: PlacementResult, verdicts: Record<string, string>): Row[] {
  const rows: Row[] = [];
  const { directory: d, matching: m, offers: o } = p;
  rows.push({
    metric: 'placement directory (fixture, SQL bulk insert)',
    figure: `${formatNumber(d.houses)} houses, ${formatNumber(d.beds)} beds, ${formatNumber(d.rooms)} rooms; ${d.fixtureSeconds} s`,
  });
  rows.push({
    metric: '  two years of history: closed offers (of them stays ended)',
    figure: `${formatNumber(d.pastOffers)} (${formatNumber(d.pastStays)})`,
  });
  rows.push({
    metric: '  now: occupied / held / out of service beds',
    figure: `${formatNumber(d.openStays)} / ${formatNumber(d.openHolds)} / ${formatNumber(d.outOfService)}`,
  });
  const ok = m.failures === 0 && m.http !== undefined && m.http.p99 <= TARGETS.placementMatchesP99Ms;
  verdicts.placementMatchesP99 = verdict(ok);
  rows.push({
    metric: `placement: GET matches over HTTP, 1 in flight (${m.requests} requests): p50 / p95`,
    figure: `${ms(m.http?.p50)} / ${ms(m.http?.p95)}`,
  });
  rows.push({
    metric: '  GET matches p99 (DB read + matching + answer)',
    figure: ms(m.http?.p99),
    target: `≤ ${TARGETS.placementMatchesP99Ms} ms`,
    verdict: verdict(ok),
  });
  rows.push({
    metric: '  eligible / excluded houses per answer (mean); answer size; failures',
    figure: `${formatNumber(m.eligibleMean, 1)} / ${formatNumber(m.excludedMean, 1)}; ${formatNumber(m.answerKbMean, 0)} KB; ${m.failures}`,
  });
  if (m.cpu) rows.push({ metric: '  CPU per GET matches (1 in flight)', figure: costFigure(m.cpu) });
  rows.push({
    metric: `  GET matches, ${m.concurrent.inFlight} in flight: answers/s; p50 / p99`,
    figure: `${perSecond(m.concurrent.perSecond)}; ${ms(m.concurrent.http?.p50)} / ${ms(m.concurrent.http?.p99)}`,
  });
  rows.push({
    metric: '  pure matchRequest over the same directory: p50 / p99',
    figure: `${ms(m.pure?.p50)} / ${ms(m.pure?.p99)}`,
  });
  rows.push({
    metric: '  the directory beds query alone (bench client): p50 / p99',
    figure: `${ms(m.directoryRead?.p50)} / ${ms(m.directoryRead?.p99)}`,
  });
  rows.push({
    metric: `placement: offers, ${o.coordinators} coordinators, ${o.requests} requests for ${o.beds} beds in ${o.houses} houses: accepted/s`,
    figure: perSecond(o.acceptedPerSecond),
  });
  rows.push({
    metric: '  offers accepted (201) / unplaced requests',
    figure: `${o.accepted} / ${o.unplaced} in ${o.windowSeconds.toFixed(2)} s`,
  });
  rows.push({
    metric: '  409s: all / refused by the one-open-allocation index',
    figure: `${o.conflicts} / ${o.conflictsAtTheIndex}`,
  });
  rows.push({ metric: '  other failures', figure: String(o.otherFailures) });
  if (o.cpu) rows.push({ metric: '  CPU per accepted offer (409s included)', figure: costFigure(o.cpu) });
  rows.push({ metric: '  POST offers p50 / p99', figure: `${ms(o.http?.p50)} / ${ms(o.http?.p99)}` });
  const held =
    o.doubleBookedBeds === 0 &&
    o.requestsWithTwoOpenOffers === 0 &&
    o.openAllocationsOnOfferHouses === o.accepted;
  verdicts.placementDoubleBooking = verdict(held);
  rows.push({
    metric: '  beds with two open allocations (… HAVING count(*) > 1)',
    figure: `${o.doubleBookedBeds} rows${o.doubleBookedBeds === 0 ? ' (empty)' : ''}`,
    target: 'empty',
    verdict: verdict(held),
  });
  rows.push({
    metric: '  open allocations on those houses = offers accepted; requests with 2 open offers',
    figure: `${o.openAllocationsOnOfferHouses} = ${o.accepted}; ${o.requestsWithTwoOpenOffers}`,
  });
  return rows;
}
