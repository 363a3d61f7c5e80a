import nock from 'nock';

/**
 * Zapier's z.cache as its RPC server keeps it: TTLs, scopes and `nx` (set only when absent, answering whether it did).
 * Core's in-memory stand-in (`zcacheTestObj`) ignores all three, so a step's atomic claim (lib/once.ts) always wins
 * there. A run given `event` (rpc_base; core sends the deploy key set by `install`) reaches this one through nock
 * instead. `now` moves its clock; `calls` counts what the runs asked; `down` fails every call, as an unreachable
 * service does; `setSays` replaces what a set answers (core types it `boolean | null`) by what it did.
 */
export const fakeZcache = (host = 'https://zcache.rpc.test') => {
  const store = new Map<string, { value: string; until: number }>();
  const state: { now: number; down: boolean; setSays?: (stored: boolean) => unknown } = {
    now: Date.now(),
    down: false,
  };
  const calls: string[] = [];
  const live = (key: string) => {
    const e = store.get(key);
    if (e && e.until <= state.now) store.delete(key);
    return store.get(key);
  };
  const answer = (method: string, params: unknown[]): unknown => {
    const [key, value, ttl, scope, nx] = params as [string, string, number | null, string[] | null, boolean | null];
    // get and delete take (key, scope); set takes (key, value, ttl, scope, nx).
    const at = (s: unknown) => `${JSON.stringify(s ?? [])}|${key}`;
    if (method === 'zcache_get') return live(at(value))?.value ?? null;
    if (method === 'zcache_delete') return store.delete(at(value));
    const k = at(scope);
    if (method !== 'zcache_set') throw new Error(`Unexpected RPC ${method}`);
    const says = (stored: boolean) => (state.setSays ? state.setSays(stored) : stored);
    if (nx && live(k)) return says(false);
    store.set(k, { value, until: ttl ? state.now + ttl * 1000 : Infinity });
    return says(true);
  };
  let saved: string | undefined;
  return {
    event: { rpc_base: `${host}/cli` },
    state,
    calls,
    store,
    /** Intercepts the RPC calls (again after each test's nock.cleanAll) and gives core a deploy key to send. */
    install: () => {
      saved ??= process.env.ZAPIER_DEPLOY_KEY ?? '';
      process.env.ZAPIER_DEPLOY_KEY = 'zcache-test';
      nock(host)
        .persist()
        .post('/cli')
        .reply((_uri, body) => {
          const { id, method, params } = (typeof body === 'string' ? JSON.parse(body) : body) as {
            id: string;
            method: string;
            params: unknown[];
          };
          calls.push(method);
          if (state.down) return [400, { id, error: 'zcache is down' }]; // a 5xx is retried by core
          return [200, { id, result: answer(method, params) }];
        });
    },
    uninstall: () => {
      if (saved === '') delete process.env.ZAPIER_DEPLOY_KEY;
      else if (saved !== undefined) process.env.ZAPIER_DEPLOY_KEY = saved;
      saved = undefined;
    },
  };
};
