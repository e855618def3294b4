// The Schedule list's columns: titles, widths, each cell's text and the colour
// it is drawn in (named for a dark background; the palette maps it). Drawn by
// Ink (components/ScheduleView.tsx) and as text before Ink loads (first-frame-text.ts).

import type { Lang, Translate } from '../i18n/i18n.js';
import type { ScheduleRow } from './schedule-model.js';
import { whenWidth } from './schedule-model.js';
import type { ColumnSpec } from './table-layout.js';

export interface ScheduleColumn extends ColumnSpec {
  title: string;
  cell: (row: ScheduleRow) => string;
  /** A dark-palette colour name, or undefined for the default. */
  colour?: (row: ScheduleRow) => string | undefined;
}

export function scheduleColumns(t: Translate, lang: Lang): ScheduleColumn[] {
  return [
    { title: t('col.when'), width: whenWidth(lang), cell: (r) => r.when },
    {
      title: t('col.kind'),
      width: 7,
      cell: (r) => t(`kind.${r.kind}`),
      colour: (r) => (r.kind === 'coming' ? 'green' : r.kind === 'missed' || r.kind === 'gap' || r.kind === 'cancelled' ? 'yellow' : undefined),
    },
    { title: t('col.agenda'), grow: true, cell: (r) => r.summary },
  ];
}
