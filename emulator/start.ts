/**
 * `npm start`: the integration working end to end, offline, in one command. Starts the GHL emulator, points the app
 * at it (GHL_API_BASE_URL), and runs the seed zaps step by step through zapier-platform-core's app tester.
 */
import './demo/env';
import App from '../index';
import { ALL_STEPS, newState, runSteps } from './demo/flows';
import { AppRunner } from './demo/runner';
import { startEmulator, type Emulator } from './index';

const tty = process.stdout.isTTY;
const paint = (code: number) => (s: string) => (tty ? `\u001b[${code}m${s}\u001b[0m` : s);
const green = paint(32);
const red = paint(31);
const dim = paint(2);
const bold = paint(1);

const summary = (emu: Emulator) => {
  const byStatus = new Map<number, number>();
  for (const r of emu.requests) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  return [...byStatus].map(([status, n]) => `${n}× ${status}`).join(', ');
};

const main = async (): Promise<number> => {
  // The token exchange sends the Marketplace app's credentials; the emulator accepts any, so demo values do.
  process.env.CLIENT_ID ??= 'demo-client-id';
  process.env.CLIENT_SECRET ??= 'demo-client-secret';

  const emu = await startEmulator();
  process.env.GHL_API_BASE_URL = emu.url;
  const calendar = emu.seed.collections.calendars?.[0];
  console.log(bold('GoHighLevel for Zapier: demo against the local GHL emulator'));
  console.log(
    dim(
      `emulator ${emu.url} · location ${emu.seed.meta.locationId} · ${Object.keys(App.triggers).length} triggers, ${Object.keys(App.creates).length} actions, ${Object.keys(App.searches).length} searches registered\n`,
    ),
  );

  const state = newState(new AppRunner(App), calendar?.id ?? '');
  let flow = '';
  const started = Date.now();
  try {
    await runSteps(ALL_STEPS, state, ({ index, total, step, result, error, ms }) => {
      if (result === undefined && !error) {
        if (step.flow !== flow) console.log(bold(`\n${(flow = step.flow)}`));
        return;
      }
      const n = dim(`[${String(index + 1).padStart(2)}/${total}]`);
      if (error) console.log(`${n} ${red('✗')} ${step.title}\n        ${red(error.message)}`);
      else console.log(`${n} ${green('✓')} ${step.title} ${dim(`(${ms} ms)`)}\n        ${result}`);
    });
    console.log(
      `\n${green('All seed zaps ran.')} ${ALL_STEPS.length} steps in ${Date.now() - started} ms; the emulator answered ${emu.requests.length} requests (${summary(emu)}).`,
    );
    const exchanges = emu.requests.filter((r) => r.url.startsWith('/oauth/locationToken')).length;
    console.log(
      dim(
        `The agency connection exchanged its token ${exchanges}× (POST /oauth/locationToken: once per sub-account; later steps read z.cache).`,
      ),
    );
    console.log(
      dim('Run the emulator on its own with `npm run emulator`, and the e2e suite with `npx jest test/e2e`.'),
    );
    return 0;
  } catch (e) {
    console.error(`\n${red('Demo failed:')} ${(e as Error).message}`);
    const last = emu.requests[emu.requests.length - 1];
    if (last)
      console.error(
        dim(`last request: ${last.method} ${last.url} → ${last.status} ${JSON.stringify(last.response).slice(0, 300)}`),
      );
    return 1;
  } finally {
    await emu.stop();
  }
};

main()
  .then((code) => {
    process.exitCode = code;
    // Nothing should be left running; if a stray handle remains, do not hang the terminal.
    setTimeout(() => process.exit(code), 2000).unref();
  })
  .catch((e) => {
    console.error(red(`Demo could not start: ${(e as Error).stack}`));
    process.exit(1);
  });
