/**
 * Every operation the app registers (triggers, creates, searches, hidden dropdown helpers included), run once
 * against a freshly reset emulator with inputs from the seed. Triggers and searches must return a list, creates an
 * object, and nothing may throw. New operations are picked up as they are registered.
 */
import { operations } from '../../registry';
import { AppRunner, describeError, inputFieldsOf, type Kind } from '../../emulator/demo/runner';
import { inputsFor } from './inputs';
import { App, useEmulator } from './support';

const REGISTRY = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;

/**
 * Operations that fail against the emulator because of the app (reported to the lead, with the request). They run
 * as `it.failing`: when the app is fixed the test goes red, and the entry should be removed.
 */
const KNOWN_APP_ISSUES: Record<string, string> = {};

const cases = (['trigger', 'create', 'search'] as Kind[]).flatMap((kind) =>
  Object.keys(App[REGISTRY[kind]]).map((key) => [kind, key] as const),
);

describe('every registered operation against the emulator', () => {
  const ref = useEmulator({ rateLimit: { burst: 100_000, daily: 10_000_000 } });
  let location: Record<string, string>;
  let agency: Record<string, string>;

  beforeAll(() => {
    location = ref.emu.authData();
    agency = ref.emu.authData({ userType: 'Company' });
  });

  /**
   * Core clones and freezes the whole app definition on every call (~150 operations), which dominates the run
   * time; each operation runs in a copy of the app holding only itself. Its perform, the middleware, authentication
   * and hydrators are the app's own.
   */
  const runnerFor = (kind: Kind, key: string) => {
    const only = { triggers: {}, creates: {}, searches: {}, [REGISTRY[kind]]: { [key]: App[REGISTRY[kind]][key] } };
    return new AppRunner({ ...App, ...only, searchOrCreates: {} });
  };

  it('registers operations', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  const run = async (kind: Kind, key: string) => {
    const decl = operations.find((o) => o.kind === kind && o.decl.key === key)?.decl;
    if (!decl) throw new Error(`${kind} ${key} is in the app but not in the registry`);
    ref.emu.reset();
    const runner = runnerFor(kind, key);
    runner.authData = decl.agencyOnly ? agency : location;
    const input = inputsFor(ref.emu.seed, key, decl.path, kind, inputFieldsOf(App[REGISTRY[kind]][key]));
    const before = ref.emu.requests.length;
    let result: unknown;
    try {
      result = await runner.perform(kind, key, input);
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
  };

  const healthy = cases.filter(([, key]) => !KNOWN_APP_ISSUES[key]);
  const broken = cases.filter(([, key]) => KNOWN_APP_ISSUES[key]);
  it.each(healthy)('%s %s', run);
  if (broken.length) it.failing.each(broken)('%s %s (known app issue)', run);
});
