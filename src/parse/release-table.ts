// A release table ("| 组件 | 版本 | 状态 |") says one release per row: its
// product, its version and its status sit in cells of the same row. Each row is
// turned into one line in reading order (product, version, status, the rest) so
// that the release extractor reads it like a sentence of its own.

import type { Table } from 'mdast';
import { textOf } from './tree.js';

// Header words, as data: a new wording is one entry.
const VERSION_HEADERS = ['版本', '版本号', 'version', 'release', '发布'];
const PRODUCT_HEADERS = ['组件', '产品', '项目', '模块', 'component', 'product', 'project'];
const STATUS_HEADERS = ['状态', '进展', '进度', '阶段', 'status', 'state', 'progress', 'stage'];

const headerRe = (words: readonly string[]): RegExp => new RegExp(`^\\s*(?:${words.join('|')})\\s*$`, 'i');
const VERSION_RE = headerRe(VERSION_HEADERS);
const PRODUCT_RE = headerRe(PRODUCT_HEADERS);
const STATUS_RE = headerRe(STATUS_HEADERS);

/**
 * The rows of a release table as lines "CurveBS v1.2.7 测试中 …", or null when
 * the table has no version column (a benchmark table, say): its cells are then
 * plain text like any other.
 */
export function releaseTableRows(table: Table): string[] | null {
  const [header, ...rows] = table.children;
  if (!header) return null;
  const titles = header.children.map((cell) => textOf(cell).trim());
  const version = titles.findIndex((t) => VERSION_RE.test(t));
  if (version < 0) return null;
  const product = titles.findIndex((t) => PRODUCT_RE.test(t));
  const status = titles.findIndex((t) => STATUS_RE.test(t));
  const order = [product, version, status].filter((i) => i >= 0);
  return rows.map((row) => {
    const cells = row.children.map((cell) => textOf(cell, { commands: false }).replace(/\s+/g, ' ').trim());
    // The column says it is a version: a bare "1.3" there is "v1.3".
    cells[version] = (cells[version] ?? '').replace(/^(\d+\.\d)/, 'v$1');
    const rest = cells.filter((_, i) => !order.includes(i));
    return [...order.map((i) => cells[i] ?? ''), ...rest].filter(Boolean).join(' ');
  });
}
