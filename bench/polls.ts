/**
 * Requests per poll: every trigger the app registers (hidden dropdown helpers included), polled once the way
 * Zapier polls (page 0) against a freshly reset emulator, counting the HTTP requests the emulator received.
 * Each trigger runs in a copy of the app holding only itself (core's cost per run grows with the definition).
 */
import { operations } from '../registry';
import { inputsFor } from '../test/e2e/inputs';
import { AppRunner, describeError, inputFieldsOf } from '../emulator/demo/runner';
import { startEmulator } from '../emulator/index';

type AnyApp = Record<string, any>;

export interface PollCount {
  key: string;
  requests: number;
  /** Items the poll returned; an error's message when it failed. */
  items?: number;
  error?: string;
}

/** Starts its own emulator on 127.0.0.1 (rate limits out of the way), points the app at it, and stops it after. */
export const requestsPerPoll = async (App: AnyApp): Promise<PollCount[]> => {
  let received = 0;
  const emu = await startEmulator({
    rateLimit: { burst: 1_000_000, daily: 1_000_000_000 },
    onRequest: () => received++,
  });
  // The emulator's base URL, and a client id (Listing sub-accounts derives the Marketplace app id from it).
  const env: Record<string, string> = {
    GHL_API_BASE_URL: emu.url,
    CLIENT_ID: 'bench-client-id',
    CLIENT_SECRET: 'bench-client-secret',
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await pollEach(App, emu, () => received);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await emu.stop();
  }
};

const pollEach = async (
  App: AnyApp,
  emu: Awaited<ReturnType<typeof startEmulator>>,
  received: () => number,
): Promise<PollCount[]> => {
  const location = emu.authData();
  const agency = emu.authData({ userType: 'Company' });
  const out: PollCount[] = [];
  for (const key of Object.keys(App.triggers).sort()) {
    const decl = operations.find((o) => o.kind === 'trigger' && o.decl.key === key)?.decl;
    if (!decl) throw new Error(`trigger ${key} is in the app but not in the registry's operations`);
    emu.reset();
    const runner = new AppRunner({
      ...App,
      triggers: { [key]: App.triggers[key] },
      creates: {},
      searches: {},
      searchOrCreates: {},
    });
    runner.authData = decl.agencyOnly ? agency : location;
    const input = inputsFor(emu.seed, key, decl.path, 'trigger', inputFieldsOf(App.triggers[key]));
    const before = received();
    try {
      // No automatic refresh: a refresh would be a request the poll itself does not make.
      const items = await runner.perform('trigger', key, input, { autoRefresh: false });
      out.push({ key, requests: received() - before, items: Array.isArray(items) ? items.length : undefined });
    } catch (e) {
      out.push({ key, requests: received() - before, error: describeError(e).message });
    }
  }
  return out;
};
