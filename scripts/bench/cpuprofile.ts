// Summarises V8 .cpuprofile files: the functions with the most self time, and
// with the most total time (self + callees, each sample counted once per function).
// Times are CPU (non-idle samples), summed over the profiles (threads) given.

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hot {
  name: string;
  ms: number;
  share: number;
}

const maps = new Map<string, SourceMap | null>();

/** The source map next to a bundled file (built by the probes with `sourcemap`), if any. */
function mapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const file = url.startsWith('file:') ? `${fileURLToPath(url)}.map` : '';
    maps.set(url, file && existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return maps.get(url) ?? null;
}

/** "name path:line", the path in the original sources when a source map says where. */
function label(f: ProfileNode['callFrame']): string {
  let where = f.url ? `${f.url}:${f.lineNumber + 1}` : '';
  const entry = mapOf(f.url)?.findEntry(f.lineNumber, f.columnNumber);
  if (entry && 'originalSource' in entry) where = `${entry.originalSource}:${entry.originalLine + 1}`;
  return `${f.functionName || '(anonymous)'} ${where.replace(/^.*?\/(node_modules|src|components|scripts)\//, '$1/')}`.trim();
}

/** Top `count` functions by self and by total time over one or more profiles. */
export function hotFunctions(files: readonly string[], count = 12): { totalMs: number; busy: number[]; self: Hot[]; total: Hot[] } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const busy: number[] = [];
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    let threadMs = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(id);
      if (!leaf || leaf.callFrame.functionName === '(idle)') return;
      totalMs += ms;
      threadMs += ms;
      self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = label((byId.get(at) as ProfileNode).callFrame);
        if (!seen.has(name)) seen.add(name), total.set(name, (total.get(name) ?? 0) + ms);
      }
    });
    busy.push(threadMs);
  }
  const top = (m: Map<string, number>): Hot[] =>
    [...m]
      .filter(([name]) => !/^\((root|program)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
  return { totalMs, busy, self: top(self), total: top(total) };
}
