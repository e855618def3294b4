// `curve-dash completion bash|zsh|fish`: a script that teaches the shell curve-dash's commands,
// options, component names (and aliases) and folders (see completion-model.ts for the words).

import type { CommandName, Shell } from './args.js';
import { SHELLS } from './args.js';
import { LANGS } from '../i18n/i18n.js';
import type { CompletionModel, OptionValue } from './completion-model.js';
import { COMMAND_WORDS, FOLDER_COMMANDS, completionModel, words } from './completion-model.js';
import { fishScript, zshScript } from './completion-shells.js';

function optionWords(model: CompletionModel, command: CommandName | 'top'): string {
  return words(model.options.filter((o) => o.commands.includes(command)).flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]));
}

export function bashScript(model: CompletionModel): string {
  const valued = model.options.filter((o) => o.value !== 'none');
  const valueCase = (value: OptionValue): string => valued.filter((o) => o.value === value).map((o) => o.long).join('|');
  const perCommand = (['dashboard', 'next', 'export', 'ics', 'sync', 'completion'] as const)
    .map((c) => `            ${c}) candidates=(${optionWords(model, c)}) ;;`)
    .join('\n');
  return `# bash completion for curve-dash. Load it in the current shell with
#   source <(curve-dash completion bash)
# or for every shell: curve-dash completion bash > ~/.local/share/bash-completion/completions/curve-dash
_curve_dash_dirs() {
  local dir
  compopt -o filenames 2>/dev/null
  while IFS= read -r dir; do COMPREPLY+=("$dir"); done < <(compgen -d -- "$1")
}

_curve_dash() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  local -a candidates=() args=()
  local i word command
  COMPREPLY=()
  case $prev in
    ${valueCase('component')}) candidates=(${words(model.components)}) ;;
    ${valueCase('lang')}) candidates=(${words(LANGS)}) ;;
    ${valueCase('dir')}) _curve_dash_dirs "$cur"; return 0 ;;
    ${valueCase('text')}) return 0 ;;
    *)
      # The words typed so far that are neither options nor their values.
      for ((i = 1; i < COMP_CWORD; i++)); do
        word=\${COMP_WORDS[i]}
        case $word in
          ${valued.map((o) => o.long).join('|')}) ((i++)) ;;
          -*) ;;
          *) args+=("$word") ;;
        esac
      done
      case \${args[0]-} in
        ${COMMAND_WORDS.join('|')}) command=\${args[0]} ;;
        *) command=dashboard ;;
      esac
      if [[ $cur == -* ]]; then
        if ((\${#args[@]} == 0)); then
          candidates=(${optionWords(model, 'top')})
        else
          case $command in
${perCommand}
          esac
        fi
      elif ((\${#args[@]} == 0)); then
        candidates=(${words(COMMAND_WORDS)})
        _curve_dash_dirs "$cur"
      elif ((\${#args[@]} == 1)); then
        case $command in
          completion) candidates=(${words(SHELLS)}) ;;
          ${FOLDER_COMMANDS.filter((c) => c !== 'dashboard').join('|')}) _curve_dash_dirs "$cur" ;;
        esac
      fi
      ;;
  esac
  for word in "\${candidates[@]}"; do
    [[ $word == "$cur"* ]] && COMPREPLY+=("$word")
  done
  return 0
}
complete -F _curve_dash curve-dash
`;
}

/** The completion script for a shell, its descriptions taken from the given --help text. */
export function completionScript(shell: Shell, help: string): string {
  const model = completionModel(help);
  switch (shell) {
    case 'bash':
      return bashScript(model);
    case 'zsh':
      return zshScript(model);
    case 'fish':
      return fishScript(model);
  }
}
