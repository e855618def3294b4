// The note reader's English strings: its keys, its header and search box, and
// what it says of a note it cannot show. Spread into en.ts; zh-reader.ts has the same keys.

export const enReader = {
  'help.mode.reader': 'On a note (there v shows its facts, / searches it, y copies its path)',
  'help.mode.find': "In the note's search box (typed text is the query)",
  'key.nextMatch': 'next match in the note',
  'key.prevMatch': 'previous match in the note',
  'key.group.match': 'next / previous match in the note',
  'key.openPager': 'open the note in $PAGER (read-only)',
  'key.confirmFind': 'search the note for the query',
  'key.closeFind': "close the note's search box",
  'reader.unreadable': 'The note cannot be read ({reason}); the facts parsed from it:',
  'reader.find': 'Find in note: ',
  'reader.matches': '{at}/{count} "{query}"',
  'reader.reading': 'reading the note: {percent}%',
  'reader.seeking': 'reading the note as far as the fact: {percent}%',
  'reader.noMatch': 'no match for "{query}"',
  'reader.copied': 'copied via OSC 52, if your terminal allows it: {path}',
  'reader.pagerFailed': 'the pager did not run: {reason}',
  'field.body': 'note',
} as const;
