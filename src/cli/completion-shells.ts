// The zsh and fish completion scripts (bash's is in completion.ts), from the same model.

import { SHELLS } from './args.js';
import { LANGS } from '../i18n/i18n.js';
import type { CompletionModel, OptionSpec } from './completion-model.js';
import { COMMAND_WORDS, FOLDER_COMMANDS, shellQuote } from './completion-model.js';

/** Text inside an `_arguments` description: brackets and backslashes escaped. */
const zshDescription = (text: string): string => text.replace(/[\\\]\[]/g, (c) => `\\${c}`);

function zshValue(option: OptionSpec, components: readonly string[]): string {
  switch (option.value) {
    case 'none':
      return '';
    case 'dir':
      return ':folder:_files -/';
    case 'component':
      return `:component:(${components.join(' ')})`;
    case 'lang':
      return `:language:(${LANGS.join(' ')})`;
    case 'text':
      return `:${option.long.slice(2)}: `;
  }
}

export function zshScript(model: CompletionModel): string {
  const specs = model.options.flatMap((o) => {
    const exclusive = o.long === '--help' || o.long === '--version' ? '(- *)' : '';
    const spelled = [o.long, ...(o.short ? [o.short] : [])];
    return spelled.map((flag) => shellQuote(`${exclusive}${flag}[${zshDescription(o.text)}]${zshValue(o, model.components)}`));
  });
  const commands = model.commands.map((c) => shellQuote(`${c.word}:${c.text.replace(/:/g, '\\:')}`));
  const folderCommands = FOLDER_COMMANDS.filter((c) => c !== 'dashboard').join('|');
  return `#compdef curve-dash
# zsh completion for curve-dash. Load it in the current shell (after compinit) with
#   source <(curve-dash completion zsh)
# or save it as _curve-dash in a folder of your $fpath.
_curve_dash() {
  local curcontext=$curcontext state line
  local -a commands
  commands=(${commands.join(' ')})
  _arguments -C \\
    ${specs.join(' \\\n    ')} \\
    '1: :->first' \\
    '2: :->second' && return 0
  case $state in
    first)
      _describe -t commands 'curve-dash command' commands
      _files -/
      ;;
    second)
      case $line[1] in
        completion) _values shell ${SHELLS.join(' ')} ;;
        ${folderCommands}) _files -/ ;;
      esac
      ;;
  esac
}
if [[ $funcstack[1] == _curve-dash ]]; then _curve_dash "$@"; else compdef _curve_dash curve-dash; fi
`;
}

/** The fish condition under which an option is offered: after the commands it means something for. */
function fishCondition(option: OptionSpec): string {
  const others = COMMAND_WORDS.filter((c) => !option.commands.includes(c));
  if (!others.length) return '';
  const mine = COMMAND_WORDS.filter((c) => option.commands.includes(c));
  if (option.commands.includes('top')) return ` -n ${shellQuote(`not __fish_seen_subcommand_from ${others.join(' ')}`)}`;
  return ` -n ${shellQuote(`__fish_seen_subcommand_from ${mine.join(' ')}`)}`;
}

function fishValue(option: OptionSpec, components: readonly string[]): string {
  switch (option.value) {
    case 'none':
      return '';
    case 'dir':
      return ` -x -a ${shellQuote('(__fish_complete_directories)')}`;
    case 'component':
      return ` -x -a ${shellQuote(components.join(' '))}`;
    case 'lang':
      return ` -x -a ${shellQuote(LANGS.join(' '))}`;
    case 'text':
      return ' -x';
  }
}

export function fishScript(model: CompletionModel): string {
  const folderCommands = FOLDER_COMMANDS.filter((c) => c !== 'dashboard').join(' ');
  const lines = [
    '# fish completion for curve-dash. Load it in the current shell with',
    '#   curve-dash completion fish | source',
    '# or for every shell: curve-dash completion fish > ~/.config/fish/completions/curve-dash.fish',
    'complete -c curve-dash -e',
    'complete -c curve-dash -f',
    ...model.commands.map((c) => `complete -c curve-dash -n __fish_use_subcommand -a ${shellQuote(c.word)} -d ${shellQuote(c.text)}`),
    `complete -c curve-dash -n __fish_use_subcommand -a ${shellQuote('(__fish_complete_directories)')}`,
    `complete -c curve-dash -n ${shellQuote(`__fish_seen_subcommand_from ${folderCommands}`)} -a ${shellQuote('(__fish_complete_directories)')}`,
    `complete -c curve-dash -n ${shellQuote('__fish_seen_subcommand_from completion')} -a ${shellQuote(SHELLS.join(' '))}`,
    ...model.options.map((o) => {
      const short = o.short ? ` -s ${o.short.slice(1)}` : '';
      return `complete -c curve-dash${fishCondition(o)}${short} -l ${o.long.slice(2)}${fishValue(o, model.components)} -d ${shellQuote(o.text)}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
