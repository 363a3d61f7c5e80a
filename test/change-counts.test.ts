/**
 * "… Updated" triggers on records GHL gives no update time (a content hash in the id): through core's app handler with
 * the platform's in-memory z.cache, under Zapier's dedupe (an id fires the first time it is seen).
 */
import nock from 'nock';
import { failingCache, interceptGhl, perform } from './support/harness';
import { contentHash } from '../lib/values';

const calendar = (id: string, slotDuration: number) => ({ id, locationId: 'loc123', name: 'Demo', slotDuration });
const A = 30;
const B = 45;

/** A Zap on one trigger: polls with the answers given, remembering the ids Zapier has seen. */
const zap = (zcache: Record<string, unknown>, seen = new Set<string>()) => ({
  seen,
  /** One poll of Calendar Settings Changed; its id and whether Zapier fires it. */
  calendar: async (calendarId: string, slotDuration: number, meta: Record<string, unknown> = {}, items = 1) => {
    interceptGhl([
      { method: 'GET', path: `/calendars/${calendarId}`, response: { calendar: calendar(calendarId, slotDuration) } },
    ]);
    const { result } = await perform('get_calendar', { calendarId }, { zcache, meta });
    nock.cleanAll();
    expect(result).toHaveLength(items);
    if (!items) return { id: undefined, fires: false };
    expect(result[0].recordId).toBe(calendarId);
    const id = result[0].id as string;
    const fires = !seen.has(id);
    if (!meta.isLoadingSample) seen.add(id);
    return { id, fires };
  },
});

/** The id every poll gave before changes were counted: record id + content hash. */
const plain = (calendarId: string, slotDuration: number) =>
  `${calendarId}-${contentHash(calendar(calendarId, slotDuration))}`;

describe('Calendar Settings Changed (content hash) under Zapier dedupe', () => {
  test('A → B → A: the change back fires (it repeated the first id, so Zapier dropped it)', async () => {
    const z = zap({});
    const got = [await z.calendar('cal1', A), await z.calendar('cal1', B), await z.calendar('cal1', A)];
    expect(got.map((g) => g.fires)).toEqual([true, true, true]);
    expect(got[0].id).toBe(plain('cal1', A));
    expect(got[1].id).toMatch(new RegExp(`^${plain('cal1', B)}-\\d+\\.1$`));
    expect(got[2].id).toMatch(new RegExp(`^${plain('cal1', A)}-\\d+\\.2$`));
  });

  test('A → B → A → B, with unchanged polls between: each change fires once, nothing else', async () => {
    const z = zap({});
    const fires: boolean[] = [];
    for (const s of [A, A, B, B, A, A, A, B, B]) fires.push((await z.calendar('cal1', s)).fires);
    expect(fires).toEqual([true, false, true, false, true, false, false, true, false]);
  });

  test('two records are counted apart: one changing back does not move the other', async () => {
    const z = zap({});
    expect((await z.calendar('cal1', A)).fires).toBe(true);
    expect((await z.calendar('cal2', A)).fires).toBe(true);
    expect((await z.calendar('cal1', B)).fires).toBe(true);
    const back = await z.calendar('cal1', A);
    expect(back.fires).toBe(true);
    expect(back.id).toMatch(/-\d+\.2$/);
    // cal2 never changed: its id is still the plain one, not fired again.
    expect(await z.calendar('cal2', A)).toEqual({ id: plain('cal2', A), fires: false });
    expect((await z.calendar('cal2', B)).id).toMatch(/-\d+\.1$/);
  });

  test("first poll after the upgrade: today's id, so a record Zapier saw does not fire again", async () => {
    // Before the upgrade the Zap saw A and then B (ids without a count); the cache knows nothing.
    const z = zap({}, new Set([plain('cal1', A), plain('cal1', B)]));
    expect(await z.calendar('cal1', B)).toEqual({ id: plain('cal1', B), fires: false });
    // From here the change back to A is counted and fires.
    const back = await z.calendar('cal1', A);
    expect(back.fires).toBe(true);
    expect(back.id).toMatch(new RegExp(`^${plain('cal1', A)}-\\d+\\.1$`));
  });

  test("the editor's test run reads the state but never writes it", async () => {
    const zcache: Record<string, unknown> = {};
    const z = zap(zcache);
    await z.calendar('cal1', A);
    const before = structuredClone(zcache);
    // The test run sees B: it shows the id a poll would give, and the cache is as the polls left it.
    const sample = await z.calendar('cal1', B, { isLoadingSample: true });
    expect(sample.id).toMatch(/-\d+\.1$/);
    expect(zcache).toEqual(before);
    // A test run on a fresh cache stores nothing at all.
    const fresh: Record<string, unknown> = {};
    await zap(fresh).calendar('cal9', A, { isLoadingSample: true });
    expect(fresh).toEqual({});
    // The live poll then counts B as the first change (the test run did not use it up).
    expect((await z.calendar('cal1', B)).id).toMatch(/-\d+\.1$/);
  });

  test('one z.cache read and one write per poll', async () => {
    const { zcache, calls } = failingCache();
    const z = zap(zcache);
    for (const s of [A, B, A]) {
      calls.length = 0;
      await z.calendar('cal1', s);
      expect(calls).toEqual(['get', 'set']);
    }
  });

  test('a lost entry restarts at the plain ids: a changed record fires once more, a change back then does not', async () => {
    const zcache: Record<string, unknown> = {};
    const z = zap(zcache);
    const lose = () => Object.keys(zcache).forEach((k) => delete zcache[k]);
    await z.calendar('cal1', A);
    await z.calendar('cal1', B);
    lose();
    // B was fired with its counted id; its plain id is new to Zapier (README, How the triggers poll).
    expect(await z.calendar('cal1', B)).toEqual({ id: plain('cal1', B), fires: true });
    expect((await z.calendar('cal1', A)).fires).toBe(true); // counted from the new entry
    lose();
    // Changed back to B while the entry was missing: B's plain id was seen, so the change goes unnoticed.
    expect(await z.calendar('cal1', B)).toEqual({ id: plain('cal1', B), fires: false });
  });

  test('a z.cache read that fails mid-poll fires nothing twice: the record waits for the next poll', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const { zcache, state } = failingCache();
      const z = zap(zcache);
      expect((await z.calendar('cal1', A)).fires).toBe(true);
      const b = await z.calendar('cal1', B);
      expect(b.fires).toBe(true);
      state.down = true;
      // Unchanged B: its counted id is unknown, and the plain id (never given for B) would fire it again.
      expect(await z.calendar('cal1', B, {}, 0)).toEqual({ id: undefined, fires: false });
      // The editor's test run still shows the record (with the plain id: a sample fires nothing).
      expect((await z.calendar('cal1', B, { isLoadingSample: true })).id).toBe(plain('cal1', B));
      state.down = false;
      expect(await z.calendar('cal1', B)).toEqual({ id: b.id, fires: false });
      // A change during the failure fires at the next poll that can read the entry, once.
      state.down = true;
      await z.calendar('cal1', A, {}, 0);
      state.down = false;
      expect((await z.calendar('cal1', A)).fires).toBe(true);
      expect((await z.calendar('cal1', A)).fires).toBe(false);
      const notes = log.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('z.cache'));
      expect(notes).toEqual([
        'Could not remember the last content of Calendar cal1 (z.cache): zcache is down\n',
        'Could not remember the last content of Calendar cal1 (z.cache): zcache is down\n',
        'Could not remember the last content of Calendar cal1 (z.cache): zcache is down\n',
      ]);
    } finally {
      log.mockRestore();
    }
  });

  test('a failing write: the counted id stands, is noted, and the next poll gives it again', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const { zcache, state } = failingCache();
      const z = zap(zcache);
      await z.calendar('cal1', A);
      await z.calendar('cal1', B);
      state.full = true;
      const back = await z.calendar('cal1', A);
      expect(back.fires).toBe(true);
      expect(await z.calendar('cal1', A)).toEqual({ id: back.id, fires: false });
      expect(log.mock.calls.map((c) => String(c[0]))).toContain(
        'Could not remember the last content of Calendar cal1 (z.cache): zcache is full\n',
      );
    } finally {
      log.mockRestore();
    }
  });
});

describe('Calendar Settings Changed: what GHL changes without a change to the settings', () => {
  const SETTINGS = {
    id: 'cal1',
    name: 'Demo',
    slotDuration: 30,
    description: null,
    teamMembers: [
      { userId: 'u1', priority: 1 },
      { userId: 'u2', priority: 0.5 },
    ],
    openHours: [{ daysOfTheWeek: [0, 1], hours: [{ openHour: 9, closeHour: 17 }] }],
  };
  /** A Zap polling Calendar Settings Changed; each poll says whether Zapier fires its item. */
  const zap = (zcache: Record<string, unknown> = {}) => {
    const seen = new Set<string>();
    return async (calendar: Record<string, unknown>) => {
      interceptGhl([{ method: 'GET', path: '/calendars/cal1', response: { calendar } }]);
      const { result } = await perform('get_calendar', { calendarId: 'cal1' }, { zcache });
      nock.cleanAll();
      expect(result).toHaveLength(1);
      const id = result[0].id as string;
      const fires = !seen.has(id);
      seen.add(id);
      return fires;
    };
  };
  const { description: _unset, ...leftOut } = SETTINGS;
  const UNCHANGED = [
    { ...SETTINGS, teamMembers: [...SETTINGS.teamMembers].reverse() },
    { ...SETTINGS, openHours: [{ daysOfTheWeek: [1, 0], hours: [{ openHour: 9, closeHour: 17 }] }] },
    leftOut,
    { ...SETTINGS, slotDuration: '30' },
    { ...SETTINGS, lookBusyConfig: { note: null }, formId: '', notifications: [] },
    { ...SETTINGS, updatedAt: '2025-03-01T10:00:00.000Z' },
    { ...SETTINGS, teamMembers: SETTINGS.teamMembers.map((m) => ({ ...m, updatedAt: '2025-03-01T10:00:00.000Z' })) },
  ];

  test('lists reordered, a field null or left out, a number as text, fields added empty, save stamps: nothing fires', async () => {
    const poll = zap();
    expect(await poll(SETTINGS)).toBe(true);
    for (const same of UNCHANGED) expect(await poll(same)).toBe(false);
  });

  test('each real change still fires once, a change back too', async () => {
    const poll = zap();
    const fires: boolean[] = [];
    for (const settings of [
      SETTINGS,
      { ...SETTINGS, slotDuration: 45 },
      { ...SETTINGS, slotDuration: 45, openHours: [{ daysOfTheWeek: [1], hours: [{ openHour: 9, closeHour: 17 }] }] },
      { ...SETTINGS, description: 'Cleanings' },
      { ...SETTINGS, teamMembers: [{ userId: 'u1', priority: 1 }] },
      SETTINGS,
      UNCHANGED[0],
    ])
      fires.push(await poll(settings));
    expect(fires).toEqual([true, true, true, true, true, true, false]);
  });

  test('false, 0 and "0" are values: a setting GHL left out (its default on) turned off fires, so does "0" emptied', async () => {
    // GHL leaves out what a calendar or user was saved without (CalendarDTO allowReschedule, PermissionsDto
    // …Enabled: default true): turned off, it is written false; false read as "no value" would be no change.
    const poll = zap();
    const fires: boolean[] = [];
    for (const settings of [
      SETTINGS,
      { ...SETTINGS, allowReschedule: false },
      { ...SETTINGS, allowReschedule: false, appoinmentPerSlot: 0 },
      { ...SETTINGS, allowReschedule: false, appoinmentPerSlot: 0, status: '0' },
      { ...SETTINGS, allowReschedule: false, appoinmentPerSlot: 0, status: '' },
    ])
      fires.push(await poll(settings));
    expect(fires).toEqual([true, true, true, true, true]);
  });

  test('an entry z.cache kept from before (its state the content hash) keeps the id Zapier saw', async () => {
    const zcache: Record<string, unknown> = {};
    const poll = zap(zcache);
    expect(await poll(SETTINGS)).toBe(true);
    // As the previous version wrote it: the state was the content hash the id ends in, with no `shown`.
    const [key] = Object.keys(zcache);
    const entry = JSON.parse(zcache[key] as string);
    zcache[key] = JSON.stringify({ cal1: { state: entry.cal1.shown, epoch: entry.cal1.epoch, n: 0 } });
    expect(await poll(SETTINGS)).toBe(false);
    expect(await poll(UNCHANGED[0])).toBe(false);
    expect(await poll({ ...SETTINGS, slotDuration: 45 })).toBe(true);
  });
});

describe('Object Association Added or Changed: several records, one z.cache entry', () => {
  const assoc = (id: string, label: string) => ({
    id,
    key: `k_${id}`,
    firstObjectKey: 'contact',
    firstObjectLabel: label,
    secondObjectKey: 'custom_objects.teachers',
    secondObjectLabel: 'Teacher',
  });

  test('one association changed back fires again; the other, unchanged, does not', async () => {
    const { zcache, calls } = failingCache();
    const seen = new Set<string>();
    const poll = async (labels: [string, string]) => {
      interceptGhl([
        {
          method: 'GET',
          path: '/associations/objectKey/custom_objects.teachers',
          response: { associations: [assoc('a1', labels[0]), assoc('a2', labels[1])] },
        },
      ]);
      calls.length = 0;
      const { result } = await perform(
        'associations_by_object_key',
        { objectKey: 'custom_objects.teachers' },
        { zcache },
      );
      nock.cleanAll();
      expect(calls).toEqual(['get', 'set']);
      const fired = result.filter((i: { id: string }) => !seen.has(i.id)).map((i: { recordId: string }) => i.recordId);
      result.forEach((i: { id: string }) => seen.add(i.id));
      return fired;
    };
    expect(await poll(['Student', 'Pupil'])).toEqual(['a1', 'a2']);
    expect(await poll(['Learner', 'Pupil'])).toEqual(['a1']);
    expect(await poll(['Student', 'Pupil'])).toEqual(['a1']);
    expect(await poll(['Student', 'Pupil'])).toEqual([]);
  });
});

describe('Agency Profile Updated (content hash) under Zapier dedupe', () => {
  const company = (name: string, twilioFreeCredits: number) => ({
    id: 'comp1',
    name,
    status: 'active',
    twilioFreeCredits,
  });
  const poll = async (zcache: Record<string, unknown>, c: ReturnType<typeof company>) => {
    interceptGhl([{ method: 'GET', path: '/companies/comp1', response: { company: c } }]);
    const { result } = await perform(
      'get_company',
      {},
      { zcache, auth: { userType: 'Company', locationId: '', companyId: 'comp1' } },
    );
    nock.cleanAll();
    expect(result).toHaveLength(1);
    expect(result[0].twilioFreeCredits).toBe(c.twilioFreeCredits);
    return result[0].id as string;
  };

  test('the Twilio trial credits going down poll after poll fire nothing; a change to the profile fires', async () => {
    const zcache = {};
    const seen = new Set<string>();
    const fires: boolean[] = [];
    for (const c of [company('Deo', 100), company('Deo', 99.2), company('Deo', 98.7), company('Deo Agency', 98.1)]) {
      const id = await poll(zcache, c);
      fires.push(!seen.has(id));
      seen.add(id);
    }
    expect(fires).toEqual([true, false, false, true]);
  });
});
