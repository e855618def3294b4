#!/usr/bin/env node
// The installed `curve-dash` command.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
