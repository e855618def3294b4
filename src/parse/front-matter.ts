// YAML front matter ("---\ntitle: …\ndate: …\n---" at the very top). Its
// fields are facts about the note; its text is not part of the note, so it is
// blanked out before parsing (offsets kept, so the rest still maps to the source).

export interface FrontMatter {
  /** Top-level scalar fields, keys lower-cased, quotes removed. */
  fields: Record<string, string>;
}

const FENCE_RE = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD_RE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  if (quoted) return (quoted[2] ?? '').replace(/''/g, "'");
  // A comment after the value ("2025-03-06 # moved") is YAML, not the value.
  return value.replace(/\s+#.*$/, '');
}

/** The front matter and the source with it blanked out (same length, same line count). */
export function splitFrontMatter(source: string): { frontMatter: FrontMatter | null; body: string } {
  const match = FENCE_RE.exec(source);
  if (!match) return { frontMatter: null, body: source };
  const fields: Record<string, string> = {};
  let keyed = 0;
  for (const line of (match[1] ?? '').split('\n')) {
    const field = FIELD_RE.exec(line);
    if (!field) continue;
    keyed += 1;
    const value = unquote(field[2] ?? '');
    if (value && !/^[|>[{]/.test(value)) fields[(field[1] ?? '').toLowerCase()] = value;
  }
  // "---" then prose then "---" is a thematic break around text, not front matter.
  if (keyed === 0) return { frontMatter: null, body: source };
  const blanked = match[0].replace(/[^\n]/g, ' ');
  return { frontMatter: { fields }, body: blanked + source.slice(match[0].length) };
}
