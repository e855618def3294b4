// One screen module per view: each view in components/ that fills the body is
// drawn from its own module in src/dashboard/, and no screen module is left
// without its view (issue #11's "paired one-to-one").
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from './imports.js';

const ROOT = resolve(import.meta.dirname, '../..');
const graph = importGraph(ROOT);

/** View → the screen module that says what it shows. docs/architecture.md has the same table. */
const PAIRS: Record<string, string> = {
  'components/ScheduleView.tsx': 'src/dashboard/schedule-screen.ts',
  'components/ReleasesView.tsx': 'src/dashboard/releases-screen.ts',
  'components/ReleaseChart.tsx': 'src/dashboard/chart-screen.ts',
  'components/MeetingCalendar.tsx': 'src/dashboard/calendar-screen.ts',
  'components/ComponentsView.tsx': 'src/dashboard/components-screen.ts',
  'components/QAView.tsx': 'src/dashboard/qa-screen.ts',
  'components/NoteDetail.tsx': 'src/dashboard/note-screen.ts',
  'components/NoteReader.tsx': 'src/dashboard/note-screen.ts',
  'components/SearchView.tsx': 'src/dashboard/search-screen.ts',
  'components/HelpOverlay.tsx': 'src/dashboard/help-screen.ts',
  'components/WarningsView.tsx': 'src/dashboard/warnings-screen.ts',
  'components/Startup.tsx': 'src/dashboard/load-screen.ts',
  'components/ExpectedView.tsx': 'src/dashboard/expected-screen.ts',
};

describe('screens and views', () => {
  it.each(Object.entries(PAIRS))('%s is drawn from %s', (view, screen) => {
    expect(graph.get(view)).toContain(screen);
  });

  it('every screen module in src/dashboard has its view', () => {
    const screens = readdirSync(resolve(ROOT, 'src/dashboard'))
      .filter((f) => f.endsWith('-screen.ts'))
      .map((f) => `src/dashboard/${f}`);
    expect(screens.length).toBeGreaterThan(5);
    expect(screens.filter((s) => !Object.values(PAIRS).includes(s))).toEqual([]);
  });

  it('the dispatcher names every screen module that has a shape', () => {
    const dispatched = graph.get('src/dashboard/screens.ts') ?? [];
    for (const screen of Object.values(PAIRS).filter((s) => !s.endsWith('search-screen.ts') && !s.endsWith('load-screen.ts'))) {
      expect(dispatched).toContain(screen);
    }
  });
});
