// The search overlay: the query being typed, how many notes' parts match,
// and the hits (date, field kind, a snippet around the match with the match
// highlighted), best first. Up/Down select, Enter opens the note at the hit.

import { Box, Text } from 'ink';
import type { DashboardState, SearchOverlay } from '../src/dashboard/dashboard-types.js';
import type { Translate } from '../src/i18n/i18n.js';
import { translator } from '../src/i18n/i18n.js';
import type { LibraryIndex } from '../src/library/queries.js';
import { fieldLabel, searchColumns, searchResults, searchVisible } from '../src/dashboard/search-screen.js';
import type { SearchHit } from '../src/library/search.js';
import { displayWidth, fit, graphemes, truncate } from '../src/text/text-width.js';
import { Highlighted } from './Highlighted.js';
import { useTheme } from './theme.js';

/** The end of the text within `width` columns: while typing, the end is what matters. */
function tail(text: string, width: number, ellipsis: string): string {
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(ellipsis);
  if (room <= 0) return '';
  let out = '';
  for (const g of graphemes(text).reverse()) {
    if (displayWidth(g + out) > room) break;
    out = g + out;
  }
  return ellipsis + out;
}

function HitRow({ hit, selected, columns, t }: { hit: SearchHit; selected: boolean; columns: number; t: Translate }) {
  const theme = useTheme();
  const cols = searchColumns(columns);
  const { entry, snippet } = hit;
  const meta = `${cols.date > 0 ? `${fit(entry.date ?? '?', cols.date)} ` : ''}${cols.field > 0 ? `${fit(fieldLabel(entry.field, t), cols.field)} ` : ''}`;
  return (
    <Text bold={selected}>
      {selected ? '> ' : '  '}
      <Text color={selected ? theme.color('cyan') : theme.color('gray')}>{meta}</Text>
      <Highlighted text={snippet.text} ranges={snippet.ranges} />
    </Text>
  );
}

export interface SearchViewProps {
  index: LibraryIndex;
  state: DashboardState;
  overlay: SearchOverlay;
}

export function SearchView({ index, state, overlay }: SearchViewProps) {
  const theme = useTheme();
  const t = translator(state.lang);
  const { columns } = state.viewport;
  const cut = (text: string): string => truncate(text, columns, { ellipsis: theme.ellipsis });
  const query = overlay.query;
  const result = query.trim() ? searchResults(index, query, columns, state.ascii) : null;
  const keys = t(theme.ascii ? 'search.keysAscii' : 'search.keys');
  const count = !result
    ? t('search.hint')
    : result.total === 0
      ? t('search.none')
      : result.total > result.hits.length
        ? t('search.countLimited', { count: result.total, shown: result.hits.length })
        : t('search.count', { count: result.total });
  const prompt = columns >= 20 ? t('search.prompt') : '/';
  const shown = result ? result.hits.slice(overlay.scroll, overlay.scroll + searchVisible(state.viewport)) : [];
  return (
    <Box flexDirection="column" width={columns}>
      <Text>
        <Text bold>{prompt}</Text>
        {tail(query, columns - displayWidth(prompt) - 1, theme.ellipsis)}
        {/* The caret: an inverse space (a block glyph has an ambiguous width). */}
        <Text inverse> </Text>
      </Text>
      <Text dimColor>{cut(`${count}${theme.separator}${keys}`)}</Text>
      {shown.map((hit, i) => (
        <HitRow key={`${hit.entry.file}:${hit.entry.anchor}`} hit={hit} selected={overlay.scroll + i === overlay.cursor} columns={columns} t={t} />
      ))}
    </Box>
  );
}
