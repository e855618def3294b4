// Starts the piece worker from the TypeScript sources (tests, tsx): registers
// tsx in the worker thread first. The published bundle uses piece-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./piece-worker.ts');
