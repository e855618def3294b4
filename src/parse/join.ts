// How to join: the meeting link, the meeting number and the dial-in numbers.
// They sit in the invitation text, which the notes paste as plain lines, as a
// quote, or inside a fenced code block: all of those are read as lines.

import type { JoinDetails } from '../library/model.js';
import type { Note } from './tree.js';
import { allLines, findSection, linesOf, sectionBlocks } from './tree.js';

const JOIN_SECTION_RE = /加入会议|入会|会议信息|join|meeting info/i;
const MEETING_URL_RE = /https?:\/\/[^\s)）\]>"'`]*(?:meeting\.tencent\.com|voovmeeting\.com|zoom\.us|meet\.google\.com|teams\.microsoft\.com)[^\s)）\]>"'`]*/i;
const MEETING_ID_RE = /(?:腾讯会议|会议号|会议\s*ID|meeting\s*(?:id|number)|voov\s*meeting)\s*号?\s*[:：#]?\s*(\d[\d\- ]{5,}\d)/i;
const DIAL_IN_RE = /^\s*(\+\d[\d\- ]{5,}\d)/;

/** The lines of the invitation: its section when the note has one, else the whole note. */
export function invitationLines(note: Note): string[] {
  const section = findSection(note, JOIN_SECTION_RE);
  const lines = section ? linesOf(sectionBlocks(section)) : [];
  return lines.length ? lines : allLines(note);
}

export function extractJoin(note: Note): JoinDetails {
  const lines = invitationLines(note);
  let url: string | null = null;
  let meetingId: string | null = null;
  const dialIn: string[] = [];
  for (const line of lines) {
    url ??= MEETING_URL_RE.exec(line)?.[0] ?? null;
    meetingId ??= MEETING_ID_RE.exec(line)?.[1]?.trim() ?? null;
    const phone = DIAL_IN_RE.exec(line)?.[1]?.replace(/[\s-]/g, '');
    if (phone && !dialIn.includes(phone)) dialIn.push(phone);
  }
  return { url, meetingId, dialIn };
}
