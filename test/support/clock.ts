/** Everything jest can fake but `Date`: the emulator's sockets and core's handler need real timers. */
const REAL = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** Fakes `Date` only: it stands still (at `now`) until the test moves it; timers and I/O stay real. */
export const fakeDateOnly = (now?: number): void => {
  jest.useFakeTimers({ doNotFake: [...REAL], ...(now === undefined ? {} : { now }) });
};
