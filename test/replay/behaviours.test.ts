/** The emulator's switchable GHL behaviours (emulator/behaviours.ts): how the replay and `npm run emulator` pick them. */
import { behaviours, behavioursFromEnv, DEFAULT_BEHAVIOURS, scrambled, setBehaviours } from '../../emulator/behaviours';
import { startEmulator } from '../../emulator/index';

describe('emulator behaviours', () => {
  test('GHL_EMULATOR_BEHAVIOURS parses key=value pairs and refuses unknown keys', () => {
    expect(behavioursFromEnv('opportunityOrder=ignored, submissionOrder=asc')).toEqual({
      opportunityOrder: 'ignored',
      submissionOrder: 'asc',
    });
    expect(behavioursFromEnv('')).toEqual({});
    expect(() => behavioursFromEnv('opportunityOrdr=ignored')).toThrow(/unknown behaviour "opportunityOrdr"/);
  });

  test('an emulator started with behaviours keeps them across a reset; setBehaviours switches one', async () => {
    const emu = await startEmulator({ behaviours: { contactSort: 'ignored' } });
    try {
      expect(behaviours(emu.store)).toEqual({ ...DEFAULT_BEHAVIOURS, contactSort: 'ignored' });
      emu.reset();
      expect(behaviours(emu.store).contactSort).toBe('ignored');
      setBehaviours(emu.store, { taskOrder: 'shuffled' });
      expect(behaviours(emu.store)).toMatchObject({ contactSort: 'ignored', taskOrder: 'shuffled' });
    } finally {
      await emu.stop();
    }
  });

  test('"unordered" is a fixed permutation that is neither newest nor oldest first', () => {
    const recs = Array.from({ length: 20 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}` }));
    const once = scrambled(recs).map((r) => r.id);
    expect(scrambled(recs).map((r) => r.id)).toEqual(once);
    expect(once).not.toEqual(recs.map((r) => r.id));
    expect(once).not.toEqual([...recs].reverse().map((r) => r.id));
    expect([...once].sort()).toEqual(recs.map((r) => r.id));
  });
});
