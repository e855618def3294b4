// One note file → a Meeting, or the reason it is skipped: size check, read,
// decoding, parsing. This module loads the markdown parser, so the loader
// imports it only when some note is not in the cache.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Meeting, Skipped } from '../library/model.js';
import { parseNote } from '../parse/index.js';
import { describeFsError } from './fs-errors.js';

// Real notes are under 10 KB; parsing grows with size, and a 1 MB "note" is a log or a dump.
// The one size limit: the README's "What it reads" states it.
export const MAX_NOTE_BYTES = 1024 * 1024;

export type Outcome = { meeting: Meeting } | { skipped: Skipped };
export type Decoded = { text: string; warning: string | null } | { error: string };

// C0 controls other than tab and line breaks, and DEL: never part of a note, and
// an ESC in note text would reach the terminal as a control sequence.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030/GBK as older Chinese editors save; binary is refused. */
export function decodeNote(bytes: Uint8Array): Decoded {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return decoded;
  const text = decoded.text.replace(CONTROL_RE, '');
  const stripped = text.length !== decoded.text.length ? 'control characters removed' : null;
  const warning = [decoded.warning, stripped].filter(Boolean).join('; ') || null;
  return { text, warning };
}

function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file, not text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    // fall through to the Chinese legacy encoding
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, warning: 'not UTF-8: decoded as GB18030/GBK' };
  } catch {
    return { error: 'not text in UTF-8 or GB18030 encoding' };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), warning: `not UTF-8: decoded as ${encoding.toUpperCase()}` };
  } catch {
    return { error: `not valid ${encoding.toUpperCase()} text` };
  }
}

// O_NONBLOCK: a file swapped for a FIFO after the listing fails to read instead of hanging.
// O_NOFOLLOW: the listing resolved links already (to targets inside the folder); a file
// swapped for a link afterwards is not followed.
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

const tooLarge = (rel: string, size: number): Outcome => ({
  skipped: { file: rel, reason: `too large for a meeting note (${(size / 1024 / 1024).toFixed(1)} MB, limit ${MAX_NOTE_BYTES / 1024 / 1024} MB)` },
});

/**
 * At most `limit` bytes of the open file, and whether there was more. The cap is on
 * the descriptor, not on what a stat said earlier: a file that grows (or becomes
 * /dev/zero) after it was listed is not read past the limit. `expected` is the size
 * fstat said: the buffer starts that big (and a byte more, to see growth), so a note
 * is read into one buffer instead of copied out of chunks.
 */
export function readCapped(fd: number, limit: number, expected = 0): { bytes: Buffer; more: boolean } {
  // Uninitialised memory is fine: only the bytes read into it are ever handed on.
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, expected > 0 ? expected + 1 : 16 * 1024));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, total, buffer.length - total, null);
    if (n === 0) break;
    total += n;
    if (total > limit) return { bytes: Buffer.alloc(0), more: true };
  }
  return { bytes: buffer.subarray(0, total), more: false };
}

/**
 * Reads and parses one note file (already known to have a note's extension and name).
 * Synchronous on purpose: notes are small, and a blocking read of a few KB costs far
 * less than the promise round trips of an async one, next to a parse of milliseconds.
 */
export function loadOne(path: string, rel: string, knownSize?: number): Outcome {
  let bytes: Buffer;
  try {
    // The loader has usually stat-ed the file already (for the cache): a size over the limit needs no open.
    if (knownSize !== undefined && knownSize > MAX_NOTE_BYTES) return tooLarge(rel, knownSize);
    const fd = openSync(path, READ_FLAGS);
    try {
      // What was opened, not what was listed: it may have been replaced since.
      const info = fstatSync(fd);
      if (!info.isFile()) return { skipped: { file: rel, reason: 'not a regular file (a pipe, socket or device)' } };
      if (info.size > MAX_NOTE_BYTES) return tooLarge(rel, info.size);
      const read = readCapped(fd, MAX_NOTE_BYTES, info.size);
      if (read.more) return { skipped: { file: rel, reason: `too large for a meeting note (grew past the limit of ${MAX_NOTE_BYTES / 1024 / 1024} MB while read)` } };
      bytes = read.bytes;
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { skipped: { file: rel, reason: 'replaced by a symbolic link after it was listed (not followed)' } };
    return { skipped: { file: rel, reason: describeFsError(error) } };
  }
  return parseBytes(bytes, rel);
}

export function parseBytes(bytes: Uint8Array, rel: string): Outcome {
  if (bytes.length === 0) return { skipped: { file: rel, reason: 'empty file' } };
  const decoded = decodeNote(bytes);
  if ('error' in decoded) return { skipped: { file: rel, reason: decoded.error } };
  if (!decoded.text.trim()) return { skipped: { file: rel, reason: 'empty file' } };
  let meeting: Meeting;
  try {
    meeting = parseNote(decoded.text, rel);
  } catch (error) {
    // The extractors are total; this guards against the markdown parser itself (e.g. stack depth).
    return { skipped: { file: rel, reason: `could not be parsed (${(error as Error).message.split('\n')[0]})` } };
  }
  if (decoded.warning) meeting.warnings.unshift(decoded.warning);
  const details = hasMeetingDetails(meeting);
  if (!details && !meeting.date) {
    // Prose that mentions a component or a version (an article) is not a meeting either.
    return { skipped: { file: rel, reason: 'not a meeting note (no date, time, agenda or join details)' } };
  }
  if (!details && !meeting.releases.length && !meeting.plans.length && !meeting.qa.length) {
    // A date alone (from the file's name, say) does not make a held meeting.
    return { skipped: { file: rel, reason: 'not a meeting note (no time, agenda, join details, releases, plans or Q&A)' } };
  }
  return { meeting };
}

/** What only a meeting's note has: its time, its agenda, how to join, its series. */
function hasMeetingDetails(m: Meeting): boolean {
  return Boolean(m.start || m.join.url || m.join.meetingId || m.recurrence || m.agenda.length);
}
