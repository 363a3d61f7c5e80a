/**
 * What every visible step returns at run time, checked against Zapier's output-data guidelines
 * (docs.zapier.com/platform/build/sample-data; README *Publishing*): times are ISO 8601 with a zone offset (an epoch
 * value only beside its `…Iso` twin), booleans are true / false (never "true" / "false" text), and no GHL paging
 * cursor shows as a field. test/publishing.test.ts checks the samples; this checks the live answers, on the emulator
 * with the same inputs as the every-operation suite. Triggers also run as the Zap editor's "test trigger"
 * (`isLoadingSample`), which lists records older than a poll's window.
 */
import { finalItems } from '../../lib/items';
import { operations } from '../../registry';
import { AppRunner, inputFieldsOf, type Kind } from '../../emulator/demo/runner';
import { inputsFor } from './inputs';
import { App, useEmulator } from './support';

const REGISTRY = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;

// This file runs ~250 steps in the shared jest process (see operations.test.ts).
(require('zapier-platform-core/src/constants') as { KILL_MIN_LIMIT: number }).KILL_MIN_LIMIT = 10_000;

/** An epoch in milliseconds (2001–2286), as a number or as digits. */
const isEpochMs = (v: unknown) =>
  (typeof v === 'number' && v >= 1e12 && v < 1e13) || (typeof v === 'string' && /^\d{13}$/.test(v));
/** ISO 8601 date-time with a zone offset. */
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/;

/** What in one output item breaks the guidelines, by Zapier output key (nested keys joined by `__`). */
const problemsOf = (item: Record<string, unknown>, datetimeKeys: string[]): string[] => {
  const found: string[] = [];
  const walk = (value: unknown, key: string, parent: Record<string, unknown> | unknown[], own: string) => {
    if (isEpochMs(value) && (Array.isArray(parent) || parent[`${own}Iso`] === undefined))
      found.push(`${key}: epoch ${JSON.stringify(value)} without an ISO twin`);
    if (value === 'true' || value === 'false') found.push(`${key}: boolean as text "${value}"`);
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}__${k}` : k, value as never, k);
  };
  walk(item, '', [], '');
  for (const k of ['searchAfter', 'sort']) if (Array.isArray(item[k])) found.push(`${k}: GHL's paging cursor`);
  for (const k of datetimeKeys) {
    const v = k.split('__').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], item);
    if (v !== undefined && v !== null && v !== '' && !(typeof v === 'string' && ISO_WITH_OFFSET.test(v)))
      found.push(`${k}: datetime output ${JSON.stringify(v)} is not ISO 8601 with an offset`);
  }
  return found;
};

const visible = (['trigger', 'create', 'search'] as Kind[]).flatMap((kind) =>
  Object.keys(App[REGISTRY[kind]])
    .filter((key) => !App[REGISTRY[kind]][key].display?.hidden)
    .map((key) => [kind, key] as const),
);

describe('live outputs of every visible step', () => {
  const ref = useEmulator({ rateLimit: { burst: 100_000, daily: 10_000_000 }, repeatableIds: true });
  /** Output items by step, from every run. */
  const outputs = new Map<string, Array<Record<string, unknown>>>();

  beforeAll(async () => {
    const location = ref.emu.authData();
    const agency = ref.emu.authData({ userType: 'Company' });
    for (const [kind, key] of visible) {
      const decl = operations.find((o) => o.kind === kind && o.decl.key === key)!.decl;
      const def = App[REGISTRY[kind]][key];
      const input = inputsFor(ref.emu.seed, key, decl.path, kind, inputFieldsOf(def));
      const runs = kind === 'trigger' ? [{}, { isLoadingSample: true }] : [{}];
      const items: Array<Record<string, unknown>> = [];
      for (const meta of runs) {
        ref.emu.reset();
        ref.emu.limiter.clear();
        const only = { triggers: {}, creates: {}, searches: {}, [REGISTRY[kind]]: { [key]: def } };
        const runner = new AppRunner({ ...App, ...only, searchOrCreates: {} });
        runner.authData = decl.agencyOnly ? agency : location;
        const result = await runner.perform(kind, key, input, { meta });
        items.push(...(Array.isArray(result) ? result : [result]));
      }
      outputs.set(`${kind} ${key}`, items);
    }
  }, 120_000);

  it('ran every visible step, and most listed something to check', () => {
    expect(outputs.size).toBe(visible.length);
    expect(visible.length).toBeGreaterThan(150);
    const withItems = [...outputs.values()].filter((items) => items.length).length;
    expect(withItems).toBeGreaterThan(visible.length * 0.9);
  });

  // The steps whose GHL answers carry paging cursors on every record: checked by name, so they cannot go unchecked.
  it.each([
    'trigger new_contact',
    'trigger search_contacts',
    'trigger search_conversations',
    'search find_conversation',
  ])('%s lists records without GHL paging cursors', (step) => {
    const items = outputs.get(step)!;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).not.toHaveProperty('searchAfter');
      expect(item).not.toHaveProperty('sort');
    }
  });

  it.each(visible)('%s %s: ISO times with an offset, real booleans, no paging cursors', (kind, key) => {
    const decl = operations.find((o) => o.kind === kind && o.decl.key === key)!.decl;
    const datetimeKeys = (decl.outputFields ?? [])
      .filter((o): o is { key: string; type?: string } => typeof o !== 'function' && o.type === 'datetime')
      .map((o) => o.key);
    const problems = outputs.get(`${kind} ${key}`)!.flatMap((item) => problemsOf(item, datetimeKeys));
    expect(problems).toEqual([]);
  });
});

test("only GHL's cursor lists are left out: a record's own sort order stays", () => {
  const [item] = finalItems([{ id: 'a', sort: 2, searchAfter: [1759654800000, 'a'], name: 'Ada' }]);
  expect(item).toEqual({ id: 'a', sort: 2, name: 'Ada' });
  const plain = { id: 'b', name: 'Grace' };
  expect(finalItems([plain])[0]).toBe(plain);
});
