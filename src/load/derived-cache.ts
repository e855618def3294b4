// Values computed from a whole library (the next meeting's schedule, say),
// remembered beside the note cache under the library's stamp (listNotes in
// loader.ts): a warm start that finds the same stamp reads the value instead of
// loading every note and computing it again. One small file per value, written
// atomically; a missing, corrupt, foreign or stale file is simply not found, and
// a cache that cannot be written only costs the next start its speed.

import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PARSER_VERSION } from '../parse/parser-version.js';
import { folderCacheDir, readRegularFile, writeAtomically } from './cache-files.js';

/** A value is far smaller than this; anything bigger is not one of ours. */
const MAX_DERIVED_BYTES = 64 * 1024 * 1024;

export interface DerivedKey {
  /** The notes folder (absolute), whose cache folder holds the value. */
  root: string;
  /** Names the value, and its file. Letters, digits and '-' only. */
  name: string;
  /** The library's stamp: the value is found only for the same one. */
  stamp: string;
  /** The build that computed it: a value from another build may follow other rules. */
  build: string;
}

const fileOf = (key: DerivedKey, env: NodeJS.ProcessEnv): string | null => {
  if (!/^[a-z0-9-]+$/.test(key.name)) return null;
  const dir = folderCacheDir(key.root, env);
  return dir ? join(dir, `derived-${key.name}.json`) : null;
};

let lastStamp: { stamp: string; hash: string } | null = null;
/** The stamp's hash, once per stamp: a warm start reads several values under one. */
function stampHash(stamp: string): string {
  if (lastStamp?.stamp !== stamp) lastStamp = { stamp, hash: createHash('sha256').update(stamp).digest('hex') };
  return lastStamp.hash;
}

/** The header a remembered value must carry: the stamp itself is long, so only its hash is kept. */
const header = (key: DerivedKey) => ({ parserVersion: PARSER_VERSION, build: key.build, root: key.root, stamp: stampHash(key.stamp) });

/** The value remembered under exactly this key, unchecked (the caller checks its shape), or undefined. */
export function readDerived(key: DerivedKey, env: NodeJS.ProcessEnv = process.env): unknown {
  const file = fileOf(key, env);
  const text = file ? readRegularFile(file, MAX_DERIVED_BYTES) : null;
  if (text === null) return undefined;
  try {
    const data = JSON.parse(text) as { header?: Record<string, unknown>; value?: unknown };
    const want = header(key);
    const same = (Object.keys(want) as (keyof typeof want)[]).every((k) => data.header?.[k] === want[k]);
    return same ? data.value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `value` (plain JSON data) under the key; never fails. */
export async function writeDerived(key: DerivedKey, value: unknown, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = fileOf(key, env);
  if (!file) return;
  try {
    await writeAtomically(file, [JSON.stringify({ header: header(key), value })]);
  } catch {
    // A read-only home or a full disk: the value is computed again next time.
  }
}

/** Removes the values named `prefix` + a number from `from` on (what a bigger library left); never fails. */
export async function forgetDerivedFrom(key: Omit<DerivedKey, 'name' | 'stamp' | 'build'>, prefix: string, from: number, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dir = folderCacheDir(key.root, env);
  if (!dir) return;
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const number = name.startsWith(`derived-${prefix}`) && name.endsWith('.json') ? name.slice(`derived-${prefix}`.length, -'.json'.length) : '';
    return /^[0-9]+$/.test(number) && Number(number) >= from;
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)));
}
