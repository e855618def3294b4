// useDashboardKeys tells the dashboard of every key as it comes (onKey): the
// warm-up (src/dashboard/warm-screens.ts) waits for that key's frame.
import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { useDashboardKeys } from '../../components/use-dashboard-keys.js';
import type { Action, DashboardState } from '../../src/dashboard/dashboard-state.js';
import { initialState } from '../../src/dashboard/dashboard-state.js';
import { sleep } from '../support/ink.js';

afterEach(() => cleanup());

function Keys({ log }: { log: string[] }) {
  const state = initialState({ now: 0, zone: 'Asia/Shanghai', viewport: { columns: 80, rows: 24 } });
  useDashboardKeys({
    state,
    dispatch: (action: Action) => log.push(`action ${action.type}`),
    reduce: (s: DashboardState) => s,
    effects: { quit: () => undefined, copyLink: () => undefined, openLink: () => undefined, reload: () => undefined, openPager: () => undefined },
    onKey: () => log.push('key'),
  });
  return <Text>keys</Text>;
}

describe('useDashboardKeys', () => {
  it('tells onKey of every key, before the key is handled', async () => {
    const log: string[] = [];
    const app = render(<Keys log={log} />);
    await sleep(20); // useInput subscribes in an effect
    for (const key of ['j', 'k', '2']) {
      app.stdin.write(key);
      await sleep(10);
    }
    expect(log).toEqual(['key', 'action move', 'key', 'action move', 'key', 'action switchTab']);
  });
});
