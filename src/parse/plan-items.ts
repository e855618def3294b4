// The text of one plan item as the note gives it: its own line with link
// targets kept ("方案 (https://…/pull/903)"), then its nested bullets, each on
// a line of its own ("- 预计9月可以正式发布"), so that what is said under an
// item stays with it. And what is not a plan at all: commit titles, links to
// weekly reports, articles.

import type { ListItem, Nodes, PhrasingContent } from 'mdast';
import { isCommandCode } from './tree.js';

/** Inline text with each link's target after its text, unless the text is the target. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value;
        break;
      case 'inlineCode':
        out += isCommandCode(node.value) ? `\`${node.value}\`` : node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'link': {
        const text = inlineText(node.children).trim();
        const same = !text || text === node.url || text === node.url.replace(/^mailto:/, '');
        out += same ? node.url : `${text} (${node.url})`;
        break;
      }
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
}

function paragraphText(node: Nodes | undefined): string {
  return node?.type === 'paragraph' ? inlineText(node.children).replace(/\s+/g, ' ').trim() : '';
}

/** An item's own line, with link targets. */
export function itemLine(item: ListItem): string {
  return paragraphText(item.children[0]);
}

/** An item's own line, then its nested bullets, each "- …" indented by its depth below the item. */
export function itemWithDetails(item: ListItem, depth = 0): string {
  const lines = depth === 0 ? [itemLine(item)] : [];
  for (const child of item.children.slice(1)) {
    if (child.type !== 'list') continue;
    for (const sub of child.children) {
      const line = itemLine(sub);
      if (line) lines.push(`${'  '.repeat(depth)}- ${line}`);
      const deeper = itemWithDetails(sub, depth + 1);
      if (deeper) lines.push(deeper);
    }
  }
  return lines.filter(Boolean).join('\n');
}

const URL_RE = /\(?https?:\/\/[^\s)]+\)?/g;
// What a plan item is not, as data. A commit title: "curvefs/mds: fix …",
// "[feat]toolsv2: …", "robot:use … · opencurve/curve@5d621b0".
const COMMIT_TITLE_RES: readonly RegExp[] = [
  /^(?:\[\w+\]\s*)?[a-z][\w.-]*(?:\/[\w.-]+)+\s*:\s*[a-z[]/i,
  /^\[?(?:feat|fix|chore|docs|refactor|perf|test|style|build|ci)\]?(?:\([\w./-]+\))?\s*:/i,
  /^\[(?:feat|fix|chore|docs|refactor|perf|test|style|build|ci)\]\s*[\w./-]+\s*:/i,
  // A lower-case scope and an English verb: "curvefs: add memcached startup check".
  /^[a-z][\w.-]*\s*:\s*(?:add|fix|support|use|update|remove|optimi[sz]e|refactor|improve|enable|disable|change|move|delete|implement|make|set|bump|revert)\b/,
];
// A commit page's title copied with its link: "robot:use … · opencurve/curve@5d621b0 (github.com)".
const PAGE_TITLE_RE = /\s·\s[\w.-]+\/[\w.-]+@[0-9a-f]{7,40}\b/i;
const COMMIT_LINK_RE = /\/commit\/[0-9a-f]{7,40}\b/i;
const CODE_LINK_RE = /\/(?:commit\/[0-9a-f]{7,40}|pull\/\d+)\b/i;
// A date or a range of dates and nothing else (links to weekly reports: "[2022-12-05](…)", "2023-02-20 ~ 02-24").
const DATE_ONLY_RE = /^[\s[\]()（）【】]*\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?(?:\s*[~～至到-]\s*(?:\d{4}[-./年])?\d{1,2}(?:[-./月]\d{1,2}日?)?)?[\s[\]()（）【】]*$/;
// An article: a 《title》 with a link, or a link to an article site with no words of its own.
const ARTICLE_HOST_RE = /mp\.weixin\.qq\.com|zhuanlan\.zhihu\.com|juejin\.cn|infoq\.cn|segmentfault\.com|cnblogs\.com|csdn\.net|medium\.com/i;
const LINK_LABEL_RE = /^[\s,，:：;；、()（）]*(?:链接|link|详见|见|地址)?[\s,，:：;；、()（）]*$/i;

/** The words of an item's own line outside its links (and its @mentions), and where its links point. */
function outsideLinks(item: ListItem): { words: string; targets: string[] } {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return { words: '', targets: [] };
  const targets: string[] = [];
  const kept = first.children.filter((node) => {
    if (node.type === 'link') targets.push(node.url);
    return node.type !== 'link';
  });
  // "[title] (https://…)", a link written with a space, is a link too: its bracketed title is not the item's own words.
  const words = inlineText(kept)
    .replace(URL_RE, (url) => (targets.push(url), ' '))
    .replace(/@[^\s（(，,]+/g, ' ')
    .replace(/^\s*\[[^\]]*\]/, ' ');
  return { words: words.trim(), targets };
}

/** Is this list item something other than a plan: a commit title, a weekly report's dates, an article? */
export function isNotPlan(item: ListItem): boolean {
  const line = itemLine(item);
  const words = line.replace(URL_RE, ' ').trim();
  if (!words || LINK_LABEL_RE.test(words)) return true;
  if (DATE_ONLY_RE.test(words)) return true;
  const own = outsideLinks(item);
  // The title of a commit or pull request, linked to it: work merged, not a plan. The same
  // words without the link ("Fix: …" in a changelog) are left to the reader.
  const toCode = own.targets.length > 0 && own.targets.every((t) => CODE_LINK_RE.test(t));
  if (toCode && COMMIT_TITLE_RES.some((re) => re.test(line))) return true;
  if (PAGE_TITLE_RE.test(line)) return true;
  if (own.targets.length > 0 && /^《[^》]+》/.test(words)) return true;
  // A link to a commit, nothing else said: the commit's title, work already merged.
  if (own.targets.length > 0 && own.targets.every((t) => COMMIT_LINK_RE.test(t)) && LINK_LABEL_RE.test(own.words)) return true;
  // A link to an article with no words of its own around it: reading, not a plan.
  return own.targets.length > 0 && own.targets.every((t) => ARTICLE_HOST_RE.test(t)) && LINK_LABEL_RE.test(own.words);
}
