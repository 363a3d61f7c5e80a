import type { OpFixture } from '../support/harness';

const DAY = 86_400_000;
const ms = (iso: string) => String(Date.parse(iso));

/** Matches an epoch-ms query value within two minutes of now + offset (the default "After" is now). */
const nearNow = (offset: number): string =>
  ({
    asymmetricMatch: (v: unknown) =>
      /^\d{13}$/.test(String(v)) && Math.abs(Number(v) - (Date.now() + offset)) < 120_000,
    toString: () => `epoch ms near now + ${offset / DAY} days`,
    toAsymmetricMatcher: () => `nearNow(${offset})`,
  }) as unknown as string;

const AFTER = '2026-11-24T09:15:00-05:00';

/** GET /calendars/{calendarId}: read first, for its slot length and interval. */
const calendar = (fields: Record<string, unknown> = { slotDuration: 30, slotDurationUnit: 'mins' }) => ({
  method: 'GET' as const,
  path: '/calendars/cal1',
  response: { calendar: { id: 'cal1', name: 'Demo Call', ...fields } },
});

export const fixtures: OpFixture[] = [
  {
    key: 'find_free_slot',
    name: 'first slot at or after "After" across days (GHL keys are not sorted); team member and time zone sent; without a Duration the calendar\'s slot length sets the end',
    input: { calendarId: 'cal1', startDate: AFTER, userId: 'u1', timezone: 'America/New_York' },
    requests: [
      calendar(),
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: {
          startDate: ms(AFTER),
          endDate: String(Date.parse(AFTER) + 7 * DAY),
          userId: 'u1',
          timezone: 'America/New_York',
        },
        response: {
          '2026-11-25': { slots: ['2026-11-25T09:00:00-05:00'] },
          '2026-11-24': {
            slots: ['2026-11-24T09:00:00-05:00', '2026-11-24T14:30:00-05:00', '2026-11-24T10:00:00-05:00'],
          },
          traceId: '8e1c1f7a-1111-2222-3333-444455556666',
        },
      },
    ],
    expect: [
      {
        id: 'cal1-2026-11-24T10:00:00-05:00',
        calendarId: 'cal1',
        date: '2026-11-24',
        startTime: '2026-11-24T10:00:00-05:00',
        endTime: '2026-11-24T10:30:00-05:00',
        durationMinutes: 30,
      },
    ],
  },
  {
    key: 'find_free_slot',
    name: 'a calendar that states no slot length: the start alone (no end is guessed)',
    input: { calendarId: 'cal1', startDate: AFTER, days: ' ' },
    requests: [
      calendar({}),
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: ms(AFTER), endDate: String(Date.parse(AFTER) + 7 * DAY) },
        response: { '2026-11-24': { slots: ['2026-11-24T10:00:00-05:00'] } },
      },
    ],
    expect: [
      {
        id: 'cal1-2026-11-24T10:00:00-05:00',
        calendarId: 'cal1',
        date: '2026-11-24',
        startTime: '2026-11-24T10:00:00-05:00',
      },
    ],
  },
  {
    key: 'find_free_slot',
    name: 'a calendar GHL does not know is an error naming it, never "no free slot" (which would halt every run)',
    input: { calendarId: 'gone', startDate: AFTER },
    requests: [
      {
        method: 'GET',
        path: '/calendars/gone',
        status: 404,
        response: { statusCode: 404, message: 'Calendar not found' },
      },
    ],
    error:
      /^Find Free Slot: GHL found no record for Calendar "gone"\. Check that the id is right and belongs to this sub-account\. GHL says: Calendar not found\.$/,
  },
  {
    key: 'find_free_slot',
    name: 'a 404 from the free-slots call is an error too, not no free slot',
    input: { calendarId: 'cal1', startDate: AFTER },
    requests: [
      calendar(),
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: ms(AFTER), endDate: String(Date.parse(AFTER) + 7 * DAY) },
        status: 404,
        response: { statusCode: 404, message: 'Calendar not found' },
      },
    ],
    error: /^Find Free Slot: GHL found no record for Calendar "cal1"\./,
  },
  {
    key: 'find_free_slot',
    name: 'a fractional duration is refused: "Duration (Minutes)" takes whole minutes',
    input: { calendarId: 'cal1', duration: '1,5' },
    requests: [],
    error: /^"Duration \(Minutes\)" must be a whole number, not "1,5"/,
  },
  {
    key: 'find_free_slot',
    name: 'a duration longer than the slot needs the following slots free: reads the calendar, skips 09:00 (09:30 taken)',
    input: { calendarId: 'cal1', startDate: '2026-11-24T08:00:00-05:00', duration: '60', days: '2' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1',
        response: {
          calendar: {
            id: 'cal1',
            name: 'Demo Call',
            slotDuration: 30,
            slotDurationUnit: 'mins',
            slotInterval: 30,
            slotIntervalUnit: 'mins',
          },
        },
      },
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: {
          startDate: ms('2026-11-24T08:00:00-05:00'),
          endDate: String(Date.parse('2026-11-24T08:00:00-05:00') + 2 * DAY),
        },
        response: {
          '2026-11-24': {
            slots: [
              '2026-11-24T09:00:00-05:00',
              '2026-11-24T10:00:00-05:00',
              '2026-11-24T10:30:00-05:00',
              '2026-11-24T11:00:00-05:00',
            ],
          },
        },
      },
    ],
    expect: [
      {
        id: 'cal1-2026-11-24T10:00:00-05:00',
        calendarId: 'cal1',
        date: '2026-11-24',
        startTime: '2026-11-24T10:00:00-05:00',
        endTime: '2026-11-24T11:00:00-05:00',
        durationMinutes: 60,
      },
    ],
  },
  {
    key: 'find_free_slot',
    name: 'a duration within the slot length takes the first slot; the end keeps the slot offset (hour units)',
    input: { calendarId: 'cal1', startDate: '2026-11-24T00:00:00Z', duration: 45 },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1',
        response: { calendar: { id: 'cal1', slotDuration: 1, slotDurationUnit: 'hours' } },
      },
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: ms('2026-11-24T00:00:00Z'), endDate: ms('2026-12-01T00:00:00Z') },
        response: { '2026-11-24': { slots: ['2026-11-24T23:30:00+05:30'] } },
      },
    ],
    check: (r) =>
      expect(r.map((s: any) => [s.startTime, s.endTime])).toEqual([
        ['2026-11-24T23:30:00+05:30', '2026-11-25T00:15:00+05:30'],
      ]),
  },
  {
    key: 'find_free_slot',
    name: 'default: from now for 7 days; no free slot finds nothing',
    input: { calendarId: 'cal1' },
    requests: [
      calendar(),
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: nearNow(0), endDate: nearNow(7 * DAY) },
        response: { traceId: 't1' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_free_slot',
    name: 'more than 31 days is refused before any request, naming the field',
    input: { calendarId: 'cal1', days: '45' },
    requests: [],
    error: /"Search Within \(Days\)" must be a whole number from 1 to 31 .*not "45"/,
  },
  {
    key: 'find_free_slot',
    name: 'a duration that is not a number names the field',
    input: { calendarId: 'cal1', duration: 'an hour' },
    requests: [],
    error: /"Duration \(Minutes\)" must be a number, not "an hour"/,
  },
];
