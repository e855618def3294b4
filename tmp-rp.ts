import { buildProbes } from './scripts/bench/probes.js';
const p = await buildProbes('/tmp/probes');
console.log(p.reader);
