#!/usr/bin/env node
// The installed `curve-dash` command: the command line (src/cli) with the
// dashboard's views (components/) plugged in. Only this file names both, so
// src/ never imports the UI.
import { main } from '../src/cli/cli.js';
import type { DashboardLauncher } from '../src/dashboard/options.js';

/** Variables that make Ink believe it runs in CI, where it draws nothing until exit. */
const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

/**
 * The dashboard's code, loaded as a person at a terminal needs it. Ink decides when it loads
 * whether it runs in CI and then draws only the last frame, at exit: a blank screen for someone
 * in a shell where CI is set (a CI job's container, a dev box that exports it). The CLI only
 * starts the dashboard with a terminal on both ends, so Ink loads with those variables hidden;
 * they are put back once it has loaded, for the programs we start (git, the browser opener).
 */
const importDashboard: DashboardLauncher = async () => {
  const hidden = CI_VARIABLES.filter((name) => name in process.env).map((name) => [name, process.env[name]] as const);
  for (const [name] of hidden) delete process.env[name];
  try {
    return await import('../components/run.js');
  } finally {
    for (const [name, value] of hidden) process.env[name] = value;
  }
};

process.exitCode = await main(process.argv.slice(2), importDashboard);
