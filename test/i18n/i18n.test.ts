import { describe, expect, it } from 'vitest';
import { countdownText } from '../../src/library/countdown.js';
import { detectLang, en, fill, placeholders, resolveLang, translator, zh } from '../../src/i18n/i18n.js';
import { KEYMAP } from '../../src/dashboard/keymap.js';
import { displayWidth } from '../../src/text/text-width.js';

describe('the message tables', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same {placeholders} in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholders(zh[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('have no empty message, and a count twin (_one) only beside its key', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(text.trim(), key).not.toBe('');
      if (key.endsWith('_one')) expect(Object.hasOwn(en, key.slice(0, -4)), key).toBe(true);
    }
  });

  it('describe every command of the keymap as KEYMAP does, and word its hints the same', () => {
    for (const entry of KEYMAP) {
      expect(en[`key.${entry.command}`]).toBe(entry.description);
      if (entry.hint) expect(`${entry.hint.text.split(' ')[0]} ${en[`hint.${entry.command}` as keyof typeof en]}`).toBe(entry.hint.text);
    }
  });

  it('keep ambiguous-width glyphs out of the Chinese chrome', () => {
    // Tab labels, status line, hints and table headers are fixed-width: no … · → “ ” there.
    const chrome = Object.entries(zh).filter(([key]) => /^(tab|status|hint|col|kind|qa\.(done|open))\./.test(key));
    expect(chrome.length).toBeGreaterThan(20);
    for (const [key, text] of chrome) expect(text, key).not.toMatch(/[…·→←↑↓“”─]/);
  });
});

describe('t', () => {
  const t = translator('en');
  const z = translator('zh');

  it('fills placeholders and picks the _one twin for a count of 1', () => {
    expect(t('status.notes', { count: 1 })).toBe('1 note');
    expect(t('status.notes', { count: 4 })).toBe('4 notes');
    expect(t('status.notes', { count: 0 })).toBe('0 notes');
    expect(z('status.notes', { count: 4 })).toBe('4 篇笔记');
    expect(t('plans.title', { component: 'CurveAdm', items: t('plans.items', { count: 2 }), meetings: t('plans.meetings', { count: 1 }) })).toBe(
      'CurveAdm: 2 plan items in 1 meeting',
    );
    expect(z('tab.qa')).toBe('问答');
  });

  it('is bound to its language and knows its keys', () => {
    expect(t.lang).toBe('en');
    expect(z.lang).toBe('zh');
    expect(translator('zh')).toBe(z);
    expect(t.has('hint.quit')).toBe(true);
    expect(t.has('hint.top')).toBe(false);
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('detectLang', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'zh' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'zu_ZA.UTF-8' }, 'en'],
    [{}, 'en'],
    // LC_ALL, then LC_MESSAGES, then LANG: the first one set decides.
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'en'],
    // Set but empty counts as not set.
    [{ LC_ALL: '', LC_MESSAGES: ' ', LANG: 'zh_CN.UTF-8' }, 'zh'],
  ] as const)('%j → %s', (env, lang) => {
    expect(detectLang(env)).toBe(lang);
  });

  it('--lang wins over the config, which wins over the locale', () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    expect(resolveLang({ flag: 'en', config: 'zh', env })).toBe('en');
    expect(resolveLang({ flag: null, config: 'en', env })).toBe('en');
    expect(resolveLang({ flag: null, config: null, env })).toBe('zh');
    expect(resolveLang({})).toBe('en');
  });
});

describe('countdownText', () => {
  const now = new Date('2022-12-20T12:00:00+08:00');
  const MIN = 60_000;

  it.each([
    [10_000, 'in 1 min'],
    [45 * MIN, 'in 45 min'],
    [60 * MIN, 'in 1 h'],
    [190 * MIN, 'in 3 h 10 min'],
    [(2 * 24 + 5) * 60 * MIN, 'in 2 d 5 h'],
    [(2 * 24 + 5) * 60 * MIN + 59 * MIN, 'in 2 d 5 h'],
    [3 * 24 * 60 * MIN, 'in 3 d'],
  ])('%d ms ahead reads %s in English', (ms, text) => {
    expect(countdownText(now, new Date(+now + ms))).toBe(text);
  });

  it('is nothing once the meeting has started', () => {
    expect(countdownText(now, now)).toBeNull();
    expect(countdownText(now, new Date(+now - 5 * MIN))).toBeNull();
  });

  it('reads in Chinese', () => {
    const zhText = (ms: number) => countdownText(now, new Date(+now + ms), translator('zh'));
    expect(zhText((2 * 24 + 5) * 60 * MIN)).toBe('2 天 5 小时后');
    expect(zhText(3 * 24 * 60 * MIN)).toBe('3 天后');
    expect(zhText(190 * MIN)).toBe('3 小时 10 分钟后');
    expect(zhText(60 * MIN)).toBe('1 小时后');
    expect(zhText(10_000)).toBe('1 分钟后');
  });

  it('measures Chinese labels two columns a character', () => {
    expect(displayWidth(translator('zh')('tab.schedule'))).toBe(4);
  });
});
