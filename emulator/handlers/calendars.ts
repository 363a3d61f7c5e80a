import { badRequest, notFound, unprocessable } from '../errors';
import { ghlId } from '../ids';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapOk, wrapRecord } from '../shape';
import type { Rec } from '../store';
import { crud, fieldsOf, itemOf, mustGet, newRecord, ofLocation, touch, type Resource } from './common';

const DAY = 86_400_000;

const calendars: Resource = {
  coll: 'calendars',
  noun: 'Calendar',
  id: 'calendarId',
  filters: ['groupId'],
  defaults: () => ({
    isActive: true,
    slotDuration: 30,
    slotDurationUnit: 'mins',
    slotInterval: 30,
    teamMembers: [],
    calendarType: 'event',
  }),
  list: 'GET /calendars/',
  create: 'POST /calendars/',
  get: 'GET /calendars/{calendarId}',
  update: 'PUT /calendars/{calendarId}',
  remove: 'DELETE /calendars/{calendarId}',
};

const groups: Resource = {
  coll: 'calendarGroups',
  noun: 'Group',
  id: 'groupId',
  defaults: () => ({ isActive: true }),
  list: 'GET /calendars/groups',
  create: 'POST /calendars/groups',
  update: 'PUT /calendars/groups/{groupId}',
  remove: 'DELETE /calendars/groups/{groupId}',
};

/**
 * GHL stamps an appointment note with the appointment's contact and its author, the token's user (GetNoteSchema
 * `contactId`, `createdBy: {id, name}`); the seed's notes get the same (seed.ts).
 */
export const appointmentNoteStamps = (
  get: (coll: string, id: string) => Rec | undefined,
  appointmentId: string,
  userId: string,
) => {
  const name = get('users', userId)?.name;
  return {
    contactId: get('appointments', appointmentId)?.contactId,
    createdBy: { id: userId, ...(name ? { name } : {}) },
  };
};

const appointmentNotes: Resource = {
  coll: 'appointmentNotes',
  noun: 'Note',
  id: 'noteId',
  parent: { param: 'appointmentId', coll: 'appointments', noun: 'Appointment' },
  defaults: (ctx) => appointmentNoteStamps((c, id) => ctx.store.get(c, id), ctx.params.appointmentId, ctx.grant.userId),
  list: 'GET /calendars/appointments/{appointmentId}/notes',
  create: 'POST /calendars/appointments/{appointmentId}/notes',
  update: 'PUT /calendars/appointments/{appointmentId}/notes/{noteId}',
  remove: 'DELETE /calendars/appointments/{appointmentId}/notes/{noteId}',
};

const notifications: Resource = {
  coll: 'calendarNotifications',
  noun: 'Notification',
  id: 'notificationId',
  parent: { param: 'calendarId', coll: 'calendars', noun: 'Calendar' },
  defaults: () => ({ isActive: true, deleted: false, additionalEmailIds: [], additionalPhoneNumbers: [] }),
  list: 'GET /calendars/{calendarId}/notifications',
  create: 'POST /calendars/{calendarId}/notifications',
  get: 'GET /calendars/{calendarId}/notifications/{notificationId}',
};

const resources: Resource = {
  coll: 'calendarResources',
  noun: 'Resource',
  id: 'id',
  scope: ['resourceType'],
  defaults: () => ({ isActive: true, quantity: 1, outOfService: 0, capacity: 1, calendarIds: [] }),
  list: 'GET /calendars/resources/{resourceType}',
  create: 'POST /calendars/resources/{resourceType}',
  get: 'GET /calendars/resources/{resourceType}/{id}',
  update: 'PUT /calendars/resources/{resourceType}/{id}',
  remove: 'DELETE /calendars/resources/{resourceType}/{id}',
};

/** Calendar times arrive as ISO text with an offset, or (windows) as epoch milliseconds in text. */
const millis = (v: unknown): number => {
  if (v === undefined || v === null || v === '') return NaN;
  return /^\d+$/.test(String(v)) ? Number(v) : Date.parse(String(v));
};

const overlaps = (a: Rec, start: number, end: number) => millis(a.startTime) < end && millis(a.endTime) > start;

/** Events that occupy a calendar: appointments and block slots. */
const busy = (ctx: Ctx, calendarId: string) =>
  [...ofLocation(ctx, 'appointments'), ...ofLocation(ctx, 'blockSlots')].filter(
    (e) => e.calendarId === calendarId && e.appointmentStatus !== 'cancelled',
  );

/**
 * GET /calendars/{id}/free-slots: a map keyed by day, `{"2026-11-24": {"slots": [ISO, ...]}}`, from the calendar's
 * open hours (UTC here) minus booked time. GHL caps the window at 31 days.
 */
const freeSlots = (ctx: Ctx) => {
  const cal = mustGet(ctx, 'calendars', ctx.params.calendarId, 'Calendar');
  const start = millis(ctx.query.get('startDate'));
  const end = millis(ctx.query.get('endDate'));
  if (!Number.isFinite(start) || !Number.isFinite(end))
    throw unprocessable(['startDate must be a number', 'endDate must be a number']);
  if (end < start) throw badRequest('endDate must be after startDate');
  if (end - start > 31 * DAY) throw badRequest('Date range cannot be more than 31 days');
  const step = (Number(cal.slotInterval ?? cal.slotDuration) || 30) * 60_000;
  const length = (Number(cal.slotDuration) || 30) * 60_000;
  const hours = cal.openHours ?? [
    { daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] },
  ];
  const taken = busy(ctx, cal.id);
  const out: Record<string, unknown> = {};
  for (let day = Math.floor(start / DAY) * DAY; day <= end; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    const slots: string[] = [];
    for (const oh of hours) {
      if (!oh.daysOfTheWeek?.includes(weekday)) continue;
      for (const h of oh.hours ?? []) {
        const open = day + (h.openHour * 60 + (h.openMinute ?? 0)) * 60_000;
        const close = day + (h.closeHour * 60 + (h.closeMinute ?? 0)) * 60_000;
        for (let t = open; t + length <= close; t += step) {
          if (t >= start && t <= end && !taken.some((e) => overlaps(e, t, t + length)))
            slots.push(new Date(t).toISOString().replace('.000Z', '+00:00'));
        }
      }
    }
    if (slots.length) out[new Date(day).toISOString().slice(0, 10)] = { slots };
  }
  return { ...out, traceId: ghlId(36) };
};

/** GET /calendars/events and /calendars/blocked-slots: one of calendarId, userId, groupId, within a window. */
const eventsIn = (coll: string) => (ctx: Ctx) => {
  const start = millis(ctx.query.get('startTime'));
  const end = millis(ctx.query.get('endTime'));
  const calendarId = ctx.query.get('calendarId');
  const userId = ctx.query.get('userId');
  const groupId = ctx.query.get('groupId');
  if (!calendarId && !userId && !groupId) throw unprocessable(['Either calendarId, userId or groupId is required']);
  const inGroup = new Set(
    ofLocation(ctx, 'calendars')
      .filter((c) => c.groupId === groupId)
      .map((c) => c.id),
  );
  const events = ofLocation(ctx, coll)
    .filter(
      (e) =>
        (!calendarId || e.calendarId === calendarId) &&
        (!userId || e.assignedUserId === userId) &&
        (!groupId || inGroup.has(e.calendarId)),
    )
    .filter((e) => overlaps(e, start, end))
    .sort((a, b) => millis(a.startTime) - millis(b.startTime));
  return wrapList(ctx.op, events);
};

/** Keys of a booking request that are instructions (which sub-account, what to check, whom to notify), not appointment fields. */
const NOT_STORED = ['locationId', 'ignoreFreeSlotValidation', 'ignoreDateRange', 'toNotify', 'overrideLocationConfig'];

/** Bookings must fit a free slot unless the caller says to skip the check (as GHL's UI can). */
const book = (ctx: Ctx, rec: Rec, body: Record<string, any>) => {
  const cal = mustGet(ctx, 'calendars', rec.calendarId, 'Calendar');
  const start = millis(rec.startTime);
  if (!Number.isFinite(start)) throw unprocessable(['startTime must be a valid ISO 8601 date string']);
  if (!rec.endTime) rec.endTime = new Date(start + (Number(cal.slotDuration) || 30) * 60_000).toISOString();
  if (
    !body.ignoreFreeSlotValidation &&
    busy(ctx, cal.id).some((e) => e.id !== rec.id && overlaps(e, start, millis(rec.endTime)))
  ) {
    throw badRequest('The slot you have selected is no longer available.');
  }
  return rec;
};

const appointmentOf = (ctx: Ctx) => mustGet(ctx, 'appointments', ctx.params.eventId, 'Appointment');

/** A block slot needs both ends (GHL's validator words). */
const checkedBlock = (rec: Rec) => {
  const bad = (['startTime', 'endTime'] as const).filter((k) => !Number.isFinite(millis(rec[k])));
  if (bad.length) throw unprocessable(bad.map((k) => `${k} must be a valid ISO 8601 date string`));
  return rec;
};

export const calendarRoutes: Routes = {
  ...crud(calendars),
  ...crud(groups),
  ...crud(appointmentNotes),
  ...crud(notifications),
  ...crud(resources),
  'PUT /calendars/groups/{groupId}/status': (ctx) => {
    touch(ctx, itemOf(ctx, groups), { isActive: !!ctx.body.isActive });
    return wrapOk(ctx.op);
  },
  'POST /calendars/groups/validate-slug': (ctx) => ({
    available: !ofLocation(ctx, 'calendarGroups').some((g) => g.slug === ctx.body.slug),
  }),
  // GHL answers notification updates and deletes with a message, not the record.
  'PUT /calendars/{calendarId}/notifications/{notificationId}': (ctx) => {
    touch(ctx, itemOf(ctx, notifications), fieldsOf(ctx.body));
    return { message: 'Notification updated successfully' };
  },
  'DELETE /calendars/{calendarId}/notifications/{notificationId}': (ctx) => {
    ctx.store.remove('calendarNotifications', itemOf(ctx, notifications).id);
    return { message: 'Notification deleted successfully' };
  },

  'GET /calendars/{calendarId}/free-slots': freeSlots,
  'GET /calendars/events': eventsIn('appointments'),
  'GET /calendars/blocked-slots': eventsIn('blockSlots'),

  'POST /calendars/events/appointments': (ctx) => {
    mustGet(ctx, 'contacts', ctx.body.contactId, 'Contact');
    const fields = fieldsOf(ctx.body, NOT_STORED);
    const rec = book(
      ctx,
      newRecord(ctx, { appointmentStatus: 'confirmed', isRecurring: false, users: [], ...fields }, [
        'dateAdded',
        'dateUpdated',
      ]),
      ctx.body,
    );
    return wrapRecord(ctx.op, ctx.store.insert('appointments', rec));
  },
  'GET /calendars/events/appointments/{eventId}': (ctx) => wrapRecord(ctx.op, appointmentOf(ctx)),
  'PUT /calendars/events/appointments/{eventId}': (ctx) => {
    const rec = appointmentOf(ctx);
    const fields = fieldsOf(ctx.body, NOT_STORED);
    const next = book(ctx, { ...rec, ...fields }, ctx.body);
    return wrapRecord(ctx.op, touch(ctx, rec, next));
  },
  'DELETE /calendars/events/{eventId}': (ctx) => {
    const removed =
      ctx.store.remove('appointments', ctx.params.eventId) ?? ctx.store.remove('blockSlots', ctx.params.eventId);
    if (!removed) throw notFound(ctx.op, 'Event');
    return wrapOk(ctx.op);
  },
  'POST /calendars/events/block-slots': (ctx) => {
    const rec = checkedBlock(newRecord(ctx, fieldsOf(ctx.body, ['locationId']), ['dateAdded', 'dateUpdated']));
    return wrapRecord(ctx.op, ctx.store.insert('blockSlots', rec));
  },
  'PUT /calendars/events/block-slots/{eventId}': (ctx) => {
    const rec = mustGet(ctx, 'blockSlots', ctx.params.eventId, 'Event');
    return wrapRecord(ctx.op, touch(ctx, rec, checkedBlock({ ...rec, ...fieldsOf(ctx.body, ['locationId']) })));
  },
};
