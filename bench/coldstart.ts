/**
 * Cold start: fresh node processes, alternating, each timing one `require` and reading its RSS right after.
 * Zapier's Lambda requires the app once per container; `require('zapier-platform-core')` alone is the floor.
 */
import { execFile, spawnSync } from 'child_process';
import { promisify } from 'util';
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
type Rounds = { runs: Array<{ ms: number; cpu: number }> };
export const pairedRatio = (a: Rounds, b: Rounds, pick: 'ms' | 'cpu'): number =>
  median(a.runs.map((r, i) => r[pick] / b.runs[i][pick]));

const PROBE = `
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
require(process.argv[1]);
const t1 = process.hrtime.bigint();
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ ms: Number(t1 - t0) / 1e6, cpu: (c.user + c.system) / 1000, rss: process.memoryUsage().rss }));
`;

const execFileAsync = promisify(execFile);

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

/**
 * One warm-up run per target (for the file cache), then `runs` rounds that run every target once, back to back, so a
 * slow moment of a shared machine falls on all of them: each target's results in run order.
 */
const rounds = async <T>(
  names: string[],
  runs: number,
  once: (name: string) => T | Promise<T>,
): Promise<Record<string, T[]>> => {
  const samples: Record<string, T[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) await once(n);
  for (let i = 0; i < runs; i++) for (const n of names) samples[n].push(await once(n));
  return samples;
};

/** Runs `runs` fresh processes per target (after one warm-up each, for the file cache), interleaved. */
export const coldStarts = async (targets: Record<string, string>, runs: number): Promise<Record<string, ColdStart>> => {
  const names = Object.keys(targets);
  const samples = await rounds(names, runs, (n) => once(targets[n]));
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

/**
 * A container's first run, end to end: a fresh process requires core and the app, builds core's app handler and
 * runs one step against the bench server. The app loads a step's code on the step's first run (lib/lazy.ts), so
 * `require` alone would hide that cost: this measures it where Zapier pays it.
 */
const FIRST_RUN = `
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const core = require('zapier-platform-core');
const mod = require(process.argv[1]);
const app = mod[process.argv[2]];
const event = JSON.parse(process.argv[3]);
core.createAppHandler(app)(event).then((out) => {
  if (out.results === undefined) throw new Error('the step returned nothing');
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000 }));
  // Core's HTTP client keeps its connection alive: the process would not end by itself.
  process.exit(0);
});
`;

export interface FirstRunTarget {
  /** The module, and the export holding the app definition. */
  file: string;
  exportName: string;
}

/**
 * `runs` first runs per target (after one warm-up each), interleaved; each the median of its wall and CPU time.
 * The children are awaited, not spawned synchronously: the server they call runs in this process.
 */
export const firstRuns = async (
  targets: Record<string, FirstRunTarget>,
  event: Record<string, unknown>,
  serverUrl: string,
  runs: number,
): Promise<Record<string, { ms: number; cpu: number; runs: Array<{ ms: number; cpu: number }> }>> => {
  const firstRun = async (t: FirstRunTarget): Promise<{ ms: number; cpu: number }> => {
    try {
      const { stdout } = await execFileAsync(
        process.execPath,
        ['-e', FIRST_RUN, t.file, t.exportName, JSON.stringify(event)],
        {
          encoding: 'utf8',
          timeout: 60_000,
          // "test": core skips its per-run memory log line and log shipping (no Zapier logging endpoint here).
          env: { ...process.env, NODE_ENV: 'test', GHL_API_BASE_URL: serverUrl },
        },
      );
      return JSON.parse(stdout);
    } catch (e) {
      throw new Error(`the first run of ${t.file} failed: ${(e as { stderr?: string }).stderr || String(e)}`, {
        cause: e,
      });
    }
  };
  const names = Object.keys(targets);
  const samples = await rounds(names, runs, (n) => firstRun(targets[n]));
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        ms: median(samples[n].map((s) => s.ms)),
        cpu: median(samples[n].map((s) => s.cpu)),
        runs: samples[n],
      },
    ]),
  );
};
