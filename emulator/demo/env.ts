/**
 * Imported first by start.ts, before zapier-platform-core loads: core reads NODE_ENV once at load time, and in test
 * mode it (a) raises its output checks as errors, as `zapier test` does, and (b) skips the per-invocation memory log
 * Lambda needs. The demo is a test run, so it wants both.
 */
process.env.NODE_ENV ??= 'test';
