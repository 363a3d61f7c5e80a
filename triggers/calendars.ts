import { F } from '../lib/fields';
import { triggers, type B, type Field, type Req } from '../lib/op';
import { changeOutputs, withIsoTimes } from '../lib/items';
import { paging } from '../lib/paging';
import { DAY, InputError } from '../lib/values';

/**
 * Calendars & Appointments (calendars API, Version 2021-04-15). This file also exports what the area's actions and
 * searches share: samples, output labels and the dependent pickers (appointment ← calendar, note ← appointment,
 * notification ← calendar, resource ← resource type).
 */
export const V = '2021-04-15' as const;

// ---- samples, shaped like the spec's responses

export const GROUP_SAMPLE = { id: 'BqTwX8QFwXzpegMve9EQ', locationId: 've9EPM428h8vShlRW1KT', name: 'Sales Team', description: 'Demo calls', slug: 'sales', isActive: true };

export const CALENDAR_SAMPLE = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  name: 'Demo Call',
  description: '30-minute product demo',
  slug: 'demo-call',
  widgetSlug: 'demo-call',
  calendarType: 'round_robin',
  eventType: 'RoundRobin_OptimizeForAvailability',
  widgetType: 'classic',
  eventTitle: '{{contact.name}}',
  eventColor: '#039be5',
  teamMembers: [{ userId: 'YlWd2wuCAZQzh2cH1fVZ', priority: 0.5, isPrimary: true }],
  locationConfigurations: [{ kind: 'zoom_conference' }],
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  appoinmentPerSlot: 1,
  allowBookingAfter: 1,
  allowBookingAfterUnit: 'days',
  allowBookingFor: 30,
  allowBookingForUnit: 'days',
  openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: true,
  isActive: true,
};

export const CALENDAR_OUTPUTS = [
  { key: 'id', label: 'Calendar ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'calendarType', label: 'Calendar Type' },
  { key: 'groupId', label: 'Calendar Group ID' },
  { key: 'slug', label: 'Booking Slug' },
  { key: 'slotDuration', label: 'Slot Duration', type: 'number' },
  { key: 'slotDurationUnit', label: 'Slot Duration Unit' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
];

/** CalendarEventDTO (events, blocked slots, appointments). */
export const EVENT_SAMPLE = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  title: 'Demo call with Rosan',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: '9NkT25Vor1v4aQatFsv2',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  appointmentStatus: 'confirmed',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  users: ['YlWd2wuCAZQzh2cH1fVZ'],
  address: 'https://meet.google.com/yqp-gogr-wve',
  notes: 'Wants to see the reporting module.',
  description: 'Product demo',
  isRecurring: false,
  startTime: '2026-11-24T09:00:00-05:00',
  endTime: '2026-11-24T09:30:00-05:00',
  dateAdded: '2026-11-20T14:02:11.285Z',
  dateUpdated: '2026-11-20T14:02:11.285Z',
  assignedResources: [],
  createdBy: { userId: 'YlWd2wuCAZQzh2cH1fVZ', source: 'booking_widget' },
};

/** A blocked slot as the events endpoints list it (no contact or status). */
export const BLOCK_SAMPLE = {
  id: 'k2TbqA8HwZ1sLm3xYp0R',
  title: 'Lunch',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  locationId: 've9EPM428h8vShlRW1KT',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  startTime: '2026-11-24T12:00:00-05:00',
  endTime: '2026-11-24T13:00:00-05:00',
  dateAdded: '2026-11-20T14:02:11.285Z',
  dateUpdated: '2026-11-20T14:02:11.285Z',
};

export const EVENT_OUTPUTS = [
  { key: 'id', label: 'Event ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'appointmentStatus', label: 'Appointment Status' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'address', label: 'Meeting Address / Link' },
  { key: 'dateAdded', label: 'Booked At', type: 'datetime' },
  { key: 'dateUpdated', label: 'Updated At', type: 'datetime' },
  { key: 'masterEventId', label: 'Recurring Series ID' },
];

export const NOTE_SAMPLE = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'Asked for a follow-up next week.',
  userId: 'YlWd2wuCAZQzh2cH1fVZ',
  contactId: '9NkT25Vor1v4aQatFsv2',
  dateAdded: '2026-11-24T09:35:00.000Z',
  createdBy: { id: 'YlWd2wuCAZQzh2cH1fVZ', name: 'John Deo' },
};

export const NOTIFICATION_SAMPLE = {
  _id: '66f1a2b3c4d5e6f7a8b9c0d1',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  templateId: '0as9d8as0d',
  subject: 'Your demo is tomorrow',
  body: 'See you at {{appointment.start_time}}.',
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
  afterTime: [],
  additionalEmailIds: [],
  additionalPhoneNumbers: [],
  selectedUsers: [],
  deleted: false,
};

export const NOTIFICATION_OUTPUTS = [
  { key: 'id', label: 'Notification ID' },
  { key: 'notificationType', label: 'Notification Type' },
  { key: 'channel', label: 'Channel' },
  { key: 'receiverType', label: 'Recipient' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
];

export const RESOURCE_SAMPLE = {
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Yoga Room',
  resourceType: 'rooms',
  isActive: true,
  description: 'Second floor, 20 mats',
  quantity: 1,
  outOfService: 0,
  capacity: 20,
  calendarIds: ['Jsj0xnlDDjw0SuvX1J13'],
};

export const RESOURCE_OUTPUTS = [
  { key: 'id', label: 'Resource ID' },
  { key: 'name', label: 'Name' },
  { key: 'resourceType', label: 'Resource Type' },
  { key: 'description', label: 'Description' },
  { key: 'quantity', label: 'Quantity', type: 'number' },
  { key: 'outOfService', label: 'Out of Service', type: 'number' },
  { key: 'capacity', label: 'Capacity', type: 'number' },
  { key: 'calendarIds', label: 'Calendar IDs' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
];

// ---- pickers shared by the area's triggers and actions

/** Calendar that only narrows the appointment / blocked-slot dropdown of the same form (not sent). */
export const pickCalendar = (): Field =>
  F.calendar({ required: false, in: 'none', helpText: 'Pick the calendar to list its appointments below; not needed when you map an ID.' });

/** An appointment (event) of the chosen calendar, from the List Calendar Events trigger. */
export const appointmentPicker = (key: string, label = 'Appointment', opts: Partial<Field> = {}): Field => ({
  key,
  label,
  type: 'string',
  required: true,
  dynamic: 'calendar_events.id.label',
  helpText: 'Pick an appointment of the chosen calendar (from a day ago to 30 days ahead), or map an Event ID from an earlier step.',
  ...opts,
});

/** A blocked slot of the chosen calendar, from the List Blocked Slots trigger. */
export const blockedSlotPicker = (): Field => ({
  key: 'eventId',
  label: 'Blocked Slot',
  type: 'string',
  required: true,
  dynamic: 'calendar_blocked_slots.id.label',
  helpText: 'Pick a blocked slot of the chosen calendar, or map its Event ID from an earlier step.',
});

/** A note of the chosen appointment. */
export const notePicker = (): Field => ({
  key: 'noteId',
  label: 'Note',
  type: 'string',
  required: true,
  dynamic: 'appointment_notes.id.body',
  helpText: 'A note of the chosen appointment (pick the appointment first), or map a Note ID.',
});

/** A notification of the chosen calendar. */
export const notificationPicker = (): Field => ({
  key: 'notificationId',
  label: 'Notification',
  type: 'string',
  required: true,
  dynamic: 'calendar_notifications.id.label',
  helpText: 'A notification of the chosen calendar (pick the calendar first), or map a Notification ID.',
});

export const resourceType = (): Field =>
  F.choice('resourceType', 'Resource Type', { rooms: 'Room', equipments: 'Equipment' }, { required: true });

/** A room or equipment of the chosen type. */
export const resourcePicker = (): Field => ({
  key: 'id',
  label: 'Resource',
  type: 'string',
  required: true,
  dynamic: 'calendar_resources.id.name',
  helpText: 'A room or equipment of the chosen type (pick the type first), or map a Resource ID.',
});

// ---- time windows

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The epoch-ms window a time-window endpoint needs: the user's start / end (already epoch ms), else a rolling
 * window around now (`back` before, `ahead` after). Only a start given: the window runs `span` from it.
 */
const timeWindow = (label: string, start: unknown, end: unknown, back: number, ahead: number, span: number): [number, number] => {
  const now = Date.now();
  const s = start !== undefined ? Number(start) : now - back;
  const e = end !== undefined ? Number(end) : start !== undefined ? s + span : now + ahead;
  if (e <= s) throw new InputError(`${label}: the end (${iso(e)}) must be after the start (${iso(s)}). Fix the start or end date.`);
  return [s, e];
};

/**
 * Events and blocked slots: exactly one of calendar / team member / group (GHL's rule, stated only in the parameter
 * descriptions) — the most specific one given wins, since as a dropdown source a form may hold several — and a window
 * (a day back to 30 days ahead by default).
 */
const eventWindow = (label: string) => (req: Req) => {
  const q = req.query;
  if (!q.calendarId && !q.userId && !q.groupId) {
    throw new InputError(`${label} needs a Calendar, a Team Member or a Calendar Group to list from. Pick one of them.`);
  }
  if (q.calendarId) delete q.userId;
  if (q.calendarId || q.userId) delete q.groupId;
  [q.startTime, q.endTime] = timeWindow(label, q.startTime, q.endTime, DAY, 30 * DAY, 31 * DAY);
};

const eventFields = (what: string): Field[] => [
  F.calendar({ required: false, helpText: `Only ${what} of this calendar. Pick a calendar, a team member or a group (the calendar wins over the others, the team member over the group).` }),
  // Distinct input keys (the wire names stay userId / startTime / endTime) so this trigger, used as a dropdown in
  // forms that have their own userId or startTime, is not filtered by those values.
  F.user('ownerId', 'Team Member', { as: 'userId', helpText: `Only ${what} owned by this user.` }),
  F.calendarGroup({ required: false, helpText: `Only ${what} of calendars in this group.` }),
  F.millis('rangeStart', 'From', { required: false, as: 'startTime', helpText: 'Start of the time window (default: 1 day ago). Relative dates such as "yesterday" work.' }),
  F.millis('rangeEnd', 'Until', { required: false, as: 'endTime', helpText: 'End of the time window (default: 30 days from now, or 31 days after From).' }),
];

const EVENT_TIMES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'];
/** Dropdown label plus ISO twins of any epoch-ms times GHL returns. */
const eventItems = (items: any[]) =>
  items.map((e) => withIsoTimes({ ...e, label: `${e.title || 'Untitled'} (${e.startTime ?? 'no time'})` }, EVENT_TIMES));

/** Flattens GHL's free-slots map {"YYYY-MM-DD": {slots: [...]}, traceId} into one item per slot. */
const slotItems = (data: any, bundle: B) => {
  const calendarId = String(bundle.inputData.calendarId);
  return Object.entries<any>(data && typeof data === 'object' ? data : {})
    .filter(([date, v]) => /^\d{4}-\d{2}-\d{2}$/.test(date) && Array.isArray(v?.slots))
    .flatMap(([date, v]) => v.slots.map((slot: string) => ({ id: `${calendarId}-${slot}`, calendarId, date, startTime: slot })));
};

export default triggers([
  {
    key: 'calendar_groups',
    noun: 'Calendar Group',
    label: 'List Calendar Groups',
    help: 'Triggers when a calendar group is added to the sub-account. Also feeds the Calendar Group dropdown.',
    method: 'GET',
    path: '/calendars/groups',
    version: V,
    scopes: ['calendars/groups.readonly'],
    location: 'query',
    list: { key: 'groups', newest: false },
    sample: GROUP_SAMPLE,
    outputFields: [
      { key: 'id', label: 'Group ID' },
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description' },
      { key: 'slug', label: 'Slug' },
      { key: 'isActive', label: 'Active', type: 'boolean' },
    ],
  },
  {
    key: 'calendars',
    noun: 'Calendar',
    label: 'List Calendars',
    help: 'Triggers when a calendar is added to the sub-account (optionally within one group). Also feeds the Calendar dropdown.',
    method: 'GET',
    path: '/calendars/',
    version: V,
    scopes: ['calendars.readonly'],
    location: 'query',
    fields: [
      { ...F.calendarGroup({ required: false }), helpText: 'Only calendars of this group.' },
      F.boolean('showDrafted', 'Include Draft Calendars', { required: false }),
    ],
    list: { key: 'calendars', newest: false },
    sample: CALENDAR_SAMPLE,
    outputFields: CALENDAR_OUTPUTS,
  },
  {
    key: 'get_calendar',
    noun: 'Calendar',
    label: 'Get Calendar by ID',
    help: "Triggers when the chosen calendar's settings change (name, team, availability, durations…), with its full configuration.",
    method: 'GET',
    path: '/calendars/{calendarId}',
    version: V,
    scopes: ['calendars.readonly'],
    fields: [F.calendar()],
    // Calendars carry no update time: a content hash makes any settings change fire again.
    record: { key: 'calendar' },
    sample: { ...CALENDAR_SAMPLE, id: `${CALENDAR_SAMPLE.id}-5f2d9c1e8a7b6c4d`, recordId: CALENDAR_SAMPLE.id },
    outputFields: changeOutputs(CALENDAR_OUTPUTS, 'Calendar'),
  },
  {
    key: 'calendar_free_slots',
    noun: 'Free Slot',
    label: 'Get Free Slots',
    help: "Triggers for each bookable time slot of a calendar in a window (default: from now, the next 7 days; at most 31 days). Use it to offer or auto-book the next free time.",
    method: 'GET',
    path: '/calendars/{calendarId}/free-slots',
    version: V,
    scopes: ['calendars.readonly'],
    fields: [
      F.calendar(),
      F.millis('startDate', 'From', { required: false, helpText: 'First day to look at (default: now). Relative dates such as "tomorrow" work.' }),
      F.millis('endDate', 'Until', { required: false, helpText: 'Last moment to look at (default: 7 days after From). At most 31 days after From.' }),
      F.timezone('timezone', 'Timezone', { helpText: "Time zone the slots are given in (default: the calendar's)." }),
      F.user('userId', 'Team Member', { helpText: 'Only slots where this team member is free.' }),
      F.users('userIds', 'Team Members', { required: false, helpText: 'Only slots where these team members are free.' }),
    ],
    before: (req) => {
      const [s, e] = timeWindow('Get Free Slots', req.query.startDate, req.query.endDate, 0, 7 * DAY, 7 * DAY);
      if (e - s > 31 * DAY) {
        throw new InputError(
          `Get Free Slots can look at most 31 days at once; ${iso(s)} to ${iso(e)} is ${Math.ceil((e - s) / DAY)} days. Move "Until" closer to "From".`,
        );
      }
      Object.assign(req.query, { startDate: s, endDate: e });
    },
    perform: async (_z, bundle, req, send) => slotItems(await send(req), bundle),
    list: { newest: 'startTime' },
    sample: { id: 'ocQHyuzHvysMo5N5VsXc-2026-11-24T09:00:00-05:00', calendarId: 'ocQHyuzHvysMo5N5VsXc', date: '2026-11-24', startTime: '2026-11-24T09:00:00-05:00' },
    outputFields: [
      { key: 'startTime', label: 'Slot Start', type: 'datetime' },
      { key: 'date', label: 'Date' },
      { key: 'calendarId', label: 'Calendar ID' },
    ],
  },
  {
    key: 'calendar_events',
    noun: 'Appointment',
    label: 'List Calendar Events',
    help: 'Triggers when an appointment is booked on a calendar, a team member or a calendar group (within a window from a day ago to 30 days ahead unless you set one). Also feeds the Appointment dropdown.',
    method: 'GET',
    path: '/calendars/events',
    version: V,
    scopes: ['calendars/events.readonly'],
    location: 'query',
    fields: eventFields('appointments'),
    before: eventWindow('List Calendar Events'),
    list: { key: 'events', newest: 'dateAdded' },
    after: eventItems,
    sample: { ...EVENT_SAMPLE, label: 'Demo call with Rosan (2026-11-24T09:00:00-05:00)' },
    outputFields: EVENT_OUTPUTS,
  },
  {
    key: 'calendar_blocked_slots',
    noun: 'Blocked Slot',
    label: 'List Blocked Slots',
    help: 'Triggers when time is blocked on a calendar or for a team member (within a window from a day ago to 30 days ahead unless you set one). Also feeds the Blocked Slot dropdown.',
    method: 'GET',
    path: '/calendars/blocked-slots',
    version: V,
    scopes: ['calendars/events.readonly'],
    location: 'query',
    fields: eventFields('blocked slots'),
    before: eventWindow('List Blocked Slots'),
    list: { key: 'events', newest: 'dateAdded' },
    after: eventItems,
    sample: { ...BLOCK_SAMPLE, label: 'Lunch (2026-11-24T12:00:00-05:00)' },
    outputFields: EVENT_OUTPUTS.filter((o) => !['contactId', 'appointmentStatus', 'address'].includes(o.key)),
  },
  {
    key: 'get_appointment',
    noun: 'Appointment',
    label: 'Get Appointment',
    help: 'Triggers when the chosen appointment changes (rescheduled, status, assignee, notes), with its full record. For a recurring series use its master event ID.',
    method: 'GET',
    path: '/calendars/events/appointments/{eventId}',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [pickCalendar(), appointmentPicker('eventId')],
    record: { key: 'event', changedBy: 'dateUpdated' },
    after: (items) => items.map((e: any) => withIsoTimes(e, EVENT_TIMES)),
    sample: { ...EVENT_SAMPLE, id: `${EVENT_SAMPLE.id}-${EVENT_SAMPLE.dateUpdated}`, recordId: EVENT_SAMPLE.id },
    outputFields: changeOutputs(EVENT_OUTPUTS, 'Event'),
  },
  {
    key: 'appointment_notes',
    noun: 'Note',
    label: 'List Appointment Notes',
    help: 'Triggers when a note is added to the chosen appointment. Also feeds the Note dropdown.',
    method: 'GET',
    path: '/calendars/appointments/{appointmentId}/notes',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [pickCalendar(), appointmentPicker('appointmentId')],
    paging: paging.offset(20), // GHL's maximum limit for notes
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
  },
  {
    key: 'calendar_notifications',
    noun: 'Notification',
    label: 'List Calendar Notifications',
    help: 'Triggers when a notification (confirmation, reminder, follow-up…) is added to the chosen calendar. Also feeds the Notification dropdown.',
    method: 'GET',
    path: '/calendars/{calendarId}/notifications',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [
      F.calendar(),
      // Own input keys: the Update Notification form (where this trigger is the dropdown) has isActive / deleted fields.
      F.boolean('activeFilter', 'Active', { required: false, as: 'isActive', helpText: 'Yes: only active notifications; No: only inactive ones; empty: both.' }),
      F.boolean('deletedFilter', 'Deleted', { required: false, as: 'deleted', helpText: 'Yes: only deleted notifications.' }),
    ],
    paging: paging.skip(100),
    list: { id: '_id', newest: false },
    after: (items) => items.map((n: any) => ({ ...n, label: `${n.notificationType ?? 'notification'} by ${n.channel ?? '?'} to ${n.receiverType ?? '?'}` })),
    sample: { ...NOTIFICATION_SAMPLE, id: NOTIFICATION_SAMPLE._id, label: 'reminder by email to contact' },
    outputFields: NOTIFICATION_OUTPUTS,
  },
  {
    key: 'get_calendar_notification',
    noun: 'Notification',
    label: 'Get Calendar Notification',
    help: 'Triggers when the chosen calendar notification changes (text, timing, recipients, active or deleted).',
    method: 'GET',
    path: '/calendars/{calendarId}/notifications/{notificationId}',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [F.calendar(), notificationPicker()],
    // No update time on notifications: a content hash makes any change fire again.
    record: { id: '_id' },
    sample: { ...NOTIFICATION_SAMPLE, id: `${NOTIFICATION_SAMPLE._id}-0c9b8a7d6e5f4a3b`, recordId: NOTIFICATION_SAMPLE._id },
    outputFields: changeOutputs(NOTIFICATION_OUTPUTS, 'Notification'),
  },
  {
    key: 'calendar_resources',
    noun: 'Resource',
    label: 'List Calendar Resources',
    help: 'Triggers when a room or piece of equipment is added to the sub-account. Also feeds the Resource dropdown.',
    method: 'GET',
    path: '/calendars/resources/{resourceType}',
    version: V,
    scopes: ['calendars/resources.readonly'],
    location: 'query',
    fields: [resourceType()],
    paging: paging.skip(100),
    // The spec's item schema has no id: GHL's own id is used when present, else a content hash (lib/items).
    list: { newest: false },
    sample: { ...RESOURCE_SAMPLE, id: '6710c9e1f2a3b4c5d6e7f809' },
    outputFields: RESOURCE_OUTPUTS,
  },
  {
    key: 'get_calendar_resource',
    noun: 'Resource',
    label: 'Get Calendar Resource',
    help: 'Triggers when the chosen room or equipment changes (name, quantity, capacity, calendars, out of service).',
    method: 'GET',
    path: '/calendars/resources/{resourceType}/{id}',
    version: V,
    scopes: ['calendars/resources.readonly'],
    fields: [resourceType(), resourcePicker()],
    // The spec's record has no id field: keep the id that was asked for, so the dedupe id is that id + content hash.
    perform: async (_z, bundle, req, send) => {
      const r = await send(req);
      return r && typeof r === 'object' && Object.keys(r).length && r.id === undefined && r._id === undefined ? { ...r, id: String(bundle.inputData.id) } : r;
    },
    record: {},
    sample: { ...RESOURCE_SAMPLE, id: '6710c9e1f2a3b4c5d6e7f809-7a6b5c4d3e2f1a0b', recordId: '6710c9e1f2a3b4c5d6e7f809' },
    outputFields: changeOutputs(RESOURCE_OUTPUTS, 'Resource'),
  },
]);
