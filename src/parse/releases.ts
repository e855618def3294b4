// Versions of Curve products the note talks about, with what it says of each:
// released, in test, in development, planned, or nothing definite. The status
// comes from the words around the version (its sentence, or its clause when the
// sentence names several versions), then from the section it heads or sits in.

import type { List, Nodes } from 'mdast';
import type { Product, Release, ReleaseStatus } from '../library/model.js';
import { findComponents } from '../library/aliases.js';
import { furtherStatus } from '../library/aggregate.js';
import type { Note, Section } from './tree.js';
import { sectionBlocks, textOf, walkBlocks } from './tree.js';
import { AGENDA_SECTION_RE } from './agenda.js';
import { releaseTableRows } from './release-table.js';
import { CLAUSE_SPLIT_RE, DIGIT_DOT_DIGIT_RE, findVersions, NOW_WORDS, SENTENCE_SPLIT_RE, statusOf, URL_RE } from './release-words.js';

const PRODUCT_COMPONENTS = new Set<string>(['CurveBS', 'CurveFS', 'CurveAdm', 'curve-operator', 'curve-csi', 'tools', 'brpc']);

function nearestProduct(text: string): Product | null {
  const hits = findComponents(text).filter((h) => PRODUCT_COMPONENTS.has(h.component));
  return (hits.at(-1)?.component as Product | undefined) ?? null;
}

interface Mention {
  version: string;
  key: string;
  product: Product;
  status: ReleaseStatus;
  agenda: boolean;
}

// A clause longer than this is not one clause but text without punctuation; bounding
// the look-around keeps a pathological line (thousands of versions) linear.
const MAX_CONTEXT = 120;

function pieceAround(text: string, index: number, split: RegExp): string {
  let start = index;
  while (start > 0 && index - start < MAX_CONTEXT && !split.test(text[start - 1] ?? '')) start -= 1;
  let end = index;
  while (end < text.length && end - index < MAX_CONTEXT && !split.test(text[end] ?? '')) end += 1;
  return text.slice(start, end);
}

const GOALS_TITLE_RE = /^\s*(?:主要)?(?:目标|任务|计划|规划|待办|goals?|tasks?|plans?|todo)\s*[:：]?\s*$/i;

/** Status from the first sentence of a section that does not name another version. */
function sectionStatus(section: Section, key: string): ReleaseStatus {
  const blocks = sectionBlocks(section).slice(0, 12);
  for (const node of walkBlocks(blocks as Nodes[])) {
    if (node.type !== 'paragraph') continue;
    for (const sentence of textOf(node).split(SENTENCE_SPLIT_RE)) {
      if (findVersions(sentence).some((f) => f.key !== key)) continue;
      const status = statusOf(sentence);
      if (status !== 'unknown') return status;
    }
  }
  // Laid out as goals and tasks ("#### 目标", "#### 任务") and saying nothing else: a plan.
  if (section.children.some((child) => GOALS_TITLE_RE.test(child.title))) return 'planned';
  return 'unknown';
}

// How many sentences after a version may still say where it is now.
const FOLLOW_UP_SENTENCES = 2;

class MentionCollector {
  readonly mentions: Mention[] = [];
  /**
   * The versions of the last sentence that named any, while their status is still
   * open: "v2.0 是正在进行中的版本。现在是在交叉测试中。" and "最新的分支是 release2.4"
   * followed by "不稳定分支，正在测试中" go on about the version without naming it again.
   */
  private open: { mentions: Mention[]; sentencesLeft: number; list: List | null } | null = null;
  /** The list whose item is being read; null outside lists. */
  private list: List | null = null;

  /** A new section starts: what follows is not about the last section's versions. */
  closeFollowUp(): void {
    this.open = null;
  }

  /**
   * Reading moves to a block of the section, or to an item of `list`. The next item
   * of the same list is a topic of its own ("1. v1.2.7 版本…" "2. 认证功能开发中");
   * a remark under it in another list or paragraph is not.
   */
  enter(list: List | null): void {
    if (this.open && list !== null && this.open.list === list) this.open = null;
    this.list = list;
  }

  /** All versions in one text; `headed` is the section this text is the title of. */
  read(text: string, trail: readonly Section[], agenda: boolean, headed: Section | null, listsWork = false): void {
    if (!DIGIT_DOT_DIGIT_RE.test(text)) {
      if (this.open) for (const sentence of text.split(SENTENCE_SPLIT_RE)) this.followUp(sentence);
      return;
    }
    const clean = text.replace(URL_RE, (url) => ' '.repeat(url.length));
    // Sentence by sentence, so a long paragraph full of versions stays linear.
    for (const sentence of clean.split(SENTENCE_SPLIT_RE)) {
      const found = findVersions(sentence);
      if (!found.length) {
        this.followUp(sentence);
        continue;
      }
      const alone = found.every((o) => o.key === found[0]?.key);
      const sentenceStatus = alone ? statusOf(sentence) : 'unknown';
      const mentions: Mention[] = [];
      for (const f of found) {
        let status = sentenceStatus;
        if (!alone) {
          const clause = pieceAround(sentence, f.index, CLAUSE_SPLIT_RE);
          status = statusOf(isEnumeration(clause) ? sentence.slice(0, MAX_CONTEXT * 4) : clause);
        }
        if (status === 'unknown' && headed) status = sectionStatus(headed, f.key);
        if (status === 'unknown' && alone) status = inheritedStatus(trail, f.key);
        if (status === 'unknown' && listsWork) status = 'developing';
        const product =
          f.product && f.product !== 'Curve'
            ? f.product
            : (nearestProduct(sentence.slice(Math.max(0, f.index - 12), f.index)) ?? f.product ?? trailProduct(trail) ?? 'Curve');
        mentions.push({ version: f.version, key: f.key, product, status, agenda });
      }
      this.mentions.push(...mentions);
      // Only one version, with nothing definite said yet (or only "in progress"), stays open.
      const settled = !alone || (sentenceStatus !== 'unknown' && sentenceStatus !== 'developing') || headed !== null;
      this.open = settled || isTableRow(sentence) ? null : { mentions, sentencesLeft: FOLLOW_UP_SENTENCES, list: this.list };
    }
  }

  /** A sentence naming no version: where the open version is now, if it says. */
  private followUp(sentence: string): void {
    if (!this.open || !sentence.trim()) return;
    if (isTableRow(sentence)) {
      this.open = null;
      return;
    }
    const now = statusOf(sentence, NOW_WORDS);
    if (now !== 'unknown') {
      for (const m of this.open.mentions) if (m.status === 'unknown' || furtherStatus(m.status, now) === now) m.status = now;
      this.open = null;
    } else if (--this.open.sentencesLeft === 0) {
      this.open = null;
    }
  }
}

/**
 * A row of a pipe table ("| v1.2.8 | 快照 | 测试中 |", plain text to CommonMark) is a
 * topic of its own: it neither goes on about an earlier version nor is gone on about.
 */
function isTableRow(sentence: string): boolean {
  return sentence.trimStart().startsWith('|');
}

/** "v2.0.0-beta; v2.1.0-beta; v2.2.0-beta": a list of versions shares its sentence's status. */
function isEnumeration(clause: string): boolean {
  let rest = clause;
  for (const f of findVersions(clause).reverse()) rest = rest.slice(0, f.index) + rest.slice(f.end);
  return findVersions(clause).length > 1 && /^[\s;；,，、和及与]*$/.test(rest);
}

/** A version and its own pre-release ("v2.1" and "v2.1-beta") are one family. */
function sameFamily(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** The status a section title gives its content, when the title names no other version. */
function inheritedStatus(trail: readonly Section[], key: string): ReleaseStatus {
  for (const section of [...trail].reverse()) {
    if (findVersions(section.title).some((f) => !sameFamily(f.key, key))) return 'unknown';
    const status = statusOf(section.title);
    if (status !== 'unknown') return status;
  }
  return 'unknown';
}

function trailProduct(trail: readonly Section[]): Product | null {
  for (const section of [...trail].reverse()) {
    const product = nearestProduct(section.title);
    if (product) return product;
  }
  return null;
}

// A line that is only a version ("release2.5", "CurveFS v2.6 版本:"), nothing else said.
const ONLY_VERSION_RE = /^\s*(?:curve[\s_-]*(?:bs|fs|adm)?|release)?[\s_-]*v?\d{1,2}\.\d{1,2}(?:\.\d{1,3})?(?:-[a-z]+\d*)?\s*(?:版本)?\s*[:：]?\s*$/i;

/**
 * Paragraphs that are only a version and head a list: "release2.5" followed by
 * the features going into it. The list is the version's work under way, so it
 * is in development unless the words say more.
 */
function versionLabelsOf(blocks: readonly Nodes[]): Set<Nodes> {
  const labels = new Set<Nodes>();
  for (const node of walkBlocks(blocks)) {
    if (node.type !== 'root' && node.type !== 'listItem' && node.type !== 'blockquote') continue;
    node.children.forEach((child, i) => {
      if (child.type === 'paragraph' && node.children[i + 1]?.type === 'list' && ONLY_VERSION_RE.test(textOf(child))) labels.add(child);
    });
  }
  for (const [i, block] of blocks.entries()) {
    if (block.type === 'paragraph' && blocks[i + 1]?.type === 'list' && ONLY_VERSION_RE.test(textOf(block))) labels.add(block);
  }
  return labels;
}

function visit(section: Section, trail: Section[], collector: MentionCollector, inAgenda: boolean): void {
  const agenda = inAgenda || (section.depth > 0 && AGENDA_SECTION_RE.test(section.title));
  collector.closeFollowUp();
  if (section.depth > 0) collector.read(section.title, trail, agenda, section);
  const inner = section.depth > 0 ? [...trail, section] : trail;
  const topLevel = new Set<Nodes>(section.blocks as Nodes[]);
  const versionLabels = versionLabelsOf(section.blocks as Nodes[]);
  const listOf = new Map<Nodes, List>();
  for (const node of walkBlocks(section.blocks as Nodes[])) {
    if (node.type === 'list') for (const item of node.children) listOf.set(item, node);
    if (node.type === 'listItem') collector.enter(listOf.get(node) ?? null);
    else if (topLevel.has(node)) collector.enter(null);
    // Versions inside commands (`CURVEADM_VERSION=v0.3.0 curveadm -u`) are not news about a release.
    const prose = (n: Nodes): string => textOf(n, { commands: false });
    if (node.type === 'paragraph') collector.read(prose(node), inner, agenda, null, versionLabels.has(node));
    else if (node.type === 'table') {
      const rows = releaseTableRows(node);
      if (rows) {
        // A row of a release table is a topic of its own, status in the same row.
        for (const row of rows) {
          collector.closeFollowUp();
          collector.read(row, inner, agenda, null);
        }
        collector.closeFollowUp();
      } else for (const row of node.children) for (const cell of row.children) collector.read(prose(cell), inner, agenda, null);
    }
  }
  for (const child of section.children) visit(child, inner, collector, agenda);
}

export function extractReleases(note: Note): Release[] {
  const collector = new MentionCollector();
  visit(note.sections, [], collector, false);
  const ordered = [...collector.mentions.filter((m) => !m.agenda), ...collector.mentions.filter((m) => m.agenda)];
  const byKey = new Map<string, Release>();
  for (const m of ordered) {
    const known = byKey.get(m.key);
    if (!known) byKey.set(m.key, { product: m.product, version: m.version, status: m.status });
    else if (known.status === 'unknown') known.status = m.status;
  }
  // "Curve 2.0" and "Curve v2.0.0" are one release: keep the longer spelling.
  for (const [key, release] of byKey) {
    const longer = byKey.get(`${key}.0`);
    if (longer) {
      if (longer.status === 'unknown') longer.status = release.status;
      byKey.delete(key);
    }
  }
  // Keep document order of first mention.
  const firstSeen = collector.mentions.map((m) => m.key);
  return [...byKey.entries()].sort((a, b) => firstSeen.indexOf(a[0]) - firstSeen.indexOf(b[0])).map(([, r]) => r);
}
