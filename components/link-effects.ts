// The real clipboard and browser effects, bound to this process; tests pass fakes.

import { spawn } from 'node:child_process';
import type { Translate } from '../src/i18n/i18n.js';
import { EN } from '../src/i18n/i18n.js';
import { copyWithOsc52, openLink } from '../src/dashboard/link-actions.js';
import type { LinkEffects } from '../src/dashboard/card-commands.js';

export type { LinkEffects };

/** `t` and `copyKey`: the language of the messages and the copy key they suggest. */
export function defaultLinkEffects(stdout: NodeJS.WriteStream, t: Translate = EN, copyKey = 'y'): LinkEffects {
  return {
    // Written straight to the terminal: OSC 52 is invisible and does not move the cursor Ink tracks.
    copy: (text) => copyWithOsc52(text, stdout, process.env, t),
    open: (url) => openLink(url, { platform: process.platform, env: process.env, spawn, t, copyKey }),
  };
}
