/**
 * The dedupe replay: GHL-side events on the emulator between polls, every poll through zapier-platform-core's app
 * handler, and Zapier's dedupe rule applied to what the trigger returns (the first poll only records ids; afterwards
 * an item fires when its `id` was never seen). What fired is compared with what happened, by meaning (message id,
 * opportunity + new stage + change time…), not by the trigger's own ids.
 */
import App from '../../index';
import { AppRunner } from '../../emulator/demo/runner';
import { DEFAULT_BEHAVIOURS, setBehaviours, type Behaviours } from '../../emulator/behaviours';
import type { Emulator } from '../../emulator/index';
import type { Rec } from '../../emulator/store';

export type Fires = 'new' | 'changed' | 'static';

/** Seeded PRNG (mulberry32): the same stream of events on every run. */
export const prng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
};
export type Rng = ReturnType<typeof prng>;

/** What a scenario's events see and report. */
export interface World {
  emu: Emulator;
  rng: Rng;
  /** The poll about to happen (1 = the first after the baseline). */
  poll: number;
  /** Emulator time (GHL's clock, skewed from Zapier's by a few seconds) at the previous poll and now. */
  since: number;
  now: number;
  /** `n` increasing event times in (since, now]; `same` gives them all one timestamp (bursts share a millisecond). */
  times: (n: number, same?: boolean) => number[];
  /** A record the trigger must fire for once, if it still exists at the next poll. */
  expectNew: (key: string, exists: () => boolean) => void;
  /** A change the trigger must fire for once, unless a later change of the same record supersedes it before the next poll. */
  expectChange: (record: string, key: string, exists: () => boolean) => void;
  /** Counts a GHL-side event (creations, updates, deletions) for the totals. */
  event: () => void;
  store: Emulator['store'];
  iso: (t: number) => string;
}

export interface Scenario {
  trigger: string;
  fires: Exclude<Fires, 'static'>;
  input?: Record<string, unknown>;
  /** Before the baseline: old records (more than a page of them), none of which may fire. */
  setup?: (w: World) => void;
  /** GHL-side events between two polls. */
  step: (w: World) => void;
  /** The meaning of a fired item, in the terms `expectNew` / `expectChange` used. */
  keyOf: (item: any) => string;
  /** The GHL behaviours (see emulator/behaviours.ts) the trigger must survive. */
  modes: Array<Partial<Behaviours>>;
}

export interface Outcome {
  trigger: string;
  mode: string;
  polls: number;
  events: number;
  expected: number;
  fires: number;
  baselineItems: number;
  missed: string[];
  doubled: string[];
  unexpected: string[];
}

/** The app with only this trigger registered: core compiles the definition on every run, so smaller is faster. */
const appWith = (key: string) => ({
  ...App,
  triggers: { [key]: (App as any).triggers[key] },
  creates: {},
  searches: {},
  searchOrCreates: {},
});

export const START = Date.parse('2026-11-02T09:00:00.000Z');
export const POLLS = 22;

/**
 * Runs one scenario under one set of behaviours. Zapier's clock is jest's fake Date (the app and the emulator share
 * the process); the emulator's clock runs a few seconds off it, differently at each poll.
 */
export const replay = async (emu: Emulator, s: Scenario, mode: Partial<Behaviours>, seed: number): Promise<Outcome> => {
  const rng = prng(seed);
  jest.setSystemTime(START);
  emu.reset();
  // Every run starts from the documented behaviours, then switches what this run plays.
  setBehaviours(emu.store, { ...DEFAULT_BEHAVIOURS, ...mode });
  let skew = 0;
  const setSkew = (ms: number) => {
    emu.clock.advance(ms - skew);
    skew = ms;
  };
  setSkew(rng.int(-4000, 4000));
  const runner = new AppRunner(appWith(s.trigger));
  runner.authData = emu.authData();

  let events = 0;
  const pendingNew = new Map<string, () => boolean>();
  const pendingChange = new Map<string, { key: string; exists: () => boolean }>();
  const expected = new Set<string>();
  const fired = new Map<string, number>();
  const seen = new Set<string>();

  let since = emu.clock.now();
  const world = (poll: number): World => {
    const now = emu.clock.now();
    return {
      emu,
      rng,
      poll,
      since,
      now,
      store: emu.store,
      iso: (t) => new Date(t).toISOString(),
      times: (n, same = false) => {
        const base = since + 1 + Math.floor(rng.next() * Math.max(1, now - since - 1));
        const ts = Array.from({ length: n }, () =>
          same ? base : since + 1 + Math.floor(rng.next() * Math.max(1, now - since - 1)),
        );
        return ts.sort((a, b) => a - b);
      },
      expectNew: (key, exists) => pendingNew.set(key, exists),
      expectChange: (record, key, exists) => pendingChange.set(record, { key, exists }),
      event: () => void events++,
    };
  };

  const poll = async () => {
    const items: any[] = await runner.perform('trigger', s.trigger, s.input ?? {});
    const ids = items.map((i) => String(i.id));
    if (new Set(ids).size !== ids.length) throw new Error(`${s.trigger}: one poll returned the same id twice`);
    return items;
  };

  s.setup?.(world(0));
  const baseline = await poll();
  for (const i of baseline) seen.add(String(i.id));

  for (let p = 1; p <= POLLS; p++) {
    // Zapier polls every 1–15 minutes; GHL's clock drifts a few seconds either way of Zapier's.
    since = emu.clock.now();
    jest.setSystemTime(Date.now() + rng.int(1, 15) * 60_000);
    setSkew(rng.int(-5000, 5000));
    s.step(world(p));
    for (const [key, exists] of pendingNew) if (exists()) expected.add(key);
    for (const { key, exists } of pendingChange.values()) if (exists()) expected.add(key);
    pendingNew.clear();
    pendingChange.clear();
    for (const item of await poll()) {
      const id = String(item.id);
      if (seen.has(id)) continue;
      seen.add(id);
      const key = s.keyOf(item);
      fired.set(key, (fired.get(key) ?? 0) + 1);
    }
  }

  return {
    trigger: s.trigger,
    mode:
      Object.entries(mode)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') || 'documented',
    polls: POLLS + 1,
    events,
    expected: expected.size,
    fires: [...fired.values()].reduce((a, b) => a + b, 0),
    baselineItems: baseline.length,
    missed: [...expected].filter((k) => !fired.has(k)),
    doubled: [...fired].filter(([, n]) => n > 1).map(([k]) => k),
    unexpected: [...fired.keys()].filter((k) => !expected.has(k)),
  };
};

/** Inserts a record straight into the emulator's store (a GHL-side event: no API call, no Zapier involvement). */
export const put = (w: World, coll: string, rec: Rec): Rec => {
  w.event();
  return w.store.insert(coll, rec);
};

/** Deletes a record GHL-side. */
export const drop = (w: World, coll: string, id: string): void => {
  w.event();
  w.store.remove(coll, id);
};

let counter = 0;
/** A GHL-looking id, unique within the run. */
export const rid = (prefix: string) => `${prefix}Rpl${(++counter).toString(36).padStart(12, '0')}`;

/** One line of the printed totals. */
export const line = (o: Outcome) =>
  `${o.trigger.padEnd(28)} ${o.mode.padEnd(58)} polls ${o.polls}  events ${String(o.events).padStart(5)}  expected ${String(o.expected).padStart(5)}  fires ${String(o.fires).padStart(5)}  missed ${o.missed.length}  doubled ${o.doubled.length}  unexpected ${o.unexpected.length}`;
