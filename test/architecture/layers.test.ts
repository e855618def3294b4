// The layers stay visible in the tree: no import cycles, and each stage
// imports only the stages before it (docs/architecture.md draws them).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './imports.js';

const ROOT = resolve(import.meta.dirname, '../..');
const graph = importGraph(ROOT);

/** Which rooms each room may import from (its own always). */
const ALLOWED: Record<string, readonly string[]> = {
  'src/text': [],
  'src/i18n': [],
  'src/library': ['src/text', 'src/i18n'],
  'src/parse': ['src/library'],
  'src/load': ['src/parse', 'src/library'],
  // Live reload (--watch) watches and reloads the notes.
  'src/dashboard': ['src/load', 'src/library', 'src/text', 'src/i18n'],
  'src/cli': ['src/load', 'src/library', 'src/dashboard', 'src/text', 'src/i18n'],
  components: ['src/dashboard', 'src/library', 'src/text', 'src/i18n'],
  bin: ['src/cli', 'src/dashboard', 'components'],
};

const roomOf = (file: string): string => {
  const parts = file.split('/');
  return parts[0] === 'src' ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
};

describe('the import graph', () => {
  it('is read from the real tree', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('bin/curve-dash.ts')).toContain('src/cli/cli.ts');
  });

  it('has no cycles, type imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const cyclic = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(importCycles(cyclic)).toEqual([['a', 'b', 'c']]);
  });

  it('keeps every stage to the stages before it; src/ never imports the views', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const room = roomOf(file);
      const allowed = ALLOWED[room];
      if (!allowed) {
        wrong.push(`${file}: not in a known room`);
        continue;
      }
      for (const target of targets) {
        const to = roomOf(target);
        if (to !== room && !allowed.includes(to)) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
