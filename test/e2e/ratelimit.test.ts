/** GHL's burst limit, small here: a burst is throttled with a ThrottledError and recovers after the window. */
import { failure, raw, useEmulator } from './support';

const LIMIT = 5;
const WINDOW_MS = 3000;

describe('rate limiting', () => {
  const ref = useEmulator({ rateLimit: { burst: LIMIT, windowMs: WINDOW_MS, daily: 1000 } });

  it('counts down in X-RateLimit-* headers on every answer', async () => {
    const token = ref.emu.issueToken({ locationId: 'locHeadersOnly000001' }).access_token;
    const first = await raw(ref.emu, 'GET', '/calendars/groups?locationId=locHeadersOnly000001', {
      token,
      version: '2021-04-15',
    });
    expect(
      Object.fromEntries(
        [
          'x-ratelimit-limit-daily',
          'x-ratelimit-daily-remaining',
          'x-ratelimit-interval-milliseconds',
          'x-ratelimit-max',
          'x-ratelimit-remaining',
        ].map((h) => [h, first.headers.get(h)]),
      ),
    ).toEqual({
      'x-ratelimit-limit-daily': '1000',
      'x-ratelimit-daily-remaining': '999',
      'x-ratelimit-interval-milliseconds': String(WINDOW_MS),
      'x-ratelimit-max': String(LIMIT),
      'x-ratelimit-remaining': String(LIMIT - 1),
    });
    // Errors carry the headers too.
    const missing = await raw(ref.emu, 'GET', '/contacts/doesNotExist000000000', { token });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 2));
  });

  it('a burst over the limit surfaces a ThrottledError with GHL delay, then recovers after the window', async () => {
    const runner = ref.runner();
    const contactId = ref.emu.seed.collections.contacts[0].id;
    const get = () => runner.perform('trigger', 'get_contact', { contactId });
    // Time stands still during the burst: the delay GHL announces is then exactly the window, however slow the machine.
    ref.emu.clock.freeze();
    for (let i = 0; i < LIMIT; i++) await get();

    const err = await failure(get());
    expect(err.name).toBe('ThrottledError');
    expect(err.message).toMatch(/rate limit/i);
    expect(err.delay).toBe(Math.ceil(WINDOW_MS / 1000));
    const last = ref.emu.requests[ref.emu.requests.length - 1];
    expect(last).toMatchObject({ status: 429, response: { statusCode: 429 } });

    // Another location has its own budget.
    const other = await raw(ref.emu, 'GET', '/calendars/groups?locationId=locOtherBudget000001', {
      token: ref.emu.issueToken({ locationId: 'locOtherBudget000001' }).access_token,
      version: '2021-04-15',
    });
    expect(other.status).toBe(200);

    ref.emu.clock.advance(WINDOW_MS);
    ref.emu.clock.thaw();
    expect(await get()).toHaveLength(1);
  });

  it('answers 429 with Retry-After', async () => {
    const token = ref.emu.issueToken({ locationId: 'locRetryAfter0000001' }).access_token;
    let r;
    for (let i = 0; i <= LIMIT; i++)
      r = await raw(ref.emu, 'GET', '/calendars/groups?locationId=locRetryAfter0000001', {
        token,
        version: '2021-04-15',
      });
    expect(r!.status).toBe(429);
    expect(Number(r!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(r!.headers.get('x-ratelimit-remaining')).toBe('0');
  });
});
