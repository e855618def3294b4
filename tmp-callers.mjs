import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2], target = process.argv[3];
const f = readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = new Map(p.nodes.map(n => [n.id, 0])); p.samples.forEach(id => counts.set(id, counts.get(id) + 1));
const total = (id) => { const n = byId.get(id); let c = counts.get(id); for (const ch of n.children ?? []) c += total(ch); return c; };
for (const n of p.nodes) if (n.callFrame.functionName === target) {
  const chain = []; for (let cur = parent.get(n.id); cur !== undefined && chain.length < 8; cur = parent.get(cur)) { const m = byId.get(cur); chain.push(`${m.callFrame.functionName || '(anon)'}:${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`); }
  console.log(total(n.id), chain.join(' < '));
}
