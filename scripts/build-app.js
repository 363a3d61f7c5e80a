#!/usr/bin/env node
/**
 * Builds dist/app.js from the compiled app (dist/, from `tsc -p tsconfig.build.json`): the package's `main`, what
 * `zapier-platform validate`, the benchmark and the Zapier bundle (scripts/bundle.js) load.
 *
 * Two things make Zapier's cold start cheap (issue 16: ≤ 1.10× `require('zapier-platform-core')`, README
 * "Performance"):
 * - One file. Resolving, reading and compiling ~80 separate modules cost about a quarter of what the app added.
 *   Packages stay outside (`packages: 'external'`): zapier-platform-core must be the one Zapier's wrapper loads, and
 *   libphonenumber-js, luxon and validator are required on first use. Not minified: names and lines stay readable in
 *   stack traces (minifying saved no measurable time), and the source map points them at the TypeScript. ASCII,
 *   its JSON in plain string literals (see the end of this file).
 * - Steps load when they first run (lib/lazy.ts). This script writes index.ts's definition as JSON, with where its
 *   functions and shared objects go, the module that declares each step, and an entry (dist/app-entry.js) that hands
 *   them to lazyApp with a static `require` per module, which esbuild turns into modules evaluated on first use.
 *
 * It refuses to build what the lazy app could not reproduce: a function core would mark as using `arguments`, a value
 * JSON cannot carry, a step without exactly one declaring module, a function outside the steps, the connection and
 * hooks.ts. test/perf.test.ts then checks the result against index.ts byte for byte and runs steps through it.
 */
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STEP_KINDS = ['triggers', 'creates', 'searches'];

const fail = (message) => {
  throw new Error(`build-app: ${message}`);
};

const app = require(path.join(DIST, 'index.js')).default;
const hooks = require(path.join(DIST, 'hooks.js'));

for (const key of Object.keys(hooks)) {
  if (app[key] !== hooks[key]) fail(`index.ts's ${key} is not hooks.ts's (the app loads hooks.ts eagerly).`);
}

/**
 * Objects index.ts hands out more than once (lib/op.ts `shared`: one frozen object for equal samples, labels and
 * fields) stay one object: core's per-run deep copy and freeze visit a shared object once, and JSON alone would
 * copy each one apart (measured: the paging trigger ran 7.0–7.3× the minimal app instead of 6.1×). Each is written
 * once in `shared`.
 */
const uses = new Map();
const countUses = (v) => {
  if (!v || typeof v !== 'object') return;
  const n = uses.get(v) ?? 0;
  uses.set(v, n + 1);
  if (!n) Object.values(v).forEach(countUses);
};
countUses(app);
const holdsFunction = (v) =>
  typeof v === 'function' || (!!v && typeof v === 'object' && Object.values(v).some(holdsFunction));
const shared = [];
const sharedIndex = new Map();

/**
 * Where a shared object or a function goes, as lib/lazy.ts `Links`: the keys down to it, from the definition
 * (`links`) or from the `shared` list (`sharedLinks`); the JSON holds 0 there. So the app links only those places
 * instead of walking the whole definition for markers (measured: 1.3–4 ms of CPU on a cold start, more on a busy
 * machine).
 */
const links = {};
const sharedLinks = {};
const putLink = (tree, keys, leaf) => {
  let node = tree;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  node[keys[keys.length - 1]] = leaf;
};

/**
 * The definition as JSON, each function a stub's place (core's marker `$func$<arity>$f$` in hooks.ts's parts,
 * zapier-platform-core src/tools/cleaner.js) and listed. `at` is the path in the definition (for messages), `tree`
 * and `keys` where its links go.
 */
const functions = [];
const toJson = (value, at, tree, keys) => {
  if (typeof value === 'function') {
    if (value.toString().includes('arguments'))
      fail(`${at.join('.')}: core marks a function mentioning "arguments" ($t$); the stubs cannot reproduce that.`);
    if (at[0] in hooks) return `$func$${value.length}$f$`;
    if (tree !== links) fail(`${at.join('.')}: a function inside a shared object has no stub.`);
    functions.push(at);
    putLink(tree, keys, -1 - value.length);
    return 0;
  }
  if (value && typeof value === 'object' && uses.get(value) > 1 && !holdsFunction(value)) {
    if (!sharedIndex.has(value)) {
      const i = shared.length;
      sharedIndex.set(value, i);
      shared.push(null);
      shared[i] = plainJson(value, at, sharedLinks, [String(i)]);
    }
    putLink(tree, keys, sharedIndex.get(value));
    return 0;
  }
  return plainJson(value, at, tree, keys);
};
const plainJson = (value, at, tree, keys) => {
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, [...at, String(i)], tree, [...keys, String(i)]));
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail(`${at.join('.')}: not plain data JSON can carry.`);
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v, [...at, k], tree, [...keys, k]);
    return out;
  }
  if (typeof value === 'string' && /^\$func\$/.test(value))
    fail(`${at.join('.')}: a string that reads as a marker (${value}).`);
  if (typeof value === 'number' && !Number.isFinite(value)) fail(`${at.join('.')}: ${value} is not JSON.`);
  return value;
};
const definition = toJson(app, [], links, []);

for (const at of functions) {
  if (!STEP_KINDS.includes(at[0]) && at[0] !== 'authentication')
    fail(`${at.join('.')}: a function outside the steps, the connection and hooks.ts has no loader.`);
}

/** The one module that declares each step, by `<kind>.<key>`. */
const owners = {};
const modules = [];
for (const kind of STEP_KINDS) {
  // The sources decide which modules there are (dist/ may hold stale ones from renamed files).
  for (const file of fs.readdirSync(path.join(ROOT, kind)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const name = `${kind}/${file.slice(0, -3)}`;
    const decls = require(path.join(DIST, `${name}.js`)).default;
    if (!Array.isArray(decls)) fail(`${name} does not export its declarations as default.`);
    modules.push(name);
    for (const d of decls) {
      const id = `${kind}.${d.key}`;
      if (owners[id]) fail(`${id} is declared in ${owners[id]} and ${name}.`);
      owners[id] = name;
    }
  }
  const keys = Object.keys(app[kind]);
  const missing = keys.filter((k) => !owners[`${kind}.${k}`]);
  if (missing.length) fail(`no module of ${kind}/ declares ${missing.join(', ')}.`);
  const extra = Object.keys(owners).filter(
    (id) => id.startsWith(`${kind}.`) && !keys.includes(id.slice(kind.length + 1)),
  );
  if (extra.length) fail(`${extra.join(', ')} are declared in ${kind}/ but not in the app (${kind}/index.ts).`);
}

/**
 * The JSON texts go into dist/app.js after esbuild, as single-quoted string literals: esbuild would write them as
 * template literals (fewer escapes), which V8 scans more slowly (measured: ~0.7 ms of CPU on a cold start).
 */
const texts = { definition, shared, links, sharedLinks };
const placeholder = (name) => `__GHL_APP_JSON_${name}__`;
const quoted = (value) => `'${JSON.stringify(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const entry = `'use strict';
// Generated by scripts/build-app.js: the entry of dist/app.js. lib/lazy.ts explains the parts.
Object.defineProperty(exports, '__esModule', { value: true });
const { lazyApp } = require('./lib/lazy');
const hooks = require('./hooks');
const MAKE = { triggers: 'makeTrigger', creates: 'makeCreate', searches: 'makeSearch' };
exports.default = lazyApp({
${Object.keys(texts)
  .map((k) => `  ${k}: JSON.parse(${placeholder(k)}),`)
  .join('\n')}
  eager: { ${Object.keys(hooks)
    .map((k) => `${k}: hooks.${k}`)
    .join(', ')} },
  owners: ${JSON.stringify(owners)},
  modules: {
${modules.map((m) => `    '${m}': () => require('./${m}').default,`).join('\n')}
  },
  build: (kind, decl) => require('./lib/op')[MAKE[kind]](decl),
  authentication: (scopes) => require('./authentication').authenticationFor(scopes),
});
`;
fs.writeFileSync(path.join(DIST, 'app-entry.js'), entry);

esbuild.buildSync({
  entryPoints: [path.join(DIST, 'app-entry.js')],
  outfile: path.join(DIST, 'app.js'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
const bundle = path.join(DIST, 'app.js');
let code = fs.readFileSync(bundle, 'utf8');
for (const [k, value] of Object.entries(texts)) {
  const parts = code.split(placeholder(k));
  if (parts.length !== 2) fail(`esbuild's output holds ${placeholder(k)} ${parts.length - 1} times, not once.`);
  code = parts.join(quoted(value));
}
/**
 * ASCII throughout: esbuild escapes strings but leaves comments and regular expressions as written, and one "’" in
 * ~700 KB makes node hold the whole source as a two-byte string, which V8 reads and compiles more slowly (measured:
 * ~1 ms of CPU on a cold start). `\u2019` means the same there (this code has no tagged template reading `.raw`);
 * after a backslash it would not, so that stops the build. The source map's columns shift on those few lines.
 */
code = code.replace(/(\\?)([\u0080-\uffff])/g, (_, slash, c) => {
  if (slash) fail(`a "${c}" after a backslash in dist/app.js: write it as a \\u escape in the sources.`);
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
fs.writeFileSync(bundle, code);
