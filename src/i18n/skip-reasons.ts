// The loader's skip reasons (English in `export`, which is never translated) in
// the UI's language, and which of them are not worth a line each: images, PDFs
// and other files that are not notes by their extension are only counted.

import type { MessageKey, Translate } from './i18n.js';

/** The loader's reason for a file whose extension is not a note's ("not a note file (.png)"). */
export const NOT_A_NOTE_FILE = 'not a note file';

export function isNonTextSkip(reason: string): boolean {
  return reason.startsWith(`${NOT_A_NOTE_FILE} (`);
}

// Every reason the loader writes, as a pattern (named groups become the message's parameters).
const REASONS: [RegExp, MessageKey][] = [
  [/^not a meeting note \(README\/index file\)$/, 'skip.readme'],
  [/^not a meeting note \(no time, agenda, join details, releases, plans or Q&A\)$/, 'skip.noContent'],
  [/^not a meeting note \(no date, time, agenda or join details\)$/, 'skip.noDetails'],
  [/^not a regular file \(a pipe, socket or device\)$/, 'skip.notRegular'],
  [/^symbolic link to outside the notes folder \(not followed\)$/, 'skip.linkOutside'],
  [/^symbolic link loop(?: \(folder already read\))?$/, 'skip.linkLoop'],
  [/^symbolic link to (?<target>.+), a folder already read$/, 'skip.linkDirRead'],
  [/^symbolic link to (?<target>.+), already read$/, 'skip.linkFileRead'],
  [/^broken symbolic link \(its target does not exist\)$/, 'skip.linkBroken'],
  [/^replaced by a symbolic link after it was listed \(not followed\)$/, 'skip.linkSwapped'],
  [/^file name is not valid UTF-8 \(rename it to read it\)$/, 'skip.nameNotUtf8'],
  [/^too large for a meeting note \((?<size>[\d.]+) MB, limit (?<limit>[\d.]+) MB\)$/, 'skip.tooLarge'],
  [/^too large for a meeting note \(grew past the limit of (?<limit>[\d.]+) MB while read\)$/, 'skip.grew'],
  [/^empty file$/, 'skip.empty'],
  [/^binary file, not text$/, 'skip.binary'],
  [/^not text in UTF-8 or GB18030 encoding$/, 'skip.encoding'],
  [/^not valid (?<encoding>UTF-16[LB]E) text$/, 'skip.utf16'],
  [/^could not be parsed \((?<error>.*)\)$/, 'skip.parseFailed'],
  [/^unreadable \(permission denied\)$/, 'skip.permission'],
  [/^vanished while reading$/, 'skip.vanished'],
  [/^is a directory$/, 'skip.isDirectory'],
  [/^unreadable \((?<code>.*)\)$/, 'skip.unreadable'],
];

/** The reason in the translator's language; one it does not know is shown as written. */
export function skipReasonText(reason: string, t: Translate): string {
  if (t.lang === 'en') return reason;
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(key, { ...match.groups });
  }
  return reason;
}
