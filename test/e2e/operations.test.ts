/**
 * Every operation the app registers (triggers, creates, searches, hidden dropdown helpers included), run once
 * against a freshly reset emulator with inputs from the seed. Triggers and searches must return a list, creates an
 * object, and nothing may throw. New operations are picked up as they are registered.
 *
 * Each also runs in the app as Zapier loads it (dist/app.js: definition from JSON, steps loaded on their first run,
 * lib/lazy.ts) on the same reset emulator: it must send the same requests and return the same result, and where
 * the step's input or output fields hold functions (custom fields, the agency's Sub-account field), list the same
 * fields. For that the clock stands still in this file (only `Date`; timers run), and each run starts on a reset
 * emulator whose new ids repeat and whose rate-limit counts start over.
 */
import { operations } from '../../registry';
import { AppRunner, describeError, inputFieldsOf, type Kind } from '../../emulator/demo/runner';
import { fakeDateOnly } from '../support/clock';
import { inputsFor } from './inputs';
import { App, shippedApp, useEmulator } from './support';

const REGISTRY = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;

/**
 * Operations that fail against the emulator because of the app (reported to the lead, with the request). They run
 * as `it.failing`: when the app is fixed the test goes red, and the entry should be removed.
 */
const KNOWN_APP_ISSUES: Record<string, string> = {};

const cases = (['trigger', 'create', 'search'] as Kind[]).flatMap((kind) =>
  Object.keys(App[REGISTRY[kind]]).map((key) => [kind, key] as const),
);

/**
 * Core's memory checker exits the process once it has run 250 invocations with RSS above 450 MB (on Zapier a fresh
 * container then retries). This file runs ~700 (each step twice, with its computed fields) inside the whole jest
 * process, whose RSS is not one container's: the check stays, from the 10,000th run.
 */
(require('zapier-platform-core/src/constants') as { KILL_MIN_LIMIT: number }).KILL_MIN_LIMIT = 10_000;

describe('every registered operation against the emulator', () => {
  const ref = useEmulator({ rateLimit: { burst: 100_000, daily: 10_000_000 }, repeatableIds: true });
  let location: Record<string, string>;
  let agency: Record<string, string>;
  const shipped = shippedApp();

  beforeAll(() => {
    fakeDateOnly(Date.now());
    location = ref.emu.authData();
    agency = ref.emu.authData({ userType: 'Company' });
  });

  /**
   * Core clones and freezes the whole app definition on every call (~150 operations), which dominates the run
   * time; each operation runs in a copy of the app holding only itself. Its perform, the middleware, authentication
   * and hydrators are the app's own.
   */
  const runnerFor = (app: Record<string, any>, kind: Kind, key: string) => {
    const only = { triggers: {}, creates: {}, searches: {}, [REGISTRY[kind]]: { [key]: app[REGISTRY[kind]][key] } };
    return new AppRunner({ ...app, ...only, searchOrCreates: {} });
  };

  afterAll(() => jest.useRealTimers());

  it('registers operations', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  const run = async (kind: Kind, key: string) => {
    const decl = operations.find((o) => o.kind === kind && o.decl.key === key)?.decl;
    if (!decl) throw new Error(`${kind} ${key} is in the app but not in the registry`);
    const input = inputsFor(ref.emu.seed, key, decl.path, kind, inputFieldsOf(App[REGISTRY[kind]][key]));
    /** One run on a freshly reset emulator: what the step returned and the requests it sent. */
    const once = async (app: Record<string, any>) => {
      ref.emu.reset();
      ref.emu.limiter.clear();
      const runner = runnerFor(app, kind, key);
      runner.authData = decl.agencyOnly ? agency : location;
      const from = ref.emu.requests.length;
      const result = await runner.perform(kind, key, input);
      const computed = (fields: unknown) => Array.isArray(fields) && fields.some((f) => typeof f === 'function');
      const operation = app[REGISTRY[kind]][key].operation;
      const inputFields = computed(operation.inputFields) ? await runner.inputFields(kind, key, input) : undefined;
      const outputFields = computed(operation.outputFields) ? await runner.outputFields(kind, key, input) : undefined;
      const requests = ref.emu.requests.slice(from).map((r) => ({ method: r.method, url: r.url, body: r.body }));
      return { result, inputFields, outputFields, requests };
    };
    const before = ref.emu.requests.length;
    let result: unknown;
    let live: Awaited<ReturnType<typeof once>>;
    try {
      live = await once(App);
      result = live.result;
    } catch (e) {
      const sent = ref.emu.requests
        .slice(before)
        .map(
          (r) =>
            `  ${r.method} ${r.url} ${r.body === undefined ? '' : JSON.stringify(r.body)}\n    → ${r.status} ${JSON.stringify(r.response).slice(0, 400)}`,
        );
      const { name, message } = describeError(e);
      throw new Error(
        `${kind} ${key} failed with ${name}: ${message}\ninput: ${JSON.stringify(input)}\nrequests:\n${sent.join('\n') || '  (none)'}`,
        { cause: e },
      );
    }
    if (kind === 'create') {
      expect(result).toEqual(expect.any(Object));
      expect(Array.isArray(result)).toBe(false);
    } else {
      expect(Array.isArray(result)).toBe(true);
    }
    // API Request answers GHL's headers too: their Date (HTTP-date, to the second) may tick between the two runs.
    const stable = (v: unknown) =>
      JSON.parse(JSON.stringify(v, (k, x) => (k === 'date' && typeof x === 'string' && / GMT$/.test(x) ? 'then' : x)));
    expect(stable(await once(shipped))).toEqual(stable(live));
  };

  test('the connection test, and a refresh, answer the same in the app as Zapier loads it', async () => {
    const connect = async (app: Record<string, any>) => {
      ref.emu.reset();
      ref.emu.limiter.clear();
      const runner = new AppRunner(app);
      // A connection of its own: GHL's refresh tokens rotate, so one can be used only once.
      runner.authData = ref.emu.authData();
      const tested = await runner.testConnection();
      const refreshed = await runner.refresh();
      return { tested, refreshed: Object.keys(refreshed).sort() };
    };
    const live = await connect(App);
    expect(live.tested.id).toBe(location.locationId);
    expect(await connect(shipped)).toEqual(live);
  });

  const healthy = cases.filter(([, key]) => !KNOWN_APP_ISSUES[key]);
  const broken = cases.filter(([, key]) => KNOWN_APP_ISSUES[key]);
  it.each(healthy)('%s %s', run);
  if (broken.length) it.failing.each(broken)('%s %s (known app issue)', run);
});
