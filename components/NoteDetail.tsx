// One meeting's parsed sections (time, join, agenda, releases, plans, Q&A),
// scrollable. Opened from a search hit, it highlights the matches in the hit's lines.

import type { Lang } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { noteLinesFor } from '../src/dashboard/note-screen.js';
import { termRanges } from '../src/library/search-match.js';
import type { TextLine } from '../src/dashboard/text-views.js';
import { TextPane } from './TextPane.js';

export interface NoteDetailProps {
  index: LibraryIndex;
  file: string;
  scroll: number;
  visible: number;
  width: number;
  /** The search hit's place ("agenda:1") and the query: its lines get the matches highlighted. */
  anchor?: string;
  query?: string;
  /** Default English. */
  lang?: Lang;
}

export function NoteDetail({ index, file, scroll, visible, width, anchor, query, lang = 'en' }: NoteDetailProps) {
  const highlight = anchor && query ? (line: TextLine) => (line.anchor === anchor ? termRanges(line.text, query) : []) : undefined;
  return <TextPane lines={noteLinesFor(index, file, width, translator(lang))} scroll={scroll} visible={visible} width={width} highlight={highlight} />;
}
