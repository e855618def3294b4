// Floor: a bare Ink + React first frame, unbundled (node_modules as installed).
// Renders <Text>hi</Text> to the terminal and exits as soon as it has rendered.
import React from 'react';
import { render, Text, useApp } from 'ink';

function Hi() {
  const { exit } = useApp();
  React.useEffect(() => exit(), [exit]);
  return React.createElement(Text, null, 'hi');
}

await render(React.createElement(Hi)).waitUntilExit();
process.exit(0);
