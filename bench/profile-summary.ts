/** Prints the heaviest functions (self time) and the heaviest call paths of a .cpuprofile. */
import * as fs from 'fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

import * as path from 'path';

// A .cpuprofile file, or a folder: its newest .cpuprofile.
const newest = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
const arg = process.argv[2] ?? 'bench/profiles';
const file = fs.statSync(arg).isDirectory() ? newest(arg) : arg;
const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const total = prof.nodes.reduce((s, n) => s + n.hitCount, 0);
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
for (const n of prof.nodes) self.set(name(n), (self.get(name(n)) ?? 0) + n.hitCount);

// Inclusive time per function (counted once per stack).
const inclusive = new Map<string, number>();
const walk = (n: Node, stack: Set<string>): number => {
  let sum = n.hitCount;
  const k = name(n);
  const fresh = !stack.has(k);
  if (fresh) stack.add(k);
  for (const c of n.children ?? []) sum += walk(byId.get(c)!, stack);
  if (fresh) {
    stack.delete(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + sum);
  }
  return sum;
};
walk(prof.nodes[0], new Set());

const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
process.stdout.write(`self time:\n${top(self, 25)}\n\ninclusive time:\n${top(inclusive, 40)}\n`);
