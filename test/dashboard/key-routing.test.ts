import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, DashboardState } from '../../src/dashboard/dashboard-state.js';
import { initialState, reduce as reduceWith } from '../../src/dashboard/dashboard-state.js';
import type { KeyPress } from '../../src/dashboard/keymap.js';
import { KEYMAP, NO_KEY } from '../../src/dashboard/keymap.js';
import type { KeyStep } from '../../src/dashboard/key-routing.js';
import { activeModes, cardVisible, routeKeys } from '../../src/dashboard/key-routing.js';
import { buildIndex } from '../../src/library/queries.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

const index = buildIndex(LIBRARY);
const reduce = (state: DashboardState, action: Action): DashboardState => reduceWith(index, state, action);
const start = (): DashboardState => initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
const key = (parts: Partial<KeyPress>): KeyPress => ({ ...NO_KEY, ...parts });
const steps = (state: DashboardState, input: string, press: KeyPress = NO_KEY): KeyStep[] => routeKeys(state, input, press, KEYMAP, reduce).steps;
const searching = (query = ''): DashboardState => reduce(reduce(start(), { type: 'openSearch' }), { type: 'searchType', text: query });

describe('modes', () => {
  it('the card keys only where the card is on screen; the search box and the picker take the keyboard', () => {
    expect(activeModes(start())).toEqual(['global', 'list', 'card']);
    expect(cardVisible(start())).toBe(true);
    const releases = reduce(start(), { type: 'switchTab', tab: 'releases' });
    expect(activeModes(releases)).toEqual(['global', 'list']);
    expect(activeModes(searching())).toEqual(['search']);
    expect(activeModes(reduce(start(), { type: 'openFilter' }))).toEqual(['filter']);
  });

  it('every entry of the table says what it does: an action for the reducer or an effect', () => {
    for (const entry of KEYMAP) {
      expect(entry.modes.length).toBeGreaterThan(0);
      expect('effect' in entry.does || 'type' in entry.does).toBe(true);
    }
    expect(steps(start(), '3')).toEqual([{ action: { type: 'switchTab', tab: 'components' } }]);
    expect(steps(start(), 'q')).toEqual([{ effect: 'quit' }]);
    expect(steps(start(), 'y')).toEqual([{ effect: 'copyLink' }]);
  });

  it('o means nothing away from the card, y copies on any list; the picker lets only back and quit through', () => {
    const releases = reduce(start(), { type: 'switchTab', tab: 'releases' });
    expect(steps(releases, 'o')).toEqual([]);
    expect(steps(releases, 'y')).toEqual([{ effect: 'copyLink' }]);
    expect(steps(reduce(start(), { type: 'openSearch' }), 'y')).toEqual([{ action: { type: 'searchType', text: 'y' } }]);
    const picking = reduce(start(), { type: 'openFilter' });
    expect(steps(picking, 'j')).toEqual([]);
    expect(steps(picking, '', key({ escape: true }))).toEqual([{ action: { type: 'back' } }]);
    expect(steps(picking, 'q')).toEqual([{ effect: 'quit' }]);
  });
});

describe('keys in the search box', () => {
  it.each([
    ['q', NO_KEY, { type: 'searchType', text: 'q' }],
    ['G', key({ shift: true }), { type: 'searchType', text: 'G' }],
    ['快照', NO_KEY, { type: 'searchType', text: '快照' }],
    ['/', NO_KEY, { type: 'searchType', text: '/' }],
    ['', key({ escape: true, meta: true }), { type: 'back' }],
    ['\r', key({ return: true }), { type: 'open' }],
    ['', key({ upArrow: true }), { type: 'move', step: -1 }],
    ['', key({ downArrow: true }), { type: 'move', step: 1 }],
    ['', key({ pageDown: true }), { type: 'page', step: 1 }],
    ['', key({ backspace: true }), { type: 'searchErase', what: 'char' }],
    ['', key({ delete: true }), { type: 'searchErase', what: 'char' }],
    ['u', key({ ctrl: true }), { type: 'searchErase', what: 'all' }],
    ['w', key({ ctrl: true }), { type: 'searchErase', what: 'word' }],
  ] as const)('key %# (%j) is an action', (input, press, expected) => {
    expect(steps(searching(), input, press)).toEqual([{ action: expected }]);
  });

  it.each([
    ['', key({ tab: true })],
    ['', key({ leftArrow: true })],
    ['x', key({ meta: true })],
    ['x', key({ ctrl: true })],
  ] as const)('key %# (%j) is ignored', (input, press) => {
    expect(steps(searching(), input, press)).toEqual([]);
  });

  it('Ctrl-C still quits', () => {
    expect(steps(searching(), 'c', key({ ctrl: true }))).toEqual([{ effect: 'quit' }]);
  });
});

describe('bursts (a paste, key repeat) are taken key by key', () => {
  it('moves once per character and drops characters that mean nothing', () => {
    const releases = reduce(start(), { type: 'switchTab', tab: 'releases' });
    expect(steps(releases, 'jxjk')).toEqual([
      { action: { type: 'move', step: 1 } },
      { action: { type: 'move', step: 1 } },
      { action: { type: 'move', step: -1 } },
    ]);
  });

  it('"/quota" opens the search and types the rest as one query', () => {
    const routed = routeKeys(start(), '/quota', NO_KEY, KEYMAP, reduce);
    expect(routed.steps).toEqual([{ action: { type: 'openSearch' } }, { action: { type: 'searchType', text: 'quota' } }]);
    expect(routed.state.overlay).toMatchObject({ kind: 'search', query: 'quota' });
  });

  it('three Backspaces written at once erase three characters', () => {
    const routed = routeKeys(searching('curvefs'), '\u007f\u007f\u007f', NO_KEY, KEYMAP, reduce);
    expect(routed.state.overlay).toMatchObject({ kind: 'search', query: 'curv' });
  });

  it('stops at quit', () => {
    expect(steps(start(), '2q3')).toEqual([{ action: { type: 'switchTab', tab: 'releases' } }, { effect: 'quit' }]);
  });

  it('a burst in the search box gives the same query as the same keys one at a time', () => {
    const typed = fc.array(fc.oneof(fc.constantFrom('\u007f', 'q', 'j', '/'), fc.stringMatching(/^[a-z中文 ]{0,3}$/)), { maxLength: 12 });
    fc.assert(
      fc.property(typed, (chars) => {
        const burst = routeKeys(searching('x'), chars.join(''), NO_KEY, KEYMAP, reduce).state;
        let oneByOne = searching('x');
        for (const text of chars.flatMap((c) => Array.from(c))) {
          const press = text === '\u007f' ? key({ delete: true }) : NO_KEY;
          oneByOne = routeKeys(oneByOne, text === '\u007f' ? '' : text, press, KEYMAP, reduce).state;
        }
        expect(burst.overlay).toEqual(oneByOne.overlay);
      }),
    );
  });
});
