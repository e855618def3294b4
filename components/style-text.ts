// Text styled as Ink's <Text> styles it, for views that build a whole line as
// one string: the same chalk calls in the same order (dim, colour, bold,
// underline, inverse), so the frame has the same bytes as nested <Text>s give.

import chalk from 'chalk';

export interface TextStyle {
  color?: string | undefined;
  bold?: boolean;
  underline?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

/** A colour as Ink's Text reads it: a chalk colour name or #hex; anything else leaves the text as it is, as Ink does. */
function colorize(text: string, color: string): string {
  if (color in chalk) {
    const paint = chalk[color as keyof typeof chalk];
    return typeof paint === 'function' ? (paint as (s: string) => string)(text) : text;
  }
  return color.startsWith('#') ? chalk.hex(color)(text) : text;
}

export function styleText(text: string, style: TextStyle): string {
  let out = text;
  if (style.dimColor) out = chalk.dim(out);
  if (style.color) out = colorize(out, style.color);
  if (style.bold) out = chalk.bold(out);
  if (style.underline) out = chalk.underline(out);
  if (style.inverse) out = chalk.inverse(out);
  return out;
}
