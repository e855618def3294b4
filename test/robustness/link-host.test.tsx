// Issue 14, points 2 and 13 (the `o` side): a join link is opened as it is shown,
// and a link to a host that is no meeting service is named plainly first.

import { afterEach, describe, expect, it } from 'vitest';
import { confirmBeforeOpening, isMeetingHost, linkHost } from '../../src/dashboard/link-actions.js';
import { safeLibrary } from '../../src/library/safe-library.js';
import type { Library } from '../../src/library/model.js';
import { LIBRARY } from '../fixtures/library.js';
import { mountApp } from '../components/render-app.js';
import { frameOf, press, waitFor } from '../support/ink.js';

const withLink = (url: string): Library => ({ ...LIBRARY, meetings: LIBRARY.meetings.map((m) => ({ ...m, join: { ...m.join, url } })) });

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

describe('the host of a join link', () => {
  it('is the parsed URL host: a query, a subdomain trick or a user name do not make it Tencent', () => {
    expect(linkHost('https://evil.example/?meeting.tencent.com')).toBe('evil.example');
    expect(linkHost('https://meeting.tencent.com.evil.example/x')).toBe('meeting.tencent.com.evil.example');
    expect(linkHost('https://meeting.tencent.com@evil.example/x')).toBe('evil.example');
    expect(linkHost('https://例え.テスト/x')).toBe('xn--r8jz45g.xn--zckzah');
    for (const url of ['https://evil.example/?meeting.tencent.com', 'https://meeting.tencent.com.evil.example/x', 'https://meeting.tencent.com@evil.example/x']) {
      expect(isMeetingHost(linkHost(url)!), url).toBe(false);
      expect(confirmBeforeOpening(url)).toMatch(/^This link goes to .*evil\.example, which is not a known meeting service\. Press o again to open it\.$/);
    }
    expect(confirmBeforeOpening('https://meeting.tencent.com/dm/DckjtgWnOM1o')).toBeNull();
    expect(confirmBeforeOpening('https://us02web.zoom.us/j/123')).toBeNull();
  });
});

describe('pressing o in the dashboard', () => {
  it('names an unknown host first and opens only on the second press', async () => {
    const url = 'https://meeting.tencent.com@evil.example/x';
    const { app, effects } = await mountApp({ library: safeLibrary(withLink(url)) });
    unmount = () => app.unmount();
    const frame = await press(app, 'o');
    expect(frame).toContain('evil.example, which is not a known meeting');
    expect(effects.open).not.toHaveBeenCalled();
    await press(app, 'o');
    await waitFor(app, () => effects.open.mock.calls.length > 0);
    expect(effects.open).toHaveBeenCalledWith(url);
  });

  it('in Chinese too', async () => {
    const { app, effects } = await mountApp({ library: safeLibrary(withLink('https://evil.example/?meeting.tencent.com')), lang: 'zh' });
    unmount = () => app.unmount();
    expect(await press(app, 'o')).toContain('此链接指向 evil.example');
    expect(effects.open).not.toHaveBeenCalled();
  });

  it('a link with a bidi override opens exactly the link shown', async () => {
    const shown = 'https://meeting.tencent.com/dm/abcdef';
    const { app, effects } = await mountApp({ library: safeLibrary(withLink('https://meeting.tencent.com/dm/abc\u202edef\u202c')) });
    unmount = () => app.unmount();
    expect(frameOf(app)).toContain(shown);
    expect(frameOf(app)).not.toMatch(/[\u202a-\u202e]/);
    await press(app, 'o');
    await waitFor(app, () => effects.open.mock.calls.length > 0);
    expect(effects.open).toHaveBeenCalledWith(shown);
  });
});
