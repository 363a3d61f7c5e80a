import { F } from '../lib/fields';
import { searches, search, type GhlRecord } from '../lib/op';
import { withIsoTimes } from '../lib/items';
import { CALENDAR_OUTPUTS, CALENDAR_SAMPLE, EVENT_OUTPUTS, EVENT_SAMPLE, V } from '../areas/calendars';

export default searches([
  search({
    key: 'find_calendar',
    noun: 'Calendar',
    label: 'Find Calendar',
    help: 'Finds a calendar by its ID.',
    method: 'GET',
    path: '/calendars/{calendarId}',
    version: V,
    scopes: ['calendars.readonly'],
    fields: [F.calendar()],
    record: { key: 'calendar' },
    sample: CALENDAR_SAMPLE,
    outputFields: CALENDAR_OUTPUTS,
  }),
  search({
    key: 'find_appointment',
    noun: 'Appointment',
    label: 'Find Appointment',
    help: 'Finds an appointment by its ID.',
    method: 'GET',
    path: '/calendars/events/appointments/{eventId}',
    version: V,
    scopes: ['calendars/events.readonly'],
    fields: [F.id('eventId', 'Appointment ID', { helpText: 'Series: the master or an instance ID.' })],
    record: { key: 'event' },
    after: (items) =>
      items.map((e: GhlRecord) => withIsoTimes(e, ['startTime', 'endTime', 'dateAdded', 'dateUpdated'])),
    sample: EVENT_SAMPLE,
    outputFields: EVENT_OUTPUTS,
  }),
]);
