/**
 * The shipped app (dist/app.js) loads a step's code when the step first runs, not when Zapier loads the app
 * (issue 16: cold start). A Zapier container runs one step or a few; building all 168 step definitions and running
 * every declaration module on each cold start was most of what the app added to `require('zapier-platform-core')`.
 *
 * scripts/build-app.js writes the definition index.ts builds as JSON, with each function and each object it shares
 * listed by where it goes (`Links`). Here that JSON becomes the app again:
 * - each function is a stub with the same arity (core serializes it as `$func$<arity>$f$`, what `zapier-platform
 *   validate` and the Zap editor see anyway); its first call builds the real one and every call runs it:
 *   a step's functions come from lib/op.ts's factory applied to the step's declaration, loaded from the one module
 *   that declares it; the connection's from authentication.ts, with the scopes the definition already lists;
 * - each shared object is one object again wherever it appears;
 * - `eager` parts (request middleware, file hydrators: hooks.ts) are the real values, loaded with the app: they
 *   run on every request, and `z.dehydrateFile` looks a hydrator up by identity.
 * test/perf.test.ts checks that the result serializes byte for byte like index.ts's definition, that every stub
 * resolves to a function of its arity, and runs steps of each kind through it.
 */
import type { AnyDecl, GhlRecord, Operation } from './op';

type Fn = (...args: unknown[]) => unknown;
type Path = string[];
type StepKind = 'triggers' | 'creates' | 'searches';

/**
 * Where linked values go: the keys down to each one (array indexes as strings). A leaf `i >= 0` is the shared object
 * `shared[i]`, a leaf `-1 - n` a function of arity n. Only the places holding them are visited, not the whole
 * definition.
 */
export interface Links {
  [key: string]: Links | number;
}

/** What the build writes (data) and how the generated entry loads the modules (functions with static requires). */
export interface LazyParts {
  /** index.ts's definition as JSON, with the places `links` names left to fill. */
  definition: GhlRecord;
  /** The objects index.ts shares (one object for equal samples, labels, fields: lib/op.ts `shared`), by index. */
  shared: unknown[];
  /** Where the definition's shared objects and functions (outside `eager`) go. */
  links: Links;
  /** Where shared objects go inside the shared objects (from the `shared` list: `{ "0": { "tags": 2 } }`). */
  sharedLinks: Links;
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

/** The app definition from the build's parts, with stubs that load each step on its first call. */
export const lazyApp = (parts: LazyParts): GhlRecord => {
  const app = parts.definition;
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

  const stub = (path: Path, arity: number): Fn => {
    let resolved: Fn | undefined;
    const resolve = () => (resolved ??= real(path));
    const fn = (...args: unknown[]) => resolve()(...args);
    // Core serializes a function as `$func$<arity>$f$`: the stub keeps the real one's.
    Object.defineProperty(fn, 'length', { value: arity });
    Object.defineProperty(fn, RESOLVE, { value: resolve });
    return fn;
  };

  /** Puts the shared objects and stubs where `links` says, below `node` (at `path` in the definition). */
  const link = (node: GhlRecord, links: Links, path: Path): void => {
    for (const k in links) {
      const leaf = links[k];
      if (typeof leaf === 'object') link(node[k], leaf, [...path, k]);
      else node[k] = leaf >= 0 ? parts.shared[leaf] : stub([...path, k], -1 - leaf);
    }
  };
  link(parts.shared as unknown as GhlRecord, parts.sharedLinks, []);
  link(app, parts.links, []);
  for (const [key, value] of Object.entries(parts.eager)) app[key] = value;
  return app;
};
