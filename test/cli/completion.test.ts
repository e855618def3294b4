// `curve-dash completion bash|zsh|fish`: the scripts are loaded into the real shells and asked
// for candidates, as a user's Tab would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, parseArgs, usage } from '../../src/cli/args.js';
import { COMMAND_WORDS, OPTIONS, componentWords } from '../../src/cli/completion-model.js';
import { helpBlocks, optionsOf } from '../../src/cli/help-text.js';
import { componentFromUserInput } from '../../src/library/aliases.js';
import { COMPONENTS } from '../../src/library/model.js';
import { translator } from '../../src/i18n/i18n.js';
import { cli } from '../support/cli.js';

const has = (program: string): boolean => spawnSync(program, ['-c', 'exit 0']).status === 0;

function usageKey(argv: string[]): string | null {
  try {
    parseArgs(argv);
    return null;
  } catch (error) {
    return error instanceof UsageError ? error.key : String(error);
  }
}

describe('parseArgs: completion', () => {
  it('takes exactly one known shell', () => {
    expect(parseArgs(['completion', 'zsh'])).toMatchObject({ command: 'completion', shell: 'zsh', dir: null });
    expect(usageKey(['completion'])).toBe('args.needsShell');
    expect(usageKey(['completion', 'tcsh'])).toBe('args.badShell');
    expect(usageKey(['completion', 'bash', 'extra'])).toBe('args.completionArgs');
  });

  it('says a missing shell in one line, in English and in Chinese, exit 2', () => {
    const en = cli(['completion'], { LANG: 'C.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('curve-dash: completion needs a shell: bash, zsh or fish (run `curve-dash --help` for usage)\n');
    const zh = cli(['completion', 'tcsh', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^curve-dash: completion 不支持 shell "tcsh"/);
  });
});

describe('the completion model matches the command line', () => {
  it('offers exactly the options the help names, in both languages, and parseArgs accepts each', () => {
    const offered = OPTIONS.flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]).sort();
    for (const lang of ['en', 'zh'] as const) {
      const named = helpBlocks(usage(translator(lang)))
        .flatMap((b) => (b.kind === 'entries' ? b.entries : []))
        .filter((e) => e.term.startsWith('-'))
        .flatMap((e) => optionsOf(e.term));
      expect([...new Set(named)].sort()).toEqual(offered);
    }
    const sample = { none: [], dir: ['/tmp'], component: ['CurveFS'], lang: ['zh'], text: ['x'] } as const;
    for (const option of OPTIONS) {
      const command = option.commands.find((c) => c !== 'top' && c !== 'dashboard' && c !== 'completion');
      const argv = [...(command ? [command] : []), option.long, ...sample[option.value]];
      expect(usageKey(argv), argv.join(' ')).not.toBe('args.unknownOption');
      expect(usageKey(argv), argv.join(' ')).not.toBe('args.needsValue');
    }
  });

  it('offers the commands of the help, and component words that --component accepts', () => {
    const help = usage();
    for (const word of COMMAND_WORDS) expect(help).toContain(`curve-dash ${word} `);
    const words = componentWords();
    expect(words).toEqual(expect.arrayContaining([...COMPONENTS, '块存储', 'curvefs', 'k8s']));
    for (const word of words) expect(componentFromUserInput(word), word).not.toBeNull();
    expect(words.some((w) => /\s/.test(w))).toBe(false);
  });
});

describe('the scripts in real shells', () => {
  const work = mkdtempSync(join(tmpdir(), 'curve-dash-completion-'));
  const scripts: Record<string, string> = {};
  beforeAll(() => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const run = cli(['completion', shell]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      scripts[shell] = join(work, `curve-dash.${shell}`);
      writeFileSync(scripts[shell]!, run.stdout);
    }
    // Folders to complete (one with a space), and a note file, which DIR completion leaves out.
    for (const dir of ['notes 2022', 'next-week', 'archive']) mkdirSync(join(work, 'cwd', dir), { recursive: true });
    writeFileSync(join(work, 'cwd', 'a.md'), '# note\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** COMPREPLY after bash's completion function for `curve-dash WORDS…`, the last word being the one under the cursor. */
  function bashComplete(...words: string[]): string[] {
    const script = `source "$1"; shift
      COMP_WORDS=(curve-dash "$@"); COMP_CWORD=$#; COMPREPLY=()
      "$(complete -p curve-dash | sed -E 's/.*-F ([^ ]+) .*/\\1/')" curve-dash "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "\${COMPREPLY[@]}"`;
    const run = spawnSync('bash', ['-c', script, 'bash', scripts.bash!, ...words], { cwd: join(work, 'cwd'), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return run.stdout.split('\n').filter(Boolean).sort();
  }

  describe.skipIf(!has('bash'))('bash', () => {
    it('registers a completion function for curve-dash and prints nothing when sourced', () => {
      const run = spawnSync('bash', ['-c', 'source "$1" && complete -p curve-dash', 'bash', scripts.bash!], { encoding: 'utf8' });
      expect(run.stdout).toBe('complete -F _curve_dash curve-dash\n');
    });

    it('completes commands and folders first, then what the command takes', () => {
      expect(bashComplete('')).toEqual(['archive', 'calendar', 'completion', 'export', 'ics', 'next', 'next-week', 'notes 2022', 'sync', 'timeline']);
      expect(bashComplete('ne')).toEqual(['next', 'next-week']);
      expect(bashComplete('next', '')).toEqual(['archive', 'next-week', 'notes 2022']);
      expect(bashComplete('next', 'archive', '')).toEqual([]);
      expect(bashComplete('archive', '')).toEqual([]);
      expect(bashComplete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
      expect(bashComplete('sync', '')).toEqual([]);
    });

    it('completes options per command, and their values', () => {
      expect(bashComplete('next', '--')).toEqual(['--debug', '--help', '--json', '--lang', '--now']);
      expect(bashComplete('--w')).toEqual(['--watch']);
      expect(bashComplete('sync', '--d')).toEqual(['--debug', '--dest']);
      expect(bashComplete('sync', '--dest', 'no')).toEqual(['notes 2022']);
      expect(bashComplete('--lang', '')).toEqual(['en', 'zh']);
      expect(bashComplete('--now', '')).toEqual([]);
      expect(bashComplete('--component', '块')).toEqual(['块存储']);
      expect(bashComplete('--component', 'Curve')).toEqual(['CurveAdm', 'CurveBS', 'CurveFS']);
      expect(bashComplete('--component', 'curve-')).toEqual(['curve-adm', 'curve-bs', 'curve-csi', 'curve-fs', 'curve-fuse', 'curve-operator']);
      // An option's value is not taken for the command.
      expect(bashComplete('--lang', 'zh', 'completion', 'f')).toEqual(['fish']);
    });
  });

  describe.skipIf(!has('zsh'))('zsh (when installed)', () => {
    // Types a line and Tab, then Enter, in an interactive zsh on a pseudo-terminal (zpty), with
    // curve-dash a function that prints its arguments: what Tab completed. Each step waits for
    // the shell's own output, not for a time.
    const driver = `zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'PROMPT=""; autoload -U compinit && compinit -u -D; curve-dash() { print -r -- "AR""GS:$*"; }'
zpty -w z "source \${(q)1} && print RE""ADY"
zpty -r z out '*READY*'
zpty -n -w z "$2"$'\\t\\r'
zpty -r z out '*ARGS:*'$'\\n'
print -r -- "\${\${out##*ARGS:}%%$'\\r'*}"
zpty -d z
`;
    function zshComplete(line: string): string {
      const file = join(work, 'zpty-driver.zsh');
      writeFileSync(file, driver);
      const run = spawnSync('zsh', ['-f', file, scripts.zsh!, line], { cwd: join(work, 'cwd'), encoding: 'utf8', timeout: 30_000, env: { ...process.env, HOME: work } });
      return run.stdout.trim();
    }

    it('completes a unique option, component, shell, language and folder with Tab', () => {
      expect(zshComplete('curve-dash --comp')).toBe('--component');
      expect(zshComplete('curve-dash --component 块')).toBe('--component 块存储');
      expect(zshComplete('curve-dash completion f')).toBe('completion fish');
      expect(zshComplete('curve-dash --lang z')).toBe('--lang zh');
      expect(zshComplete('curve-dash next arch')).toBe('next archive');
      // Two options start so: Tab completes nothing.
      expect(zshComplete('curve-dash sync --de')).toBe('sync --de');
    });

    it('parses, and registers _curve_dash for curve-dash after compinit', () => {
      const run = spawnSync('zsh', ['-f', '-c', 'autoload -U compinit && compinit -u -D && source "$1" && print -r -- $_comps[curve-dash]', 'zsh', scripts.zsh!], {
        encoding: 'utf8',
        env: { ...process.env, HOME: work },
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('_curve_dash\n');
    });
  });

  describe.skipIf(!has('fish'))('fish (when installed)', () => {
    function fishComplete(line: string): string[] {
      const run = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C"$argv[2]"', scripts.fish!, line], {
        cwd: join(work, 'cwd'),
        encoding: 'utf8',
        env: { ...process.env, HOME: work },
      });
      expect(run.stderr).toBe('');
      return run.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!).sort();
    }

    it('completes commands, folders, options and component names', () => {
      expect(fishComplete('curve-dash ')).toEqual(['archive/', 'calendar', 'completion', 'export', 'ics', 'next', 'next-week/', 'notes 2022/', 'sync', 'timeline']);
      expect(fishComplete('curve-dash sync --')).toEqual(['--debug', '--dest', '--help', '--lang', '--repo']);
      expect(fishComplete('curve-dash --component 块')).toEqual(['块存储']);
      expect(fishComplete('curve-dash completion ')).toEqual(['bash', 'fish', 'zsh']);
    });
  });
});

describe('descriptions follow the language', () => {
  it('are the help texts, in Chinese with --lang zh', () => {
    const zh = cli(['completion', 'fish', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("-a 'next' -d '下次会议和参会方式'");
    expect(cli(['completion', 'fish']).stdout).toContain("-a 'next' -d 'the next meeting and how to join'");
  });
});
