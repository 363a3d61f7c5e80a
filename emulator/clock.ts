/**
 * The emulator's notion of "now". Token expiry and rate-limit windows read it, so tests can jump forward in time
 * instead of sleeping.
 */
export class Clock {
  private offset = 0;

  now(): number {
    return Date.now() + this.offset;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves time forward by `ms` for everything in this emulator. */
  advance(ms: number): void {
    this.offset += ms;
  }
}
