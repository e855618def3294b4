// curve-dash.1, the man page, made from the --help text at build time, so the two never say
// different things: usage lines become SYNOPSIS, prose DESCRIPTION, option entries OPTIONS.

import { usage } from '../src/cli/args.js';
import type { HelpEntry } from '../src/cli/help-text.js';
import { helpBlocks } from '../src/cli/help-text.js';

export interface ManMeta {
  name: string;
  version: string;
  description: string;
}

/** Text for roff: backslashes and hyphens escaped, a leading dot or quote kept from being a request. */
export function roffText(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^[.']/, '\\&$&');
}

/** A help term in man style: options and the command name bold, placeholders (DIR, ISO) italic. */
export function roffTerm(term: string): string {
  let out = '';
  let last = 0;
  for (const match of term.matchAll(/(?<![\w-])(--?[a-z][a-z-]*|curve-dash)(?![\w-])|\b([A-Z][A-Z_]+)\b/g)) {
    out += roffText(term.slice(last, match.index));
    out += match[1] ? `\\fB${roffText(match[1])}\\fR` : `\\fI${roffText(match[2]!)}\\fR`;
    last = match.index + match[0].length;
  }
  return out + roffText(term.slice(last));
}

const entries = (list: readonly HelpEntry[]): string[] => list.flatMap((e) => ['.TP', roffTerm(e.term), ...(e.text ? [roffText(e.text)] : [])]);

/** The section a help block's title becomes: `Usage` is the man page's SYNOPSIS. */
const sectionName = (title: string): string => (/^usage$/i.test(title) ? 'SYNOPSIS' : title.toUpperCase());

export function manPage(help: string, meta: ManMeta): string {
  const lines = [
    `.\\" Generated from \`${meta.name} --help\` by scripts/man-page.ts; edit the help text, not this file.`,
    `.TH ${meta.name.toUpperCase()} 1 "" "${meta.name} ${meta.version}" "User Commands"`,
    '.SH NAME',
    `${roffText(meta.name)} \\- ${roffText(meta.description)}`,
  ];
  let described = false;
  for (const block of helpBlocks(help)) {
    if (block.kind === 'entries') {
      lines.push(`.SH ${sectionName(block.title)}`, ...entries(block.entries));
    } else {
      if (!described) lines.push('.SH DESCRIPTION');
      else lines.push('.PP');
      described = true;
      lines.push(...block.lines.map(roffText));
    }
  }
  lines.push('.SH SEE ALSO', `The README.md shipped with ${roffText(meta.name)}: the dashboard's keys, settings, the export format and exit codes.`);
  return `${lines.join('\n')}\n`;
}

/** The man page of this package, from the English help. */
export function packageManPage(meta: ManMeta): string {
  return manPage(usage(), meta);
}
