// One meeting's parsed sections (time, join, agenda, releases, plans, Q&A), scrollable.

import type { LibraryIndex } from '../src/queries.js';
import { noteLinesFor } from '../src/screens.js';
import { TextPane } from './TextPane.js';

export interface NoteDetailProps {
  index: LibraryIndex;
  file: string;
  scroll: number;
  visible: number;
  width: number;
}

export function NoteDetail({ index, file, scroll, visible, width }: NoteDetailProps) {
  return <TextPane lines={noteLinesFor(index, file, width)} scroll={scroll} visible={visible} width={width} />;
}
