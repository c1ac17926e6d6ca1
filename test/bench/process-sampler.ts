import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Linux /proc readings: resident memory and CPU time of the processes under test. */

const CLOCK_TICKS = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function rssMegabytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined; // the process has gone
  }
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "pid (comm) ": state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** Busy and total CPU seconds of the whole machine so far (all cores). */
export function machineCpuSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = values[3] + values[4];
  return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
}

export const CORES = cpus().length;

/** The Kafka broker of a profile, found by its server.properties path on the java command line. */
export function findBrokerPid(brokerName: string): number | undefined {
  const needle = `/.local/kafka/${brokerName}/server.properties`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (commandLine.includes(needle)) return Number(entry);
    } catch {
      // exited while we looked
    }
  }
  return undefined;
}

/** Samples VmRSS of each named process every `intervalMs` until stopped; keeps the maxima. */
export class RssSampler {
  private timer?: NodeJS.Timeout;
  private readonly max = new Map<string, number>();
  private readonly windowMax = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private samples = 0;

  private readonly pids: Map<string, number>;

  constructor(
    pids: Record<string, number>,
    private readonly intervalMs = 500,
  ) {
    this.pids = new Map(Object.entries(pids));
  }

  /** Follows a restarted process under the same name; the maximum carries over. */
  track(name: string, pid: number): void {
    this.pids.set(name, pid);
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
  }

  get sampleCount(): number {
    return this.samples;
  }

  maxima(): Record<string, number> {
    return Object.fromEntries(this.max);
  }

  /** Maxima since the previous call (one phase), then starts a new window. */
  takeWindow(): Record<string, number> {
    this.sample();
    const window = Object.fromEntries(this.windowMax);
    this.windowMax.clear();
    return window;
  }

  latest(): Record<string, number> {
    return Object.fromEntries(this.last);
  }

  private sample(): void {
    this.samples += 1;
    for (const [name, pid] of this.pids) {
      const rss = rssMegabytes(pid);
      if (rss === undefined) continue;
      this.last.set(name, rss);
      this.max.set(name, Math.max(this.max.get(name) ?? 0, rss));
      this.windowMax.set(name, Math.max(this.windowMax.get(name) ?? 0, rss));
    }
  }
}

export interface CpuBreakdown {
  wallSeconds: number;
  /** CPU seconds per named group of processes during the phase. */
  groups: Record<string, number>;
  /** Whole machine: busy cores on average, of CORES. */
  machineBusyCores: number;
  /** Busy CPU not accounted for by the named groups (other tenants, Postgres background workers...). */
  otherBusyCores: number;
}

/** The benchmark's own process is measured with process.cpuUsage(). */
export const SELF = -1;

/**
 * CPU used by named groups of processes between `begin()` and `end()`. A process present at only
 * one end (e.g. a Postgres backend that connected mid-phase) is left out of its group.
 */
export class CpuMeter {
  private startWall = 0;
  private startMachine = { busy: 0, total: 0 };
  private startByPid = new Map<number, number>();

  constructor(private readonly groups: Record<string, number[]>) {}

  begin(): void {
    this.startWall = Date.now();
    this.startMachine = machineCpuSeconds();
    this.startByPid = new Map();
    for (const pid of Object.values(this.groups).flat()) {
      const used = usedBy(pid);
      if (used !== undefined) this.startByPid.set(pid, used);
    }
  }

  end(): CpuBreakdown {
    const wallSeconds = (Date.now() - this.startWall) / 1_000;
    const machine = machineCpuSeconds();
    const groups: Record<string, number> = {};
    for (const [name, pids] of Object.entries(this.groups)) {
      let total = 0;
      for (const pid of pids) {
        const before = this.startByPid.get(pid);
        const after = usedBy(pid);
        if (before !== undefined && after !== undefined) total += after - before;
      }
      groups[name] = total;
    }
    const machineBusy = machine.busy - this.startMachine.busy;
    const accounted = Object.values(groups).reduce((sum, value) => sum + value, 0);
    return {
      wallSeconds,
      groups,
      machineBusyCores: machineBusy / wallSeconds,
      otherBusyCores: Math.max(0, machineBusy - accounted) / wallSeconds,
    };
  }
}

function usedBy(pid: number): number | undefined {
  if (pid !== SELF) return cpuSeconds(pid);
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
