// The mouse is on unless the command line says --no-mouse or the config says
// "mouse": false; anything else in the config is a one-line error.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { validateConfig } from '../../src/cli/config.js';

describe('turning the mouse off', () => {
  it('--no-mouse, for the dashboard', () => {
    expect(parseArgs([]).mouse).toBe(true);
    expect(parseArgs(['--no-mouse']).mouse).toBe(false);
    expect(parseArgs(['notes', '--no-mouse']).dir).toBe('notes');
  });

  it('"mouse" in the config: true or false, nothing else', () => {
    expect(validateConfig({ mouse: false }).mouse).toBe(false);
    expect(validateConfig({ mouse: true }).mouse).toBe(true);
    expect(() => validateConfig({ mouse: 'no' })).toThrow(/"mouse" must be true or false/);
  });
});
