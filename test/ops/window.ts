/**
 * The polling window the activity triggers ask GHL for (lib/polling.ts), as fixtures state it: computed when the
 * harness compares (just after the request). The test files that use it freeze Date for each test (fakeDateOnly), so
 * fixture and trigger agree even when a test straddles a minute.
 */
import { LOOKBACK, windowStart } from '../../lib/polling';

const DAY = 86_400_000;

/** An object whose `key` is computed on read. */
export const lazy = <T extends Record<string, unknown>>(base: T, key: string, get: () => unknown): T =>
  Object.defineProperty({ ...base }, key, { enumerable: true, get }) as T;

/** The window start as GHL receives it in a range filter. */
export const sinceIso = () => new Date(windowStart()).toISOString();

/** `{gte: window start}`, the range filter value. */
export const rangeValue = () => lazy({}, 'gte', sinceIso);

/** The submissions' day window: a day before the window start to a day after now (YYYY-MM-DD). */
export const dayWindow = (extra: Record<string, string>): Record<string, string> =>
  Object.defineProperties(
    { ...extra },
    {
      startAt: { enumerable: true, get: () => new Date(windowStart() - DAY).toISOString().slice(0, 10) },
      endAt: { enumerable: true, get: () => new Date(Date.now() + DAY).toISOString().slice(0, 10) },
    },
  );

/** An ISO time `minutes` ago (inside the window when under LOOKBACK). */
export const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** An ISO time before the window. */
export const beforeWindow = () => new Date(Date.now() - LOOKBACK - 3_600_000).toISOString();
