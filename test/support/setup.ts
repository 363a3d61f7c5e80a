import nock from 'nock';

/**
 * zapier-platform-core compiles the definition on every invocation, twice (src/create-app.js and
 * src/tools/create-lambda-handler.js each call prepareApp: a lodash deep copy, a rewrite and a deep freeze of the
 * whole definition, ~15 ms for this app). That was a third of the suite's CPU time, spent producing the same frozen
 * object again. Here an unchanged definition reuses its compiled copy: a definition is unchanged when every own
 * enumerable key of every object in it still holds the same value (checked on each call, ~0.5 ms, so a test that
 * swaps a step or createAppTester's ad hoc `_testRequest` compiles afresh). The compiled app is deep-frozen, so no run
 * can change what the next one sees; everything else in the handler runs as before.
 */
jest.mock('zapier-platform-core/src/tools/schema', () => {
  const real = jest.requireActual('zapier-platform-core/src/tools/schema');
  /** Every object reachable from `root`, each followed by its key count, its keys and values (in order). */
  const snapshot = (root: unknown): unknown[] => {
    const out: unknown[] = [];
    const seen = new Set<object>();
    const take = (v: any) => {
      if (!v || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      const keys = Object.keys(v);
      out.push(v, keys.length);
      for (const k of keys) out.push(k, v[k]);
      for (const k of keys) take(v[k]);
    };
    take(root);
    return out;
  };
  const unchanged = (snap: unknown[]): boolean => {
    let i = 0;
    while (i < snap.length) {
      const o = snap[i++] as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length !== snap[i++]) return false;
      for (const k of keys) if (snap[i++] !== k || o[k] !== snap[i++]) return false;
    }
    return true;
  };
  const compiled = new WeakMap<object, { snap: unknown[]; app: unknown }>();
  const prepareApp = (appRaw: unknown) => {
    if (!appRaw || typeof appRaw !== 'object') return real.prepareApp(appRaw);
    const known = compiled.get(appRaw);
    if (known && unchanged(known.snap)) return known.app;
    const app = real.prepareApp(appRaw);
    compiled.set(appRaw, { snap: snapshot(appRaw), app });
    return app;
  };
  return { ...real, prepareApp };
});

/**
 * Core's logger prepares every log line (HTTP logs twice per request: z.request's and the patched http module's) by
 * searching the response JSON for secrets to scrub, then hands it to whoever reads it: Zapier's log server (a token),
 * stdout (LOG_TO_STDOUT), a custom logger, or, for z.console lines, the invocation's log buffer. In the suite nobody
 * reads the other lines (no token, no stdout), yet scrubbing them was a fifth of the replay's CPU. Such a line is
 * skipped here; a line anyone would read goes through core's logger unchanged.
 */
jest.mock('zapier-platform-core/src/tools/create-logger', () => {
  const real = jest.requireActual('zapier-platform-core/src/tools/create-logger');
  return (event: any, options: any) => {
    const logger = real(event, options);
    const token = options?.token !== undefined ? options.token : process.env.LOGGING_TOKEN || event?.token;
    const read = (data: any) =>
      token ||
      event?.logToStdout ||
      typeof event?.customLogger === 'function' ||
      ((event?.logExtra && 'log_type' in event.logExtra ? event.logExtra : data)?.log_type || 'console') === 'console';
    const log = (message: unknown, data?: unknown) => (read(data) ? logger(message, data) : Promise.resolve());
    log.end = logger.end;
    return log;
  };
});

// No test ever reaches the network: unmatched requests fail loudly. (The e2e suite opens 127.0.0.1 only.)
// nock patches Node's http module globally, but Jest gives each test file its own nock instance in a shared worker:
// each file activates its own and restores the global patch when done, or the next file's requests pass through.
beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
