// The mouse hook (components/use-mouse.ts): an event that becomes an action is
// dispatched and counted as input (so the warm-up waits for its frame, as for a
// key); one that means nothing here is neither.
import { render } from 'ink-testing-library';
import { Text } from 'ink';
import { describe, expect, it } from 'vitest';
import type { MouseFeed } from '../../components/mouse-stdin.js';
import { useMouse } from '../../components/use-mouse.js';
import type { Action } from '../../src/dashboard/dashboard-state.js';
import { initialState } from '../../src/dashboard/dashboard-state.js';
import type { MouseEvent } from '../../src/dashboard/mouse.js';
import { buildIndex } from '../../src/library/queries.js';
import { LIBRARY, NOW } from '../fixtures/library.js';

describe('useMouse', () => {
  it('dispatches what an event means and tells of it as input; an event that means nothing is neither', async () => {
    let listener: ((event: MouseEvent) => void) | null = null;
    const feed: MouseFeed = {
      subscribe: (l) => {
        listener = l;
        return () => void (listener = null);
      },
    };
    const index = buildIndex(LIBRARY);
    const state = initialState({ now: NOW.getTime(), zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
    const actions: Action[] = [];
    let inputs = 0;
    function Probe() {
      useMouse(feed, index, state, (a) => void actions.push(a), () => void inputs++);
      return <Text>mouse</Text>;
    }
    const app = render(<Probe />);
    await new Promise((done) => setImmediate(done));
    expect(listener).not.toBeNull();
    listener!({ kind: 'wheel', step: 1, x: 5, y: 5 });
    expect([actions.length, inputs]).toEqual([1, 1]);
    listener!({ kind: 'click', button: 'right', x: 5, y: 5 });
    expect([actions.length, inputs]).toEqual([1, 1]);
    app.unmount();
    expect(listener).toBeNull();
  });
});
