// Per-component plans and work items. A component's items are grouped three
// ways in the notes: under a heading or bold line naming it ("#### CurveFS 规划",
// "**CurveBS**"), under a list item naming it with a nested list ("1. CurveFS" +
// sub-items), or after a label line ("CurveBS部分", "CurveAdm相关:").
// Items written "curvefs: ..." belong to the component they name.

import type { List, ListItem, RootContent } from 'mdast';
import type { Component, Plan } from '../library/model.js';
import { findComponents, GENERIC_ALIASES, PART_COMPONENTS } from '../library/aliases.js';
import type { Note, Section } from './tree.js';
import { itemLabel, textOf } from './tree.js';
import { isNotPlan, itemWithDetails } from './plan-items.js';
import { AGENDA_SECTION_RE } from './agenda.js';
import { QA_SECTION_RE } from './qa.js';

// A section that is about plans as a whole ("Curve 2023 Roadmap", "下半年规划").
const PLAN_TITLE_RE = /roadmap|规划|计划|展望|plans?\b/i;
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
  const own = leadingComponent(label, heading);
  if (own || !heading) return own;
  // A heading's kind before a colon ("专题交流: Curve tools开发实践"): the component leads what follows.
  const prefixed = HEADING_PREFIX_RE.exec(label.replace(LEADING_RE, ''));
  return prefixed ? leadingComponent(prefixed[1] ?? '', heading) : null;
}

const HEADING_PREFIX_RE = /^[^:：]{1,12}[:：]\s*(.+)$/;

function leadingComponent(label: string, heading: boolean): Component | null {
  // Only the leading words matter: a long item can still start with its component.
  const text = label.replace(LEADING_RE, '').slice(0, MAX_LABEL_COLUMNS);
  if (!text) return null;
  const first = findComponents(text)[0];
  if (first && !heading && HEADING_ONLY_RE.test(text.slice(first.index, first.index + first.length))) return null;
  // The component must lead the label ("Curve" and a version may come first).
  const lead = first ? text.slice(0, first.index).replace(/curve|v?\d[\w.-]*|\s|的|新/gi, '') : '';
  return first && lead === '' ? first.component : null;
}

// An item's leading clause: where its own words name what it is about.
const LEAD_CLAUSE_RE = /^[^，,。；;：:(（]{0,24}/;
const URL_IN_TEXT_RE = /https?:\/\/\S+/g;

/**
 * The part component (operator, csi, tools; see aliases.ts) an item names in its
 * leading words: "curvefs csi", "新运维工具tools-v2进展", "完成 <CurveBS K8S 部署> 方案",
 * "支持云原生部署". A part named further on ("…以及curve-csi的测试") does not decide.
 */
export function partComponent(line: string): Component | null {
  const lead = LEAD_CLAUSE_RE.exec(line.replace(URL_IN_TEXT_RE, ' ').replace(LEADING_RE, ''))?.[0] ?? '';
  for (const hit of findComponents(lead)) {
    const alias = lead.slice(hit.index, hit.index + hit.length).toLowerCase();
    if (PART_COMPONENTS.has(hit.component) && !GENERIC_ALIASES.has(alias)) return hit.component;
  }
  return null;
}

/** A plan item found in the note: the line that decides where it goes, and its text with details. */
interface Candidate {
  line: string;
  text: string;
  /** A list item that is no plan (a commit title, an article link): left out. */
  skip: boolean;
}

function fromItem(item: ListItem): Candidate {
  return { line: itemLabel(item), text: itemWithDetails(item), skip: isNotPlan(item) };
}

function fromLine(line: string): Candidate {
  return { line, text: line, skip: false };
}

class PlanBook {
  private readonly items = new Map<Component, string[]>();

  add(component: Component, item: string | Candidate): void {
    if (typeof item !== 'string' && item.skip) return;
    // Line by line: an item's nested bullets stay on lines of their own, indented as written.
    const raw = typeof item === 'string' ? item : item.text;
    const text = raw
      .split('\n')
      .map((line) => line.replace(/^(\s*)(.*)$/, (_, indent: string, rest: string) => indent + rest.replace(/\s+/g, ' ').trim()))
      .filter((line) => line.trim())
      .join('\n')
      .trim();
    if (!text || PLACEHOLDER_RE.test(text)) return;
    const list = this.items.get(component) ?? [];
    if (!list.includes(text)) list.push(text);
    this.items.set(component, list);
  }

  /**
   * An item of a product's group that names a part in its leading words, or
   * starts with another product's own name ("BRPC支持RDMA" under CurveBS), belongs
   * to that one. Community and "other" groups mention products in passing, so
   * their items stay put.
   */
  addUnder(component: Component, item: Candidate): void {
    const line = item.line.split('\n')[0] ?? item.line;
    if (component === 'community' || component === 'other') return this.add(component, item);
    // A part named in the item's own words decides ("curvefs csi" under 文件存储 is curve-csi's).
    const part = partComponent(line);
    if (part) return this.add(part, item);
    // A product's own name leading the item moves it, except under a deployment or CSI
    // group, where "curvebs部署和删除…" is about deploying that product.
    const named = PRODUCT_NAME_RE.test(line.replace(LEADING_RE, '')) ? labelComponent(line) : null;
    const keeps = component === 'curve-operator' || component === 'curve-csi';
    this.add(named && !keeps ? named : component, item);
  }

  plans(): Plan[] {
    return [...this.items.entries()].map(([component, items]) => ({ component, items }));
  }
}

function listItems(list: List): ListItem[] {
  return list.children;
}

/** Items of a block inside a component's group: list items (with their nested bullets), or paragraph lines. */
function groupItems(blocks: readonly RootContent[]): Candidate[] {
  const items: Candidate[] = [];
  const paragraphs: Candidate[] = [];
  for (const block of blocks) {
    if (block.type === 'list') items.push(...listItems(block).map(fromItem));
    else if (block.type === 'paragraph') paragraphs.push(...textOf(block).split('\n').map((line) => fromLine(line.trim())));
  }
  return (items.length ? items : paragraphs).filter((c) => c.line.trim() || c.text.trim());
}

function scanBlocks(blocks: readonly RootContent[], book: PlanBook, planSection = false): void {
  blocks.forEach((block, i) => {
    if (block.type === 'list') {
      const productList = isProductList(block);
      for (const item of listItems(block)) scanListItem(item, book, productList, planSection);
      return;
    }
    if (block.type !== 'paragraph') return;
    // A label line followed by a list: "CurveBS部分" / "CurveAdm相关:".
    const next = blocks[i + 1];
    // The label may be the last line of a paragraph ("…主要包含如下功能：\nCurveBS部分").
    const text = textOf(block).trim().split('\n').at(-1) ?? '';
    const component = labelComponent(text);
    if (component && next?.type === 'list' && LABEL_LINE_RE.test(text)) {
      for (const item of listItems(next)) book.addUnder(component, fromItem(item));
    }
  });
}

// Words a group label may add to its component's name: "CurveFS 部分", "1. Curve块存储", "CurveBS 近期工作".
const GROUP_WORDS_RE = /部分|相关|方面|规划|计划|进展|工作|近期|当前|主要|后续|版本|内容|事项|todo|plans?|progress|updates?|work/gi;

/** A list item label that only names a group: its component, maybe with words like 部分 or 进展. */
function isGroupLabel(label: string): boolean {
  let rest = label.replace(LEADING_RE, '').toLowerCase();
  for (const hit of findComponents(rest).reverse()) rest = rest.slice(0, hit.index) + rest.slice(hit.index + hit.length);
  rest = rest.replace(GROUP_WORDS_RE, '').replace(/curve|v?\d[\w.-]*|[\s\p{P}\p{S}]/giu, '');
  return rest.length <= 1;
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

function scanListItem(item: ListItem, book: PlanBook, inProductList = false, inPlanSection = false): void {
  const label = itemLabel(item);
  const [firstLine = '', ...rest] = label.split('\n');
  const component = labelComponent(firstLine);
  const nested = item.children.filter((c): c is List => c.type === 'list');
  // Lines after the label, in the same paragraph or in the item's later paragraphs.
  rest.push(...item.children.slice(1).flatMap((c) => (c.type === 'paragraph' ? textOf(c).split('\n') : [])));
  const bareLabel = firstLine.replace(LEADING_RE, '').replace(/curve\s*/i, '').length <= MAX_BARE_LABEL_REST + 4;
  // The label's own words may name a part ("curvefs new tools"): its items are that part's.
  const group = (component && partComponent(firstLine)) ?? component;
  // A label saying more than its component ("CurveFS v2.2.0 Bugfix", "CI 环境 CurveAdm 升级到 v0.1
  // 版本") is an item itself, its nested bullets (the commits) its details.
  if (group && nested.length && !isGroupLabel(firstLine)) {
    book.add(group, { ...fromItem(item), skip: false });
    return;
  }
  if (group && (nested.length || (rest.length && bareLabel))) {
    const items = nested.length ? nested.flatMap(listItems).map(fromItem) : rest.map(fromLine);
    for (const sub of items) book.addUnder(group, sub);
    return;
  }
  const candidate = fromItem(item);
  const prefixed = PREFIXED_ITEM_RE.exec(firstLine);
  const named = prefixed ? labelComponent(prefixed[1] ?? '') : null;
  if (prefixed && named && !/\s/.test((prefixed[1] ?? '').trim().replace(/^curve\s/i, ''))) {
    // "curvefs: …": the text after the name, and the item's nested bullets with it.
    const details = candidate.text.split('\n').slice(1);
    book.add(named, { ...candidate, text: [prefixed[2] ?? '', ...details].join('\n') });
    return;
  }
  if (component && leadsWithProduct(firstLine) && inProductList) book.add(component, candidate);
  // In a plan section naming no component ("Curve 2023 Roadmap"), an item's own words decide.
  else if (inPlanSection) {
    const own = partComponent(firstLine);
    if (own) book.add(own, candidate);
  }
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
  const items = groupItems(section.blocks);
  for (const item of items) if (!item.skip) book.addUnder(component, item);
  // What is no plan by itself (the weeks of "开源周报", articles, merged commits) stays,
  // as the details of one item named by its heading: the group's news, its links kept.
  const folded = items.filter((item) => item.skip);
  if (folded.length) book.add(component, fromLine([section.title, ...folded.map((item) => `- ${item.text.split('\n')[0]}`)].join('\n')));
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
  scanBlocks(section.blocks, book, section.depth > 0 && PLAN_TITLE_RE.test(section.title));
  for (const child of section.children) scanSection(child, book);
}

export function extractPlans(note: Note): Plan[] {
  const book = new PlanBook();
  scanSection(note.sections, book);
  return book.plans();
}
