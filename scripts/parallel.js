#!/usr/bin/env node
/**
 * Runs npm scripts at the same time and fails if any fails: `npm test` runs typecheck, lint and build this way
 * (none needs another's output; each alone leaves a core idle much of the time, so on 2 cores the three take ~5 s
 * less together than one after another). Each script's output is printed whole when it ends, under its name.
 *
 *   node scripts/parallel.js typecheck lint build
 */
'use strict';
const { spawn } = require('node:child_process');

const scripts = process.argv.slice(2);
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

const run = (name) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm[0], [...npm.slice(1), 'run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => {
      out += `${e.message}\n`;
    });
    child.on('close', (code) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`> ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${secs} s\n${out}`);
      resolve(code === 0);
    });
  });

Promise.all(scripts.map(run)).then((ok) => {
  process.exitCode = ok.every(Boolean) ? 0 : 1;
});
