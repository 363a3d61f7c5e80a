#!/usr/bin/env node
/**
 * Bundles the compiled app (dist/, from `tsc -p tsconfig.build.json`) into one file, dist/app.js: the package's
 * `main`, what `zapier-platform validate`, the benchmark and the Zapier bundle (scripts/bundle.js) load.
 *
 * Why one file: Zapier requires the app on every cold start, and resolving, reading and compiling ~75 separate
 * modules cost about a quarter of what the app adds to `require('zapier-platform-core')` (README "Performance",
 * issue 16: cold start ≤ 1.10× core). Packages stay outside (`packages: 'external'`): zapier-platform-core must be
 * the one Zapier's wrapper loads, and libphonenumber-js, luxon and validator are required lazily, on first use.
 * Not minified: names and lines stay readable in stack traces (minifying saved no measurable time), and the source
 * map points them at the TypeScript (`node --enable-source-maps`).
 */
'use strict';
const esbuild = require('esbuild');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

esbuild.buildSync({
  entryPoints: [path.join(ROOT, 'dist', 'index.js')],
  outfile: path.join(ROOT, 'dist', 'app.js'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
