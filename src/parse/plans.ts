// Per-component plans and work items. A component's items are grouped three
// ways in the notes: under a heading or bold line naming it ("#### CurveFS 规划",
// "**CurveBS**"), under a list item naming it with a nested list ("1. CurveFS" +
// sub-items), or after a label line ("CurveBS部分", "CurveAdm相关:").
// Items written "curvefs: ..." belong to the component they name.

import type { List, ListItem, RootContent } from 'mdast';
import type { Component, Plan } from '../library/model.js';
import { findComponents } from '../library/aliases.js';
import type { Note, Section } from './tree.js';
import { itemLabel, textOf } from './tree.js';
import { AGENDA_SECTION_RE } from './agenda.js';
import { QA_SECTION_RE } from './qa.js';

const SKIP_SECTION_RE = /时间|加入会议|入会|join|time/i;
const OTHER_TITLE_RE = /^[\s\d.、一二三四五六七八九十]*(其他|其它|other)s?[\s:：]*$/i;
const LEADING_RE = /^[\s\d.、．)）(（一二三四五六七八九十#*-]*/;
const PREFIXED_ITEM_RE = /^([^:：]{2,30}?)\s*[:：]\s*(.+)$/s;
const LABEL_LINE_RE = /(部分|相关|方面|规划|计划|进展|工作)?\s*[:：]?\s*$/;
const MAX_LABEL_COLUMNS = 40;
// "暂无" (nothing yet) under a component heading is not a plan.
const PLACEHOLDER_RE = /^(暂无|无|暂时没有|待定|待补充|tbd|todo|n\/a|none|-)[。.]?$/i;
const PRODUCT_NAME_RE = /^(curve[\s_-]?(bs|fs|adm|operator|csi)|brpc|curve-operator|curve-csi|curve\s*(块存储|文件存储|运维))/i;
// A list item that is only a label ("6. 开源之夏", "3. Curve CI") may carry its items as following lines.
const MAX_BARE_LABEL_REST = 8;

// Generic words that name a component in a heading ("#### 工具完善") but are
// too common to do so inside a list ("工具优化：" under CurveFS's items).
const HEADING_ONLY_RE = /^(工具|tools?)$/i;

/** The component a label starts with ("CurveFS 规划", "1. Curve块存储", "开源社区"), or null. */
export function labelComponent(label: string, heading = false): Component | null {
  // Only the leading words matter: a long item can still start with its component.
  const text = label.replace(LEADING_RE, '').slice(0, MAX_LABEL_COLUMNS);
  if (!text) return null;
  const first = findComponents(text)[0];
  if (first && !heading && HEADING_ONLY_RE.test(text.slice(first.index, first.index + first.length))) return null;
  // The component must lead the label ("Curve" and a version may come first).
  const lead = first ? text.slice(0, first.index).replace(/curve|v?\d[\w.-]*|\s|的|新/gi, '') : '';
  return first && lead === '' ? first.component : null;
}

class PlanBook {
  private readonly items = new Map<Component, string[]>();

  add(component: Component, item: string): void {
    const text = item.replace(/\s+/g, ' ').trim();
    if (!text || PLACEHOLDER_RE.test(text)) return;
    const list = this.items.get(component) ?? [];
    if (!list.includes(text)) list.push(text);
    this.items.set(component, list);
  }

  /**
   * An item of a product's group that starts with another product's own name
   * ("BRPC支持RDMA" under CurveBS) belongs to that product. Community and
   * "other" groups mention products in passing, so their items stay put.
   */
  addUnder(component: Component, item: string): void {
    const line = item.split('\n')[0] ?? item;
    const named = PRODUCT_NAME_RE.test(line.replace(LEADING_RE, '')) ? labelComponent(line) : null;
    this.add(named && component !== 'community' && component !== 'other' ? named : component, line);
  }

  plans(): Plan[] {
    return [...this.items.entries()].map(([component, items]) => ({ component, items }));
  }
}

function listItems(list: List): ListItem[] {
  return list.children;
}

/** Items of a block inside a component's group: list item labels, or paragraph lines. */
function groupItems(blocks: readonly RootContent[]): string[] {
  const items: string[] = [];
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') items.push(...listItems(block).map(itemLabel));
    else if (block.type === 'paragraph') paragraphs.push(...textOf(block).split('\n'));
  }
  return (items.length ? items : paragraphs).map((s) => s.trim()).filter(Boolean);
}

function scanBlocks(blocks: readonly RootContent[], book: PlanBook): void {
  blocks.forEach((block, i) => {
    if (block.type === 'list') {
      const productList = isProductList(block);
      for (const item of listItems(block)) scanListItem(item, book, productList);
      return;
    }
    if (block.type !== 'paragraph') return;
    // A label line followed by a list: "CurveBS部分" / "CurveAdm相关:".
    const next = blocks[i + 1];
    // The label may be the last line of a paragraph ("…主要包含如下功能：\nCurveBS部分").
    const text = textOf(block).trim().split('\n').at(-1) ?? '';
    const component = labelComponent(text);
    if (component && next?.type === 'list' && LABEL_LINE_RE.test(text)) {
      for (const item of listItems(next)) book.addUnder(component, itemLabel(item));
    }
  });
}

function leadsWithProduct(line: string): boolean {
  return PRODUCT_NAME_RE.test(line.replace(LEADING_RE, '').replace(/^(k8s|新)\s*/i, ''));
}

/**
 * A list where most items are led by a product's name ("1. k8s curve operator…",
 * "3. CurveAdm v0.3.0 版本开发完成") is a list of per-product work items. In a
 * list of other things, one item naming a product in passing is not a plan.
 */
function isProductList(list: List): boolean {
  const led = listItems(list).filter((item) => leadsWithProduct(itemLabel(item))).length;
  return led >= 2 && led * 2 >= list.children.length;
}

function scanListItem(item: ListItem, book: PlanBook, inProductList = false): void {
  const label = itemLabel(item);
  const [firstLine = '', ...rest] = label.split('\n');
  const component = labelComponent(firstLine);
  const nested = item.children.filter((c): c is List => c.type === 'list');
  // Lines after the label, in the same paragraph or in the item's later paragraphs.
  rest.push(...item.children.slice(1).flatMap((c) => (c.type === 'paragraph' ? textOf(c).split('\n') : [])));
  const bareLabel = firstLine.replace(LEADING_RE, '').replace(/curve\s*/i, '').length <= MAX_BARE_LABEL_REST + 4;
  if (component && (nested.length || (rest.length && bareLabel))) {
    const items = nested.length ? nested.flatMap(listItems).map(itemLabel) : rest;
    for (const sub of items) book.addUnder(component, sub);
    return;
  }
  const prefixed = PREFIXED_ITEM_RE.exec(firstLine);
  const named = prefixed ? labelComponent(prefixed[1] ?? '') : null;
  if (prefixed && named && !/\s/.test((prefixed[1] ?? '').trim().replace(/^curve\s/i, ''))) {
    book.add(named, prefixed[2] ?? '');
    return;
  }
  if (component && leadsWithProduct(firstLine) && inProductList) book.add(component, firstLine);
}

function sectionComponent(section: Section): Component | null {
  if (OTHER_TITLE_RE.test(section.title)) {
    // "其他" gathers loose items; the first one usually names its component ("brpc支持rdma").
    const first = section.blocks.find((b) => b.type === 'paragraph' || b.type === 'list');
    const firstText = first ? textOf(first as never).trim() : '';
    return labelComponent(firstText) ?? 'other';
  }
  return labelComponent(section.title, true);
}

function addSectionGroup(section: Section, component: Component, book: PlanBook): void {
  for (const item of groupItems(section.blocks)) book.addUnder(component, item);
  for (const child of section.children) {
    const own = sectionComponent(child);
    // "**其他文章**" under 开源社区 is still the community's.
    if (own && own !== 'other') addSectionGroup(child, own, book);
    else addSectionGroup(child, component, book);
  }
}

function scanSection(section: Section, book: PlanBook): void {
  if (section.depth > 0 && (QA_SECTION_RE.test(section.title) || AGENDA_SECTION_RE.test(section.title))) return;
  if (section.depth > 0 && SKIP_SECTION_RE.test(section.title) && section.title.length < 12) return;
  const component = section.depth > 0 ? sectionComponent(section) : null;
  if (component) {
    addSectionGroup(section, component, book);
    return;
  }
  scanBlocks(section.blocks, book);
  for (const child of section.children) scanSection(child, book);
}

export function extractPlans(note: Note): Plan[] {
  const book = new PlanBook();
  scanSection(note.sections, book);
  return book.plans();
}
