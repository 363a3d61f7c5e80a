import { F } from '../lib/fields';
import { given, search, searches, type B, type Req, type Send, type Z } from '../lib/op';
import { DAY, HOUR, InputError, MINUTE } from '../lib/values';
import { V, freeSlotsOf } from '../areas/calendars';

/**
 * Find Free Slot: the first bookable time of a calendar after a given moment, so "book the next free slot" is
 * Trigger → Find Free Slot → Create Appointment (a trigger such as New Free Slot cannot be a middle step).
 *
 * GET /calendars/{calendarId}/free-slots answers a map keyed by date ({"2026-11-24": {slots: [...]}, traceId}) of
 * slot starts, each long enough for the calendar's own slot duration (GoHighLevel/highlevel-api-docs
 * apps/calendars.json "get-slots": "Availability map keyed by date"). A longer duration is free when the slots that
 * follow at the calendar's slot interval are free too, so the calendar is read first (GET /calendars/{calendarId}:
 * slotDuration / slotInterval with their units); without a Duration its slot length sets the End Time.
 */

/** Read in findFreeSlot by the factory's rules (whole numbers, lib/op.ts `given`), then checked for their range. */
const DURATION = F.integer('duration', 'Duration (Minutes)', {
  required: false,
  in: 'none',
  helpText: "Default: the calendar's slot length. Sets End Time.",
});
const DAYS = F.integer('days', 'Search Within (Days)', {
  required: false,
  in: 'none',
  default: '7',
  helpText: '1 to 31.',
});

const UNIT_MS: Record<string, number> = { mins: MINUTE, minutes: MINUTE, hours: HOUR, hour: HOUR };

/** A calendar length (e.g. slotDuration 30 + slotDurationUnit "mins") in ms; unknown units or values give undefined. */
const lengthMs = (value: unknown, unit: unknown): number | undefined => {
  const n = Number(value);
  const per = UNIT_MS[String(unit ?? 'mins').toLowerCase()];
  return Number.isFinite(n) && n > 0 && per ? n * per : undefined;
};

/** ISO text of `slot` + `minutes`, in the slot's own UTC offset (GHL answers slots in the calendar's time zone). */
const addMinutesKeepingOffset = (slot: string, minutes: number): string => {
  const t = Date.parse(slot) + minutes * MINUTE;
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(slot);
  if (!m || m[1] === 'Z') return new Date(t).toISOString().replace('.000Z', 'Z');
  const offsetMin = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
  const local = new Date(t + offsetMin * MINUTE).toISOString().slice(0, 19);
  return `${local}${m[2]}${m[3]}:${m[4]}`;
};

interface Slot {
  date: string;
  start: string;
  t: number;
}

/**
 * The first slot at or after `after` that is free for `durationMs`: a slot covers the calendar's slot duration, and
 * each further slot at the slot interval extends the free time.
 */
const firstFit = (
  slots: Slot[],
  after: number,
  durationMs: number | undefined,
  cal: { duration?: number; interval?: number },
) => {
  const starts = new Set(slots.map((s) => s.t));
  return slots.find((s) => {
    if (s.t < after) return false;
    if (!durationMs || !cal.duration || durationMs <= cal.duration) return true;
    // Slots s, s+step, …, s+k·step together cover [s, s+k·step+slotDuration): k·step must reach the rest of the duration.
    const step = cal.interval ?? cal.duration;
    const needed = Math.ceil((durationMs - cal.duration) / step);
    for (let k = 1; k <= needed; k++) if (!starts.has(s.t + k * step)) return false;
    return true;
  });
};

const findFreeSlot = async (z: Z, bundle: B, req: Req, send: Send) => {
  const input = bundle.inputData;
  const calendarId = req.pathParams.calendarId;
  const after = Number(req.query.startDate ?? Date.now());
  const days = ((await given(DAYS, bundle, z)) as number | undefined) ?? 7;
  if (days < 1 || days > 31) {
    throw new InputError(
      `"Search Within (Days)" must be a whole number from 1 to 31 (GHL looks at most 31 days at once), not "${input.days}".`,
    );
  }
  const durationMin = (await given(DURATION, bundle, z)) as number | undefined;
  if (durationMin !== undefined && !(durationMin > 0)) {
    throw new InputError(`"Duration (Minutes)" must be more than 0, not "${input.duration}".`);
  }
  req.query.startDate = after;
  req.query.endDate = after + days * DAY;

  // A calendar GHL does not know is an error naming it, never "no free slot" (a deleted calendar would halt every run).
  const data = await send(
    { method: 'GET', path: '/calendars/{calendarId}', pathParams: { calendarId }, query: {}, body: undefined },
    { allow404: false },
  );
  const c = data?.calendar ?? {};
  const duration = lengthMs(c.slotDuration, c.slotDurationUnit);
  const cal = { duration, interval: lengthMs(c.slotInterval, c.slotIntervalUnit) ?? duration };
  const slot = firstFit(
    freeSlotsOf(await send(req)),
    after,
    durationMin === undefined ? undefined : durationMin * MINUTE,
    cal,
  );
  if (!slot) return [];
  // Without a Duration the calendar's slot length sets the end, when the calendar states one.
  const minutes = durationMin ?? (duration === undefined ? undefined : duration / MINUTE);
  return [
    {
      id: `${calendarId}-${slot.start}`,
      calendarId,
      date: slot.date,
      startTime: slot.start,
      ...(minutes !== undefined
        ? { endTime: addMinutesKeepingOffset(slot.start, minutes), durationMinutes: minutes }
        : {}),
    },
  ];
};

export default searches([
  search({
    key: 'find_free_slot',
    noun: 'Free Slot',
    label: 'Find Free Slot',
    help: "Finds a calendar's first free slot after a given time.",
    method: 'GET',
    path: '/calendars/{calendarId}/free-slots',
    version: V,
    scopes: ['calendars.readonly'],
    fields: [
      F.calendar(),
      F.millis('startDate', 'After', {
        required: false,
        helpText: 'Earliest start. Default: now.',
      }),
      DURATION,
      F.user('userId', 'Team Member'),
      F.timezone('timezone', 'Timezone', { helpText: "Default: the calendar's." }),
      DAYS,
    ],
    perform: (z, bundle, req, send) => findFreeSlot(z, bundle, req, send),
    // perform answers the one match as a list, already in order.
    list: { newest: false },
    sample: {
      id: 'sV3BiXrjzbfo1tSUdyHO-2026-11-24T09:00:00-05:00',
      calendarId: 'sV3BiXrjzbfo1tSUdyHO',
      date: '2026-11-24',
      startTime: '2026-11-24T09:00:00-05:00',
      endTime: '2026-11-24T09:45:00-05:00',
      durationMinutes: 45,
    },
    outputFields: [
      { key: 'startTime', label: 'Start Time', type: 'datetime' },
      { key: 'endTime', label: 'End Time', type: 'datetime' },
      { key: 'date', label: 'Date' },
      { key: 'durationMinutes', label: 'Duration (Minutes)', type: 'integer' },
      { key: 'calendarId', label: 'Calendar ID' },
    ],
  }),
]);
