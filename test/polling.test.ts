/** lib/polling.ts on its own: walking a window of pages in whatever order GHL answers, and change keys. */
import {
  CREATION_EPSILON,
  changeKey,
  collectSince,
  directionOf,
  windowStart,
  LOOKBACK,
  type Page,
  type PageAt,
  stateId,
  stateIds,
  memberSuffixes,
  numberedPages,
  pollPerform,
} from '../lib/polling';
import type { B, Req, Send, Z } from '../lib/op';
import { timeOf } from '../lib/items';

type Item = { id: string; t: number };
const time = (i: Item) => i.t;

/** A fake list endpoint over `items` in the given server order, page-numbered (with total) or cursor-based. */
const endpoint = (items: Item[], size: number, style: 'numbered' | 'cursor' | 'numbered-no-total') => {
  const calls: PageAt[] = [];
  const fetch = async (at: PageAt): Promise<Page<Item>> => {
    calls.push(at);
    const start = style === 'cursor' ? Number(at.cursor ?? 0) : (at.page - 1) * size;
    const slice = items.slice(start, start + size);
    if (style === 'cursor') return { items: slice, next: start + size < items.length ? String(start + size) : null };
    if (style === 'numbered') return { items: slice, total: items.length };
    return { items: slice };
  };
  return { fetch, calls };
};

/** The slice of the server's order a page request read (endpoint's paging). */
const range = (at: PageAt, style: 'numbered' | 'cursor' | 'numbered-no-total', size = 10): [number, number] => {
  const start = style === 'cursor' ? Number(at.cursor ?? 0) : (at.page - 1) * size;
  return [start, start + size];
};

const make = (n: number, from = 0, step = 1000): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `i${i}`, t: from + i * step }));

describe('directionOf', () => {
  test('reads newest-first, oldest-first and mixed pages', () => {
    expect(directionOf([{ t: 3 }, { t: 2 }, { t: 2 }], (i) => i.t)).toBe('desc');
    expect(directionOf([{ t: 1 }, { t: 1 }, { t: 5 }], (i) => i.t)).toBe('asc');
    expect(directionOf([{ t: 1 }, { t: 5 }, { t: 2 }], (i) => i.t)).toBe('unordered');
    expect(directionOf([{ t: 1 }, { t: 1 }], (i) => i.t)).toBe('unordered');
    expect(directionOf([{ t: 1 }], (i) => i.t)).toBe('unordered');
  });
});

describe('collectSince', () => {
  // 350 items one second apart; the window starts at item 200, so items 200..349 are the ones a poll must see.
  const all = make(350);
  const since = 200_000;
  const inWindow = new Set(all.filter((i) => i.t >= since).map((i) => i.id));
  const seen = (items: Item[]) => new Set(items.map((i) => i.id));

  test('newest-first (documented): stops at the first page reaching the window start', async () => {
    const desc = [...all].reverse();
    const e = endpoint(desc, 100, 'cursor');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'desc' });
    expect([...inWindow].every((id) => seen(got.items).has(id))).toBe(true);
    // Page 1 = items 349..250, page 2 = 249..150 reaches the start: two requests, no third.
    expect(got.requests).toBe(2);
    expect(e.calls.map((c) => c.cursor)).toEqual([undefined, '100']);
    expect(got.complete).toBe(true);
    // The window is covered, not the list: older items were left unread.
    expect(got.ended).toBe(false);
  });

  test('detect: an oldest-first list (order ignored) is read from its last page backwards', async () => {
    const e = endpoint(all, 100, 'numbered');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(got.direction).toBe('asc');
    expect([...inWindow].every((id) => seen(got.items).has(id))).toBe(true);
    // Page 1, then the last page (4: items 300..349), page 3 (200..299: none older than the start, so maybe more),
    // page 2 (100..199) reaches the start: stop. Page 1 is not read twice.
    expect(e.calls.map((c) => c.page)).toEqual([1, 4, 3, 2]);
    expect(got.ended).toBe(false);
  });

  test('detect: an oldest-first list whose first page is one time (imported at once) is still read from its end', async () => {
    const imported = Array.from({ length: 100 }, (_, i) => ({ id: `old${i}`, t: 0 }));
    const e = endpoint([...imported, ...all], 100, 'numbered');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(got.direction).toBe('asc');
    expect([...inWindow].every((id) => seen(got.items).has(id))).toBe(true);
    // Page 1, then the last page (5) that shows the order, then back to page 3 reaching the window start.
    expect(e.calls.map((c) => c.page)).toEqual([1, 5, 4, 3]);
    expect(got.complete).toBe(true);
  });

  test('detect: a first page of one time in a list not oldest first reads its last page once', async () => {
    // 100 records imported at once, then the rest in no order: the last page read to tell the order is not asked again.
    const imported = Array.from({ length: 100 }, (_, i) => ({ id: `imp${i}`, t: 300_000 }));
    const shuffled = [...all].sort((a, b) => ((a.t * 7919) % 350) - ((b.t * 7919) % 350));
    const e = endpoint([...imported, ...shuffled], 100, 'numbered');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(e.calls.map((c) => c.page)).toEqual([1, 5, 2, 3, 4]);
    expect(got.requests).toBe(5);
    expect(seen(got.items).size).toBe(450);
    expect(got.ended).toBe(true);
  });

  test('detect: an unordered list is read to its end', async () => {
    const shuffled = [...all].sort((a, b) => ((a.t * 7919) % 350) - ((b.t * 7919) % 350));
    const e = endpoint(shuffled, 100, 'numbered');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(got.direction).toBe('unordered');
    expect(seen(got.items).size).toBe(350);
    expect(e.calls.map((c) => c.page)).toEqual([1, 2, 3, 4]);
    expect(got.ended).toBe(true);
  });

  test('detect: newest-first without a total still stops at the window start', async () => {
    const e = endpoint([...all].reverse(), 100, 'numbered-no-total');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(got.direction).toBe('desc');
    expect(e.calls.map((c) => c.page)).toEqual([1, 2]);
    expect([...inWindow].every((id) => seen(got.items).has(id))).toBe(true);
  });

  test('a walk longer than maxPages stops and says it is incomplete', async () => {
    const e = endpoint([...all].reverse(), 10, 'cursor');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 10, order: 'desc', maxPages: 3 });
    expect(got.requests).toBe(3);
    expect(got.complete).toBe(false);
    expect(got.ended).toBe(false);
    expect(got.items).toHaveLength(30);
  });

  test("a further page the step's deadline has no time for is not asked for: the pages read are answered", async () => {
    // Newest first and oldest first (read from the last page back): time for two further pages, then none.
    for (const [order, style] of [
      [[...all].reverse(), 'cursor'],
      [all, 'numbered'],
    ] as const) {
      const e = endpoint(order, 10, style);
      const asked: number[] = [];
      const timeFor = (ms: number) => asked.push(ms) <= 2;
      const got = await collectSince({ fetch: e.fetch, time, since, size: 10, order: 'detect', timeFor });
      expect(e.calls).toHaveLength(3);
      expect(asked).toHaveLength(3);
      expect(asked.every((ms) => ms >= 0)).toBe(true);
      expect(got).toMatchObject({ requests: 3, complete: false, ended: false, late: true });
      expect(got.items).toEqual(e.calls.flatMap((c) => order.slice(...range(c, style))));
    }
  });

  // A newest-first cursor list whose page 3 fails with `error`: time for every page until then; after it, time left
  // or not.
  const failing = (error: Error, left: boolean) => {
    const desc = [...all].reverse();
    let failed = false;
    return {
      fetch: async (at: PageAt): Promise<Page<Item>> => {
        if (at.page === 3) {
          failed = true;
          throw error;
        }
        return { items: desc.slice((at.page - 1) * 10, at.page * 10), next: String(at.page * 10) };
      },
      timeFor: () => !failed || left,
    };
  };

  test('a further page cut off by the deadline ends the walk with the pages read; other failures still fail it', async () => {
    const desc = [...all].reverse();
    // Not sent for lack of time (lib/client.ts requestGhl), or sent and cut off by the deadline (no time left after).
    const notSent = Object.defineProperty(new Error('no time'), 'outOfTime', { value: true });
    const cutOff = Object.defineProperty(new Error('late'), 'lostAnswer', { value: 'GHL did not answer in time' });
    for (const e of [failing(notSent, true), failing(cutOff, false)]) {
      const got = await collectSince({ ...e, time, since, size: 10, order: 'desc' });
      expect(got).toMatchObject({ requests: 2, complete: false, late: true });
      expect(got.items).toEqual(desc.slice(0, 20));
    }
    // A raw lost answer with time left (callGhl maps real ones to a ThrottledError: next test), an error of our own
    // code, and the first page failing are the poll's error as before.
    await expect(collectSince({ ...failing(cutOff, true), time, since, size: 10, order: 'desc' })).rejects.toBe(cutOff);
    const boom = new Error('boom');
    await expect(
      collectSince({ fetch: () => Promise.reject(boom), time, since, size: 10, order: 'desc', timeFor: () => false }),
    ).rejects.toBe(boom);
  });

  test("a further page GHL refuses or throttles ends the walk with the pages read; the connection's errors fail it", async () => {
    const desc = [...all].reverse();
    const named = (name: string, message: string) => Object.assign(new Error(message), { name });
    for (const e of [
      named('ThrottledError', "GHL's rate limit was reached"),
      named('AppError', 'GHL could not answer (HTTP 500)'),
      named('HaltedError', 'refused'),
      named('ShapeError', 'had no "contacts" list'),
    ]) {
      const got = await collectSince({ ...failing(e, true), time, since, size: 10, order: 'desc' });
      expect(got).toMatchObject({ requests: 2, complete: false, ended: false, failed: e.message });
      expect(got).not.toHaveProperty('late');
      expect(got.items).toEqual(desc.slice(0, 20));
      // The first page failing is the poll's error: nothing was read.
      await expect(
        collectSince({ fetch: () => Promise.reject(e), time, since, size: 10, order: 'desc', timeFor: () => true }),
      ).rejects.toBe(e);
    }
    for (const e of [
      named('RefreshAuthError', 'refresh'),
      named('ExpiredAuthError', 'reconnect'),
      new TypeError('x'),
    ]) {
      await expect(collectSince({ ...failing(e, true), time, since, size: 10, order: 'desc' })).rejects.toBe(e);
    }
  });

  test('an item without a readable time neither ends a newest-first walk nor sets the order', async () => {
    const desc = [...all].reverse();
    // Item 340 (inside the window, on page 1) has lost its date.
    const page = desc.map((i) => (i.id === 'i340' ? { ...i, t: -Infinity } : i));
    expect(directionOf(page.slice(0, 100), time)).toBe('desc');
    const e = endpoint(page, 100, 'cursor');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(e.calls.map((c) => c.cursor)).toEqual([undefined, '100']);
    expect([...inWindow].every((id) => seen(got.items).has(id))).toBe(true);
  });

  test('a next page repeating the ones before (paging ignored) stops the walk as incomplete', async () => {
    const calls: PageAt[] = [];
    const fetch = async (at: PageAt): Promise<Page<Item>> => {
      calls.push(at);
      return { items: make(100, since) };
    };
    const got = await collectSince({ fetch, time, since, size: 100, order: 'detect', key: (i) => i.id });
    expect(calls.map((c) => c.page)).toEqual([1, 2]);
    expect(got).toMatchObject({ requests: 2, complete: false, repeated: true, ended: false });
    expect(got.items).toHaveLength(100);
  });

  test('one short page is the whole answer', async () => {
    const e = endpoint(make(5, since), 100, 'numbered');
    const got = await collectSince({ fetch: e.fetch, time, since, size: 100, order: 'detect' });
    expect(got.requests).toBe(1);
    expect(got.items).toHaveLength(5);
    expect(got.ended).toBe(true);
  });

  test('a last page (no next cursor) with fewer items read than GHL counts is not the whole list', async () => {
    const fetch = async (): Promise<Page<Item>> => ({ items: make(5, since), next: null, total: 150 });
    const got = await collectSince({ fetch, time, since, size: 100, order: 'detect' });
    expect(got).toMatchObject({ requests: 1, complete: true, ended: false });
  });
});

describe('change keys and times', () => {
  test('a change fires once per new value and time, never at creation', () => {
    const created = '2026-03-01T10:00:00.000Z';
    const at = (ms: number) => new Date(Date.parse(created) + ms).toISOString();
    expect(changeKey({ id: 'o1', stage: 's1', createdAt: created, movedAt: created }, 'stage', 'movedAt')).toBeNull();
    expect(
      changeKey({ id: 'o1', stage: 's1', createdAt: created, movedAt: at(CREATION_EPSILON) }, 'stage', 'movedAt'),
    ).toBeNull();
    expect(changeKey({ id: 'o1', stage: 's2', createdAt: created, movedAt: at(60_000) }, 'stage', 'movedAt')).toBe(
      `o1-s2-${at(60_000)}`,
    );
    expect(changeKey({ id: 'o1', stage: 's2', createdAt: created }, 'stage', 'movedAt')).toBeNull();
    // No creation time known: any change time counts.
    expect(changeKey({ id: 'o1', stage: 's2', movedAt: at(5) }, 'stage', 'movedAt')).toBe(`o1-s2-${at(5)}`);
  });
  test('times from ISO, epoch seconds and milliseconds', () => {
    expect(timeOf('2026-03-01T10:00:00.000Z')).toBe(Date.parse('2026-03-01T10:00:00.000Z'));
    expect(timeOf(1772359200)).toBe(1772359200000);
    expect(timeOf('1772359200000')).toBe(1772359200000);
    expect(timeOf(undefined)).toBe(-Infinity);
    expect(windowStart(10 * LOOKBACK)).toBe(9 * LOOKBACK);
  });
});

describe('pollPerform', () => {
  // Two lists per poll (as the message export reads SMS and email apart), 10 a page, every item in the window.
  const now = Date.now();
  const rec = (id: string, ago: number) => ({ id, dateAdded: new Date(now - ago * 1000).toISOString() });
  const poll = pollPerform({
    listKey: 'items',
    time: (i: { dateAdded: string }) => Date.parse(i.dateAdded),
    order: 'desc',
    paging: numberedPages(10),
    variants: (req: Req) => [req, { ...req, query: { ...req.query, channel: 'Email' } }],
  });
  const req: Req = { method: 'GET', path: '/items', pathParams: {}, query: {}, body: undefined };
  const run = async (answer: (r: Req) => unknown) => {
    const logs: string[] = [];
    const asked: string[] = [];
    const z = { console: { log: (m: string) => logs.push(m) }, request: {} } as unknown as Z;
    const send = (async (r: Req) => {
      asked.push(`${r.query.channel ?? 'all'} ${r.query.page}`);
      return answer(r);
    }) as unknown as Send;
    const out = (await poll(z, { meta: {} } as unknown as B, req, send)) as { items: Array<{ id: string }> };
    return { ids: out.items.map((i) => i.id), logs, asked };
  };
  // As core's ThrottledError carries it: the sentence and the delay as JSON in its message.
  const throttled = Object.assign(
    new Error(JSON.stringify({ message: "GHL's rate limit was reached during New Item", delay: 7 })),
    { name: 'ThrottledError' },
  );
  const page = (r: Req, prefix: string) => ({
    items: Array.from({ length: 10 }, (_, i) =>
      rec(`${prefix}${(Number(r.query.page) - 1) * 10 + i}`, (Number(r.query.page) - 1) * 10 + i),
    ),
    total: 30,
  });

  test('a later page GHL throttles answers the pages read, says so in the log, and reads the next list', async () => {
    const got = await run((r) => {
      if (!r.query.channel && r.query.page === 2) throw throttled;
      return page(r, r.query.channel ? 'e' : 'm');
    });
    expect(got.asked).toEqual(['all 1', 'all 2', 'Email 1', 'Email 2', 'Email 3']);
    expect(got.ids).toEqual([
      ...page({ ...req, query: { page: 1 } }, 'm').items.map((i) => i.id),
      ...Array.from({ length: 30 }, (_, i) => `e${i}`),
    ]);
    expect(got.logs).toEqual([
      `Stopped after 1 page: the next page failed (GHL's rate limit was reached during New Item), so items of the last 2 hours may be missing from this poll; the next poll reads them again.`,
    ]);
  });

  test('a poll the deadline cuts short says so once, though it also leaves out the next list', async () => {
    // A 1 ms deadline and pages taking 5 ms: no time for any further page or list.
    process.env.GHL_STEP_DEADLINE_MS = '1';
    try {
      const got = await run(async (r) => {
        await new Promise((done) => setTimeout(done, 5));
        return page(r, r.query.channel ? 'e' : 'm');
      });
      expect(got.asked).toEqual(['all 1']);
      expect(got.ids).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
      expect(got.logs).toEqual([
        `Stopped after 1 page: GHL answered too slowly to read the rest within Zapier's 30 s limit, so items of the last 2 hours may be missing from this poll.`,
      ]);
    } finally {
      delete process.env.GHL_STEP_DEADLINE_MS;
    }
  });

  test("a later list that fails answers the lists read; the first list's first page failing fails the poll", async () => {
    const got = await run((r) => {
      if (r.query.channel) throw throttled;
      return page(r, 'm');
    });
    expect(got.ids).toEqual(Array.from({ length: 30 }, (_, i) => `m${i}`));
    expect(got.logs).toEqual([
      `Stopped after 3 pages: the next page failed (GHL's rate limit was reached during New Item), so items of the last 2 hours may be missing from this poll; the next poll reads them again.`,
    ]);
    await expect(
      run(() => {
        throw throttled;
      }),
    ).rejects.toBe(throttled);
  });
});

describe("pollPerform: the editor's test run", () => {
  // 250 records, oldest first (GHL ignoring the sort asked for), 100 a page: the newest is on page 3.
  const now = Date.now();
  const all = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}`, createdAt: now - (250 - i) * 60_000 }));
  const sample = async (order: 'detect' | 'desc') => {
    const asked: number[] = [];
    const send = (async (r: Req) => {
      const p = Number(r.query.page);
      asked.push(p);
      return { items: all.slice((p - 1) * 100, p * 100), total: all.length };
    }) as unknown as Send;
    const poll = pollPerform({
      listKey: 'items',
      time: (i: { createdAt: number }) => i.createdAt,
      order,
      paging: numberedPages(100),
    });
    const req: Req = { method: 'GET', path: '/items', pathParams: {}, query: {}, body: undefined };
    const out = (await poll({} as Z, { meta: { isLoadingSample: true } } as unknown as B, req, send)) as {
      items: Array<{ id: string }>;
    };
    return { ids: out.items.map((i) => i.id), asked };
  };

  test('an oldest-first list shows its last page too, so a record just made to test with is in the sample', async () => {
    const got = await sample('detect');
    expect(got.asked).toEqual([1, 3]);
    expect(got.ids).toContain('r249');
    expect(got.ids).toHaveLength(150);
  });

  test('a list GHL documents newest first is read one page', async () => {
    expect((await sample('desc')).asked).toEqual([1]);
  });
});

describe('stateId', () => {
  test("without a working z.cache: no id on a poll, the plain id on the editor's test run, the failure logged, nothing thrown", async () => {
    const logs: string[] = [];
    const z = {
      cache: {
        get: () => Promise.reject(new Error('rpc is not available')),
        set: () => Promise.reject(new Error('rpc is not available')),
      },
      console: { log: (m: string) => logs.push(m) },
    } as unknown as Z;
    expect(await stateId(z, ['s'], 'slug', 'taken')).toBeUndefined();
    expect(await stateId(z, ['s'], 'slug', 'taken', false)).toBe('slug-taken');
    expect(logs).toEqual([
      'Could not remember the state of slug (z.cache): rpc is not available',
      'Could not remember the state of slug (z.cache): rpc is not available',
    ]);
  });

  test('an unreadable cache entry restarts at the plain id; a lost one never reuses an earlier id', async () => {
    const store = new Map<string, unknown>();
    const z = {
      cache: {
        get: async (k: string) => store.get(k) ?? null,
        set: async (k: string, v: unknown) => void store.set(k, v),
      },
      console: { log: () => undefined },
    } as unknown as Z;
    const flip = (state: string) => stateId(z, ['s'], 'slug', state);
    expect(await flip('taken')).toBe('slug-taken');
    const first = await flip('available');
    for (const k of store.keys()) store.set(k, { state: 'taken' });
    expect(await flip('taken')).toBe('slug-taken');
    store.clear();
    await new Promise((r) => setTimeout(r, 2));
    await flip('taken');
    const again = await flip('available');
    expect(again).toMatch(/^slug-available-\d+\.1$/);
    expect(again).not.toBe(first);
  });
});

describe('stateIds', () => {
  const memory = () => {
    const store = new Map<string, unknown>();
    const sets: string[] = [];
    let failReads = false;
    const z = {
      cache: {
        get: async (k: string) => {
          if (failReads) throw new Error('timeout');
          return store.get(k) ?? null;
        },
        set: async (k: string, v: unknown) => void (sets.push(k), store.set(k, structuredClone(v))),
      },
      console: { log: () => undefined },
    } as unknown as Z;
    return { z, store, sets, failReads: (on: boolean) => void (failReads = on) };
  };
  const o = { what: 'the records' };

  test('a read that fails gives no ids (memberSuffixes: plain ones) and writes nothing, so the entry it could not read survives', async () => {
    const m = memory();
    await stateIds(m.z, ['w'], { r1: 'a' }, o);
    expect((await stateIds(m.z, ['w'], { r1: 'b' }, o))?.r1).toMatch(/^r1-b-\d+\.1$/);
    const writes = m.sets.length;
    m.failReads(true);
    expect(await stateIds(m.z, ['w'], { r1: 'a' }, o)).toBeUndefined();
    expect(await stateId(m.z, ['s'], 'slug', 'taken')).toBeUndefined();
    expect(await memberSuffixes(m.z, ['t'], ['c1'], true)).toEqual({ c1: '' });
    expect(m.sets).toHaveLength(writes);
    m.failReads(false);
    // The entry survived: the change back to a is counted on from it.
    expect((await stateIds(m.z, ['w'], { r1: 'a' }, o))?.r1).toMatch(/^r1-a-\d+\.2$/);
  });

  test('a record missing from an answer keeps its count; a record never changed keeps its plain id', async () => {
    const m = memory();
    await stateIds(m.z, ['w'], { r1: 'a', r2: 'x' }, o);
    await stateIds(m.z, ['w'], { r1: 'b', r2: 'x' }, o);
    await stateIds(m.z, ['w'], { r2: 'x' }, o);
    const back = await stateIds(m.z, ['w'], { r1: 'a', r2: 'x' }, o);
    expect(back?.r1).toMatch(/^r1-a-\d+\.2$/);
    expect(back?.r2).toBe('r2-x');
  });

  test('write: false reads the entry and leaves it as it was', async () => {
    const m = memory();
    await stateIds(m.z, ['w'], { r1: 'a' }, o);
    expect((await stateIds(m.z, ['w'], { r1: 'b' }, { ...o, write: false }))?.r1).toMatch(/^r1-b-\d+\.1$/);
    expect(m.sets).toHaveLength(1);
  });
});
