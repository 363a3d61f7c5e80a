import { F } from '../lib/fields';
import { createOnce } from '../lib/idempotency';
import { errorInfo } from '../lib/errors';
import { isoPlus } from '../lib/normalize';
import {
  creates,
  type B,
  type Field,
  type Req,
  type Send,
  type SpecWorkaround,
  type Z,
  create,
  type GhlRecord,
} from '../lib/op';
import { timeOf, withIsoTimes } from '../lib/items';
import { InputError } from '../lib/values';
import {
  EVENT_OUTPUTS,
  NOTE_SAMPLE,
  V,
  appointmentPicker,
  blockedSlotPicker,
  notePicker,
  pickCalendar,
} from '../areas/calendars';

const EVENTS = ['calendars/events.write'];
const opt = { required: false };

// ---- appointments and block slots

const STATUSES = {
  new: 'New (unconfirmed)',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No-show',
  invalid: 'Invalid',
};
const MEETING_TYPES = {
  custom: 'Custom',
  zoom: 'Zoom',
  gmeet: 'Google Meet',
  phone: 'Phone',
  address: 'Address',
  ms_teams: 'Microsoft Teams',
  google: 'Google',
};

const appointmentFields = (create: boolean): Field[] => [
  F.datetime('startTime', 'Start Time', {
    required: create,
    helpText: 'A free slot, e.g. 2026-11-24T09:00:00-05:00.',
  }),
  F.datetime('endTime', 'End Time', {
    required: false,
    helpText: create ? "Default: the calendar's duration." : 'Default: keeps the length.',
  }),
  F.text('title', 'Title', opt),
  F.choice('appointmentStatus', 'Status', STATUSES, opt),
  F.user('assignedUserId', 'Assigned Team Member'),
  F.choice('meetingLocationType', 'Meeting Location Type', MEETING_TYPES, opt),
  F.text('meetingLocationId', 'Meeting Location ID', { required: false, helpText: "Empty: the calendar's." }),
  F.boolean('overrideLocationConfig', 'Override Location Settings', {
    required: false,
    helpText: 'Yes when you set only the Meeting Location Type.',
  }),
  F.text('address', 'Meeting Address / Link', opt),
  F.longText('description', 'Description', opt),
  F.boolean('toNotify', 'Run Automations', {
    required: false,
    helpText: 'No: no workflows or notifications run.',
  }),
  F.boolean('ignoreFreeSlotValidation', 'Ignore Free Slot Validation', {
    required: false,
  }),
  F.boolean('ignoreDateRange', 'Ignore Booking Window', {
    required: false,
    helpText: 'Minimum notice is ignored too.',
  }),
  F.text('rrule', 'Recurrence Rule', { required: false, helpText: 'E.g. RRULE:FREQ=WEEKLY;COUNT=4.' }),
];

const SLOT_PROBLEM = /slot|availab|booked|taken|range|notice|past|busy|conflict/i;

/** A time span given both ends (appointments, block slots) must end after it starts. */
const endAfterStart = (label: string) => (req: Req) => {
  const body = req.body as GhlRecord;
  if (body.startTime && body.endTime && Date.parse(body.endTime) <= Date.parse(body.startTime)) {
    throw new InputError(`${label}: the End Time (${body.endTime}) must be after the Start Time (${body.startTime}).`);
  }
};

/**
 * Sends the booking; a GHL refusal (4xx) names the time that was asked for, and for slot problems how to fix them.
 */
const explainBooking = async (z: Z, bundle: B, req: Req, send: (r: Req) => Promise<GhlRecord>) => {
  try {
    return await send(req);
  } catch (e) {
    const body = (req.body ?? {}) as GhlRecord;
    if (!(e instanceof z.errors.Error) || !body.startTime) throw e;
    const info = errorInfo(e);
    if (!info?.status || info.status < 400 || info.status >= 500 || info.status === 401 || info.status === 404) throw e;
    const calendar = body.calendarId ?? bundle.inputData.calendarId;
    const asked = `The requested time was ${body.startTime}${body.endTime ? ` to ${body.endTime}` : ''}${calendar ? ` on calendar "${calendar}"` : ''}.`;
    const fix = SLOT_PROBLEM.test(info.message ?? '')
      ? ' Pick a free slot (Find Free Slot finds the next one), or set "Ignore Free Slot Validation" to Yes to book it anyway.'
      : '';
    throw new z.errors.Error(`${info.message} ${asked}${fix}`, info.code, info.status);
  }
};

/**
 * Books once (lib/idempotency.ts): the natural key of an appointment is calendar + contact + start. After a 5xx or a
 * lost answer, and when GHL refuses the slot (a replay finds it taken by the first delivery's booking), the calendar's
 * events around the start are read (GET /calendars/events, calendars/events.readonly) and the contact's appointment at
 * that start is returned with isDuplicate true; otherwise GHL's refusal is explained as before.
 */
const createAppointment = (z: Z, bundle: B, req: Req, send: Send) =>
  explainBooking(z, bundle, req, async (r) => {
    const body = r.body as Record<string, unknown>;
    const start = Date.parse(String(body.startTime));
    const { data, duplicate } = await createOnce(z, r, send, {
      label: 'Create Appointment',
      noun: 'appointment',
      recoverOn: [400, 409, 422],
      recoverIf: (answer) => SLOT_PROBLEM.test(JSON.stringify((answer as { message?: unknown })?.message ?? '')),
      key: 'calendar, contact and start time',
      findExisting: async (lookup) => {
        if (!Number.isFinite(start) || !body.calendarId || !body.contactId) return undefined;
        const query = {
          locationId: bundle.authData.locationId,
          calendarId: body.calendarId,
          startTime: start - 60_000,
          endTime: start + 60_000,
        };
        const found = await lookup(
          { method: 'GET', path: '/calendars/events', pathParams: {}, query, body: undefined },
          { scopes: ['calendars/events.readonly'] },
        );
        const events: Array<Record<string, unknown>> = Array.isArray(found?.events) ? found.events : [];
        const same = events.find(
          (e) =>
            e.contactId === body.contactId &&
            e.calendarId === body.calendarId &&
            Date.parse(String(e.startTime)) === start,
        );
        return same ? { event: same } : undefined;
      },
    });
    // A booking answers the event itself; a recovered one comes back under `event`.
    return duplicate ? { ...data.event, isDuplicate: true } : { ...data, isDuplicate: false };
  });

/**
 * A new start without a new end keeps the appointment's length: GHL would keep the old end, so the appointment
 * would end before it starts (issue 12). A new end without a new start must come after the current start, which GHL
 * does not check. The current times are read first (GET, calendars/events.readonly).
 */
const keepDuration = async (z: Z, bundle: B, req: Req, send: Send) => {
  const body = req.body as Record<string, unknown>;
  if (!body.startTime !== !body.endTime) {
    const current = await send(
      {
        method: 'GET',
        path: '/calendars/events/appointments/{eventId}',
        pathParams: { eventId: req.pathParams.eventId },
        query: {},
        body: undefined,
      },
      { scopes: ['calendars/events.readonly'] },
    );
    const appt = current?.appointment ?? current?.event ?? current;
    if (body.startTime) {
      const length = timeOf(appt?.endTime) - timeOf(appt?.startTime);
      if (Number.isFinite(length) && length > 0) body.endTime = isoPlus(body.startTime, length, '"Start Time"');
    } else if (timeOf(body.endTime) <= timeOf(appt?.startTime)) {
      throw new InputError(
        `Update Appointment: the End Time (${body.endTime}) must be after the appointment's Start Time ` +
          `(${appt.startTime}). Give a later End Time, or a new Start Time too.`,
      );
    }
  }
  return explainBooking(z, bundle, req, send);
};

const APPOINTMENT_SAMPLE = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  calendarId: 'sV3BiXrjzbfo1tSUdyHO',
  contactId: '9NkT25Vor1v4aQatFsv2',
  title: 'Demo call with Rosan',
  startTime: '2026-11-24T09:00:00-05:00',
  endTime: '2026-11-24T09:30:00-05:00',
  appointmentStatus: 'confirmed',
  meetingLocationType: 'custom',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  address: 'https://meet.google.com/yqp-gogr-wve',
  isRecurring: false,
};
const APPOINTMENT_OUTPUTS = EVENT_OUTPUTS.filter((o) => !['dateAdded', 'dateUpdated', 'masterEventId'].includes(o.key));

/** Block slots: a calendar's or a team member's time, exactly one of the two (spec description). */
const blockFields = (create: boolean): Field[] => [
  F.calendar({ required: false, helpText: 'Or a team member, not both.' }),
  F.user('assignedUserId', 'Team Member', {
    helpText: 'Blocks all their calendars instead.',
  }),
  F.text('title', 'Title', { required: false, placeholder: 'Lunch' }),
  F.datetime('startTime', 'Start Time', { required: create }),
  F.datetime('endTime', 'End Time', { required: create }),
];
/**
 * CreateBlockSlotDto / UpdateBlockSlotDto mark calendarId required, but their own field descriptions say "Either
 * calendarId or assignedUserId can be set, not both": a team member's blocked time carries assignedUserId alone.
 */
const OWNER_IS_CALENDAR_OR_USER: SpecWorkaround = {
  rule: 'body-required',
  field: 'calendarId',
  why: 'The schema marks calendarId required, but its own description says "Either calendarId or assignedUserId can be set, not both": a team member\'s blocked slot is sent with assignedUserId alone.',
};
const oneOwner = (label: string) => (req: Req) => {
  const body = req.body as GhlRecord;
  if (!body.calendarId === !body.assignedUserId) {
    throw new InputError(`${label} needs either a Calendar or a Team Member (GHL takes one of them, not both).`);
  }
  endAfterStart(label)(req);
};
const BLOCK_SAMPLE = {
  id: 'k2TbqA8HwZ1sLm3xYp0R',
  title: 'Lunch',
  calendarId: 'sV3BiXrjzbfo1tSUdyHO',
  startTime: '2026-11-24T12:00:00-05:00',
  endTime: '2026-11-24T13:00:00-05:00',
};
const BLOCK_OUTPUTS = [
  { key: 'id', label: 'Blocked Slot ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'assignedUserId', label: 'Team Member ID' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
];

// ---- appointment notes

/** On update the text is "New Text", apart from the "Note" picker it replaces. */
const noteFields = (textLabel = 'Note'): Field[] => [
  // NotesDTO.body: maxLength 5000 (apps/calendars.json).
  F.longText('body', textLabel, { required: true, max: 5000 }),
  F.user('userId', 'Author'),
];
const NOTE_OUTPUTS = [
  { key: 'id', label: 'Note ID' },
  { key: 'body', label: 'Note' },
  { key: 'userId', label: 'Author User ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'dateAdded', label: 'Added At', type: 'datetime' },
];

export default creates([
  // ---- appointments and events
  create({
    key: 'create_appointment',
    noun: 'Appointment',
    label: 'Create Appointment',
    help: 'Books an appointment for a contact on a calendar.',
    method: 'POST',
    path: '/calendars/events/appointments',
    version: V,
    scopes: EVENTS,
    location: 'body',
    fields: [F.calendar(), F.contact(), ...appointmentFields(true)],
    before: endAfterStart('Create Appointment'),
    perform: createAppointment,
    sample: { ...APPOINTMENT_SAMPLE, isDuplicate: false },
    outputFields: [...APPOINTMENT_OUTPUTS, { key: 'isDuplicate', label: 'Already Booked', type: 'boolean' }],
  }),
  create({
    key: 'update_appointment',
    noun: 'Appointment',
    label: 'Update Appointment',
    help: 'Reschedules an appointment or changes its status, assignee or title.',
    method: 'PUT',
    path: '/calendars/events/appointments/{eventId}',
    version: V,
    scopes: EVENTS,
    // The spec requires a body; an update with nothing to change is refused before any request (lib/op.ts).
    fields: [
      pickCalendar(),
      appointmentPicker('eventId'),
      {
        ...F.calendar({
          label: 'Move to Calendar',
          as: 'calendarId',
          required: false,
        }),
        key: 'moveToCalendarId' as const,
      },
      ...appointmentFields(false),
    ],
    before: endAfterStart('Update Appointment'),
    perform: keepDuration,
    sample: APPOINTMENT_SAMPLE,
    outputFields: APPOINTMENT_OUTPUTS,
  }),
  create({
    key: 'delete_calendar_event',
    noun: 'Event',
    label: 'Delete Calendar Event',
    apiLabel: 'Delete Event',
    help: 'Deletes an appointment or blocked slot. To cancel, update it instead.',
    method: 'DELETE',
    path: '/calendars/events/{eventId}',
    version: V,
    scopes: EVENTS,
    fields: [pickCalendar(), appointmentPicker('eventId', 'Event', { helpText: 'Appointment or blocked slot.' })],
    // The spec declares a (property-less) JSON body for this DELETE.
    emptyBody: true,
    sample: { eventId: '0TkCdp9PfvLeWKYRRvIz', succeeded: true },
  }),
  create({
    key: 'create_block_slot',
    noun: 'Blocked Slot',
    label: 'Create Block Slot',
    help: "Blocks time on a calendar or a team member's calendars.",
    method: 'POST',
    path: '/calendars/events/block-slots',
    once: 'created',
    version: V,
    specWorkarounds: [OWNER_IS_CALENDAR_OR_USER],
    scopes: EVENTS,
    location: 'body',
    fields: blockFields(true),
    before: oneOwner('Create Block Slot'),
    after: (r) => withIsoTimes(r, ['startTime', 'endTime']),
    sample: BLOCK_SAMPLE,
    outputFields: BLOCK_OUTPUTS,
  }),
  create({
    key: 'update_block_slot',
    noun: 'Blocked Slot',
    label: 'Update Block Slot',
    help: 'Moves or renames a blocked slot.',
    method: 'PUT',
    path: '/calendars/events/block-slots/{eventId}',
    version: V,
    specWorkarounds: [OWNER_IS_CALENDAR_OR_USER],
    scopes: EVENTS,
    // The spec requires locationId in this body too.
    location: 'body',
    fields: [...blockFields(false).slice(0, 2), blockedSlotPicker(), ...blockFields(false).slice(2)],
    before: oneOwner('Update Block Slot'),
    after: (r) => withIsoTimes(r, ['startTime', 'endTime']),
    sample: BLOCK_SAMPLE,
    outputFields: BLOCK_OUTPUTS,
  }),
  // ---- appointment notes
  create({
    key: 'create_appointment_note',
    noun: 'Note',
    label: 'Create Appointment Note',
    help: 'Adds a note to an appointment.',
    method: 'POST',
    path: '/calendars/appointments/{appointmentId}/notes',
    once: 'added',
    version: V,
    scopes: EVENTS,
    fields: [pickCalendar(), appointmentPicker('appointmentId'), ...noteFields()],
    result: 'note',
    sample: NOTE_SAMPLE,
    outputFields: NOTE_OUTPUTS,
  }),
  create({
    key: 'update_appointment_note',
    noun: 'Note',
    label: 'Update Appointment Note',
    help: "Replaces the text of an appointment's note.",
    method: 'PUT',
    // The spec leaves the {noteId} path parameter undeclared; it is the note's id.
    path: '/calendars/appointments/{appointmentId}/notes/{noteId}',
    version: V,
    scopes: EVENTS,
    fields: [pickCalendar(), appointmentPicker('appointmentId'), notePicker(), ...noteFields('New Text')],
    result: 'note',
    sample: NOTE_SAMPLE,
    outputFields: NOTE_OUTPUTS,
  }),
  create({
    key: 'delete_appointment_note',
    noun: 'Note',
    label: 'Delete Appointment Note',
    help: 'Deletes a note from an appointment.',
    method: 'DELETE',
    // The spec leaves the {noteId} path parameter undeclared; it is the note's id.
    path: '/calendars/appointments/{appointmentId}/notes/{noteId}',
    version: V,
    scopes: EVENTS,
    fields: [pickCalendar(), appointmentPicker('appointmentId'), notePicker()],
    sample: { appointmentId: '0TkCdp9PfvLeWKYRRvIz', noteId: NOTE_SAMPLE.id, success: true },
  }),
]);
