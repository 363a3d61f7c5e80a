import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { type Field, type GhlRecord } from '../lib/op';

/**
 * Calendars & Appointments (calendars API, Version 2021-04-15). This file also exports what the area's actions and
 * searches share: samples, output labels and the dependent pickers (appointment ← calendar, note ← appointment,
 * notification ← calendar, resource ← resource type).
 */
export const V = '2021-04-15' as const;

/**
 * The slots of a GET /calendars/{calendarId}/free-slots answer, a map keyed by date ({"2026-11-24": {slots: [...]},
 * traceId}; GoHighLevel/highlevel-api-docs apps/calendars.json "get-slots": "Availability map keyed by date"), earliest
 * first, for New Free Slot and Find Free Slot. Only date keys (and traceId) belong in it: anything else (a list, null,
 * an error body) is not a free-slot map, and "no slot" would then be a guess (issue 11). A day without a slot list and
 * a slot that is no date-time are skipped.
 */
export const freeSlotsOf = (data: unknown): Array<{ date: string; start: string; t: number }> => {
  const keys =
    data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).filter((k) => k !== 'traceId') : null;
  if (!keys || keys.some((k) => !/^\d{4}-\d{2}-\d{2}$/.test(k)))
    throw new ShapeError('was not a map of dates to free slots');
  return Object.entries<GhlRecord>(data as Record<string, GhlRecord>)
    .filter(([date, v]) => date !== 'traceId' && Array.isArray(v?.slots))
    .flatMap(([date, v]) => (v.slots as unknown[]).map((s) => ({ date, start: String(s), t: Date.parse(String(s)) })))
    .filter((s) => Number.isFinite(s.t))
    .sort((a, b) => a.t - b.t);
};

export const GROUP_SAMPLE = {
  id: 'BqTwX8QFwXzpegMve9EQ',
  name: 'Sales Team',
  description: 'Demo calls',
  slug: 'sales',
  isActive: true,
};

/** A calendar group's outputs, shared by the groups trigger and the group actions. */
export const GROUP_OUTPUTS = [
  { key: 'id', label: 'Group ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'slug', label: 'Slug' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
];

export const CALENDAR_SAMPLE = {
  id: 'sV3BiXrjzbfo1tSUdyHO',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  name: 'Demo Call',
  description: '30-minute product demo',
  slug: 'demo-call',
  calendarType: 'round_robin',
  slotDuration: 30,
  slotDurationUnit: 'mins',
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
  id: '0TkCdp9PfvLeWKYRRvIz',
  title: 'Demo call with Rosan',
  calendarId: 'sV3BiXrjzbfo1tSUdyHO',
  contactId: '9NkT25Vor1v4aQatFsv2',
  appointmentStatus: 'confirmed',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  address: 'https://meet.google.com/yqp-gogr-wve',
  notes: 'Wants to see the reporting module.',
  startTime: '2026-11-24T09:00:00-05:00',
  endTime: '2026-11-24T09:30:00-05:00',
  dateAdded: '2026-11-20T14:02:11.285Z',
  dateUpdated: '2026-11-20T14:02:11.285Z',
};

/** A blocked slot as the events endpoints list it (no contact or status). */
export const BLOCK_SAMPLE = {
  id: 'k2TbqA8HwZ1sLm3xYp0R',
  title: 'Lunch',
  calendarId: 'sV3BiXrjzbfo1tSUdyHO',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  startTime: '2026-11-24T12:00:00-05:00',
  endTime: '2026-11-24T13:00:00-05:00',
  dateAdded: '2026-11-20T14:02:11.285Z',
  dateUpdated: '2026-11-20T14:02:11.285Z',
};

/** The id is labelled by each step's noun (Appointment ID, Blocked Slot ID). */
export const EVENT_OUTPUTS = [
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
};

export const NOTIFICATION_SAMPLE = {
  _id: '66f1a2b3c4d5e6f7a8b9c0d1',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  subject: 'Your demo is tomorrow',
  body: 'See you at {{appointment.start_time}}.',
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
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
  id: '6710c9e1f2a3b4c5d6e7f809',
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

/** Calendar that only narrows the appointment / blocked-slot dropdown of the same form (not sent). */
export const pickCalendar = (): Field =>
  F.calendar({ required: false, in: 'none', helpText: 'Narrows the appointment list below.' });

/** An appointment (event) of the chosen calendar, from the List Calendar Events trigger. */
export const appointmentPicker = (key: string, label = 'Appointment', opts: Partial<Field> = {}): Field => ({
  key,
  label,
  type: 'string',
  required: true,
  dynamic: 'calendar_events.id.label',
  helpText: 'Pick the calendar first, or map an Appointment ID.',
  ...opts,
});

/** A blocked slot of the chosen calendar, from the List Blocked Slots trigger. */
export const blockedSlotPicker = (): Field => ({
  key: 'eventId',
  label: 'Blocked Slot',
  type: 'string',
  required: true,
  dynamic: 'calendar_blocked_slots.id.label',
  helpText: 'Pick the calendar first, or map a Blocked Slot ID.',
});

/** A note of the chosen appointment. */
export const notePicker = (): Field => ({
  key: 'noteId',
  label: 'Note',
  type: 'string',
  required: true,
  dynamic: 'appointment_notes.id.body',
  helpText: 'Pick the appointment first.',
});

/** A notification of the chosen calendar. */
export const notificationPicker = (): Field => ({
  key: 'notificationId',
  label: 'Notification',
  type: 'string',
  required: true,
  dynamic: 'calendar_notifications.id.label',
  helpText: 'Pick the calendar first.',
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
  helpText: 'Pick the resource type first.',
});
