// The first frame the command line writes before Ink loads (first-frame-text.ts)
// must be, character for character, the frame Ink then draws over it
// (SchedulePreview.tsx): any difference would show as a flicker or as
// leftovers on a warm start. Compared over window sizes, both languages,
// ASCII mode and the palettes, on the hand-made library and the real notes.
import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SchedulePreviewScreen } from '../../components/SchedulePreview.js';
import { makeTheme, ThemeContext } from '../../components/theme.js';
import { initialState } from '../../src/dashboard/dashboard-state.js';
import { firstFrameLines } from '../../src/dashboard/first-frame-text.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { progressLine } from '../../src/dashboard/load-screen.js';
import type { Theme } from '../../src/dashboard/options.js';
import type { RememberedSchedule } from '../../src/dashboard/remembered-schedule.js';
import { rememberSchedule } from '../../src/dashboard/remember-schedule.js';
import { schedulePreview } from '../../src/dashboard/schedule-preview.js';
import { wordedTitles } from '../../src/dashboard/titles.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { translator } from '../../src/i18n/i18n.js';
import type { Library } from '../../src/library/model.js';
import { buildIndex } from '../../src/library/queries.js';
import { safeLibrary } from '../../src/library/safe-library.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { hasBothYears, NO_CORPUS, upstreamNotes } from '../support/upstream.js';

afterEach(() => cleanup());

interface Case {
  columns: number;
  rows: number;
  lang: Lang;
  ascii: boolean;
  palette: Theme;
  filter: 'CurveBS' | null;
}

/** Both drawings of the remembered frame at `now`, as plain lines; null when the frame does not stand or does not fit. */
function bothDrawings(remembered: RememberedSchedule, now: number, c: Case): { text: string[]; ink: string[] } | null {
  const t = translator(c.lang);
  const state = initialState({ now, zone: 'Asia/Shanghai', viewport: { columns: c.columns, rows: c.rows }, filter: c.filter, ascii: c.ascii, lang: c.lang, keymap: KEYMAP, scheduleCursor: remembered.open });
  const preview = schedulePreview(remembered, state);
  if (!preview) return null;
  const progress = progressLine(null, c.columns, t, c.ascii);
  const lines = firstFrameLines(preview, state, { folderLabel: '~/notes/curve', progress, palette: c.palette, t });
  if (!lines) return null;
  const app = render(
    <ThemeContext.Provider value={makeTheme(c.ascii, c.palette)}>
      <SchedulePreviewScreen preview={preview} state={state} folderLabel="~/notes/curve" progress={progress} t={t} />
    </ThemeContext.Provider>,
  );
  const ink = stripVTControlCharacters(app.lastFrame() ?? '').split('\n').map((l) => l.trimEnd());
  app.unmount();
  return { text: lines.map((l) => stripVTControlCharacters(l).trimEnd()), ink };
}

const cases = fc.record({
  // ink-testing-library's stdout is 100 columns wide.
  columns: fc.integer({ min: 20, max: 100 }),
  rows: fc.integer({ min: 8, max: 45 }),
  lang: fc.constantFrom<Lang>('en', 'zh'),
  ascii: fc.boolean(),
  palette: fc.constantFrom<Theme>('dark', 'light', 'none'),
  filter: fc.constantFrom<'CurveBS' | null>(null, 'CurveBS'),
});

const indexOf = (library: Library, lang: Lang) => buildIndex(wordedTitles(safeLibrary(library), translator(lang)));

describe('the first frame written before Ink loads', () => {
  it('is the frame Ink draws, line for line, at any size, in both languages, with and without colour', () => {
    const remembered = { en: rememberSchedule(indexOf(LIBRARY, 'en'), +NOW, 'en'), zh: rememberSchedule(indexOf(LIBRARY, 'zh'), +NOW, 'zh') };
    let compared = 0;
    fc.assert(
      fc.property(cases, (c) => {
        const frame = remembered[c.lang];
        expect(frame).not.toBeNull();
        const both = frame && bothDrawings(frame, +NOW, c);
        if (!both) return;
        compared++;
        expect(both.text).toEqual(both.ink);
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(40);
  });

  it('fills the window: the tab bar, the card, the list and the two status lines', () => {
    const frame = rememberSchedule(indexOf(LIBRARY, 'en'), +NOW, 'en') as RememberedSchedule;
    const both = bothDrawings(frame, +NOW, { columns: 80, rows: 24, lang: 'en', ascii: false, palette: 'dark', filter: null });
    expect(both?.text).toHaveLength(23);
    expect(both?.text[0]).toMatch(/^Schedule · Releases/);
    expect(both?.text.join('\n')).toContain('Next meeting');
    expect(both?.text.at(-2)).toMatch(/^Reading the notes… · \d+ notes/);
  });

  it('is null for a window too small for the dashboard', () => {
    const frame = rememberSchedule(indexOf(LIBRARY, 'en'), +NOW, 'en') as RememberedSchedule;
    const t = translator('en');
    const state = initialState({ now: +NOW, zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 6 }, filter: null, ascii: false, lang: 'en', keymap: KEYMAP, scheduleCursor: frame.open });
    const preview = schedulePreview(frame, state);
    expect(preview && firstFrameLines(preview, state, { folderLabel: '~', progress: '', palette: 'dark', t })).toBeNull();
  });
});

describe.skipIf(!hasBothYears)(`the first frame on the real notes (${NO_CORPUS})`, () => {
  const upstream = upstreamNotes();
  it('is the frame Ink draws at instants across both years', () => {
    const indexes = { en: indexOf(upstream.library(), 'en'), zh: indexOf(upstream.library(), 'zh') };
    let compared = 0;
    fc.assert(
      fc.property(cases, fc.integer({ min: Date.parse('2022-07-01T00:00:00Z'), max: Date.parse('2024-06-30T00:00:00Z') }), (c, now) => {
        const frame = rememberSchedule(indexes[c.lang], now, c.lang);
        const both = frame && bothDrawings(JSON.parse(JSON.stringify(frame)) as RememberedSchedule, now, c);
        if (!both) return;
        compared++;
        expect(both.text).toEqual(both.ink);
      }),
      { numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(20);
  });
});
