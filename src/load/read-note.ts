// The note reader's way to a note's whole text: the same bounded, read-only
// reading the loader does (never past MAX_NOTE_BYTES, never a pipe or device,
// never outside the notes folder, even through a link), then remark's tree with
// the loader's own guards. Nothing is ever written.

import { closeSync, fstatSync, openSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { normaliseSource, parseNoteTree } from '../parse/tree.js';
import { describeFsError } from './fs-errors.js';
import { decodeNote, MAX_NOTE_BYTES, READ_FLAGS, readCapped } from './note-file.js';

export interface NoteMarkdown {
  /** The note's text as parsed: line breaks normalised, front matter blanked out (lines kept). */
  source: string;
  root: Root;
  /** The front matter's lines as written, when the note has front matter (shown apart). */
  frontMatter: string[];
}

const FRONT_MATTER_RE = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The file `rel` names inside the library's root (a folder, or the one note loaded), or null when it would leave it. */
export function notePath(libraryRoot: string, rel: string): string | null {
  const root = resolve(libraryRoot);
  let isFile = false;
  try {
    isFile = statSync(root).isFile();
  } catch {
    return null;
  }
  if (isFile) return rel === basename(root) ? root : null;
  const path = resolve(root, rel);
  const within = relative(root, path);
  if (!within || within.startsWith('..') || isAbsolute(within)) return null;
  return path;
}

/** Whether `real` is `realRoot` or below it. */
function inside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/** The note's decoded text, read as the loader reads it; or why it cannot be. */
export function readNoteText(libraryRoot: string, rel: string): { text: string } | { error: string } {
  const path = notePath(libraryRoot, rel);
  if (!path) return { error: 'not inside the notes folder' };
  try {
    const real = realpathSync(path);
    const rootReal = realpathSync(resolve(libraryRoot));
    // A link is followed only to inside the folder, as the listing follows it.
    if (real !== rootReal && !inside(rootReal, real)) return { error: 'a symbolic link to outside the notes folder (not followed)' };
    const fd = openSync(real, READ_FLAGS);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { error: 'not a regular file (a pipe, socket or device)' };
      if (info.size > MAX_NOTE_BYTES) return { error: `too large (limit ${MAX_NOTE_BYTES / 1024 / 1024} MB)` };
      const read = readCapped(fd, MAX_NOTE_BYTES, info.size);
      if (read.more) return { error: `too large (limit ${MAX_NOTE_BYTES / 1024 / 1024} MB)` };
      const decoded = decodeNote(read.bytes);
      return 'error' in decoded ? decoded : { text: decoded.text };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: describeFsError(error) };
  }
}

/** readNoteText with the BOM dropped and line breaks normalised, as the parser sees the text (lines count the same). */
export function readNoteSource(libraryRoot: string, rel: string): { text: string } | { error: string } {
  const read = readNoteText(libraryRoot, rel);
  return 'error' in read ? read : { text: normaliseSource(read.text) };
}

/** The note's syntax tree, with the loader's limits on nesting; or why it cannot be read. */
export function parseNoteMarkdown(text: string): NoteMarkdown | { error: string } {
  try {
    const note = parseNoteTree(text, { literalLinks: true });
    const head = FRONT_MATTER_RE.exec(normaliseSource(text));
    return { source: note.source, root: note.root, frontMatter: note.frontMatter && head ? head[0].replace(/\n$/, '').split('\n') : [] };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}
