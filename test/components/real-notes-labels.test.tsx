// Issue #12.10 on the real 2022–2023 notes laid out as upstream: the Releases and
// Q&A tabs at 80×24 (skipped when ../shared is absent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/load/loader.js';
import type { Library } from '../../src/library/model.js';
import { KEYS, press } from '../support/ink.js';
import { buildUpstreamLayout, hasUpstreamCorpus, NO_CORPUS_REASON } from '../support/upstream-layout.js';
import { mountApp } from './render-app.js';

const linesOf = (frame: string): string[] => frame.split('\n');
const tableRows = (frame: string): string[] => linesOf(frame).filter((l) => /^[> ] /.test(l) && !/^\s+(Product|Date|产品|日期)\b/.test(l));

describe.skipIf(!hasUpstreamCorpus)(`dashboard labels on the real notes (${NO_CORPUS_REASON})`, () => {
  let library: Library;
  let remove = (): void => {};
  beforeAll(async () => {
    const layout = buildUpstreamLayout();
    remove = layout.remove;
    library = await loadLibrary(layout.root, { cache: false });
  }, 60_000);
  afterAll(() => remove());

  it('Releases: every version whole, newest first within a product, the product on every screen', async () => {
    const { app } = await mountApp({ library });
    const frame = await press(app, '2');
    expect(frame).toMatch(/Product ↓ +Version +Status +History/);
    expect(frame).toContain('v2.5.0-beta1 ');
    expect(frame).not.toMatch(/v\d[\w.-]*…/);
    const versions = linesOf(frame).map((l) => /^[> ] (?:CurveFS)?\s+(v2\.\d+)\.?\d*\s/.exec(l)?.[1]).filter(Boolean) as string[];
    const minors = versions.map((v) => Number(v.split('.')[1]));
    expect(minors.length).toBeGreaterThan(3);
    expect([...minors].sort((a, b) => b - a)).toEqual(minors);
    // Scrolled past a product's first version, the first row on screen still names it.
    const scrolled = await press(app, ...Array<string>(25).fill('j'));
    const first = tableRows(scrolled).find((l) => /v\d/.test(l)) ?? '';
    expect(first).toMatch(/^[> ] (CurveBS|CurveFS|CurveAdm|curve-operator|curve-csi|tools|brpc|Curve) +v/);
  });

  it("Releases: a merged release's notes say how each note wrote it", async () => {
    const { app } = await mountApp({ library });
    const rows = tableRows(await press(app, '2'));
    const at = rows.findIndex((l) => /\sv2\.3\.0\s/.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    const notes = await press(app, ...Array<string>(at).fill('j'), KEYS.enter);
    expect(notes).toMatch(/CurveFS v2\.3\.0: released/);
    expect(notes).toMatch(/Written as/);
    expect(notes).toMatch(/Curve v2\.3(\.0)?\b/);
  });

  it('Q&A: each row says answered or open, never done, in both languages', async () => {
    const { app } = await mountApp({ library });
    const frame = await press(app, '4');
    expect(frame).toMatch(/Date +State ↓ +Question/);
    const states = tableRows(frame).map((l) => l.slice(2).split(/\s+/)[1]);
    expect(states.length).toBeGreaterThan(10);
    expect(new Set(states)).toEqual(new Set(['answered']));
    expect(frame).not.toMatch(/\bdone\b/);
    const zh = await mountApp({ library, lang: 'zh' });
    expect(await press(zh.app, '4')).toMatch(/\d{4}-\d\d-\d\d 已回答 /);
  });

  it('Schedule: every column has a header', async () => {
    const { app } = await mountApp({ library });
    const frame = await press(app, KEYS.escape);
    const header = linesOf(frame).find((l) => /When/.test(l)) ?? '';
    expect(header).toMatch(/When +Kind +/);
  });
});
