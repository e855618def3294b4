// slice-ansi as Ink's output module sees it (scripts/frame-caches.mjs points its
// import here): the same slices, remembered across frames. Ink clips every line
// written inside a Box with overflow="hidden" (the dashboard's body) by slicing
// it, on every frame, even when it already fits.

import sliceAnsi from 'slice-ansi';
import { rememberedByString } from './bounded-memo.js';

const remembered = rememberedByString((key) => {
  const [start, end] = key.split(':', 2);
  return sliceAnsi(key.slice(`${start}:${end}:`.length), Number(start), end === '' ? undefined : Number(end));
});

export default function rememberedSliceAnsi(text: string, start: number, end?: number): string {
  if (!Number.isInteger(start) || (end !== undefined && !Number.isInteger(end))) return sliceAnsi(text, start, end);
  return remembered(`${start}:${end ?? ''}:${text}`);
}
