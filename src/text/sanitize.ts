// The one sanitizer for text that comes from outside (file names, note text,
// config values, git output) on its way to a terminal or a calendar. A notes
// repository anyone can write to must not be able to clear the screen, set the
// window title or the clipboard (escape sequences), nor make shown text differ
// from what it is (bidi overrides, zero-width characters). Printable text is
// left exactly as it is, so its display width does not change.

/**
 * Whole escape sequences, so no parameter residue ("31m") is left behind:
 * CSI (ESC [ or C1 0x9B) with parameters and final byte; OSC/DCS/SOS/PM/APC
 * strings (ESC ] P X ^ _ or C1 0x9D 0x90 0x98 0x9E 0x9F) up to BEL or ST, or to
 * the end of the text when unterminated; and the short ESC + one-byte forms.
 */
const ESCAPE_SEQUENCE_RE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

/**
 * Characters never shown: C0 controls but tab and line feed, DEL, C1 controls;
 * bidi embeddings, overrides, isolates and marks; zero-width spaces and joiners,
 * the word joiner and the BOM.
 */
const UNSAFE_CHAR_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Everything sanitize() removes, for a quick "nothing to do" test and for tests to check output with. */
export const UNSAFE_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** The text without escape sequences, controls (tab and newline kept), bidi and zero-width characters. */
export function sanitize(text: string): string {
  if (!UNSAFE_RE.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE_RE, '').replace(UNSAFE_CHAR_RE, '');
}

/** sanitize() for one-line values (a file name, a config value, a line of git output): tabs and newlines become spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\t\n]+/g, ' ');
}

/**
 * Longest text one field of a note shows (an agenda item, an answer, a link):
 * real fields are a few hundred characters; a 200,000-character "link" must
 * not cost every frame its wrapping.
 */
export const MAX_FIELD_CHARS = 2000;

/** The text cut to MAX_FIELD_CHARS characters (never inside a surrogate pair), marked with "…" when cut. */
export function capField(text: string, max = MAX_FIELD_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * JSON text with every character sanitize() would remove written as a \u escape:
 * the data stays exact for scripts, and `export | cat` cannot drive the terminal.
 * JSON.stringify escapes C0 already; C1, bidi and zero-width it writes raw.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_CHAR_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A deep copy of plain data (objects, arrays) with every string passed through
 * `clean`; values that do not change are shared, not copied. Objects are built
 * without a prototype chain only when the input has none.
 */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const next = mapStrings(item, clean);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
    for (const [key, item] of Object.entries(value)) {
      const next = mapStrings(item, clean);
      if (next !== item) changed = true;
      out[key] = next;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/**
 * One line of a message (stderr): every character sanitize() would remove written
 * as a visible escape (\x1b, \u202e), line breaks as \n, so the user sees what
 * the name really holds and the terminal acts on none of it.
 */
export function escapeVisible(text: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, (c) => {
    const code = c.charCodeAt(0);
    return named[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * What a field of a note shows: sanitized, a tab as a space (a terminal moves a tab to its
 * next stop, so no width measured for the line would hold), then capped.
 */
export function displayField(text: string): string {
  return capField(sanitize(text).replace(/\t/g, ' '));
}
