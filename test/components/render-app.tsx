// Mounts the dashboard with a pinned size, clock and zone, and fake link effects.

import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import { App, type AppProps } from '../../components/App.js';
import { LIBRARY, NOW } from '../fixtures/library.js';
import { KEYS, press, sleep, waitFor } from '../support/ink.js';

export async function mountApp(props: Partial<AppProps> = {}) {
  const effects = {
    copy: vi.fn((text: string) => `Copied ${text.split('\n').length} lines.`),
    open: vi.fn(async (url: string) => `Opened ${url}.`),
  };
  const onExit = vi.fn();
  const app = render(
    <App
      library={LIBRARY}
      folderLabel="~/curve/notes"
      now={NOW}
      tickMs={0}
      zone="Asia/Shanghai"
      size={{ columns: 80, rows: 24 }}
      effects={effects}
      onExit={onExit}
      {...props}
    />,
  );
  await waitFor(app, (frame) => frame.includes(props.lang === 'zh' ? '日程' : 'Schedule'));
  // useInput subscribes in an effect after the first frame.
  await sleep(20);
  return { app, effects, onExit };
}

type Mounted = Awaited<ReturnType<typeof mountApp>>['app'];

/** A frame of every kind of screen: each tab, its detail views, help, warnings and the filter picker. */
export async function everyScreen(app: Mounted): Promise<string[]> {
  return [
    await press(app),
    await press(app, '2'),
    await press(app, KEYS.enter),
    await press(app, '3'),
    await press(app, KEYS.enter),
    await press(app, '4'),
    await press(app, KEYS.enter),
    await press(app, KEYS.enter),
    await press(app, '?'),
    await press(app, '!'),
    await press(app, 'f'),
  ];
}
