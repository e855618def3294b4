import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2]; const windowMs = Number(process.argv[3] ?? 150);
const files = readdirSync(dir).filter(f => f.endsWith('.cpuprofile'));
// main thread: the biggest profile
const profs = files.map(f => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))).sort((a,b)=>b.samples.length-a.samples.length);
const p = profs[0];
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = p.startTime; const times = p.timeDeltas.map(d => (t += d));
let end = times.at(-1); let from = end - windowMs * 1000;
if (process.argv[4]) { from = Number(process.argv[4]); end = Number(process.argv[5]); }
const self = new Map(), total = new Map();
let count = 0;
p.samples.forEach((id, i) => {
  if (times[i] < from || times[i] > end) return; count++;
  const dt = (times[i+1] ?? times[i]) - times[i];
  const n = byId.get(id); const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(name, (self.get(name) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const m = byId.get(cur); const nm = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`;
    if (seen.has(nm)) continue; seen.add(nm); total.set(nm, (total.get(nm) ?? 0) + dt);
  }
});
const top = (m, k=25) => [...m].sort((a,b)=>b[1]-a[1]).slice(0,k).map(([n,v]) => `${(v/1000).toFixed(1).padStart(7)} ms  ${n}`).join('\n');
console.log('samples', count, '\n-- self\n' + top(self) + '\n-- total\n' + top(total, 45));
