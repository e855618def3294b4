// The interface language: message tables (src/messages/), a translator bound
// to one language, and how the language is chosen: --lang, then the config's
// `lang`, then the locale (LC_ALL, LC_MESSAGES, LANG), then English.

import { en } from './messages/en.js';
import { zh } from './messages/zh.js';

export { en, zh };

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Params = Readonly<Record<string, string | number>>;

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, zh };

/** A message in one language, with its {placeholders} filled in. */
export interface Translate {
  (key: MessageKey, params?: Params): string;
  readonly lang: Lang;
  /** Whether `key` names a message (for keys built at run time, like `hint.<command>`). */
  has(key: string): key is MessageKey;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The {names} a template uses, sorted and without repeats (the message tables are checked with it).
 * @internal
 */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1] as string))].sort();
}

/** Fills {name} with params.name; a placeholder without a value stays as it is. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const translators = new Map<Lang, Translate>();

/**
 * t(key, params) for one language. A key with a `_one` twin is a count: the
 * twin is used when params.count is 1 ("1 note", "2 notes").
 */
export function translator(lang: Lang): Translate {
  const cached = translators.get(lang);
  if (cached) return cached;
  const table = MESSAGES[lang];
  const has = (key: string): key is MessageKey => Object.hasOwn(table, key);
  const t = ((key: MessageKey, params?: Params): string => {
    const one = `${key}_one`;
    const template = params?.count === 1 && has(one) ? table[one] : table[key];
    return fill(template, params);
  }) as Translate;
  Object.defineProperties(t, { lang: { value: lang }, has: { value: has } });
  translators.set(lang, t);
  return t;
}

/** English: the default wherever no language is given. */
export const EN: Translate = translator('en');

/**
 * The language the locale asks for: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set and not empty decides (as POSIX has it); "zh_CN.UTF-8", "zh_TW",
 * "zh" mean Chinese, anything else English.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return /^zh(?:[_.@-]|$)/i.test(value) ? 'zh' : 'en';
  }
  return 'en';
}

export interface LangSources {
  /** --lang */
  flag?: Lang | null;
  /** The config file's `lang`. */
  config?: Lang | null;
  env?: Readonly<Record<string, string | undefined>>;
}

/** --lang flag > config lang > locale > English. */
export function resolveLang(sources: LangSources): Lang {
  return sources.flag ?? sources.config ?? (sources.env ? detectLang(sources.env) : 'en');
}

/** Short weekday names, 0 = Sunday as Date has it: what luxon's "ccc" gives in dateLocale. */
export const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
};

/** The locale luxon formats dates in (weekday names): "Thu" or "周四". */
export function dateLocale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}
