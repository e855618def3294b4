// Canonical component names and the ways the notes (and users) write them.

import type { Component } from './model.js';
import { COMPONENTS } from './model.js';
import { regexMatches } from './regex-matches.js';

// Order matters only for ties at the same position: longer aliases first.
export const ALIASES: Readonly<Record<Component, readonly string[]>> = {
  CurveBS: ['curvebs', 'curve bs', 'curve-bs', 'curve块存储', '块存储', 'curve 块存储', 'block storage', 'bs'],
  CurveFS: ['curvefs', 'curve fs', 'curve-fs', 'curve文件存储', '文件存储', 'curve 文件存储', 'file storage', 'curve-fuse', 'fs'],
  CurveAdm: ['curveadm', 'curve adm', 'curve-adm', '部署工具', '部署运维工具'],
  'curve-operator': ['curve-operator', 'curve operator', 'operator', 'curve on k8s', 'k8s', 'kubernetes', '云原生部署'],
  'curve-csi': ['curve-csi', 'curvefs csi', 'curvefs-csi', 'curvebs csi', 'curvebs-csi', 'csi'],
  tools: ['tools-v2', 'toolsv2', 'curve_ops_tool', '运维新工具', '新运维工具', '运维工具', 'tools', 'tool', '工具'],
  brpc: ['incubator-brpc', 'brpc'],
  community: ['开源社区', '社区', '开源之夏', '开源活动', '开发者活动', 'community', 'meetup', '开源'],
  other: ['其他', '其它', 'other', 'ci'],
};

/**
 * Components that are a part of the products (their deployment on k8s, their CSI
 * driver, their tools): an item that names one in its leading words is that
 * one's, whichever product's group it is listed in ("curvefs csi" under 文件存储).
 */
export const PART_COMPONENTS: ReadonlySet<Component> = new Set<Component>(['curve-operator', 'curve-csi', 'tools']);

/** Aliases too common to decide an item's component by themselves ("工具优化：" under CurveFS). */
export const GENERIC_ALIASES: ReadonlySet<string> = new Set(['tool', '工具']);

// Short Latin aliases that are only a component when they stand alone as a word
// ("bs v1.2.x", "fs上传") and never inside a longer word ("abs", "cifs").
const ALIAS_TABLE: { alias: string; component: Component; latin: boolean }[] = COMPONENTS.flatMap((component) =>
  ALIASES[component].map((alias) => ({ alias, component, latin: /^[a-z0-9 _-]+$/.test(alias) })),
).sort((a, b) => b.alias.length - a.alias.length);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The table as one regular expression, alternatives in table order: at the leftmost
// place where any alias matches, the first (longest) one that passes its word check
// wins, as a scan position by position would find, at a fraction of the cost.
const ALIAS_RE = new RegExp(
  ALIAS_TABLE.map(({ alias, latin }) => (latin ? `(?<![a-z0-9])${escapeRegExp(alias)}(?![a-z])` : escapeRegExp(alias))).join('|'),
  'g',
);
const COMPONENT_OF = new Map(ALIAS_TABLE.map(({ alias, component }) => [alias, component]));

export interface AliasHit {
  component: Component;
  index: number;
  length: number;
}

/** Every component alias in the text, left to right, longest match at each place. */
export function findComponents(text: string): AliasHit[] {
  const lower = text.toLowerCase();
  const hits: AliasHit[] = [];
  for (const match of regexMatches(ALIAS_RE, lower)) {
    const component = COMPONENT_OF.get(match[0]);
    if (component) hits.push({ component, index: match.index, length: match[0].length });
  }
  return hits;
}

/** A component named by a user (CLI flag, config): canonical name or alias, any case. */
export function componentFromUserInput(input: string): Component | null {
  const wanted = input.trim().toLowerCase();
  if (!wanted) return null;
  for (const component of COMPONENTS) {
    if (component.toLowerCase() === wanted) return component;
    if (ALIASES[component].includes(wanted)) return component;
  }
  return null;
}

