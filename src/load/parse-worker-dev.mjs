// Starts the parse worker from the TypeScript sources (tests, tsx): registers
// tsx in the worker thread first. The published bundle uses parse-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
