/**
 * `npm run bench`: what one run of the app costs, measured side by side in one go, written to bench/report.md and
 * printed. Not part of `npm test` (timings depend on the machine); the deterministic parts (definition size,
 * requests per poll) are asserted by test/perf.test.ts.
 *
 *   npm run bench                      # 300 runs per case after 50 warm-up runs, 41 cold-start rounds
 *   npm run bench -- --runs 100 --cold 5
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Core reads NODE_ENV when it is first required: "test" keeps its per-run memory log line out of the timings and
// its log shipping off (there is no Zapier logging endpoint here). Set before anything requires core.
process.env.NODE_ENV = 'test';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

const main = async () => {
  const { coldStarts, firstRuns, pairedRatio } = require('./coldstart') as typeof import('./coldstart');
  const { CASES, eventFor, runInvocations } = require('./invocations') as typeof import('./invocations');
  const { requestsPerPoll } = require('./polls') as typeof import('./polls');
  const { startServer } = require('./server') as typeof import('./server');
  const { definitionSizes, editorServed, PARTS } = require('./size') as typeof import('./size');
  const { kb, mb, ms, ratio, table } = require('./stats') as typeof import('./stats');
  const runs = arg('runs', 300);
  const warmup = arg('warmup', 50);
  const cold = arg('cold', 41);
  const root = path.resolve(__dirname, '../..');
  // Everything is measured on the package's main: the one-file bundle Zapier loads (scripts/build-app.js).
  const appEntry = path.resolve(root, require(path.join(root, 'package.json')).main);
  const App = (require(appEntry) as { default: Record<string, any> }).default;
  const lines: string[] = [];
  const say = (s = '') => lines.push(s);

  say('# Cost per run');
  say();
  say(
    `Measured ${new Date().toISOString()} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, ` +
      `zapier-platform-core ${require('zapier-platform-core').version}. Reproduce: \`npm run bench\`.`,
  );
  say();

  // Definition size.
  const sizes = definitionSizes(App);
  say('## Definition size (JSON as core compiles it)');
  say();
  say(
    table(
      ['part', 'size', 'share'],
      [...PARTS, 'other' as const]
        .map((p) => [p, kb(sizes[p]), `${((100 * sizes[p]) / sizes.total).toFixed(0)}%`])
        .concat([
          ['**total**', `**${kb(sizes.total)}**`, `budget 150 KB: ${sizes.total <= 150 * 1024 ? 'met' : 'NOT met'}`],
        ]),
    ),
  );
  say();
  say(
    `Largest operations: ${sizes.byOperation
      .slice(0, 8)
      .map((o) => `${o.key} ${kb(o.bytes)}`)
      .join(', ')}.`,
  );
  say();
  const served = editorServed(App);
  say(
    `Served to the Zap editor on demand, not compiled on each run: ${kb(served.bytes)} of labels and sample values ` +
      `from the outputFields functions of ${served.steps} steps (the definition keeps the samples' ids and their labels).`,
  );
  say();

  // Cold start.
  const coreEntry = require.resolve('zapier-platform-core');
  const starts = await coldStarts({ core: coreEntry, app: appEntry }, cold);
  const c = starts.core;
  const a = starts.app;
  say(`## Cold start (fresh node processes, median of ${cold})`);
  say();
  say(
    table(
      ['', 'require time', 'require CPU time', 'RSS after require', 'process wall time'],
      [
        ["`require('zapier-platform-core')`", ms(c.requireMs), ms(c.requireCpuMs), mb(c.rss), ms(c.processMs)],
        [
          `\`require\` of the built app (${path.relative(root, appEntry)})`,
          ms(a.requireMs),
          ms(a.requireCpuMs),
          mb(a.rss),
          ms(a.processMs),
        ],
        [
          'app ÷ core',
          ratio(a.requireMs, c.requireMs),
          ratio(a.requireCpuMs, c.requireCpuMs),
          `+${mb(a.rss - c.rss)}`,
          ratio(a.processMs, c.processMs),
        ],
      ],
    ),
  );
  say();
  const memOk = a.rss - c.rss <= 10 * 1024 * 1024;
  const paired = { ms: pairedRatio(a, c, 'ms'), cpu: pairedRatio(a, c, 'cpu') };
  say(
    `Median of the ${cold} back-to-back rounds' ratios (steadier than the ratio of medians on a shared machine): ` +
      `${paired.ms.toFixed(2)}× require time, ${paired.cpu.toFixed(2)}× CPU time.`,
  );
  say();
  say(
    `Target ≤ 1.10× core and ≤ core + 10 MB (on the rounds' ratios): ${paired.ms <= 1.1 && memOk ? 'met' : 'NOT met'} ` +
      `on wall time, ${paired.cpu <= 1.1 && memOk ? 'met' : 'NOT met'} on CPU time.`,
  );
  say();

  // Per invocation.
  const server = await startServer();
  const savedBase = process.env.GHL_API_BASE_URL;
  process.env.GHL_API_BASE_URL = server.url;
  let inv;
  let first;
  try {
    inv = await runInvocations(App, { runs, warmup });
    first = await firstRuns(
      {
        minimal: { file: path.join(__dirname, 'minimal.js'), exportName: 'minimalApp' },
        app: { file: appEntry, exportName: 'default' },
      },
      eventFor(CASES[0]),
      server.url,
      cold,
    );
  } finally {
    await server.stop();
    if (savedBase === undefined) delete process.env.GHL_API_BASE_URL;
    else process.env.GHL_API_BASE_URL = savedBase;
  }
  say(`## Per invocation (core's app handler, one process, interleaved, ${runs} runs each after ${warmup} warm-up)`);
  say();
  say(
    table(
      ['operation', 'minimal core app', 'this app', 'app ÷ minimal', 'minimal op inside our full definition'],
      inv.map((r) => [
        r.name,
        `${ms(r.minimal.median)} (p95 ${ms(r.minimal.p95)}; CPU ${ms(r.minimal.cpu)})`,
        `${ms(r.app.median)} (p95 ${ms(r.app.p95)}; CPU ${ms(r.app.cpu)})`,
        `${ratio(r.app.median, r.minimal.median)} (CPU ${ratio(r.app.cpu, r.minimal.cpu)})`,
        `${ms(r.minimalInFullDefinition.median)} (CPU ${ms(r.minimalInFullDefinition.cpu)})`,
      ]),
    ),
  );
  say();
  const worst = Math.max(...inv.map((r) => r.app.median / r.minimal.median));
  const worstCpu = Math.max(...inv.map((r) => r.app.cpu / r.minimal.cpu));
  say(
    `Target ≤ 7× the minimal app: ${worst <= 7 ? 'met' : 'NOT met'} on wall time (worst ${worst.toFixed(2)}×), ` +
      `${worstCpu <= 7 ? 'met' : 'NOT met'} on CPU time (worst ${worstCpu.toFixed(2)}×). Times are medians; CPU is the ` +
      "process's user + system time during the run, which other processes on the machine do not inflate. The last " +
      'column is the minimal operation run inside a copy of our definition: its gap to the minimal app is what the ' +
      'definition size costs (it also pays for core merging the request onto the definition, which our requests skip).',
  );
  say();

  // First run of a fresh container.
  say(`## First run (fresh node processes, median of ${cold}: require core and the app, build the handler, run once)`);
  say();
  say(
    table(
      ['', 'wall time', 'CPU time'],
      [
        ['minimal core app', ms(first.minimal.ms), ms(first.minimal.cpu)],
        ['this app', ms(first.app.ms), ms(first.app.cpu)],
        [
          "app ÷ minimal (median of the rounds' ratios)",
          `${pairedRatio(first.app, first.minimal, 'ms').toFixed(2)}×`,
          `${pairedRatio(first.app, first.minimal, 'cpu').toFixed(2)}×`,
        ],
      ],
    ),
  );
  say();
  say(
    `The step is ${CASES[0].name}. The app loads a step's code when the step first runs (lib/lazy.ts), so this is ` +
      'where that cost shows: what a Zapier container pays before its first answer.',
  );
  say();

  // Requests per poll.
  const polls = await requestsPerPoll(App);
  say('## Requests per poll (every trigger, page 0, against the emulator)');
  say();
  const byCount = new Map<number, string[]>();
  for (const p of polls) if (!p.error) byCount.set(p.requests, [...(byCount.get(p.requests) ?? []), p.key]);
  say(
    table(
      ['requests', 'triggers'],
      [...byCount.entries()].sort((x, y) => x[0] - y[0]).map(([n, keys]) => [n, `${keys.length}: ${keys.join(', ')}`]),
      true,
    ),
  );
  const failed = polls.filter((p) => p.error);
  if (failed.length) {
    say();
    say(`Failed against the emulator: ${failed.map((p) => `${p.key} (${p.error})`).join('; ')}`);
  }
  say();

  // Bundle.
  say('## Zapier bundle');
  say();
  const zips = ['build/build.zip', 'build/source.zip'].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  if (zips.length) say(zips.map((f) => `- \`${path.relative(root, f)}\`: ${mb(fs.statSync(f).size)}`).join('\n'));
  else say('No bundle in build/: run `npm run bundle` first to have its size reported here.');
  say();

  const report = lines.join('\n');
  fs.writeFileSync(path.join(root, 'bench/report.md'), report);
  process.stdout.write(report);
};

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
