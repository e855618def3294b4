// A listing with a memo (note-listing.ts) must be the listing a walk gives,
// whatever changed in the folder since the memo was written: a folder whose
// entries change moves its ctime, and a moved ctime means a walk.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listNotes } from '../../src/load/note-listing.js';
import { folderCacheDir } from '../../src/load/cache-files.js';

const temp = mkdtempSync(join(tmpdir(), 'curve-dash-note-listing-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let made = 0;

function fresh(): { root: string; env: NodeJS.ProcessEnv; outside: string } {
  const base = join(temp, `case-${made++}`);
  const root = join(base, 'notes');
  mkdirSync(join(root, '2022', 'Double Week Meetings'), { recursive: true });
  writeFileSync(join(root, '2022', 'Double Week Meetings', '2022-08-04.md'), '# note\n');
  writeFileSync(join(root, 'README.md'), '# readme\n');
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), '# secret\n');
  return { root, env: { ...process.env, XDG_CACHE_HOME: join(base, 'cache'), CURVE_DASH_NO_CACHE: '' }, outside };
}

const memoFile = (root: string, env: NodeJS.ProcessEnv): string => join(folderCacheDir(root, env) as string, 'derived-listing.json');
const options = (env: NodeJS.ProcessEnv) => ({ build: 'test', env, racyMs: 0 });
/** What a listing says, without the parts that are the same by construction. */
const said = (l: Awaited<ReturnType<typeof listNotes>>) => ({ candidates: l.candidates, skipped: l.skipped, stats: l.stats, stamp: l.stamp });

/** Every folder below `root` (itself included), not following links: where a change can be made. */
function folders(root: string): string[] {
  const out = [root];
  for (const entry of readdirSync(root, { withFileTypes: true })) if (entry.isDirectory()) out.push(...folders(join(root, entry.name)));
  return out;
}
function files(root: string): string[] {
  return folders(root).flatMap((dir) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(dir, e.name)));
}

type Change = { kind: 'add' | 'mkdir' | 'remove' | 'rename' | 'edit' | 'linkInside' | 'linkOutside' | 'linkDir' | 'dirToLink' | 'dotDir'; pick: number; name: string };
const change = fc.record({
  kind: fc.constantFrom<Change['kind']>('add', 'mkdir', 'remove', 'rename', 'edit', 'linkInside', 'linkOutside', 'linkDir', 'dirToLink', 'dotDir'),
  pick: fc.nat(1000),
  name: fc.constantFrom('2023-01-12.md', 'a.md', 'b.txt', 'notes.markdown', 'image.png', 'sub', 'README.md', 'x'),
});

function apply(c: Change, root: string, outside: string): void {
  const dirs = folders(root);
  const dir = dirs[c.pick % dirs.length] as string;
  const all = files(root);
  const file = all.length ? (all[c.pick % all.length] as string) : null;
  const target = join(dir, `${c.name}-${c.pick}`);
  if (existsSync(target)) return;
  switch (c.kind) {
    case 'add':
      return writeFileSync(join(dir, `${c.pick}-${c.name}`), '# new\n');
    case 'mkdir':
      return mkdirSync(target);
    case 'remove':
      if (file) rmSync(file);
      return;
    case 'rename':
      if (file) renameSync(file, join(dir, `${c.pick}-renamed.md`));
      return;
    case 'edit':
      // Content and mtime only: the folder's ctime stays, and the fresh stats must still see it.
      if (file) {
        writeFileSync(file, `# edited ${c.pick}\n`);
        utimesSync(file, new Date(), new Date(Date.now() + 5000 + c.pick));
      }
      return;
    case 'linkInside':
      if (file) symlinkSync(file, join(dir, `${c.pick}-link.md`));
      return;
    case 'linkOutside':
      return symlinkSync(join(outside, 'secret.md'), join(dir, `${c.pick}-out.md`));
    case 'linkDir':
      return symlinkSync(dirs[(c.pick + 1) % dirs.length] as string, target);
    case 'dirToLink': {
      const victim = dirs.at(-1) as string;
      if (victim === root) return;
      rmSync(victim, { recursive: true });
      return symlinkSync(outside, victim);
    }
    case 'dotDir':
      mkdirSync(join(dir, `.hidden-${c.pick}`));
      return writeFileSync(join(dir, `.hidden-${c.pick}`, 'n.md'), '# hidden\n');
  }
}

describe('listNotes with a memo', () => {
  it('writes a memo after a walk, lists the same from it, and reads it only under the same build', async () => {
    const { root, env } = fresh();
    const walked = await listNotes(root, options(env));
    expect(existsSync(memoFile(root, env))).toBe(true);
    expect(said(await listNotes(root, options(env)))).toEqual(said(walked));
    expect(said(await listNotes(root))).toEqual(said(walked));
    // The memo is what is read: one with a file taken out lists without it, under its build only.
    const file = memoFile(root, env);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { value: { candidates: unknown[] } };
    writeFileSync(file, JSON.stringify({ ...data, value: { ...data.value, candidates: data.value.candidates.slice(1) } }));
    expect((await listNotes(root, options(env))).candidates).toHaveLength(walked.candidates.length - 1);
    expect(said(await listNotes(root, { ...options(env), build: 'other' }))).toEqual(said(walked));
  });

  it('gives what a walk gives after any sequence of changes to the folder', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        const { root, env, outside } = fresh();
        await listNotes(root, options(env));
        for (const c of changes) {
          apply(c, root, outside);
          const memo = await listNotes(root, options(env));
          expect(said(memo)).toEqual(said(await listNotes(root)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('sees a link whose target went outside through a folder the walk does not read (found by the property above)', async () => {
    const { root, env, outside } = fresh();
    // A note in a hidden folder (the walk skips it, so it watches none of its entries), and a link to it.
    const hidden = join(root, '2022', '.hidden');
    mkdirSync(join(hidden, 'inner'), { recursive: true });
    writeFileSync(join(hidden, 'inner', 'n.md'), '# hidden\n');
    symlinkSync(join(hidden, 'inner', 'n.md'), join(root, 'link.md'));
    const before = await listNotes(root, options(env));
    expect(before.candidates.map((c) => c.rel)).toContain('link.md');
    // The hidden folder becomes a link outside, where a file of the same name waits: the link now leads out.
    writeFileSync(join(outside, 'n.md'), '# outside\n');
    rmSync(join(hidden, 'inner'), { recursive: true });
    symlinkSync(outside, join(hidden, 'inner'));
    const walked = await listNotes(root);
    expect(walked.candidates.map((c) => c.rel)).not.toContain('link.md');
    expect(said(await listNotes(root, options(env)))).toEqual(said(walked));
  });

  it('remembers nothing when a folder changed a moment before the walk (its clock may not tick again)', async () => {
    const { root, env } = fresh();
    await listNotes(root, { build: 'test', env });
    expect(existsSync(memoFile(root, env))).toBe(false);
  });

  it('sees a folder made unreadable since (its ctime moves) and skips it as a walk does', async () => {
    const { root, env } = fresh();
    await listNotes(root, options(env));
    chmodSync(join(root, '2022'), 0o000);
    try {
      expect(said(await listNotes(root, options(env)))).toEqual(said(await listNotes(root)));
    } finally {
      chmodSync(join(root, '2022'), 0o755);
    }
  });

  it('walks again when the folder is reached through a link that now points elsewhere', async () => {
    const { root, env, outside } = fresh();
    const link = join(temp, `link-${made}`);
    symlinkSync(root, link);
    await listNotes(link, options(env));
    rmSync(link);
    symlinkSync(outside, link);
    expect(said(await listNotes(link, options(env)))).toEqual(said(await listNotes(link)));
    expect((await listNotes(link, options(env))).candidates.map((c) => c.rel)).toEqual(['secret.md']);
  });

  it('ignores a tampered memo that names a file outside the folder, or is not a memo at all', async () => {
    const { root, env, outside } = fresh();
    await listNotes(root, options(env));
    const file = memoFile(root, env);
    const text = readFileSync(file, 'utf8');
    const data = JSON.parse(text) as { value: { candidates: unknown[] } };
    for (const evil of ['../outside/secret.md', ['secret.md', join(outside, 'secret.md')], '2022//x.md', './x.md']) {
      writeFileSync(file, JSON.stringify({ ...data, value: { ...data.value, candidates: [evil] } }));
      const listed = await listNotes(root, options(env));
      expect(listed.candidates.every((c) => !c.path.startsWith(outside))).toBe(true);
      expect(said(listed)).toEqual(said(await listNotes(root)));
    }
    writeFileSync(file, 'not json');
    expect(said(await listNotes(root, options(env)))).toEqual(said(await listNotes(root)));
  });
});
