import { contentHash } from '../../lib/values';
import type { OpFixture } from '../support/harness';
import { ago, beforeWindow } from './window';

const DAY = 86_400_000;
/** Two notes in the poll's window (lib/polling.ts listPoll), the second added later. */
const NOTE_TIMES = [ago(30), ago(20)];
const ms = (iso: string) => String(Date.parse(iso));

/** Matches an epoch-ms query value within two minutes of now + offset (default windows are computed at run time). */
const nearNow = (offset: number): string =>
  ({
    asymmetricMatch: (v: unknown) =>
      /^\d{13}$/.test(String(v)) && Math.abs(Number(v) - (Date.now() + offset)) < 120_000,
    toString: () => `epoch ms near now ${offset >= 0 ? '+' : '-'} ${Math.abs(offset) / DAY} days`,
    toAsymmetricMatcher: () => `nearNow(${offset})`,
  }) as unknown as string;

const calendar = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  locationId: 'loc123',
  groupId: 'g1',
  name: 'Demo Call',
  calendarType: 'round_robin',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  teamMembers: [{ userId: 'u1', priority: 0.5 }],
  isActive: true,
  ...extra,
});

const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Call ${id}`,
  calendarId: 'cal1',
  locationId: 'loc123',
  contactId: 'c1',
  groupId: 'g1',
  appointmentStatus: 'confirmed',
  assignedUserId: 'u1',
  users: [],
  startTime: '2026-11-24T09:00:00-05:00',
  endTime: '2026-11-24T09:30:00-05:00',
  dateAdded: '2026-11-20T10:00:00.000Z',
  dateUpdated: '2026-11-20T10:00:00.000Z',
  ...extra,
});
const labelled = (e: any) => ({ ...e, label: `${e.title} (${e.startTime})` });

const notification = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  subject: 'See you soon',
  beforeTime: [{ timeOffset: 1, unit: 'hours' }],
  deleted: false,
  ...extra,
});

const room = (name: string, extra: Record<string, unknown> = {}) => ({
  locationId: 'loc123',
  name,
  resourceType: 'rooms',
  isActive: true,
  description: 'Second floor',
  quantity: 1,
  outOfService: 0,
  capacity: 20,
  calendarIds: ['cal1'],
  ...extra,
});

const WINDOW = { rangeStart: '2026-11-01T00:00:00Z', rangeEnd: '2026-11-30T00:00:00Z' };
const WINDOW_QUERY = { startTime: ms('2026-11-01T00:00:00Z'), endTime: ms('2026-11-30T00:00:00Z') };

export const fixtures: OpFixture[] = [
  // ---------------------------------------------------------------- triggers
  {
    key: 'calendar_groups',
    requests: [
      {
        method: 'GET',
        path: '/calendars/groups',
        query: { locationId: 'loc123' },
        response: { groups: [{ id: 'g1', name: 'Sales' }] },
      },
    ],
    expect: [{ id: 'g1', name: 'Sales' }],
  },
  {
    key: 'calendars',
    input: { groupId: 'g1', showDrafted: 'no' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/',
        query: { groupId: 'g1', showDrafted: 'false', locationId: 'loc123' },
        response: {
          calendars: [
            { id: 'cal1', name: 'Demo' },
            { id: 'cal2', name: 'Intro' },
          ],
        },
      },
    ],
    expect: [
      { id: 'cal1', name: 'Demo' },
      { id: 'cal2', name: 'Intro' },
    ],
  },
  {
    key: 'get_calendar',
    name: 'fires with calendar id + content hash (calendars carry no update time)',
    input: { calendarId: 'cal1' },
    requests: [{ method: 'GET', path: '/calendars/cal1', response: { calendar: calendar('cal1') } }],
    expect: [{ ...calendar('cal1'), id: `cal1-${contentHash(calendar('cal1'))}`, recordId: 'cal1' }],
  },
  {
    key: 'get_calendar',
    name: 'a settings change produces a new dedupe id',
    input: { calendarId: 'cal1' },
    requests: [
      { method: 'GET', path: '/calendars/cal1', response: { calendar: calendar('cal1', { slotDuration: 45 }) } },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0].recordId).toBe('cal1');
      expect(r[0].id).not.toBe(`cal1-${contentHash(calendar('cal1'))}`);
      expect(r[0].slotDuration).toBe(45);
    },
  },
  {
    key: 'get_calendar',
    name: '404 names the calendar id',
    input: { calendarId: 'gone' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/gone',
        status: 404,
        response: { statusCode: 404, message: 'Calendar not found' },
      },
    ],
    error: /Calendar Settings Changed: GHL found no record for Calendar "gone".*Calendar not found/,
  },
  {
    key: 'calendar_free_slots',
    name: 'ISO window → epoch ms, map flattened to one item per slot, newest first, ids = calendar (trimmed) + slot',
    input: {
      calendarId: ' cal1 ',
      startDate: '2026-11-24T00:00:00-05:00',
      endDate: '2026-11-26T00:00:00-05:00',
      timezone: 'America/New_York',
      userIds: ['u1', 'u2'],
    },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: {
          startDate: ms('2026-11-24T00:00:00-05:00'),
          endDate: ms('2026-11-26T00:00:00-05:00'),
          timezone: 'America/New_York',
          userIds: ['u1', 'u2'],
        },
        response: {
          '2026-11-24': { slots: ['2026-11-24T09:00:00-05:00', '2026-11-24T09:30:00-05:00'] },
          '2026-11-25': { slots: ['2026-11-25T14:00:00-05:00'] },
          traceId: '8e1c1f7a-1111-2222-3333-444455556666',
        },
      },
    ],
    expect: [
      {
        id: 'cal1-2026-11-25T14:00:00-05:00',
        calendarId: 'cal1',
        date: '2026-11-25',
        startTime: '2026-11-25T14:00:00-05:00',
      },
      {
        id: 'cal1-2026-11-24T09:30:00-05:00',
        calendarId: 'cal1',
        date: '2026-11-24',
        startTime: '2026-11-24T09:30:00-05:00',
      },
      {
        id: 'cal1-2026-11-24T09:00:00-05:00',
        calendarId: 'cal1',
        date: '2026-11-24',
        startTime: '2026-11-24T09:00:00-05:00',
      },
    ],
  },
  {
    key: 'calendar_free_slots',
    name: 'default window: from now, the next 7 days; no slots → nothing fires',
    input: { calendarId: 'cal1', userId: 'u1' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: nearNow(0), endDate: nearNow(7 * DAY), userId: 'u1' },
        response: { traceId: 't1' },
      },
    ],
    expect: [],
  },
  {
    key: 'calendar_free_slots',
    name: 'only a start: the window runs 7 days from it',
    input: { calendarId: 'cal1', startDate: '2026-12-01T00:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: ms('2026-12-01T00:00:00Z'), endDate: ms('2026-12-08T00:00:00Z') },
        response: { '2026-12-01': { slots: ['2026-12-01T10:00:00Z'] } },
      },
    ],
    check: (r) => expect(r.map((s: any) => s.id)).toEqual(['cal1-2026-12-01T10:00:00Z']),
  },
  {
    key: 'calendar_free_slots',
    name: 'an answer that is no map of dates (a list) is an error, as Find Free Slot says, not "no slots"',
    input: { calendarId: 'cal1', startDate: '2026-12-01T00:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: ms('2026-12-01T00:00:00Z'), endDate: ms('2026-12-08T00:00:00Z') },
        response: [],
      },
    ],
    error: /was not a map of dates to free slots/,
  },
  {
    key: 'calendar_free_slots',
    name: 'a slot that is no date-time is skipped, not fired with a made-up id',
    input: { calendarId: 'cal1', startDate: '2026-12-01T00:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: ms('2026-12-01T00:00:00Z'), endDate: ms('2026-12-08T00:00:00Z') },
        response: { '2026-12-01': { slots: [{ start: 'x' }, '2026-12-01T10:00:00Z', 'soon'] } },
      },
    ],
    check: (r) => expect(r.map((s: any) => s.id)).toEqual(['cal1-2026-12-01T10:00:00Z']),
  },
  {
    key: 'calendar_free_slots',
    name: 'a range over 31 days is a clear error before any request',
    input: { calendarId: 'cal1', startDate: '2026-11-01T00:00:00Z', endDate: '2026-12-15T00:00:00Z' },
    requests: [],
    error:
      /New Free Slot can look at most 31 days at once; 2026-11-01T00:00:00.000Z to 2026-12-15T00:00:00.000Z is 44 days/,
  },
  {
    key: 'calendar_free_slots',
    name: 'an end before the start is a clear error',
    input: { calendarId: 'cal1', startDate: '2026-11-10T00:00:00Z', endDate: '2026-11-01T00:00:00Z' },
    requests: [],
    error: /end \(2026-11-01T00:00:00.000Z\) must be after the start \(2026-11-10T00:00:00.000Z\)/,
  },
  {
    key: 'calendar_free_slots',
    name: 'unparseable date names the field',
    input: { calendarId: 'cal1', startDate: 'soonish' },
    requests: [],
    error: /"From" must be a date-time/,
  },
  {
    key: 'calendar_events',
    name: 'calendar + window in epoch ms; newest booking first, id = event id, dropdown label',
    input: { calendarId: 'cal1', ...WINDOW },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events',
        query: { calendarId: 'cal1', ...WINDOW_QUERY, locationId: 'loc123' },
        response: {
          events: [
            event('e1', { dateAdded: '2026-11-01T10:00:00.000Z' }),
            event('e2', { dateAdded: '2026-11-02T10:00:00.000Z', startTime: '2026-11-25T10:00:00-05:00' }),
          ],
        },
      },
    ],
    expect: [
      labelled(event('e2', { dateAdded: '2026-11-02T10:00:00.000Z', startTime: '2026-11-25T10:00:00-05:00' })),
      labelled(event('e1', { dateAdded: '2026-11-01T10:00:00.000Z' })),
    ],
  },
  {
    key: 'calendar_events',
    name: 'default rolling window (1 day back, 30 ahead) for a team member; epoch times get ISO twins',
    input: { ownerId: 'u1' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events',
        query: { userId: 'u1', startTime: nearNow(-DAY), endTime: nearNow(30 * DAY), locationId: 'loc123' },
        response: { events: [event('e3', { startTime: 1795528800000, endTime: 1795530600000 })] },
      },
    ],
    check: (r) => {
      expect(r.map((e: any) => e.id)).toEqual(['e3']);
      expect(r[0].startTime).toBe(1795528800000);
      expect(r[0].startTimeIso).toBe(new Date(1795528800000).toISOString());
      expect(r[0].endTimeIso).toBe(new Date(1795530600000).toISOString());
    },
  },
  {
    key: 'calendar_events',
    name: 'calendar, team member and group all set: the calendar is sent, the team member and group filter its events',
    input: { calendarId: 'cal1', ownerId: 'u1', groupId: 'g1', ...WINDOW },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events',
        query: { calendarId: 'cal1', ...WINDOW_QUERY, locationId: 'loc123' },
        response: {
          events: [
            event('e1'),
            event('e2', { assignedUserId: 'u2' }),
            event('e3', { assignedUserId: 'u2', users: ['u1'] }),
            event('e4', { groupId: 'g2' }),
          ],
        },
      },
    ],
    check: (r) => expect(r.map((e: any) => e.id).sort()).toEqual(['e1', 'e3']),
  },
  {
    key: 'calendar_blocked_slots',
    name: 'team member and group: the team member is sent, the group filters the slots',
    input: { ownerId: 'u1', groupId: 'g1', ...WINDOW },
    requests: [
      {
        method: 'GET',
        path: '/calendars/blocked-slots',
        query: { userId: 'u1', ...WINDOW_QUERY, locationId: 'loc123' },
        response: { events: [event('b1'), event('b2', { groupId: 'g2' })] },
      },
    ],
    check: (r) => expect(r.map((e: any) => e.id)).toEqual(['b1']),
  },
  {
    key: 'calendar_events',
    name: 'without calendar, team member or group: clear error before any request',
    input: { rangeStart: '2026-11-01T00:00:00Z' },
    requests: [],
    error: /Appointment Booked needs a Calendar, a Team Member or a Calendar Group/,
  },
  {
    key: 'calendar_blocked_slots',
    name: 'group + only a start: the window runs 31 days from it',
    input: { groupId: 'g1', rangeStart: '2026-11-01T00:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/blocked-slots',
        query: {
          groupId: 'g1',
          startTime: ms('2026-11-01T00:00:00Z'),
          endTime: ms('2026-12-02T00:00:00Z'),
          locationId: 'loc123',
        },
        response: {
          events: [
            {
              id: 'b1',
              title: 'Lunch',
              calendarId: 'cal1',
              locationId: 'loc123',
              startTime: '2026-11-24T12:00:00-05:00',
              endTime: '2026-11-24T13:00:00-05:00',
            },
          ],
        },
      },
    ],
    expect: [
      {
        id: 'b1',
        title: 'Lunch',
        calendarId: 'cal1',
        locationId: 'loc123',
        startTime: '2026-11-24T12:00:00-05:00',
        endTime: '2026-11-24T13:00:00-05:00',
        label: 'Lunch (2026-11-24T12:00:00-05:00)',
      },
    ],
  },
  {
    key: 'calendar_blocked_slots',
    name: 'without calendar, team member or group: clear error',
    input: {},
    requests: [],
    error: /New Blocked Slot needs a Calendar, a Team Member or a Calendar Group/,
  },
  {
    key: 'get_appointment',
    name: 'fires with event id + dateUpdated',
    input: { calendarId: 'cal1', eventId: 'e1' },
    requests: [{ method: 'GET', path: '/calendars/events/appointments/e1', response: { event: event('e1') } }],
    expect: [{ ...event('e1'), id: 'e1-2026-11-20T10:00:00.000Z', recordId: 'e1' }],
  },
  {
    key: 'get_appointment',
    name: 'a reschedule (new dateUpdated) produces a new dedupe id',
    input: { eventId: 'e1' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events/appointments/e1',
        response: {
          event: event('e1', { startTime: '2026-11-25T09:00:00-05:00', dateUpdated: '2026-11-21T08:00:00.000Z' }),
        },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0].id).toBe('e1-2026-11-21T08:00:00.000Z');
      expect(r[0].startTime).toBe('2026-11-25T09:00:00-05:00');
    },
  },
  {
    key: 'get_appointment',
    name: 'missing event id is a clear error',
    input: {},
    requests: [],
    error: /Appointment Updated needs "Appointment"/,
  },
  {
    key: 'appointment_notes',
    name: 'first page: limit 20 (GHL maximum), offset 0, newest first',
    input: { calendarId: 'cal1', appointmentId: 'e1' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/appointments/e1/notes',
        query: { limit: '20', offset: '0' },
        response: {
          notes: [
            { id: 'n1', body: 'First', dateAdded: NOTE_TIMES[0] },
            { id: 'n2', body: 'Second', dateAdded: NOTE_TIMES[1] },
          ],
          hasMore: false,
        },
      },
    ],
    expect: [
      { id: 'n2', body: 'Second', dateAdded: NOTE_TIMES[1] },
      { id: 'n1', body: 'First', dateAdded: NOTE_TIMES[0] },
    ],
  },
  {
    key: 'appointment_notes',
    name: 'an oldest-first full page of 20 is read on: the note added beyond it fires',
    input: { calendarId: 'cal1', appointmentId: 'e1' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/appointments/e1/notes',
        query: { limit: '20', offset: '0' },
        response: {
          notes: Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, body: 'Old', dateAdded: beforeWindow() })),
          hasMore: true,
        },
      },
      {
        method: 'GET',
        path: '/calendars/appointments/e1/notes',
        query: { limit: '20', offset: '20' },
        response: { notes: [{ id: 'new', body: 'New', dateAdded: ago(1) }], hasMore: false },
      },
    ],
    check: (r) => expect(r.map((n: any) => n.id)).toEqual(['new']),
  },
  {
    key: 'appointment_notes',
    name: 'page 3 offsets by 40 and keeps the appointment',
    input: { appointmentId: 'e1' },
    meta: { page: 2 },
    requests: [
      {
        method: 'GET',
        path: '/calendars/appointments/e1/notes',
        query: { limit: '20', offset: '40' },
        response: { notes: [], hasMore: false },
      },
    ],
    expect: [],
  },
  {
    key: 'calendar_notifications',
    name: 'bare array with _id; filters under their wire names; label for the dropdown',
    input: { calendarId: 'cal1', activeFilter: 'yes', deletedFilter: false },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/notifications',
        query: { isActive: 'true', deleted: 'false', limit: '100', skip: '0' },
        response: [notification('nt1'), notification('nt2', { notificationType: 'confirmation', channel: 'sms' })],
      },
    ],
    expect: [
      { ...notification('nt1'), id: 'nt1', label: 'reminder by email to contact' },
      {
        ...notification('nt2', { notificationType: 'confirmation', channel: 'sms' }),
        id: 'nt2',
        label: 'confirmation by sms to contact',
      },
    ],
  },
  {
    key: 'calendar_notifications',
    name: 'page 2 skips 100 and keeps the calendar',
    input: { calendarId: 'cal1' },
    meta: { page: 1 },
    requests: [
      { method: 'GET', path: '/calendars/cal1/notifications', query: { limit: '100', skip: '100' }, response: [] },
    ],
    expect: [],
  },
  {
    key: 'get_calendar_notification',
    name: 'fires with _id + content hash',
    input: { calendarId: 'cal1', notificationId: 'nt1' },
    requests: [{ method: 'GET', path: '/calendars/cal1/notifications/nt1', response: notification('nt1') }],
    expect: [{ ...notification('nt1'), id: `nt1-${contentHash(notification('nt1'))}`, recordId: 'nt1' }],
  },
  {
    key: 'get_calendar_notification',
    name: 'deactivating the notification changes the dedupe id',
    input: { calendarId: 'cal1', notificationId: 'nt1' },
    requests: [
      { method: 'GET', path: '/calendars/cal1/notifications/nt1', response: notification('nt1', { isActive: false }) },
    ],
    check: (r) => {
      expect(r[0].recordId).toBe('nt1');
      expect(r[0].id).toBe(`nt1-${contentHash(notification('nt1', { isActive: false }))}`);
      expect(r[0].id).not.toBe(`nt1-${contentHash(notification('nt1'))}`);
    },
  },
  {
    key: 'calendar_resources',
    name: 'rooms: limit/skip, items without an id get a stable content hash',
    input: { resourceType: 'rooms' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/resources/rooms',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: [room('Yoga Room'), room('Studio B', { _id: 'r2' })],
      },
    ],
    expect: [
      { ...room('Yoga Room'), id: contentHash(room('Yoga Room')) },
      { ...room('Studio B', { _id: 'r2' }), id: 'r2' },
    ],
  },
  {
    key: 'calendar_resources',
    name: 'a page answered again for skip=100 ends the walk, by _id or by content (GHL ignoring skip)',
    input: { resourceType: 'rooms' },
    requests: ['0', '100'].map((skip) => ({
      method: 'GET' as const,
      path: '/calendars/resources/rooms',
      query: { locationId: 'loc123', limit: '100', skip },
      response: Array.from({ length: 100 }, (_, i) => room(`Room ${i}`, i % 2 ? { _id: `r${i}` } : {})),
    })),
    check: (r) => expect(r).toHaveLength(100),
  },
  {
    key: 'calendar_resources',
    name: 'page 2 keeps the type and location',
    input: { resourceType: 'equipments' },
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/calendars/resources/equipments',
        query: { locationId: 'loc123', limit: '100', skip: '100' },
        response: [],
      },
    ],
    expect: [],
  },
  {
    key: 'get_calendar_resource',
    name: 'record without id keeps the requested id; dedupe id = id + content hash',
    input: { resourceType: 'rooms', id: 'r1' },
    requests: [{ method: 'GET', path: '/calendars/resources/rooms/r1', response: room('Yoga Room') }],
    expect: [{ ...room('Yoga Room'), id: `r1-${contentHash({ ...room('Yoga Room'), id: 'r1' })}`, recordId: 'r1' }],
  },
  {
    key: 'get_calendar_resource',
    name: 'a capacity change fires again',
    input: { resourceType: 'rooms', id: 'r1' },
    requests: [{ method: 'GET', path: '/calendars/resources/rooms/r1', response: room('Yoga Room', { capacity: 25 }) }],
    check: (r) => {
      expect(r[0].recordId).toBe('r1');
      expect(r[0].id).not.toBe(`r1-${contentHash({ ...room('Yoga Room'), id: 'r1' })}`);
    },
  },

  // ---------------------------------------------------------------- groups
  {
    key: 'create_calendar_group',
    input: { name: 'Sales', description: 'Demo calls', slug: 'sales', isActive: 'true' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/groups',
        body: { name: 'Sales', description: 'Demo calls', slug: 'sales', isActive: true, locationId: 'loc123' },
        status: 201,
        response: {
          group: {
            id: 'g9',
            locationId: 'loc123',
            name: 'Sales',
            description: 'Demo calls',
            slug: 'sales',
            isActive: true,
          },
        },
      },
    ],
    expect: { id: 'g9', locationId: 'loc123', name: 'Sales', description: 'Demo calls', slug: 'sales', isActive: true },
  },
  {
    key: 'create_calendar_group',
    name: 'missing slug is named before any request',
    input: { name: 'Sales', description: 'Demo calls' },
    requests: [],
    error: /Create Calendar Group needs "Slug"/,
  },
  {
    key: 'update_calendar_group',
    name: 'all three given: one PUT',
    input: { groupId: 'g1', name: 'Sales EU', description: 'EU demos', slug: 'sales-eu' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/groups/g1',
        body: { name: 'Sales EU', description: 'EU demos', slug: 'sales-eu' },
        response: {
          group: {
            id: 'g1',
            locationId: 'loc123',
            name: 'Sales EU',
            description: 'EU demos',
            slug: 'sales-eu',
            isActive: true,
          },
        },
      },
    ],
    expect: {
      id: 'g1',
      locationId: 'loc123',
      name: 'Sales EU',
      description: 'EU demos',
      slug: 'sales-eu',
      isActive: true,
    },
  },
  {
    key: 'update_calendar_group',
    name: 'only a new name: current description and slug are read first (GHL replaces all three)',
    input: { groupId: 'g1', name: 'Sales EU' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/groups',
        query: { locationId: 'loc123' },
        response: {
          groups: [
            { id: 'g0', name: 'Other', description: 'x', slug: 'x' },
            { id: 'g1', name: 'Sales', description: 'Demo calls', slug: 'sales' },
          ],
        },
      },
      {
        method: 'PUT',
        path: '/calendars/groups/g1',
        body: { name: 'Sales EU', description: 'Demo calls', slug: 'sales' },
        response: {
          group: {
            id: 'g1',
            locationId: 'loc123',
            name: 'Sales EU',
            description: 'Demo calls',
            slug: 'sales',
            isActive: true,
          },
        },
      },
    ],
    check: (r) => expect(r).toMatchObject({ id: 'g1', name: 'Sales EU', slug: 'sales' }),
  },
  {
    key: 'update_calendar_group',
    name: 'only the group picked: nothing to change is refused before any request (issue 12)',
    input: { groupId: 'g1' },
    requests: [],
    error:
      /^Update Calendar Group has nothing to change: fill in at least one field to update besides "Calendar Group"\.$/,
  },
  {
    key: 'update_calendar_group',
    name: 'unknown group: clear error, no PUT',
    input: { groupId: 'nope', slug: 'x' },
    requests: [{ method: 'GET', path: '/calendars/groups', query: { locationId: 'loc123' }, response: { groups: [] } }],
    error: /no calendar group "nope" in this sub-account/,
  },
  {
    key: 'update_calendar_group_status',
    input: { groupId: 'g1', isActive: 'no' },
    requests: [
      { method: 'PUT', path: '/calendars/groups/g1/status', body: { isActive: false }, response: { success: true } },
    ],
    expect: { groupId: 'g1', success: true, isActive: false },
  },
  {
    key: 'delete_calendar_group',
    input: { groupId: 'g1' },
    requests: [{ method: 'DELETE', path: '/calendars/groups/g1', response: { success: true } }],
    expect: { id: 'g1', deleted: true },
  },
  {
    key: 'validate_calendar_group_slug',
    input: { slug: 'sales' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/groups/validate-slug',
        body: { slug: 'sales', locationId: 'loc123' },
        response: { available: false },
      },
    ],
    expect: { available: false, slug: 'sales' },
  },

  // ---------------------------------------------------------------- calendars
  {
    key: 'create_calendar',
    name: 'typed fields, team members, meeting location and extra settings',
    input: {
      name: 'Demo Call',
      calendarType: 'round_robin',
      groupId: 'g1',
      teamMembers: 'u1,u2',
      slotDuration: '30',
      slotDurationUnit: 'mins',
      allowBookingFor: '4',
      allowBookingForUnit: 'weeks',
      meetingKind: 'custom',
      meetingPlace: 'https://meet.example.com/demo',
      openHours:
        '[{"daysOfTheWeek":[1,2,3,4,5],"hours":[{"openHour":9,"openMinute":0,"closeHour":17,"closeMinute":0}]}]',
      autoConfirm: 'yes',
      settings: '{"stickyContact": true, "name": "ignored: the field wins"}',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/',
        body: {
          stickyContact: true,
          name: 'Demo Call',
          calendarType: 'round_robin',
          groupId: 'g1',
          teamMembers: [{ userId: 'u1' }, { userId: 'u2' }],
          slotDuration: 30,
          slotDurationUnit: 'mins',
          allowBookingFor: 4,
          allowBookingForUnit: 'weeks',
          openHours: [
            { daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] },
          ],
          autoConfirm: true,
          locationId: 'loc123',
          locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com/demo' }],
        },
        response: { calendar: calendar('cal9') },
      },
    ],
    expect: calendar('cal9'),
  },
  {
    key: 'create_calendar',
    name: "a title template that is only a merge field is GHL's template, not a placeholder; the meeting location type by its label, the location trimmed",
    input: {
      name: 'Demo',
      eventTitle: '{{contact.name}}',
      meetingKind: 'In person (address)',
      meetingPlace: '  12 Main St, Springfield  ',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/',
        body: {
          name: 'Demo',
          eventTitle: '{{contact.name}}',
          locationId: 'loc123',
          locationConfigurations: [{ kind: 'physical', location: '12 Main St, Springfield' }],
        },
        response: { calendar: { id: 'cal9', name: 'Demo' } },
      },
    ],
    expect: { id: 'cal9', name: 'Demo' },
  },
  {
    key: 'create_calendar',
    name: 'unknown key in More Settings is refused before the request',
    input: { name: 'Demo', settings: '{"colour": "red"}' },
    requests: [],
    error: /"More Settings \(JSON\)" has settings GHL does not know: colour/,
  },
  {
    key: 'create_calendar',
    name: 'bad Open Hours JSON names the field',
    input: { name: 'Demo', openHours: '[{daysOfTheWeek:1' },
    requests: [],
    error: /"Open Hours \(JSON\)" must be valid JSON/,
  },
  {
    key: 'create_calendar',
    name: 'an Open Hours number beyond what JSON carries (9e999, sent as null) is refused naming the field',
    input: { name: 'Demo', openHours: '[{"daysOfTheWeek":[1],"hours":[{"openHour":9e999}]}]' },
    requests: [],
    error: /^"Open Hours \(JSON\)" holds the number 9e999, which cannot be sent exactly as written/,
  },
  {
    key: 'update_calendar',
    input: { calendarId: 'cal1', slotDuration: '45', isActive: 'false', teamMembers: ['u3'] },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/cal1',
        body: { slotDuration: 45, isActive: false, teamMembers: [{ userId: 'u3' }] },
        response: { calendar: calendar('cal1', { slotDuration: 45, isActive: false }) },
      },
    ],
    expect: calendar('cal1', { slotDuration: 45, isActive: false }),
  },
  {
    key: 'update_calendar',
    name: 'only the calendar picked: nothing to change is refused before any request (issue 12)',
    input: { calendarId: 'cal1' },
    requests: [],
    error: /^Update Calendar has nothing to change: fill in at least one field to update besides "Calendar"\.$/,
  },
  {
    key: 'update_calendar',
    name: 'calendarType and slotBufferUnit are create-only (CalendarUpdateDTO lacks them): refused in More Settings',
    input: { calendarId: 'cal1', name: 'Cleaning', settings: '{"calendarType": "event", "slotBufferUnit": "mins"}' },
    requests: [],
    error:
      /^"More Settings \(JSON\)" has settings GHL only takes when a calendar is created, not on update: calendarType, slotBufferUnit\. Remove them\.$/,
  },
  {
    key: 'update_calendar',
    name: 'Buffer After goes without a unit (GHL would answer 422 "property slotBufferUnit should not exist")',
    input: { calendarId: 'cal1', slotBuffer: '10', slotBufferUnit: 'mins' },
    requests: [],
    error: /^"Buffer After Unit" can only be set when a calendar is created: GHL's update does not take it\.$/,
  },
  {
    key: 'update_calendar',
    name: 'Meeting Location Type mapped as its label ("In person (address)") is sent as its kind',
    input: { calendarId: 'cal1', meetingKind: 'In person (address)', meetingPlace: '1 Main St' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/cal1',
        body: { locationConfigurations: [{ kind: 'physical', location: '1 Main St' }] },
        response: { calendar: calendar('cal1') },
      },
    ],
    expect: calendar('cal1'),
  },
  {
    key: 'update_calendar',
    name: 'Buffer After alone is sent as is',
    input: { calendarId: 'cal1', slotBuffer: '10' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/cal1',
        body: { slotBuffer: 10 },
        response: { calendar: calendar('cal1') },
      },
    ],
    expect: calendar('cal1'),
  },
  {
    key: 'delete_calendar',
    input: { calendarId: 'cal1' },
    requests: [{ method: 'DELETE', path: '/calendars/cal1', response: { success: true } }],
    expect: { id: 'cal1', deleted: true },
  },

  // ---------------------------------------------------------------- appointments & events
  {
    key: 'create_appointment',
    name: 'ISO times kept with their offset, booleans typed, locationId from the connection',
    input: {
      calendarId: 'cal1',
      contactId: 'c1',
      startTime: '2026-11-24T09:00:00-05:00',
      endTime: '2026-11-24T09:30:00-05:00',
      title: 'Demo',
      appointmentStatus: 'confirmed',
      assignedUserId: 'u1',
      meetingLocationType: 'zoom',
      overrideLocationConfig: 'true',
      toNotify: 'no',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/events/appointments',
        body: {
          calendarId: 'cal1',
          contactId: 'c1',
          startTime: '2026-11-24T09:00:00-05:00',
          endTime: '2026-11-24T09:30:00-05:00',
          title: 'Demo',
          appointmentStatus: 'confirmed',
          assignedUserId: 'u1',
          meetingLocationType: 'zoom',
          overrideLocationConfig: true,
          toNotify: false,
          locationId: 'loc123',
        },
        response: {
          id: 'e9',
          calendarId: 'cal1',
          locationId: 'loc123',
          contactId: 'c1',
          startTime: '2026-11-24T09:00:00-05:00',
          endTime: '2026-11-24T09:30:00-05:00',
          title: 'Demo',
          appointmentStatus: 'confirmed',
        },
      },
    ],
    expect: {
      isDuplicate: false,
      id: 'e9',
      calendarId: 'cal1',
      locationId: 'loc123',
      contactId: 'c1',
      startTime: '2026-11-24T09:00:00-05:00',
      endTime: '2026-11-24T09:30:00-05:00',
      title: 'Demo',
      appointmentStatus: 'confirmed',
    },
  },
  {
    key: 'create_appointment',
    name: 'an end before the start is refused before any request (as block slots are)',
    input: {
      calendarId: 'cal1',
      contactId: 'c1',
      startTime: '2026-11-24T10:00:00-05:00',
      endTime: '2026-11-24T09:00:00-05:00',
    },
    requests: [],
    error:
      /^Create Appointment: the End Time \(2026-11-24T09:00:00-05:00\) must be after the Start Time \(2026-11-24T10:00:00-05:00\)\.$/,
  },
  {
    key: 'create_appointment',
    name: 'an end equal to the start (the same moment in another offset) is refused too',
    input: {
      calendarId: 'cal1',
      contactId: 'c1',
      startTime: '2026-11-24T10:00:00-05:00',
      endTime: '2026-11-24T15:00:00Z',
    },
    requests: [],
    error: /^Create Appointment: the End Time \(2026-11-24T15:00:00Z\) must be after the Start Time/,
  },
  {
    key: 'update_appointment',
    name: 'a new end before the new start is refused before any request',
    input: { eventId: 'e1', startTime: '2026-11-24T10:00:00-05:00', endTime: '2026-11-24T09:00:00-05:00' },
    requests: [],
    error: /^Update Appointment: the End Time \(2026-11-24T09:00:00-05:00\) must be after the Start Time/,
  },
  {
    key: 'create_appointment',
    name: "a taken slot: GHL's message plus the requested time and how to fix it",
    input: { calendarId: 'cal1', contactId: 'c1', startTime: '2026-11-24T09:00:00-05:00' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/events/appointments',
        body: { calendarId: 'cal1', contactId: 'c1', startTime: '2026-11-24T09:00:00-05:00', locationId: 'loc123' },
        status: 400,
        response: { statusCode: 400, message: 'The slot you have selected is no longer available.' },
      },
      // Taken by someone else's appointment: not this contact's, so the refusal stands.
      {
        method: 'GET',
        path: '/calendars/events',
        query: { locationId: 'loc123', calendarId: 'cal1', startTime: '1795528740000', endTime: '1795528860000' },
        response: {
          events: [{ id: 'eX', calendarId: 'cal1', contactId: 'cOther', startTime: '2026-11-24T09:00:00-05:00' }],
        },
      },
    ],
    error:
      /Create Appointment was rejected by GHL \(HTTP 400\)\. GHL says: The slot you have selected is no longer available\..* The requested time was 2026-11-24T09:00:00-05:00 on calendar "cal1"\. Pick a free slot \(Find Free Slot finds the next one\), or set "Ignore Free Slot Validation" to Yes/,
  },
  {
    key: 'create_appointment',
    name: "a replayed booking: the slot is taken by this contact's appointment from the first delivery, which is returned",
    input: { calendarId: 'cal1', contactId: 'c1', startTime: '2026-11-24T09:00:00-05:00' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/events/appointments',
        body: { calendarId: 'cal1', contactId: 'c1', startTime: '2026-11-24T09:00:00-05:00', locationId: 'loc123' },
        status: 400,
        response: { statusCode: 400, message: 'The slot you have selected is no longer available.' },
      },
      {
        method: 'GET',
        path: '/calendars/events',
        query: { locationId: 'loc123', calendarId: 'cal1', startTime: '1795528740000', endTime: '1795528860000' },
        response: {
          events: [
            {
              id: 'e9',
              calendarId: 'cal1',
              contactId: 'c1',
              startTime: '2026-11-24T14:00:00.000Z',
              endTime: '2026-11-24T14:30:00.000Z',
            },
          ],
        },
      },
    ],
    expect: {
      id: 'e9',
      calendarId: 'cal1',
      contactId: 'c1',
      startTime: '2026-11-24T14:00:00.000Z',
      endTime: '2026-11-24T14:30:00.000Z',
      isDuplicate: true,
    },
  },
  {
    key: 'create_appointment',
    name: 'a relative date from Zapier arrives as ISO and is sent as is; a 422 that is not about slots gets no slot advice',
    input: { calendarId: 'cal1', contactId: 'c1', startTime: '2026-11-24T14:00:00Z', assignedUserId: 'u1' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/events/appointments',
        body: {
          calendarId: 'cal1',
          contactId: 'c1',
          startTime: '2026-11-24T14:00:00Z',
          assignedUserId: 'u1',
          locationId: 'loc123',
        },
        status: 422,
        response: { statusCode: 422, message: ['assignedUserId is not part of this calendar team'] },
      },
    ],
    error:
      /HTTP 422.*assignedUserId is not part of this calendar team\..*The requested time was 2026-11-24T14:00:00Z on calendar "cal1"\.$/,
  },
  {
    key: 'create_appointment',
    name: 'missing contact is named before any request',
    input: { calendarId: 'cal1', startTime: '2026-11-24T09:00:00-05:00' },
    requests: [],
    error: /Create Appointment needs "Contact"/,
  },
  {
    key: 'update_appointment',
    name: 'reschedule + move to another calendar; the picker calendar is not sent; the 45-minute length is kept',
    input: {
      calendarId: 'cal1',
      eventId: 'e1',
      moveToCalendarId: 'cal2',
      startTime: '2026-11-25T10:00:00-05:00',
      appointmentStatus: 'confirmed',
    },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events/appointments/e1',
        response: {
          event: {
            id: 'e1',
            calendarId: 'cal1',
            startTime: '2026-11-20T14:00:00.000Z',
            endTime: '2026-11-20T14:45:00.000Z',
          },
        },
      },
      {
        method: 'PUT',
        path: '/calendars/events/appointments/e1',
        body: {
          calendarId: 'cal2',
          startTime: '2026-11-25T10:00:00-05:00',
          endTime: '2026-11-25T10:45:00-05:00',
          appointmentStatus: 'confirmed',
        },
        response: {
          id: 'e1',
          calendarId: 'cal2',
          locationId: 'loc123',
          contactId: 'c1',
          startTime: '2026-11-25T10:00:00-05:00',
          appointmentStatus: 'confirmed',
        },
      },
    ],
    expect: {
      id: 'e1',
      calendarId: 'cal2',
      locationId: 'loc123',
      contactId: 'c1',
      startTime: '2026-11-25T10:00:00-05:00',
      appointmentStatus: 'confirmed',
    },
  },
  {
    key: 'update_appointment',
    name: 'a new end alone must come after the current start (read first): an earlier one is refused',
    input: { eventId: 'e1', endTime: '2026-11-20T13:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events/appointments/e1',
        response: {
          event: { id: 'e1', startTime: '2026-11-20T14:00:00.000Z', endTime: '2026-11-20T14:45:00.000Z' },
        },
      },
    ],
    error:
      /^Update Appointment: the End Time \(2026-11-20T13:00:00Z\) must be after the appointment's Start Time \(2026-11-20T14:00:00\.000Z\)\. Give a later End Time, or a new Start Time too\.$/,
  },
  {
    key: 'update_appointment',
    name: 'a new end alone after the current start is sent as it is',
    input: { eventId: 'e1', endTime: '2026-11-20T15:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events/appointments/e1',
        response: {
          event: { id: 'e1', startTime: '2026-11-20T14:00:00.000Z', endTime: '2026-11-20T14:45:00.000Z' },
        },
      },
      {
        method: 'PUT',
        path: '/calendars/events/appointments/e1',
        body: { endTime: '2026-11-20T15:00:00Z' },
        response: { id: 'e1', startTime: '2026-11-20T14:00:00.000Z', endTime: '2026-11-20T15:00:00Z' },
      },
    ],
    expect: { id: 'e1', startTime: '2026-11-20T14:00:00.000Z', endTime: '2026-11-20T15:00:00Z' },
  },
  {
    key: 'update_appointment',
    name: 'nothing to change: refused before any request (issue 12)',
    input: { eventId: 'e1' },
    requests: [],
    error: /^Update Appointment has nothing to change: fill in at least one field to update besides "Appointment"\.$/,
  },
  {
    key: 'update_appointment',
    name: 'status only (cancel)',
    input: { eventId: 'e1', appointmentStatus: 'cancelled' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/events/appointments/e1',
        body: { appointmentStatus: 'cancelled' },
        response: {
          id: 'e1',
          calendarId: 'cal1',
          locationId: 'loc123',
          contactId: 'c1',
          appointmentStatus: 'cancelled',
        },
      },
    ],
    check: (r) =>
      expect(r).toEqual({
        id: 'e1',
        calendarId: 'cal1',
        locationId: 'loc123',
        contactId: 'c1',
        appointmentStatus: 'cancelled',
      }),
  },
  {
    key: 'update_appointment',
    name: 'a refused reschedule names the asked-for time',
    input: { eventId: 'e1', startTime: '2026-11-25T03:00:00-05:00', endTime: '2026-11-25T03:30:00-05:00' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/events/appointments/e1',
        body: { startTime: '2026-11-25T03:00:00-05:00', endTime: '2026-11-25T03:30:00-05:00' },
        status: 400,
        response: { message: 'Slot is outside of availability' },
      },
    ],
    error:
      /Slot is outside of availability\..*The requested time was 2026-11-25T03:00:00-05:00 to 2026-11-25T03:30:00-05:00\. Pick a free slot/,
  },
  {
    key: 'delete_calendar_event',
    name: 'sends the empty JSON body the spec declares',
    input: { eventId: 'e1' },
    requests: [
      { method: 'DELETE', path: '/calendars/events/e1', body: {}, status: 201, response: { succeeded: true } },
    ],
    expect: { id: 'e1', deleted: true },
  },
  {
    key: 'delete_calendar_event',
    name: 'unknown event: 404 names it',
    input: { eventId: 'zzz' },
    requests: [
      {
        method: 'DELETE',
        path: '/calendars/events/zzz',
        body: {},
        status: 404,
        response: { message: 'Event not found' },
      },
    ],
    error: /Delete Calendar Event: GHL found no record for Event "zzz"/,
  },
  {
    key: 'create_block_slot',
    name: 'on a calendar',
    input: {
      calendarId: 'cal1',
      title: 'Lunch',
      startTime: '2026-11-24T12:00:00-05:00',
      endTime: '2026-11-24T13:00:00-05:00',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/events/block-slots',
        body: {
          calendarId: 'cal1',
          title: 'Lunch',
          startTime: '2026-11-24T12:00:00-05:00',
          endTime: '2026-11-24T13:00:00-05:00',
          locationId: 'loc123',
        },
        status: 201,
        response: {
          id: 'b1',
          locationId: 'loc123',
          title: 'Lunch',
          calendarId: 'cal1',
          startTime: '2026-11-24T12:00:00-05:00',
          endTime: '2026-11-24T13:00:00-05:00',
        },
      },
    ],
    expect: {
      id: 'b1',
      locationId: 'loc123',
      title: 'Lunch',
      calendarId: 'cal1',
      startTime: '2026-11-24T12:00:00-05:00',
      endTime: '2026-11-24T13:00:00-05:00',
    },
  },
  {
    key: 'create_block_slot',
    name: "a team member's time (no calendarId: spec workaround); epoch times in the answer get ISO twins",
    input: { assignedUserId: 'u1', startTime: '2026-11-24T17:00:00Z', endTime: '2026-11-24T18:00:00Z' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/events/block-slots',
        body: {
          assignedUserId: 'u1',
          startTime: '2026-11-24T17:00:00Z',
          endTime: '2026-11-24T18:00:00Z',
          locationId: 'loc123',
        },
        status: 201,
        response: {
          id: 'b2',
          locationId: 'loc123',
          title: '',
          assignedUserId: 'u1',
          startTime: 1795539600000,
          endTime: 1795543200000,
        },
      },
    ],
    expect: {
      id: 'b2',
      locationId: 'loc123',
      title: '',
      assignedUserId: 'u1',
      startTime: 1795539600000,
      endTime: 1795543200000,
      startTimeIso: '2026-11-24T17:00:00.000Z',
      endTimeIso: '2026-11-24T18:00:00.000Z',
    },
  },
  {
    key: 'create_block_slot',
    name: 'calendar and team member together are refused (GHL takes one)',
    input: {
      calendarId: 'cal1',
      assignedUserId: 'u1',
      startTime: '2026-11-24T17:00:00Z',
      endTime: '2026-11-24T18:00:00Z',
    },
    requests: [],
    error: /needs either a Calendar or a Team Member/,
  },
  {
    key: 'create_block_slot',
    name: 'an end before the start is refused',
    input: { calendarId: 'cal1', startTime: '2026-11-24T18:00:00Z', endTime: '2026-11-24T17:00:00Z' },
    requests: [],
    error: /End Time \(2026-11-24T17:00:00Z\) must be after the Start Time/,
  },
  {
    key: 'update_block_slot',
    input: { calendarId: 'cal1', eventId: 'b1', endTime: '2026-11-24T13:30:00-05:00' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/events/block-slots/b1',
        body: { calendarId: 'cal1', endTime: '2026-11-24T13:30:00-05:00', locationId: 'loc123' },
        response: {
          id: 'b1',
          locationId: 'loc123',
          title: 'Lunch',
          calendarId: 'cal1',
          startTime: '2026-11-24T12:00:00-05:00',
          endTime: '2026-11-24T13:30:00-05:00',
        },
      },
    ],
    expect: {
      id: 'b1',
      locationId: 'loc123',
      title: 'Lunch',
      calendarId: 'cal1',
      startTime: '2026-11-24T12:00:00-05:00',
      endTime: '2026-11-24T13:30:00-05:00',
    },
  },
  {
    key: 'update_block_slot',
    name: "a team member's blocked slot is moved without a calendarId (the spec marks it required: reviewed workaround)",
    input: { assignedUserId: 'u1', eventId: 'b2', startTime: '2026-11-24T17:30:00Z', endTime: '2026-11-24T18:30:00Z' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/events/block-slots/b2',
        body: {
          assignedUserId: 'u1',
          startTime: '2026-11-24T17:30:00Z',
          endTime: '2026-11-24T18:30:00Z',
          locationId: 'loc123',
        },
        response: {
          id: 'b2',
          locationId: 'loc123',
          title: '',
          assignedUserId: 'u1',
          startTime: '2026-11-24T17:30:00Z',
          endTime: '2026-11-24T18:30:00Z',
        },
      },
    ],
    expect: {
      id: 'b2',
      locationId: 'loc123',
      title: '',
      assignedUserId: 'u1',
      startTime: '2026-11-24T17:30:00Z',
      endTime: '2026-11-24T18:30:00Z',
    },
  },

  // ---------------------------------------------------------------- appointment notes
  {
    key: 'create_appointment_note',
    input: { calendarId: 'cal1', appointmentId: 'e1', body: 'Wants pricing', userId: 'u1' },
    requests: [
      {
        method: 'POST',
        path: '/calendars/appointments/e1/notes',
        body: { body: 'Wants pricing', userId: 'u1' },
        status: 201,
        response: {
          note: {
            id: 'n1',
            body: 'Wants pricing',
            userId: 'u1',
            contactId: 'c1',
            dateAdded: '2026-11-24T10:00:00.000Z',
          },
        },
      },
    ],
    expect: { id: 'n1', body: 'Wants pricing', userId: 'u1', contactId: 'c1', dateAdded: '2026-11-24T10:00:00.000Z' },
  },
  {
    key: 'create_appointment_note',
    name: "a note longer than the spec's maxLength (5,000) is refused naming the limit",
    input: { appointmentId: 'e1', body: 'é'.repeat(5001) },
    requests: [],
    error: /^"Note" is 5,001 characters long, and GHL takes at most 5,000 there: shorten it/,
  },
  {
    key: 'create_appointment_note',
    name: 'empty note is named before any request',
    input: { appointmentId: 'e1' },
    requests: [],
    error: /Create Appointment Note needs "Note"/,
  },
  {
    key: 'update_appointment_note',
    input: { appointmentId: 'e1', noteId: 'n1', body: 'Wants pricing for 10 seats' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/appointments/e1/notes/n1',
        body: { body: 'Wants pricing for 10 seats' },
        response: {
          note: { id: 'n1', body: 'Wants pricing for 10 seats', userId: 'u1', dateAdded: '2026-11-24T10:00:00.000Z' },
        },
      },
    ],
    expect: { id: 'n1', body: 'Wants pricing for 10 seats', userId: 'u1', dateAdded: '2026-11-24T10:00:00.000Z' },
  },
  {
    key: 'delete_appointment_note',
    input: { appointmentId: 'e1', noteId: 'n1' },
    requests: [{ method: 'DELETE', path: '/calendars/appointments/e1/notes/n1', response: { success: true } }],
    expect: { appointmentId: 'e1', id: 'n1', deleted: true },
  },

  // ---------------------------------------------------------------- notifications
  {
    key: 'create_calendar_notification',
    name: 'sent as a one-item JSON array; reminder offset built from amount + unit; answer array → the created notification',
    input: {
      calendarId: 'cal1',
      notificationType: 'reminder',
      channel: 'sms',
      receiverType: 'contact',
      body: 'See you at {{appointment.start_time}}',
      beforeOffset: '2',
      beforeUnit: 'hours',
      additionalPhoneNumbers: '+14155550100, +14155550101',
      isActive: 'yes',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/cal1/notifications',
        body: [
          {
            notificationType: 'reminder',
            channel: 'sms',
            receiverType: 'contact',
            isActive: true,
            body: 'See you at {{appointment.start_time}}',
            additionalPhoneNumbers: ['+14155550100', '+14155550101'],
            beforeTime: [{ timeOffset: 2, unit: 'hours' }],
          },
        ],
        response: [notification('nt9', { channel: 'sms', beforeTime: [{ timeOffset: 2, unit: 'hours' }] })],
      },
    ],
    expect: {
      ...notification('nt9', { channel: 'sms', beforeTime: [{ timeOffset: 2, unit: 'hours' }] }),
      id: 'nt9',
      calendarId: 'cal1',
    },
  },
  {
    key: 'create_calendar_notification',
    name: "a spreadsheet formula's error as a whole Subject (a template) or Message is left out and named, never emailed",
    input: {
      calendarId: 'cal1',
      notificationType: 'booked',
      channel: 'email',
      receiverType: 'contact',
      subject: '#N/A',
      body: '#REF!',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/cal1/notifications',
        body: [{ notificationType: 'booked', channel: 'email', receiverType: 'contact' }],
        response: [notification('nt9')],
      },
    ],
    check: (r) =>
      expect(r.skippedValues).toEqual([
        '"Subject" "#N/A" is a spreadsheet formula\'s error, not a value. It was left out.',
        '"Message" "#REF!" is a spreadsheet formula\'s error, not a value. It was left out.',
      ]),
  },
  {
    key: 'create_calendar_notification',
    name: 'offset and unit read as other fields are: "1,5" "Hours" is 1.5 hours; a "null" follow-up is none',
    input: {
      calendarId: 'cal1',
      notificationType: 'reminder',
      channel: 'email',
      receiverType: 'contact',
      beforeOffset: '1,5',
      beforeUnit: 'Hours',
      afterOffset: 'null',
      afterUnit: 'null',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/cal1/notifications',
        body: [
          {
            notificationType: 'reminder',
            channel: 'email',
            receiverType: 'contact',
            beforeTime: [{ timeOffset: 1.5, unit: 'hours' }],
          },
        ],
        response: [notification('nt9', { beforeTime: [{ timeOffset: 1.5, unit: 'hours' }] })],
      },
    ],
    expect: {
      ...notification('nt9', { beforeTime: [{ timeOffset: 1.5, unit: 'hours' }] }),
      id: 'nt9',
      calendarId: 'cal1',
    },
  },
  {
    key: 'create_calendar_notification',
    name: 'extra and sender emails / phones read as everywhere else: emails checked, phones as E.164',
    input: {
      calendarId: 'cal1',
      notificationType: 'booked',
      channel: 'sms',
      receiverType: 'phoneNumbers',
      additionalPhoneNumbers: '+1 (415) 555-0100, +44 20 7946 0958',
      fromNumber: '+1 415-555-0199',
      additionalEmailIds: 'Ana <ana@Example.com>; bo@example.com',
      fromAddress: ' Desk@Example.COM ',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/cal1/notifications',
        body: [
          {
            notificationType: 'booked',
            channel: 'sms',
            receiverType: 'phoneNumbers',
            additionalPhoneNumbers: ['+14155550100', '+442079460958'],
            fromNumber: '+14155550199',
            additionalEmailIds: ['ana@example.com', 'bo@example.com'],
            fromAddress: 'Desk@example.com',
          },
        ],
        response: [notification('nt9', { channel: 'sms' })],
      },
    ],
    expect: {
      ...notification('nt9', { channel: 'sms' }),
      id: 'nt9',
      calendarId: 'cal1',
      skippedValues: [
        '"Extra Email Addresses" "Ana <ana@Example.com>": the name "Ana" was not stored, as GHL\'s email holds none.',
      ],
    },
  },
  {
    key: 'update_calendar_notification',
    name: 'an extra phone that is no phone number is refused naming the field',
    input: { calendarId: 'cal1', notificationId: 'nt1', additionalPhoneNumbers: ['+14155550100', 'front desk'] },
    requests: [],
    error: /^"Extra Phone Numbers" "front desk" is not a phone number/,
  },
  {
    key: 'create_calendar_notification',
    name: 'a unit without an amount is refused',
    input: {
      calendarId: 'cal1',
      notificationType: 'followup',
      channel: 'email',
      receiverType: 'contact',
      afterUnit: 'days',
    },
    requests: [],
    error: /"Follow Up After Unit" needs "Follow Up After" too/,
  },
  {
    key: 'create_calendar_notification',
    name: 'missing channel is named',
    input: { calendarId: 'cal1', notificationType: 'reminder', receiverType: 'contact' },
    requests: [],
    error: /Create Calendar Notification needs "Channel"/,
  },
  {
    key: 'update_calendar_notification',
    input: {
      calendarId: 'cal1',
      notificationId: 'nt1',
      isActive: 'false',
      afterOffset: 1,
      afterUnit: 'days',
      selectedUsers: ['u1', 'sub_account_admin'],
    },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/cal1/notifications/nt1',
        body: {
          isActive: false,
          selectedUsers: ['u1', 'sub_account_admin'],
          afterTime: [{ timeOffset: 1, unit: 'days' }],
        },
        response: { message: 'Notification updated successfully' },
      },
    ],
    expect: { calendarId: 'cal1', notificationId: 'nt1', message: 'Notification updated successfully' },
  },
  {
    key: 'delete_calendar_notification',
    input: { calendarId: 'cal1', notificationId: 'nt1' },
    requests: [
      {
        method: 'DELETE',
        path: '/calendars/cal1/notifications/nt1',
        response: { message: 'Notification deleted successfully' },
      },
    ],
    expect: { calendarId: 'cal1', id: 'nt1', deleted: true },
  },

  // ---------------------------------------------------------------- resources
  {
    key: 'create_calendar_resource',
    name: 'equipment: counts that do not apply get neutral values GHL requires',
    input: {
      resourceType: 'equipments',
      name: 'Projector',
      description: 'Epson 4K',
      quantity: '3',
      calendarIds: 'cal1',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/resources/equipments',
        body: {
          quantity: 3,
          outOfService: 0,
          name: 'Projector',
          description: 'Epson 4K',
          calendarIds: ['cal1'],
          locationId: 'loc123',
          capacity: 1,
        },
        status: 201,
        response: {
          locationId: 'loc123',
          name: 'Projector',
          resourceType: 'equipments',
          isActive: true,
          description: 'Epson 4K',
          quantity: 3,
          outOfService: 0,
          capacity: 1,
          calendarIds: ['cal1'],
        },
      },
    ],
    expect: {
      resourceType: 'equipments',
      locationId: 'loc123',
      name: 'Projector',
      isActive: true,
      description: 'Epson 4K',
      quantity: 3,
      outOfService: 0,
      capacity: 1,
      calendarIds: ['cal1'],
    },
  },
  {
    key: 'create_calendar_resource',
    name: 'an unfilled merge tag among the Service Calendars is refused naming it, before the request',
    input: {
      resourceType: 'equipments',
      name: 'Projector',
      description: 'Epson 4K',
      calendarIds: 'cal1, {{calendar_id}}',
    },
    requests: [],
    error:
      /^"Service Calendars" holds "\{\{calendar_id\}\}", a placeholder for no answer, not an id: remove it from the list\.$/,
  },
  {
    key: 'create_calendar_resource',
    name: 'a room without capacity is refused before the request',
    input: { resourceType: 'rooms', name: 'Yoga Room', description: 'Second floor', calendarIds: ['cal1'] },
    requests: [],
    error: /needs "Capacity" for a room/,
  },
  {
    key: 'update_calendar_resource',
    name: "more Service Calendars than the spec's maxItems (100) are refused with their count before any request",
    input: {
      resourceType: 'rooms',
      id: 'r1',
      calendarIds: Array.from({ length: 101 }, (_, i) => `cal${i}`).join(','),
    },
    requests: [],
    error: /^"Service Calendars" holds 101 items, and GHL takes at most 100 there: map fewer\.$/,
  },
  {
    key: 'update_calendar_resource',
    name: 'only the resource picked: nothing to change is refused before any request (issue 12)',
    input: { resourceType: 'rooms', id: 'r1' },
    requests: [],
    error: /^Update Calendar Resource has nothing to change: fill in at least one field to update besides .*"\.$/,
  },
  {
    key: 'update_calendar_resource',
    input: { resourceType: 'rooms', id: 'r1', capacity: '25', isActive: 'no' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/resources/rooms/r1',
        body: { capacity: 25, isActive: false },
        response: room('Yoga Room', { capacity: 25, isActive: false }),
      },
    ],
    expect: { id: 'r1', ...room('Yoga Room', { capacity: 25, isActive: false }) },
  },
  {
    key: 'delete_calendar_resource',
    input: { resourceType: 'equipments', id: 'r2' },
    requests: [{ method: 'DELETE', path: '/calendars/resources/equipments/r2', response: { success: true } }],
    expect: { resourceType: 'equipments', id: 'r2', deleted: true },
  },

  // ---------------------------------------------------------------- searches
  {
    key: 'find_calendar',
    input: { calendarId: 'cal1' },
    requests: [{ method: 'GET', path: '/calendars/cal1', response: { calendar: calendar('cal1') } }],
    expect: [calendar('cal1')],
  },
  {
    key: 'find_calendar',
    name: 'unknown id → no result',
    input: { calendarId: 'nope' },
    requests: [{ method: 'GET', path: '/calendars/nope', status: 404, response: { message: 'Calendar not found' } }],
    expect: [],
  },
  {
    key: 'find_appointment',
    input: { eventId: 'e1' },
    requests: [{ method: 'GET', path: '/calendars/events/appointments/e1', response: { event: event('e1') } }],
    expect: [event('e1')],
  },
  {
    key: 'find_appointment',
    name: 'unknown id → no result',
    input: { eventId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events/appointments/nope',
        status: 404,
        response: { message: 'Event not found' },
      },
    ],
    expect: [],
  },
];
