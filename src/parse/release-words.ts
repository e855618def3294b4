// What a piece of text says about releases, without the note around it: which
// versions of our products it writes, and what status its wording gives. The
// release extractor (releases.ts) decides which text each version is judged by.

import type { Product, ReleaseStatus } from '../library/model.js';
import { versionKey } from '../library/aggregate.js';
import { LATER_VOCABULARY, NOW_VOCABULARY, statusPatterns } from './status-words.js';
import { regexMatches } from '../library/regex-matches.js';

const VERSION_RE =
  /(curve[\s_-]*(?:bs|fs|adm)?|(?<![a-z])bs|(?<![a-z])fs|release)?[\s_-]*(v)?(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?(?:\.x)?)(-(?:pre|beta|alpha|rc)\d*)?/gi;
export const URL_RE = /https?:\/\/\S+/g;
export const DIGIT_DOT_DIGIT_RE = /\d\.\d/;
const THIRD_PARTY_RE = /sdk|aws|braft|内核|kernel|插件|plugin|bazel|etcd|fio|gcc|python|golang|ubuntu|centos|debian|linux|rocksdb|spdk|dpdk|tikv|mysql|postgre|ceph|k8s|kubernetes|nvme/i;
const BARE_AFTER_RE = /^\s*(版本|版|分支|稳定版|release|version)/i;
const BARE_BEFORE_RE = /(版本|version)\s*$/i;
export const SENTENCE_SPLIT_RE = /[。！!？?\n]/;
export const CLAUSE_SPLIT_RE = /[，,：:、（）()]/;

// The vocabularies live in status-words.ts (Chinese and English, "now" words first).
export const NOW_WORDS: [ReleaseStatus, RegExp][] = statusPatterns(NOW_VOCABULARY);
const STATUS_WORDS: [ReleaseStatus, RegExp][] = statusPatterns(LATER_VOCABULARY);
// Clauses about an earlier version ("修复上个版本提测过程中…") say nothing of this one.
const EARLIER_VERSION_RE = /上个版本|上一个版本|上一版本|之前的?版本|previous (?:version|release)/i;

export function statusOf(raw: string, words: readonly [ReleaseStatus, RegExp][] = ALL_WORDS): ReleaseStatus {
  const text = raw
    .split(/[，,；;]/)
    .filter((clause) => !EARLIER_VERSION_RE.test(clause))
    .join('，');
  for (const [status, re] of words) if (re.test(text)) return status;
  return 'unknown';
}

const ALL_WORDS = [...NOW_WORDS, ...STATUS_WORDS];

export interface Found {
  version: string;
  key: string;
  product: Product | null;
  index: number;
  end: number;
}

const PREFIX_PRODUCT: [RegExp, Product][] = [
  [/^curve[\s_-]*bs|^bs/i, 'CurveBS'],
  [/^curve[\s_-]*fs|^fs/i, 'CurveFS'],
  [/^curve[\s_-]*adm/i, 'CurveAdm'],
  [/^curve/i, 'Curve'],
];

/** Versions of our products written in a piece of text (URLs removed first). */
export function findVersions(raw: string): Found[] {
  // Every version has a digit, a dot and a digit; most text has none, and needs no further look.
  if (!DIGIT_DOT_DIGIT_RE.test(raw)) return [];
  const text = raw.replace(URL_RE, (url) => ' '.repeat(url.length));
  const found: Found[] = [];
  for (const m of regexMatches(VERSION_RE, text)) {
    const [whole, prefix, v, num = '', suffix = ''] = m;
    const start = m.index ?? 0;
    const numStart = start + whole.length - num.length - suffix.length;
    const before = text[start - 1] ?? '';
    const after = text[start + whole.length] ?? '';
    // "10.0.0.1", "2022.09.16": more digits after the match mean it is not a version.
    if (/\d/.test(after) || (after === '.' && /\d/.test(text[start + whole.length + 1] ?? ''))) continue;
    if (prefix) {
      if (/[a-z0-9]/i.test(before)) continue;
    } else {
      const beforeNum = text[numStart - (v ? 2 : 1)] ?? '';
      if (/[a-z0-9._/-]/i.test(beforeNum)) continue;
      if (THIRD_PARTY_RE.test(text.slice(Math.max(0, start - 16), start))) continue;
      const bare = !v && !BARE_AFTER_RE.test(text.slice(start + whole.length)) && !BARE_BEFORE_RE.test(text.slice(0, numStart));
      if (bare) continue;
    }
    const product = prefix && !/^release/i.test(prefix) ? (PREFIX_PRODUCT.find(([re]) => re.test(prefix))?.[1] ?? null) : null;
    const version = `v${num}${suffix}`.toLowerCase();
    found.push({ version, key: versionKey(version), product, index: start, end: start + whole.length });
  }
  return found;
}
