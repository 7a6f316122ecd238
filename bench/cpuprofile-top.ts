/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time,
 * and the most inclusive time. `node out/bench/cpuprofile-top.js FILE.cpuprofile [N]`
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
const file = process.argv[2];
const topN = Number(process.argv[3] ?? 25);
const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = prof.nodes.reduce((s, n) => s + n.hitCount, 0);
const ms = (prof.endTime - prof.startTime) / 1000;
const key = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? path.basename(n.callFrame.url) + ':' + (n.callFrame.lineNumber + 1) : ''}`.trim();
const self = new Map<string, number>();
const incl = new Map<string, number>();
for (const n of prof.nodes) {
  self.set(key(n), (self.get(key(n)) ?? 0) + n.hitCount);
  // Inclusive: count each sample once per distinct function on its stack.
  const seen = new Set<string>();
  for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id)!);
    if (!seen.has(k)) {
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + n.hitCount);
    }
  }
}
const pct = (x: number) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${total} samples over ${ms.toFixed(0)} ms`);
console.log('\nself time:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, topN)) console.log(`${pct(v)}  ${k}`);
console.log('\ninclusive time:');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, topN)) console.log(`${pct(v)}  ${k}`);
