// Every match of a global regular expression, as String.prototype.matchAll
// gives them, without its cost: matchAll copies the expression at each call
// (a copy of a long alternation costs more than matching a short line), and
// the parser asks for the matches of a few fixed expressions in every line.

/** All matches of `re` (which must be global) in `text`, in order; `re.lastIndex` is left at 0. */
export function regexMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`regexMatches needs a global expression, got ${re}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let match = re.exec(text); match; match = re.exec(text)) {
      found.push(match);
      // An empty match would be found again at the same place: step over it, a whole code point in unicode mode.
      if (match[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = 0;
  }
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
