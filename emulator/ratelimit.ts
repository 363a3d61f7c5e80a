import type { Clock } from './clock';
import { GhlError } from './errors';

export interface RateLimitOptions {
  /** Burst limit per resource (location or company) per window; GHL: 100 per 10 s. */
  burst?: number;
  windowMs?: number;
  /** Daily limit per resource; GHL: 200,000. */
  daily?: number;
}

interface Counter {
  windowStart: number;
  used: number;
  day: string;
  usedToday: number;
}

/**
 * GHL's limits are per Marketplace app per resource (location or company), a burst window plus a daily quota, and
 * every answer reports them in X-RateLimit-* headers. (The headers are sent on errors too, which clients rely on.)
 */
export class RateLimiter {
  private readonly counters = new Map<string, Counter>();
  readonly burst: number;
  readonly windowMs: number;
  readonly daily: number;

  constructor(
    private readonly clock: Clock,
    options: RateLimitOptions = {},
  ) {
    this.burst = options.burst ?? 100;
    this.windowMs = options.windowMs ?? 10_000;
    this.daily = options.daily ?? 200_000;
  }

  private counter(resource: string): Counter {
    const now = this.clock.now();
    const day = new Date(now).toISOString().slice(0, 10);
    let c = this.counters.get(resource);
    if (!c) this.counters.set(resource, (c = { windowStart: now, used: 0, day, usedToday: 0 }));
    if (now - c.windowStart >= this.windowMs) Object.assign(c, { windowStart: now, used: 0 });
    if (c.day !== day) Object.assign(c, { day, usedToday: 0 });
    return c;
  }

  private headers(c: Counter): Record<string, string> {
    return {
      'X-RateLimit-Limit-Daily': String(this.daily),
      'X-RateLimit-Daily-Remaining': String(Math.max(0, this.daily - c.usedToday)),
      'X-RateLimit-Interval-Milliseconds': String(this.windowMs),
      'X-RateLimit-Max': String(this.burst),
      'X-RateLimit-Remaining': String(Math.max(0, this.burst - c.used)),
    };
  }

  /** Forgets every count: each location starts with its full burst and daily quota again. */
  clear(): void {
    this.counters.clear();
  }

  /** The headers as they stand, without counting a request (for answers that precede authentication). */
  peek(resource: string): Record<string, string> {
    return this.headers(this.counter(resource));
  }

  /** Counts one request; returns the headers to send, or throws a 429 carrying them plus Retry-After. */
  take(resource: string): Record<string, string> {
    const c = this.counter(resource);
    const now = this.clock.now();
    if (c.used >= this.burst || c.usedToday >= this.daily) {
      const untilWindow = c.windowStart + this.windowMs - now;
      const untilTomorrow = Date.parse(`${c.day}T00:00:00Z`) + 86_400_000 - now;
      const waitMs = c.usedToday >= this.daily ? untilTomorrow : untilWindow;
      const headers = { ...this.headers(c), 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) };
      throw new GhlError(429, 'Too Many Requests', true, {}, headers);
    }
    c.used++;
    c.usedToday++;
    return this.headers(c);
  }
}
