/**
 * The shipped app (dist/app.js) loads a step's code when the step first runs, not when Zapier loads the app
 * (issue 16: cold start). A Zapier container runs one step or a few; building all 168 step definitions and running
 * every declaration module on each cold start was most of what the app added to `require('zapier-platform-core')`.
 *
 * scripts/build-app.js writes the definition index.ts builds as JSON, with each function left as core's own marker
 * (`$func$2$f$`, what `zapier-platform validate` and the Zap editor see anyway) and its path listed. Here that JSON
 * becomes the app again:
 * - each listed function is a stub with the same arity; its first call builds the real one and every call runs it:
 *   a step's functions come from lib/op.ts's factory applied to the step's declaration, loaded from the one module
 *   that declares it; the connection's from authentication.ts, with the scopes the definition already lists;
 * - `eager` parts (request middleware, file hydrators: hooks.ts) are the real values, loaded with the app: they
 *   run on every request, and `z.dehydrateFile` looks a hydrator up by identity.
 * test/perf.test.ts checks that the result serializes byte for byte like index.ts's definition, that every stub
 * resolves to a function of its arity, and runs steps of each kind through it.
 */
import type { AnyDecl, GhlRecord, Operation } from './op';

type Fn = (...args: unknown[]) => unknown;
type Path = string[];
type StepKind = 'triggers' | 'creates' | 'searches';

/** What the build writes (data) and how the generated entry loads the modules (functions with static requires). */
export interface LazyParts {
  /** index.ts's definition as JSON: functions as core's markers, objects it shares as `$shared$<i>$`. */
  definition: GhlRecord;
  /** The objects index.ts shares (one object for equal samples, labels, fields: lib/op.ts `shared`), by index. */
  shared: unknown[];
  /** Where the definition's functions are (outside `eager`), with each one's arity. */
  functions: Array<[Path, number]>;
  /** Top-level parts loaded with the app (the real values replace their markers). */
  eager: GhlRecord;
  /** The module declaring each step, by `<kind>.<key>`. */
  owners: Record<string, string>;
  /** Loaders of the declaration modules, by the names `owners` uses. */
  modules: Record<string, () => AnyDecl[]>;
  /** lib/op.ts's factory for a step of one kind. */
  build: (kind: StepKind, decl: AnyDecl) => Operation;
  /** authentication.ts's authenticationFor. */
  authentication: (scopes: string[]) => GhlRecord;
}

/** A stub's real function, for tests (a registered symbol: the bundle and the test see the same one). */
export const RESOLVE = Symbol.for('ghl-zapier.lazy.resolve');

const STEP_KINDS: readonly string[] = ['triggers', 'creates', 'searches'];
const at = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v == null ? undefined : (v as GhlRecord)[k]), root);

const SHARED = '$shared$';
/** Puts the shared objects back where their markers are (in place: each object is visited once). */
const link = (node: GhlRecord, shared: unknown[]): void => {
  for (const k of Object.keys(node)) {
    const v = node[k];
    if (typeof v === 'string') {
      if (v.startsWith(SHARED)) node[k] = shared[Number(v.slice(SHARED.length, -1))];
    } else if (v && typeof v === 'object') link(v, shared);
  }
};

/** The app definition from the build's parts, with stubs that load each step on its first call. */
export const lazyApp = (parts: LazyParts): GhlRecord => {
  const app = parts.definition;
  for (const s of parts.shared) link(s as GhlRecord, parts.shared);
  link(app, parts.shared);
  const steps = new Map<string, GhlRecord>();
  let connection: GhlRecord | undefined;

  const step = (kind: StepKind, key: string): GhlRecord => {
    const id = `${kind}.${key}`;
    let zapier = steps.get(id);
    if (!zapier) {
      const owner = parts.owners[id];
      const decl = owner ? parts.modules[owner]?.().find((d) => d.key === key) : undefined;
      if (!decl) throw new Error(`The app was built without ${id} where it is now declared: run npm run build.`);
      zapier = parts.build(kind, decl).zapier;
      steps.set(id, zapier);
    }
    return zapier;
  };

  const real = (path: Path): Fn => {
    const [top, key, ...rest] = path;
    let fn: unknown;
    if (STEP_KINDS.includes(top)) fn = at(step(top as StepKind, key), rest);
    else if (top === 'authentication') {
      connection ??= parts.authentication(String(app.authentication.oauth2Config.scope).split(' '));
      fn = at(connection, path.slice(1));
    }
    if (typeof fn !== 'function') throw new Error(`The app has no function at ${path.join('.')}: run npm run build.`);
    return fn as Fn;
  };

  for (const [path, arity] of parts.functions) {
    let resolved: Fn | undefined;
    const resolve = () => (resolved ??= real(path));
    const stub = (...args: unknown[]) => resolve()(...args);
    // Core serializes a function as `$func$<arity>$f$`: the stub keeps the real one's.
    Object.defineProperty(stub, 'length', { value: arity });
    Object.defineProperty(stub, RESOLVE, { value: resolve });
    const parent = at(app, path.slice(0, -1)) as GhlRecord;
    parent[path[path.length - 1]] = stub;
  }
  for (const [key, value] of Object.entries(parts.eager)) app[key] = value;
  return app;
};
