import { F } from '../lib/fields';
import { changeOutputs, withIsoTimes, ShapeError, changeSample } from '../lib/items';
import { triggers, type B, type Field, type Req, trigger, type GhlRecord } from '../lib/op';
import { cleanText } from '../lib/normalize';
import { paging } from '../lib/paging';
import { DAY, HOUR, InputError, isEmpty } from '../lib/values';
import {
  V,
  freeSlotsOf,
  GROUP_OUTPUTS,
  GROUP_SAMPLE,
  CALENDAR_SAMPLE,
  CALENDAR_OUTPUTS,
  EVENT_SAMPLE,
  BLOCK_SAMPLE,
  EVENT_OUTPUTS,
  NOTE_SAMPLE,
  NOTIFICATION_SAMPLE,
  NOTIFICATION_OUTPUTS,
  RESOURCE_SAMPLE,
  RESOURCE_OUTPUTS,
  pickCalendar,
  appointmentPicker,
  notificationPicker,
  resourceType,
  resourcePicker,
} from '../areas/calendars';

// ---- time windows

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The epoch-ms window a time-window endpoint needs: the user's start / end (already epoch ms), else a rolling
 * window around now (`back` before, `ahead` after). Only a start given: the window runs `span` from it.
 */
const timeWindow = (
  label: string,
  start: unknown,
  end: unknown,
  back: number,
  ahead: number,
  span: number,
): [number, number] => {
  const now = Date.now();
  const s = start !== undefined ? Number(start) : now - back;
  const e = end !== undefined ? Number(end) : start !== undefined ? s + span : now + ahead;
  if (e <= s)
    throw new InputError(
      `${label}: the end (${iso(e)}) must be after the start (${iso(s)}). Fix the start or end date.`,
    );
  return [s, e];
};

/**
 * Events and blocked slots: exactly one of calendar / team member / group (GHL's rule, stated only in the parameter
 * descriptions) — the most specific one given is sent, and `eventItems` filters by the others — and a window (a day
 * back to 30 days ahead by default).
 */
const eventWindow = (label: string) => (req: Req) => {
  const q = req.query;
  if (!q.calendarId && !q.userId && !q.groupId) {
    throw new InputError(
      `${label} needs a Calendar, a Team Member or a Calendar Group to list from. Pick one of them.`,
    );
  }
  if (q.calendarId) delete q.userId;
  if (q.calendarId || q.userId) delete q.groupId;
  [q.startTime, q.endTime] = timeWindow(label, q.startTime, q.endTime, DAY, 30 * DAY, 31 * DAY);
};

const eventFields = (): Field[] => [
  F.calendar({ required: false, helpText: 'Or a team member or group.' }),
  // Distinct input keys (the wire names stay userId / startTime / endTime) so this trigger, used as a dropdown in
  // forms that have their own userId or startTime, is not filtered by those values.
  F.user('ownerId', 'Team Member', { as: 'userId' }),
  F.calendarGroup({ required: false }),
  F.millis('rangeStart', 'From', { required: false, as: 'startTime', helpText: 'Default: 1 day ago.' }),
  F.millis('rangeEnd', 'Until', { required: false, as: 'endTime', helpText: 'Default: 30 days from now.' }),
];

const EVENT_TIMES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'];

/**
 * The events of every choice the step was given: GHL lists by one of calendar / team member / group (eventWindow sends
 * the most specific), so a Team Member or Calendar Group given beside it filters what GHL returns instead of being
 * dropped. Then a dropdown label and ISO twins of the epoch-ms times.
 */
const eventItems = (items: GhlRecord[], bundle: B) => {
  const [calendar, owner, group] = ['calendarId', 'ownerId', 'groupId'].map((k) =>
    isEmpty(bundle.inputData[k]) ? '' : cleanText(bundle.inputData[k]),
  );
  const byOwner = calendar && owner;
  const byGroup = (calendar || owner) && group;
  return items
    .filter(
      (e) =>
        (!byOwner || e.assignedUserId === owner || (Array.isArray(e.users) && e.users.includes(owner))) &&
        (!byGroup || e.groupId === group),
    )
    .map((e) => withIsoTimes({ ...e, label: `${e.title || 'Untitled'} (${e.startTime ?? 'no time'})` }, EVENT_TIMES));
};

/** One item per slot of GHL's free-slots map (freeSlotsOf), its id the calendar and the slot's start. */
const slotItems = (data: unknown, bundle: B) => {
  const calendarId = cleanText(bundle.inputData.calendarId); // as the request sent it
  return freeSlotsOf(data).map(({ date, start }) => ({
    id: `${calendarId}-${start}`,
    calendarId,
    date,
    startTime: start,
  }));
};

export default triggers([
  trigger({
    key: 'calendar_groups',
    noun: 'Calendar Group',
    label: 'New Calendar Group',
    apiLabel: 'List Calendar Groups',
    help: 'Triggers when a calendar group is added.',
    method: 'GET',
    path: '/calendars/groups',
    version: V,
    scopes: ['calendars/groups.readonly'],
    location: 'query',
    list: { key: 'groups', newest: false },
    sample: GROUP_SAMPLE,
    outputFields: GROUP_OUTPUTS,
  }),
  trigger({
    key: 'calendars',
    noun: 'Calendar',
    label: 'New Calendar',
    apiLabel: 'List Calendars',
    help: 'Triggers when a calendar is added.',
    method: 'GET',
    path: '/calendars/',
    version: V,
    scopes: ['calendars.readonly'],
    location: 'query',
    fields: [
      F.calendarGroup({ required: false }),
      F.boolean('showDrafted', 'Include Draft Calendars', { required: false }),
    ],
    list: { key: 'calendars', newest: false },
    sample: CALENDAR_SAMPLE,
    outputFields: CALENDAR_OUTPUTS,
  }),
  trigger({
    key: 'get_calendar',
    noun: 'Calendar',
    label: 'Calendar Settings Changed',
    apiLabel: 'Get Calendar by ID',
    help: "Triggers when the chosen calendar's settings change.",
    method: 'GET',
    path: '/calendars/{calendarId}',
    version: V,
    scopes: ['calendars.readonly'],
    fields: [F.calendar()],
    // Calendars carry no update time: a content hash makes any settings change fire again.
    record: { key: 'calendar' },
    sample: changeSample(CALENDAR_SAMPLE, '5f2d9c1e8a7b6c4d'),
    outputFields: changeOutputs(CALENDAR_OUTPUTS, 'Calendar'),
  }),
  trigger({
    key: 'calendar_free_slots',
    noun: 'Free Slot',
    label: 'New Free Slot',
    apiLabel: 'Get Free Slots',
    help: 'Triggers when a free slot of the chosen calendar is found.',
    method: 'GET',
    path: '/calendars/{calendarId}/free-slots',
    version: V,
    scopes: ['calendars.readonly'],
    fields: [
      F.calendar(),
      F.millis('startDate', 'From', { required: false, helpText: 'Default: now.' }),
      F.millis('endDate', 'Until', { required: false, helpText: 'Default: 7 days after From (at most 31).' }),
      F.timezone('timezone', 'Timezone', { helpText: "Default: the calendar's." }),
      F.user('userId', 'Team Member'),
      F.users('userIds', 'Team Members', {
        required: false,
      }),
    ],
    before: (req) => {
      const [s, e] = timeWindow('New Free Slot', req.query.startDate, req.query.endDate, 0, 7 * DAY, 7 * DAY);
      if (e - s > 31 * DAY) {
        throw new InputError(
          `New Free Slot can look at most 31 days at once; ${iso(s)} to ${iso(e)} is ${Math.ceil((e - s) / DAY)} days. Move "Until" closer to "From".`,
        );
      }
      Object.assign(req.query, { startDate: s, endDate: e });
    },
    perform: async (_z, bundle, req, send) => slotItems(await send(req), bundle),
    list: { newest: 'startTime' },
    sample: {
      id: 'sV3BiXrjzbfo1tSUdyHO-2026-11-24T09:00:00-05:00',
      calendarId: 'sV3BiXrjzbfo1tSUdyHO',
      date: '2026-11-24',
      startTime: '2026-11-24T09:00:00-05:00',
    },
    outputFields: [
      { key: 'startTime', label: 'Start Time', type: 'datetime' },
      { key: 'date', label: 'Date' },
      { key: 'calendarId', label: 'Calendar ID' },
    ],
  }),
  trigger({
    key: 'calendar_events',
    noun: 'Appointment',
    label: 'Appointment Booked',
    apiLabel: 'List Calendar Events',
    help: 'Triggers when an appointment is booked on a calendar, user or group.',
    method: 'GET',
    path: '/calendars/events',
    version: V,
    scopes: ['calendars/events.readonly'],
    location: 'query',
    fields: eventFields(),
    before: eventWindow('Appointment Booked'),
    list: { key: 'events', newest: 'dateAdded' },
    after: eventItems,
    sample: { ...EVENT_SAMPLE, label: 'Demo call with Rosan (2026-11-24T09:00:00-05:00)' },
    outputFields: EVENT_OUTPUTS,
  }),
  trigger({
    key: 'calendar_blocked_slots',
    noun: 'Blocked Slot',
    label: 'New Blocked Slot',
    apiLabel: 'List Blocked Slots',
    help: 'Triggers when time is blocked on a calendar or for a team member.',
    method: 'GET',
    path: '/calendars/blocked-slots',
    version: V,
    scopes: ['calendars/events.readonly'],
    location: 'query',
    fields: eventFields(),
    before: eventWindow('New Blocked Slot'),
    list: { key: 'events', newest: 'dateAdded' },
    after: eventItems,
    sample: { ...BLOCK_SAMPLE, label: 'Lunch (2026-11-24T12:00:00-05:00)' },
    outputFields: EVENT_OUTPUTS.filter((o) => !['contactId', 'appointmentStatus', 'address'].includes(o.key)),
  }),
  trigger({
    key: 'get_appointment',
    noun: 'Appointment',
    label: 'Appointment Updated',
    apiLabel: 'Get Appointment',
    help: 'Triggers when the chosen appointment changes.',
    method: 'GET',
    path: '/calendars/events/appointments/{eventId}',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [pickCalendar(), appointmentPicker('eventId')],
    record: { key: 'event', changedBy: 'dateUpdated' },
    after: (items) => items.map((e: GhlRecord) => withIsoTimes(e, EVENT_TIMES)),
    sample: changeSample(EVENT_SAMPLE, EVENT_SAMPLE.dateUpdated),
    outputFields: changeOutputs(EVENT_OUTPUTS, 'Appointment'),
  }),
  trigger({
    key: 'appointment_notes',
    noun: 'Note',
    label: 'New Appointment Note',
    apiLabel: 'List Appointment Notes',
    help: 'Triggers when a note is added to the chosen appointment.',
    method: 'GET',
    path: '/calendars/appointments/{appointmentId}/notes',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [pickCalendar(), appointmentPicker('appointmentId')],
    paging: paging.offset(20), // GHL's maximum limit for notes
    poll: { time: 'dateAdded' },
    list: { key: 'notes', newest: 'dateAdded' },
    sample: NOTE_SAMPLE,
    outputFields: [
      { key: 'id', label: 'Note ID' },
      { key: 'body', label: 'Note' },
      { key: 'userId', label: 'Author User ID' },
      { key: 'createdBy__name', label: 'Author Name' },
      { key: 'contactId', label: 'Contact ID' },
      { key: 'dateAdded', label: 'Added At', type: 'datetime' },
    ],
  }),
  trigger({
    key: 'calendar_notifications',
    noun: 'Notification',
    label: 'New Calendar Notification',
    apiLabel: 'List Calendar Notifications',
    help: 'Triggers when a notification is added to the chosen calendar.',
    method: 'GET',
    path: '/calendars/{calendarId}/notifications',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [
      F.calendar(),
      // Own input keys: the Update Calendar Notification form (where this trigger is the dropdown) has isActive / deleted fields.
      F.boolean('activeFilter', 'Active', {
        required: false,
        as: 'isActive',
        helpText: 'Empty: both.',
      }),
      F.boolean('deletedFilter', 'Deleted', {
        required: false,
        as: 'deleted',
      }),
    ],
    paging: paging.skip(100),
    poll: {},
    list: { id: '_id', newest: false },
    after: (items) =>
      items.map((n: GhlRecord) => ({
        ...n,
        label: `${n.notificationType ?? 'notification'} by ${n.channel ?? '?'} to ${n.receiverType ?? '?'}`,
      })),
    sample: { ...NOTIFICATION_SAMPLE, id: NOTIFICATION_SAMPLE._id, label: 'reminder by email to contact' },
    outputFields: NOTIFICATION_OUTPUTS,
  }),
  trigger({
    key: 'get_calendar_notification',
    noun: 'Notification',
    label: 'Calendar Notification Updated',
    apiLabel: 'Get Calendar Notification',
    help: 'Triggers when the chosen calendar notification changes.',
    method: 'GET',
    path: '/calendars/{calendarId}/notifications/{notificationId}',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [F.calendar(), notificationPicker()],
    // No update time on notifications: a content hash makes any change fire again.
    record: { id: '_id' },
    sample: {
      ...NOTIFICATION_SAMPLE,
      id: `${NOTIFICATION_SAMPLE._id}-0c9b8a7d6e5f4a3b`,
      recordId: NOTIFICATION_SAMPLE._id,
    },
    outputFields: changeOutputs(NOTIFICATION_OUTPUTS, 'Notification'),
  }),
  trigger({
    key: 'calendar_resources',
    noun: 'Resource',
    label: 'New Calendar Resource',
    apiLabel: 'List Calendar Resources',
    help: 'Triggers when a room or piece of equipment is added.',
    method: 'GET',
    path: '/calendars/resources/{resourceType}',
    version: V,
    scopes: ['calendars/resources.readonly'],
    location: 'query',
    fields: [resourceType()],
    paging: paging.skip(100),
    poll: {},
    // The spec's item schema has no id: GHL's own id is used when present, else a content hash (lib/items).
    list: { newest: false },
    sample: RESOURCE_SAMPLE,
    outputFields: RESOURCE_OUTPUTS,
  }),
  trigger({
    key: 'get_calendar_resource',
    noun: 'Resource',
    label: 'Calendar Resource Updated',
    apiLabel: 'Get Calendar Resource',
    help: 'Triggers when the chosen room or equipment changes.',
    method: 'GET',
    path: '/calendars/resources/{resourceType}/{id}',
    version: V,
    scopes: ['calendars/resources.readonly'],
    fields: [resourceType(), resourcePicker()],
    // The spec's record has no id field: keep the id that was asked for, so the dedupe id is that id + content hash.
    // Without an id to check, the spec's required `name` tells a resource from some other answer (never a fake item).
    perform: async (_z, bundle, req, send) => {
      const r = await send(req);
      if (!r || typeof r !== 'object' || (r.id === undefined && r._id === undefined && typeof r.name !== 'string'))
        throw new ShapeError('had no calendar resource');
      return r.id === undefined && r._id === undefined ? { ...r, id: cleanText(bundle.inputData.id) } : r;
    },
    record: {},
    sample: changeSample(RESOURCE_SAMPLE, '7a6b5c4d3e2f1a0b'),
    outputFields: changeOutputs(RESOURCE_OUTPUTS, 'Resource'),
  }),
  trigger({
    key: 'new_appointment',
    noun: 'Appointment',
    label: 'New Appointment',
    help: 'Triggers when an appointment is booked on the chosen calendar.',
    method: 'GET',
    path: '/calendars/events',
    version: '2021-04-15',
    scopes: ['calendars/events.readonly'],
    location: 'query',
    fields: [F.calendar()],
    // startTime / endTime are required epoch-ms strings: a rolling window, from the start of the hour (stable within
    // an hour, so repeated polls ask the same thing) minus a day, to 90 days ahead.
    before: (req) => {
      const hour = Math.floor(Date.now() / HOUR) * HOUR;
      req.query.startTime = String(hour - DAY);
      req.query.endTime = String(hour + 90 * DAY);
    },
    list: { key: 'events', newest: 'dateAdded' },
    // CalendarEventDTO: `appointmentStatus` only, not the `status` of the contact appointments' sample.
    sample: EVENT_SAMPLE,
    outputFields: EVENT_OUTPUTS,
  }),
]);
