// An esbuild plugin for the bundle and the bench's probes: string-width 8 builds
// /^\p{RGI_Emoji}$/v when it is loaded (about 37 ms here, a quarter of `node -e 0`)
// and tries it on every grapheme it measures, Chinese ones included. Every RGI
// emoji holds a code point with Emoji_Presentation or the emoji variation
// selector U+FE0F (UTS #51: basic emoji are one or the other, keycaps, flags, tag,
// modifier and ZWJ sequences are built of them), so a grapheme with neither is
// never one. The patched module asks that first, and builds the RGI expression
// only for a grapheme that could be an emoji: the same widths, with no 37 ms at
// start and none for a screen without emoji. test/text/lazy-emoji-regex.test.ts
// compares the patched module with the original on every code point and on
// emoji sequences.

const EAGER = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
const LAZY = [
  '// curve-dash (scripts/lazy-emoji-regex.mjs): built on first need, asked only of a grapheme that can be an emoji.',
  'const maybeRgiEmojiRegex = /[\\p{Emoji_Presentation}\\uFE0F]/u;',
  'let rgiEmojiRegexBuilt;',
  "const rgiEmojiRegex = {test: (segment) => maybeRgiEmojiRegex.test(segment) && (rgiEmojiRegexBuilt ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment)};",
].join('\n');

/** string-width's source with the RGI expression built on demand; throws when the source no longer has it, so the build says so. */
export function withLazyRgiEmoji(source, file = 'string-width/index.js') {
  if (source.split(EAGER).length !== 2) throw new Error(`${file}: string-width no longer builds its RGI_Emoji expression as scripts/lazy-emoji-regex.mjs expects; update it`);
  return source.replace(EAGER, () => LAZY);
}

export const lazyEmojiRegex = {
  name: 'lazy-emoji-regex',
  setup(b) {
    // string-width 8 only (Ink, widest-line, cli-truncate); wrap-ansi keeps its own 7.x, which uses emoji-regex.
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      // The top-level string-width only: one nested below another package (wrap-ansi's) is another version.
      if (args.path.split(/[\\/]node_modules[\\/]/).length !== 2) return undefined;
      const { readFile } = await import('node:fs/promises');
      return { contents: withLazyRgiEmoji(await readFile(args.path, 'utf8'), args.path), loader: 'js' };
    });
  },
};
