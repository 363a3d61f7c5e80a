/**
 * Per-invocation cost: the app and the minimal core app (bench/minimal.ts) run the same operations through
 * zapier-platform-core's app handler (what Zapier runs for every poll and action), interleaved in one process
 * against the same local server, after a warm-up. A third column puts the minimal operation inside a copy of our
 * full definition: the gap between it and the minimal app is what the definition's size costs per run.
 */
import { performance } from 'perf_hooks';
import { MINIMAL_CREATES, MINIMAL_TRIGGERS, minimalApp } from './minimal';
import { median, quantile } from './stats';

type Handler = (event: Record<string, unknown>) => Promise<{ results: any }>;
type AnyApp = Record<string, any>;

export interface Case {
  name: string;
  /** `triggers.contact_notes` etc.: the same key in both apps. */
  method: string;
  inputData: Record<string, unknown>;
}

export const CASES: Case[] = [
  { name: 'read: Get Contact Notes (trigger)', method: 'triggers.contact_notes', inputData: { contactId: 'c1' } },
  {
    name: 'write: Create Contact',
    method: 'creates.create_contact',
    inputData: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  },
  { name: 'paging trigger: New Contact', method: 'triggers.new_contact', inputData: {} },
];

/** The event core's handler gets for one run of a case (as Zapier sends it, with test stores for cursor and cache). */
export const eventFor = (c: Case) => ({
  command: 'execute',
  method: `${c.method}.operation.perform`,
  bundle: {
    authData: { access_token: 'bench-token', locationId: 'loc1', userType: 'Location' },
    inputData: c.inputData,
    meta: { page: 0 },
  },
  storeKey: `bench-${c.method}`,
  cursorTestObj: {},
  zcacheTestObj: {},
});

export interface Timing {
  median: number;
  p95: number;
  /** Median CPU time of the process during the run (user + system): steadier than wall time on a shared machine. */
  cpu: number;
}
export interface CaseResult {
  name: string;
  app: Timing;
  minimal: Timing;
  minimalInFullDefinition: Timing;
}

const timing = (xs: number[], cpu: number[]): Timing => ({
  median: median(xs),
  p95: quantile(xs, 0.95),
  cpu: median(cpu),
});

export const runInvocations = async (App: AnyApp, options: { runs: number; warmup: number }): Promise<CaseResult[]> => {
  // createAppHandler exists at runtime but not in core's type declarations.
  const { createAppHandler } = require('zapier-platform-core') as { createAppHandler: (app: AnyApp) => Handler };
  const fullWithMinimal = {
    ...App,
    triggers: { ...App.triggers, ...MINIMAL_TRIGGERS },
    creates: { ...App.creates, ...MINIMAL_CREATES },
  };
  const handlers = {
    app: createAppHandler(App),
    minimal: createAppHandler(minimalApp),
    minimalInFullDefinition: createAppHandler(fullWithMinimal),
  };
  const results: CaseResult[] = [];
  for (const c of CASES) {
    const samples: Record<keyof typeof handlers, number[]> = { app: [], minimal: [], minimalInFullDefinition: [] };
    const cpu: Record<keyof typeof handlers, number[]> = { app: [], minimal: [], minimalInFullDefinition: [] };
    for (let i = 0; i < options.warmup + options.runs; i++) {
      for (const side of Object.keys(handlers) as Array<keyof typeof handlers>) {
        const event = eventFor(c);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const out = await handlers[side](event);
        const t = performance.now() - t0;
        const used = process.cpuUsage(c0);
        if (out.results === undefined) throw new Error(`${side} ${c.method} returned nothing`);
        if (i >= options.warmup) {
          samples[side].push(t);
          cpu[side].push((used.user + used.system) / 1000);
        }
      }
    }
    results.push({
      name: c.name,
      app: timing(samples.app, cpu.app),
      minimal: timing(samples.minimal, cpu.minimal),
      minimalInFullDefinition: timing(samples.minimalInFullDefinition, cpu.minimalInFullDefinition),
    });
  }
  return results;
};
