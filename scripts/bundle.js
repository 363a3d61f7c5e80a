#!/usr/bin/env node
/**
 * Builds the Zapier bundle (build/build.zip + build/source.zip) from a staging folder, and optionally pushes it.
 *
 *   npm run bundle   offline: compile, stage, validate the schema locally, zip, and test-load the zip
 *   npm run push     the same, then `zapier-platform push` (remote style checks + upload: needs `zapier login`)
 *
 * Why not plain `zapier-platform build` / `push`: without --skip-dep-install the CLI copies the whole project,
 * node_modules included (445 MB, ~30,000 files: jest, typescript, the Node 22 binary…), into a temp folder with
 * one promise per file (zapier-platform-cli src/utils/build.js `copyDir(appDir, workingDir, {filter: !zip})`, whose
 * filter replaces the default that skipped node_modules), which ends in EMFILE: too many open files; and it zips the
 * app from `index.js` at the project root (zapierwrapper.js requires `./index.js`) while ours compiles to dist/.
 *
 * So this script stages exactly what runs on Zapier: the app bundled into one file at the stage root (index.js next
 * to package.json, see scripts/build-app.js), a package.json without dev dependencies or scripts, and only the
 * production packages of the installed tree (`npm ls --omit=dev`), copied synchronously (no file-handle storm, no
 * registry access). The CLI then runs in the stage with --skip-dep-install; its esbuild pass zips only the files the
 * app requires.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const push = process.argv.includes('--push');
const keep = process.argv.includes('--keep');
const log = (msg) => process.stdout.write(`${msg}\n`);

/** Runs a command, streaming its output; a failure stops the script with the command's exit code. */
const run = (cmd, args, cwd, env = {}) => {
  log(`$ ${[cmd, ...args].join(' ')}   (in ${path.relative(ROOT, cwd) || '.'})`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
};

/** Production packages of the installed tree (no dev-only and no extraneous ones), as paths relative to ROOT. */
const productionPackages = () => {
  const tree = JSON.parse(
    execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  );
  const found = new Set();
  const walk = (node) => {
    for (const dep of Object.values(node.dependencies ?? {})) {
      if (dep.extraneous || dep.dev || !dep.path) continue;
      if (!dep.path.startsWith(path.join(ROOT, 'node_modules')))
        throw new Error(`Production package outside node_modules: ${dep.path}`);
      found.add(path.relative(ROOT, dep.path));
      walk(dep);
    }
  };
  walk(tree);
  return [...found].sort();
};

/** Copies one package without its nested node_modules (those are copied as packages of their own when needed). */
const copyPackage = (rel, stage) => {
  const src = path.join(ROOT, rel);
  fs.cpSync(src, path.join(stage, rel), {
    recursive: true,
    dereference: true,
    filter: (p) => !path.relative(src, p).split(path.sep).includes('node_modules'),
  });
};

const main = () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-zapier-bundle-'));
  const cli = path.join(ROOT, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');
  const zapier = (args) =>
    run(
      process.execPath,
      [fs.existsSync(cli) ? cli : path.join(ROOT, 'node_modules', '.bin', 'zapier-platform'), ...args],
      stage,
      {
        // No update check or analytics call: the offline build must not wait on the network.
        NO_UPDATE_NOTIFIER: '1',
        DISABLE_ZAPIER_ANALYTICS: '1',
      },
    );
  try {
    log(`Staging in ${stage}`);
    // 1. The app as `npm run build` makes it (compiled, then bundled into one file by scripts/build-app.js), as the
    // stage's index.js: that is where zapierwrapper.js looks for it.
    run('npm', ['run', 'build'], ROOT);
    fs.copyFileSync(path.join(ROOT, 'dist', 'app.js'), path.join(stage, 'index.js'));
    // 2. package.json without dev dependencies and scripts (a `_zapier-build` script would run inside the CLI).
    const { devDependencies: _dev, scripts: _scripts, ...runtime } = pkg;
    fs.writeFileSync(
      path.join(stage, 'package.json'),
      `${JSON.stringify({ ...runtime, main: 'index.js' }, null, 2)}\n`,
    );
    // 3. Production packages only, copied synchronously.
    const packages = productionPackages();
    for (const rel of packages) copyPackage(rel, stage);
    log(
      `Copied ${packages.length} production packages (of the installed tree; dev tools and the Node binary stay out).`,
    );
    // 4. The TypeScript sources, for source.zip (Zapier's reviewers read source.zip; build.zip holds the compiled app).
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter(
        (f) =>
          f &&
          !f.startsWith('test/') &&
          !f.startsWith('emulator/') &&
          /\.(ts|json|md)$/.test(f) &&
          !f.endsWith('package-lock.json'),
      );
    for (const f of tracked) fs.cpSync(path.join(ROOT, f), path.join(stage, 'src', f));
    fs.writeFileSync(path.join(stage, '.gitignore'), 'node_modules/\nbuild/\n');
    // 5. .zapierapprc: the app link (for push) plus the files esbuild cannot see. Node 22 resolves a package's
    // "module-sync" export condition (async-function, generator-function… under get-intrinsic) to an .mjs file, while
    // the CLI's esbuild pass resolves "default" → .js; without the .mjs the zip fails the CLI's own load test.
    const rcPath = path.join(ROOT, '.zapierapprc');
    const rc = fs.existsSync(rcPath) ? JSON.parse(fs.readFileSync(rcPath, 'utf8')) : {};
    const moduleSync = packages.filter((rel) =>
      fs.readFileSync(path.join(ROOT, rel, 'package.json'), 'utf8').includes('"module-sync"'),
    );
    const includeInBuild = [
      ...(rc.includeInBuild ?? []),
      ...moduleSync.map((rel) => `${rel.split(path.sep).join('/')}/.*\\.mjs$`),
    ];
    fs.writeFileSync(path.join(stage, '.zapierapprc'), `${JSON.stringify({ ...rc, includeInBuild }, null, 2)}\n`);

    if (push) {
      // Remote style checks and upload need Zapier's servers and `zapier-platform login`.
      zapier(['push', '--skip-dep-install']);
    } else {
      // Offline: the local schema validation `build` would run, then the build without the remote style check
      // (`--skip-validation` skips both, hence the explicit local one first). The CLI test-loads the zip at the end.
      zapier(['validate', '--without-style']);
      zapier(['build', '--skip-dep-install', '--skip-validation']);
    }
    fs.mkdirSync(path.join(ROOT, 'build'), { recursive: true });
    for (const zip of ['build.zip', 'source.zip']) {
      fs.copyFileSync(path.join(stage, 'build', zip), path.join(ROOT, 'build', zip));
      log(`build/${zip}: ${(fs.statSync(path.join(ROOT, 'build', zip)).size / 1024).toFixed(0)} KB`);
    }
  } finally {
    if (keep) log(`Kept the stage: ${stage}`);
    else fs.rmSync(stage, { recursive: true, force: true });
  }
};

main();
