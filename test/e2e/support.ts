/**
 * Shared set-up for the end-to-end suite: an in-process emulator on 127.0.0.1 per test file, the app pointed at it
 * through GHL_API_BASE_URL, and real HTTP (the global setup blocks the network with nock; 127.0.0.1 is let through).
 */
import * as fs from 'fs';
import nock from 'nock';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import App from '../../index';
import { AppRunner } from '../../emulator/demo/runner';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index';

export { App };

/**
 * The app as Zapier loads it: the package main, dist/app.js (scripts/build-app.js), whose steps load on their first
 * run (lib/lazy.ts). `npm test` builds it first.
 */
export const shippedApp = (): Record<string, any> => {
  const file = path.resolve(__dirname, '..', '..', require('../../package.json').main);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test does).`);
  return require(file).default;
};

export interface EmulatorRef {
  emu: Emulator;
  /** A runner connected with a fresh token for the seeded location. */
  runner: () => AppRunner;
}

/**
 * A full garbage collection. Jest runs every file in one process here, and V8 collects lazily, so the heap of
 * finished files piles up; zapier-platform-core's memory checker then exits the process (RSS > 450 MB after 250
 * invocations in a file). Collecting after each e2e file keeps the suite under that line.
 */
const collectGarbage = (): void => {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
};

/** Starts an emulator before the file's tests and stops it after; the app talks to it. */
export const useEmulator = (options: EmulatorOptions = {}): EmulatorRef => {
  const ref = {} as EmulatorRef;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    nock.enableNetConnect(/^127\.0\.0\.1(:\d+)?$/);
    ref.emu = await startEmulator(options);
    for (const k of ['GHL_API_BASE_URL', 'CLIENT_ID', 'CLIENT_SECRET']) saved[k] = process.env[k];
    process.env.GHL_API_BASE_URL = ref.emu.url;
    process.env.CLIENT_ID = 'e2e-client-id';
    process.env.CLIENT_SECRET = 'e2e-client-secret';
  });
  afterAll(async () => {
    await ref.emu?.stop();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    nock.disableNetConnect();
    collectGarbage();
  });
  ref.runner = () => {
    const r = new AppRunner(App);
    r.authData = ref.emu.authData();
    return r;
  };
  return ref;
};

/** A raw request to the emulator (for checks the app would never send). */
export const raw = async (
  emu: Emulator,
  method: string,
  path: string,
  opts: { token?: string | null; version?: string | null; body?: unknown; form?: Record<string, string> } = {},
) => {
  const headers: Record<string, string> = {};
  const token = opts.token === undefined ? emu.issueToken().access_token : opts.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (opts.version !== null) headers.Version = opts.version ?? '2021-07-28';
  let body: string | undefined;
  if (opts.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(opts.form).toString();
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(`${emu.url}${path}`, { method, headers, body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
};

/** The error a failed app call threw, as Zapier would show it. */
export const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e: any) {
    let parsed: any;
    try {
      parsed = JSON.parse(e.message);
    } catch {
      parsed = { message: e.message };
    }
    return { name: e.name as string, ...parsed } as {
      name: string;
      message: string;
      delay?: number;
      code?: string;
      status?: number;
    };
  }
  throw new Error('expected the call to fail, but it succeeded');
};
