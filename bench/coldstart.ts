/**
 * Cold start: fresh node processes, alternating, each timing one `require` and reading its RSS right after.
 * Zapier's Lambda requires the app once per container; `require('zapier-platform-core')` alone is the floor.
 */
import { spawnSync } from 'child_process';
import { median } from './stats';

export interface ColdStart {
  /** Median time of the require, in ms. */
  requireMs: number;
  /** Median RSS after the require, in bytes. */
  rss: number;
  /** Median wall time of the whole process (node start + require + exit), in ms. */
  processMs: number;
  /** Median CPU time (user + system) the require took, in ms: steadier than wall time on a busy machine. */
  requireCpuMs: number;
  /** Every run's require time and CPU time, in run order (runs of all targets are interleaved). */
  runs: Array<{ ms: number; cpu: number }>;
}

/**
 * The median of the per-round ratios a ÷ b: each round runs the targets back to back, so a slow moment of a shared
 * machine weighs on both sides of a ratio instead of on one target's median.
 */
export const pairedRatio = (a: ColdStart, b: ColdStart, pick: 'ms' | 'cpu'): number =>
  median(a.runs.map((r, i) => r[pick] / b.runs[i][pick]));

const PROBE = `
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
require(process.argv[1]);
const t1 = process.hrtime.bigint();
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ ms: Number(t1 - t0) / 1e6, cpu: (c.user + c.system) / 1000, rss: process.memoryUsage().rss }));
`;

type Probe = { ms: number; cpu: number; rss: number; wall: number };

const once = (target: string): Probe => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', PROBE, target], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node could not require ${target}: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), wall };
};

/** Runs `runs` fresh processes per target (after one warm-up each, for the file cache), interleaved. */
export const coldStarts = (targets: Record<string, string>, runs: number): Record<string, ColdStart> => {
  const names = Object.keys(targets);
  const samples: Record<string, Probe[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) once(targets[n]);
  for (let i = 0; i < runs; i++) for (const n of names) samples[n].push(once(targets[n]));
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        requireMs: median(samples[n].map((s) => s.ms)),
        rss: median(samples[n].map((s) => s.rss)),
        processMs: median(samples[n].map((s) => s.wall)),
        requireCpuMs: median(samples[n].map((s) => s.cpu)),
        runs: samples[n].map((s) => ({ ms: s.ms, cpu: s.cpu })),
      },
    ]),
  );
};
