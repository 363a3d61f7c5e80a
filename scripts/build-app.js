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
 *   stack traces (minifying saved no measurable time), and the source map points them at the TypeScript.
 * - Steps load when they first run (lib/lazy.ts). This script writes index.ts's definition as JSON, with its
 *   functions as core's markers, the module that declares each step, and an entry (dist/app-entry.js) that hands
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
 * once in `shared`, and as `$shared$<i>$` where it appears.
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

/** The definition as JSON, each function as core's marker (zapier-platform-core src/tools/cleaner.js) and listed. */
const functions = [];
const toJson = (value, at) => {
  if (typeof value === 'function') {
    if (value.toString().includes('arguments'))
      fail(`${at.join('.')}: core marks a function mentioning "arguments" ($t$); the stubs cannot reproduce that.`);
    if (!(at[0] in hooks)) functions.push([at, value.length]);
    return `$func$${value.length}$f$`;
  }
  if (value && typeof value === 'object' && uses.get(value) > 1 && !holdsFunction(value)) {
    if (!sharedIndex.has(value)) {
      sharedIndex.set(value, shared.length);
      shared.push(null);
      shared[sharedIndex.get(value)] = plainJson(value, at);
    }
    return `$shared$${sharedIndex.get(value)}$`;
  }
  return plainJson(value, at);
};
const plainJson = (value, at) => {
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, [...at, String(i)]));
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail(`${at.join('.')}: not plain data JSON can carry.`);
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v, [...at, k]);
    return out;
  }
  if (typeof value === 'string' && /^\$(func|shared)\$/.test(value))
    fail(`${at.join('.')}: a string that reads as a marker (${value}).`);
  if (typeof value === 'number' && !Number.isFinite(value)) fail(`${at.join('.')}: ${value} is not JSON.`);
  return value;
};
const definition = toJson(app, []);

for (const [at] of functions) {
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

/** A JS string literal of JSON text, single-quoted so its many double quotes need no escape. */
const quoted = (json) => `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const entry = `'use strict';
// Generated by scripts/build-app.js: the entry of dist/app.js. lib/lazy.ts explains the parts.
Object.defineProperty(exports, '__esModule', { value: true });
const { lazyApp } = require('./lib/lazy');
const hooks = require('./hooks');
const MAKE = { triggers: 'makeTrigger', creates: 'makeCreate', searches: 'makeSearch' };
exports.default = lazyApp({
  definition: JSON.parse(${quoted(JSON.stringify(definition))}),
  shared: JSON.parse(${quoted(JSON.stringify(shared))}),
  functions: ${JSON.stringify(functions)},
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
