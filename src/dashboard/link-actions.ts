// Copying the join details (OSC 52) and opening the join link in a browser.
// Both reach outside the process, so each returns the line the user sees:
// a confirmation, or why it cannot work here and what to do instead.

import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';

/** The OSC 52 "set clipboard" sequence: terminals that allow it copy `text`, even over SSH. */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

export interface Terminal {
  isTTY?: boolean;
  write(data: string): unknown;
}

export function copyWithOsc52(text: string, terminal: Terminal, env: NodeJS.ProcessEnv, t: Translate = EN): string {
  if (!terminal.isTTY) return t('link.notTerminal');
  terminal.write(osc52(text));
  // The terminal never says whether it accepted: tell the user what it depends on.
  return t(env['TMUX'] ? 'link.copiedTmux' : env['STY'] ? 'link.copiedScreen' : 'link.copied');
}

export type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export interface OpenEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  spawn: Spawn;
  /** The language of the messages (default English). */
  t?: Translate;
  /** The copy key the messages suggest instead (default y). */
  copyKey?: string;
}

/** The opener for this platform, or why there is none. */
export function openerFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, t: Translate = EN, copyKey = 'y'): { command: string } | { problem: string } {
  if (platform === 'darwin') return { command: 'open' };
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd' || platform === 'netbsd') {
    // Over SSH or on a console there is no browser to open: say so instead of failing silently.
    if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return { problem: t('link.noDisplay', { key: copyKey }) };
    return { command: 'xdg-open' };
  }
  return { problem: t('link.unsupported', { platform, key: copyKey }) };
}

/** Only web links: a note's "link" must never make us open a local file or run a handler. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Hosts of the meeting services the notes use, matched against the parsed URL's
 * host (a subdomain counts): text elsewhere in the URL (a path, a query, a user
 * name before "@") never makes a link one of theirs.
 */
export const MEETING_HOSTS = ['meeting.tencent.com', 'voovmeeting.com', 'zoom.us', 'zoom.com.cn', 'meet.google.com', 'teams.microsoft.com', 'teams.live.com'] as const;

/** The link's host as the browser will see it (IDN in its ASCII form), or null when it is not a web link. */
export function linkHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isMeetingHost(host: string): boolean {
  return MEETING_HOSTS.some((known) => host === known || host.endsWith(`.${known}`));
}

/**
 * What to show before opening `url`, or null to open it at once: a web link to a
 * host that is no known meeting service is named plainly first, and opens only on
 * a second press of the open key (`openKey`).
 */
export function confirmBeforeOpening(url: string, t: Translate = EN, openKey = 'o'): string | null {
  const host = linkHost(url);
  if (host === null || isMeetingHost(host)) return null;
  return t('link.unknownHost', { host, key: openKey });
}

export function openLink(url: string, environment: OpenEnvironment): Promise<string> {
  const { t = EN, copyKey = 'y' } = environment;
  if (!isWebLink(url)) return Promise.resolve(t('link.notWeb', { url }));
  const opener = openerFor(environment.platform, environment.env, t, copyKey);
  if ('problem' in opener) return Promise.resolve(opener.problem);
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      // Detached with no stdio: the browser outlives us and cannot scribble over the dashboard.
      child = environment.spawn(opener.command, [url], { detached: true, stdio: 'ignore' });
    } catch (error) {
      resolve(t('link.failed', { error: (error as Error).message }));
      return;
    }
    child.once('error', (error: NodeJS.ErrnoException) => {
      resolve(
        error.code === 'ENOENT' ? t('link.notInstalled', { command: opener.command, key: copyKey }) : t('link.failed', { error: error.message }),
      );
    });
    child.once('spawn', () => {
      child.unref();
      resolve(t('link.opening', { command: opener.command }));
    });
  });
}
