// The bench's results: rows with a median, an optional floor and target, as an
// aligned text table or as JSON; and a one-line description of the machine.

import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { median } from './measure.js';

/** A target: at most `ratio` × the row's floor, or at most `max` in the row's unit. */
export type Target = { ratio: number } | { max: number };

export interface Row {
  measure: string;
  /** Raw samples; the row reports their median. */
  samples: number[];
  unit: 'ms' | 'MB' | '×';
  floor?: { name: string; ms: number };
  target?: Target;
}

export interface Table {
  title: string;
  rows: Row[];
}

export interface Figures {
  measure: string;
  median: number;
  unit: Row['unit'];
  samples: number[];
  floor: string | null;
  floorMs: number | null;
  ratio: number | null;
  target: string | null;
  met: boolean | null;
}

function targetText(target: Target | undefined, unit: Row['unit']): string | null {
  if (!target) return null;
  return 'ratio' in target ? `≤ ${target.ratio}× floor` : `≤ ${target.max} ${unit}`;
}

export function figures(row: Row): Figures {
  const value = median(row.samples);
  const ratio = row.floor ? value / row.floor.ms : null;
  let met: boolean | null = null;
  if (row.target && 'ratio' in row.target) met = ratio !== null && ratio <= row.target.ratio;
  else if (row.target) met = value <= row.target.max;
  if (met !== null && Number.isNaN(value)) met = false;
  return {
    measure: row.measure,
    median: value,
    unit: row.unit,
    samples: row.samples,
    floor: row.floor?.name ?? null,
    floorMs: row.floor?.ms ?? null,
    ratio,
    target: targetText(row.target, row.unit),
    met,
  };
}

const number = (n: number, digits = n < 10 ? 1 : 0): string =>
  Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatTable(table: Table): string {
  const header = ['measure', 'median', 'floor', 'ratio', 'target', 'ok'];
  const cells = table.rows.map((row) => {
    const f = figures(row);
    const value = f.unit === '×' ? `${number(f.median, 2)}×` : `${number(f.median)} ${f.unit}`;
    return [
      f.measure,
      `${value} (n=${f.samples.length})`,
      f.floor ? `${f.floor} ${number(f.floorMs as number)} ms` : '',
      f.ratio === null ? '' : `${number(f.ratio, 2)}×`,
      f.target ?? '',
      f.met === null ? '' : f.met ? '✓' : '✗',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const right = new Set([1, 3]);
  const line = (c: string[]) =>
    c.map((s, i) => (right.has(i) ? s.padStart(widths[i] as number) : s.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [table.title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function machine(): { cpu: string; cores: number; node: string; memoryGB: number; loadavg: number[] } {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    node: process.version,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
