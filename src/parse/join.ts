// How to join: the meeting link, the meeting number and the dial-in numbers.
// They sit in the invitation text, which the notes paste as plain lines, as a
// quote, as "label：value" fields, or inside a fenced code block: all of those
// are read as lines. A link is a meeting room only by its parsed host (one of
// the vocabulary's meeting hosts or a subdomain of one), never by a substring:
// "https://meeting.tencent.com.evil.example/" is not Tencent Meeting.

import type { Link, Nodes } from 'mdast';
import type { JoinDetails } from '../library/model.js';
import type { Note } from './tree.js';
import { allLines, allSections, linesOf, sectionBlocks } from './tree.js';
import { labelKind, readField } from './labels.js';
import { LABELS, MEETING_HOSTS, alternation } from './vocabulary.js';
import { regexMatches } from '../library/regex-matches.js';

// Titles that name the invitation among other words ("加入会议（腾讯会议）").
const JOIN_SECTION_RE = /加入会议|入会|会议信息|join|meeting info/i;
const URL_G = /https?:\/\/[^\s<>"'`)）\]，。、]+/gi;
const MEETING_ID_RE = new RegExp(String.raw`(?:${alternation(LABELS.meetingId)})\s*号?\s*[:：#]?\s*(\d[\d\- ]{5,}\d)`, 'i');
const DIAL_IN_RE = /^\s*(?:[-*+•]\s*)?(\+\d[\d\- ]{5,}\d)/;
const PHONE_G = /\+\d[\d\- ]{5,}\d/g;

/** The meeting platform a link belongs to, by its host, or null for any other link. */
export function meetingPlatform(url: string): string | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  for (const [platform, hosts] of Object.entries(MEETING_HOSTS)) {
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return platform;
  }
  return null;
}

/** The first meeting link in a piece of text, trailing punctuation left out. */
export function meetingUrlIn(text: string): string | null {
  for (const match of regexMatches(URL_G, text)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (meetingPlatform(url)) return url;
  }
  return null;
}

/** The lines of the invitation: its section when the note has one, else the whole note. */
export function invitationLines(note: Note): string[] {
  const section = [...allSections(note.sections)].find((s) => s.depth > 0 && (labelKind(s.title) === 'join' || JOIN_SECTION_RE.test(s.title)));
  const lines = section ? linesOf(sectionBlocks(section)) : [];
  return lines.length ? lines : allLines(note);
}

/** Link targets of the note ("[点击入会](https://…)" shows only its text as a line). */
function linkTargets(nodes: readonly Nodes[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'link') out.push((node as Link).url);
    else if ('children' in node) linkTargets(node.children as Nodes[], out);
  }
  return out;
}

export function extractJoin(note: Note): JoinDetails {
  const lines = invitationLines(note);
  let url: string | null = null;
  let meetingId: string | null = null;
  const dialIn: string[] = [];
  const addPhone = (phone: string): void => {
    const number = phone.replace(/[\s-]/g, '');
    if (!dialIn.includes(number)) dialIn.push(number);
  };
  for (const line of lines) {
    url ??= meetingUrlIn(line);
    meetingId ??= MEETING_ID_RE.exec(line)?.[1]?.trim() ?? null;
    const field = readField(line);
    // "Dial in: +1 929 205 6099 (US), +49 69 3807 9883 (DE)": every number of the field.
    if (field?.kind === 'dialIn') for (const phone of field.value.match(PHONE_G) ?? []) addPhone(phone);
    const phone = DIAL_IN_RE.exec(line)?.[1];
    if (phone) addPhone(phone);
  }
  url ??= linkTargets(note.root.children).map(meetingUrlIn).find(Boolean) ?? null;
  return { url, meetingId, dialIn };
}
