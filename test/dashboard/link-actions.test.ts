import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { copyWithOsc52, isWebLink, openLink, openerFor, osc52 } from '../../src/dashboard/link-actions.js';

const LINK = 'https://meeting.tencent.com/dm/DckjtgWnOM1o';

describe('OSC 52 copy', () => {
  it('encodes the text as base64 in the clipboard sequence', () => {
    const seq = osc52('链接 https://x');
    expect(seq.startsWith('\u001b]52;c;')).toBe(true);
    expect(seq.endsWith('\u0007')).toBe(true);
    expect(Buffer.from(seq.slice(7, -1), 'base64').toString('utf8')).toBe('链接 https://x');
  });

  it('writes to a terminal and says what it depends on', () => {
    const written: string[] = [];
    const message = copyWithOsc52('text', { isTTY: true, write: (d) => written.push(d) }, {});
    expect(written).toEqual([osc52('text')]);
    expect(message).toMatch(/Copied/);
    expect(copyWithOsc52('text', { isTTY: true, write: () => true }, { TMUX: '/tmp/tmux' })).toMatch(/set-clipboard/);
  });

  it('refuses when the output is not a terminal', () => {
    const write = vi.fn();
    expect(copyWithOsc52('text', { isTTY: false, write }, {})).toMatch(/not a terminal/);
    expect(write).not.toHaveBeenCalled();
  });
});

class FakeChild extends EventEmitter {
  unref = vi.fn();
}

describe('opening the link', () => {
  it('picks the opener per platform and needs a display on Linux', () => {
    expect(openerFor('darwin', {})).toEqual({ command: 'open' });
    expect(openerFor('linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open' });
    expect(openerFor('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open' });
    expect(openerFor('linux', {})).toEqual({ problem: expect.stringMatching(/No display/) });
    expect(openerFor('win32', {})).toEqual({ problem: expect.stringMatching(/not supported/) });
  });

  it('only opens web links', () => {
    expect(isWebLink(LINK)).toBe(true);
    expect(isWebLink('file:///etc/passwd')).toBe(false);
    expect(isWebLink('--help')).toBe(false);
  });

  it('spawns the opener detached and confirms once it started', async () => {
    const child = new FakeChild();
    const spawn = vi.fn(() => child as unknown as ChildProcess);
    const result = openLink(LINK, { platform: 'linux', env: { DISPLAY: ':0' }, spawn });
    child.emit('spawn');
    await expect(result).resolves.toMatch(/Opening the link with xdg-open/);
    expect(spawn).toHaveBeenCalledWith('xdg-open', [LINK], { detached: true, stdio: 'ignore' });
    expect(child.unref).toHaveBeenCalled();
  });

  it('says so when the opener is not installed', async () => {
    const child = new FakeChild();
    const result = openLink(LINK, { platform: 'linux', env: { DISPLAY: ':0' }, spawn: () => child as unknown as ChildProcess });
    child.emit('error', Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' }));
    await expect(result).resolves.toMatch(/xdg-open is not installed/);
  });

  it('does not spawn without a display or for a non-web link', async () => {
    const spawn = vi.fn();
    await expect(openLink(LINK, { platform: 'linux', env: {}, spawn })).resolves.toMatch(/No display/);
    await expect(openLink('file:///etc/passwd', { platform: 'darwin', env: {}, spawn })).resolves.toMatch(/Not a web link/);
    expect(spawn).not.toHaveBeenCalled();
  });
});
