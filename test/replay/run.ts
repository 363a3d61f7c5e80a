/** Runs replay scenarios in one jest file: an emulator, fake Date for Zapier's clock, totals printed at the end. */
import { startEmulator, type Emulator } from '../../emulator/index';
import { line, replay, type Outcome } from './harness';
import { SCENARIOS } from './scenarios';
import { fakeDateOnly } from '../support/clock';

export const replaySuite = (title: string, triggers: string[]) => {
  describe(title, () => {
    let emu: Emulator;
    const outcomes: Outcome[] = [];
    const saved = process.env.GHL_API_BASE_URL;
    beforeAll(async () => {
      const nock = (await import('nock')).default;
      nock.enableNetConnect(/^127\.0\.0\.1(:\d+)?$/);
      // A generous burst limit: the replay measures dedupe, test/e2e/ratelimit.test.ts measures throttling.
      emu = await startEmulator({ rateLimit: { burst: 100_000 } });
      process.env.GHL_API_BASE_URL = emu.url;
      fakeDateOnly();
    });
    afterAll(async () => {
      jest.useRealTimers();
      await emu?.stop();
      if (saved === undefined) delete process.env.GHL_API_BASE_URL;
      else process.env.GHL_API_BASE_URL = saved;
      const sum = (f: (o: Outcome) => number) => outcomes.reduce((a, o) => a + f(o), 0);
      console.log(
        [
          `Dedupe replay (${title}):`,
          ...outcomes.map(line),
          `TOTAL runs ${outcomes.length}  polls ${sum((o) => o.polls)}  events ${sum((o) => o.events)}  expected ${sum((o) => o.expected)}  fires ${sum((o) => o.fires)}  missed ${sum((o) => o.missed.length)}  doubled ${sum((o) => o.doubled.length)}  unexpected ${sum((o) => o.unexpected.length)}`,
        ].join('\n'),
      );
    });

    for (const key of triggers) {
      const s = SCENARIOS.find((x) => x.trigger === key);
      if (!s) throw new Error(`no replay scenario for ${key}`);
      s.modes.forEach((mode, i) => {
        const name =
          Object.entries(mode)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ') || 'as documented';
        test(`${key} (${name}): every ${s.fires === 'new' ? 'new record' : 'change'} fires exactly once, nothing else fires`, async () => {
          const o = await replay(emu, s, mode, 1000 + i * 17 + key.length);
          outcomes.push(o);
          // The stream must have exercised something, or "0 missed" would prove nothing.
          expect(o.expected).toBeGreaterThan(100);
          expect({
            missed: o.missed.slice(0, 5),
            doubled: o.doubled.slice(0, 5),
            unexpected: o.unexpected.slice(0, 5),
          }).toEqual({ missed: [], doubled: [], unexpected: [] });
          expect(o.fires).toBe(o.expected);
        }, 120_000);
      });
    }
  });
};
