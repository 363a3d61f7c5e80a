/**
 * The emulator's notion of "now". Token expiry and rate-limit windows read it, so tests can jump forward in time
 * instead of sleeping.
 */
export class Clock {
  private offset = 0;
  private frozenAt: number | undefined;

  now(): number {
    return (this.frozenAt ?? Date.now()) + this.offset;
  }

  /** Stops time where it is (until thaw), so a test's timing does not depend on how busy the machine is. */
  freeze(): void {
    this.frozenAt = Date.now();
  }

  /** Lets time run again from where it was frozen. */
  thaw(): void {
    if (this.frozenAt !== undefined) this.offset -= Date.now() - this.frozenAt;
    this.frozenAt = undefined;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves time forward by `ms` for everything in this emulator. */
  advance(ms: number): void {
    this.offset += ms;
  }
}
