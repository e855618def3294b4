// The viewer's zone name `next` prints, in real processes (TZ is read when a
// process starts): the fast answer from Date's string and /etc/localtime must
// be the one Intl gives, or name the same zone.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Seen {
  name: string;
  intl: string | null;
  platform: string;
  linked: string | null;
  sameOffsets: boolean;
}

/** In a process with this TZ (undefined: unset): localZoneName(), what Intl says the TZ is, and the zone's offsets through a year by Date and by Intl in that name. */
function inProcess(tz: string | undefined): Seen {
  const script = `
    import { localZoneName } from './src/cli/wall-clock.ts';
    const name = localZoneName();
    const tz = process.env.TZ?.replace(/^:/, '');
    let intl = null;
    try { if (tz) { new Intl.DateTimeFormat('en-US', { timeZone: tz }); intl = tz; } } catch {}
    const platform = Intl.DateTimeFormat().resolvedOptions().timeZone;
    let linked = null;
    try { linked = (await import('node:fs')).readlinkSync('/etc/localtime').split('/zoneinfo/')[1] ?? null; } catch {}
    const offsetIn = (ms) => { const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
      return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - ms) / 60000; };
    const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2026, m, 15, 12));
    let sameOffsets = false;
    try { sameOffsets = months.every((ms) => offsetIn(ms) === -new Date(ms).getTimezoneOffset()); } catch {}
    console.log(JSON.stringify({ name, intl, platform, linked, sameOffsets }));`;
  const env = { ...process.env };
  if (tz === undefined) delete env.TZ;
  else env.TZ = tz;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Seen;
}

describe('localZoneName', () => {
  it.each(['UTC', 'Asia/Shanghai', 'Asia/Kolkata', 'America/New_York', 'Europe/London', ':Asia/Tokyo', 'America/Punta_Arenas'])(
    'says TZ=%s as the user spelled it, a zone of the same offsets as Date',
    (tz) => {
      const got = inProcess(tz);
      expect(got.name).toBe(tz.replace(/^:/, ''));
      expect(got.sameOffsets).toBe(true);
    },
  );

  it.each(['Foo/Bar', 'CST-8', ''])('falls back to the platform name for TZ=%j, which names no zone', (tz) => {
    const got = inProcess(tz);
    expect(got.intl).toBeNull();
    expect(got.name).toBe(got.platform || 'UTC');
  });

  it('without TZ names the system zone as /etc/localtime links to it (or as Intl finds it), with the same offsets as Date', () => {
    const got = inProcess(undefined);
    expect(got.sameOffsets).toBe(true);
    expect([got.platform, got.linked]).toContain(got.name);
  });
});
