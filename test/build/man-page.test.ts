// The man page is the --help text in roff: every usage line and option of the help is in it,
// and man(1) renders it without a warning.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manPage, roffTerm, roffText } from '../../scripts/man-page.js';
import { usage } from '../../src/cli/args.js';
import { helpBlocks } from '../../src/cli/help-text.js';

const META = { name: 'curve-dash', version: '9.8.7', description: 'Terminal dashboard for meeting notes' };
const work = mkdtempSync(join(tmpdir(), 'curve-dash-man-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hasMan = spawnSync('man', ['--version']).status === 0;

describe('roff escaping', () => {
  it('escapes backslashes and hyphens and keeps a leading dot from being a request', () => {
    expect(roffText('a\\b')).toBe('a\\eb');
    expect(roffText('--now')).toBe('\\-\\-now');
    expect(roffText('.hidden')).toBe('\\&.hidden');
    expect(roffText("'quoted")).toBe("\\&'quoted");
  });

  it('sets options and the command in bold and placeholders in italics', () => {
    expect(roffTerm('curve-dash next [DIR] [--now ISO]')).toBe('\\fBcurve\\-dash\\fR next [\\fIDIR\\fR] [\\fB\\-\\-now\\fR \\fIISO\\fR]');
    expect(roffTerm('-h, --help')).toBe('\\fB\\-h\\fR, \\fB\\-\\-help\\fR');
  });
});

describe('manPage', () => {
  const page = manPage(usage(), META);

  it('has the header, NAME, and the help as SYNOPSIS, DESCRIPTION and OPTIONS', () => {
    expect(page).toContain('.TH CURVE-DASH 1 "" "curve-dash 9.8.7" "User Commands"\n');
    expect(page).toContain('.SH NAME\ncurve\\-dash \\- Terminal dashboard for meeting notes\n');
    const sections = [...page.matchAll(/^\.SH (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'SEE ALSO']);
    // Every entry of the help, term and text, is a .TP paragraph of the page.
    for (const block of helpBlocks(usage())) {
      if (block.kind === 'entries') for (const e of block.entries) expect(page).toContain(`.TP\n${roffTerm(e.term)}\n${roffText(e.text)}\n`);
      else for (const line of block.lines) expect(page).toContain(`${roffText(line)}\n`);
    }
  });

  it.skipIf(!hasMan)('renders with man ./curve-dash.1, without warnings, as the help reads', () => {
    const file = join(work, 'curve-dash.1');
    writeFileSync(file, page);
    const run = spawnSync('man', ['--warnings', './curve-dash.1'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '200', LANG: 'C.UTF-8' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = run.stdout.replace(/.\x08/g, '').replace(/ +/g, ' ');
    expect(text).toContain('curve-dash next [DIR] [--now ISO] [--json]');
    expect(text).toContain('--lang en|zh');
    expect(text).toContain('pretend it is this time (also CURVE_DASH_NOW), e.g. 2022-12-20T12:00:00+08:00');
  });
});
