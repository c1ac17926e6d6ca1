/** Small numeric and formatting helpers for the benchmark report. */

export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles (no interpolation), so every figure is a value that was observed. */
export function distributionOf(values: number[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted[sorted.length - 1],
    mean: sum / sorted.length,
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function formatNumber(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export type Verdict = 'PASS' | 'MISS' | 'n/a';

export function verdict(ok: boolean | undefined): Verdict {
  if (ok === undefined) return 'n/a';
  return ok ? 'PASS' : 'MISS';
}

export interface Row {
  metric: string;
  figure: string;
  target?: string;
  verdict?: Verdict;
}

/** A plain fixed-width table: readable in a terminal and in a CI log alike. Empty columns are left out. */
export function renderTable(title: string, rows: Row[]): string {
  const all = ['metric', 'figure', 'target', 'verdict'];
  const cellsOf = (row: Row): string[] => [row.metric, row.figure, row.target ?? '', row.verdict ?? ''];
  const keep = all.map((_, column) => column < 2 || rows.some((row) => cellsOf(row)[column] !== ''));
  const headers = all.filter((_, column) => keep[column]);
  const cells = rows.map((row) => cellsOf(row).filter((_, column) => keep[column]));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((cell) => cell[column].length)),
  );
  const line = (values: string[]): string =>
    `| ${values.map((value, column) => (column === 1 ? value.padStart(widths[column]) : value.padEnd(widths[column]))).join(' | ')} |`;
  const rule = `+${widths.map((width) => '-'.repeat(width + 2)).join('+')}+`;
  return [title, rule, line(headers), rule, ...cells.map(line), rule].join('\n');
}
