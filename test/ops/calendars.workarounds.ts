import type { Workaround } from '../support/spec';

export const workarounds: Workaround[] = [
  {
    op: 'POST /calendars/events/block-slots',
    rule: 'body-required',
    field: 'calendarId',
    why: 'The schema marks calendarId required, but its own description says "Either calendarId or assignedUserId can be set, not both": blocking a team member\'s time sends assignedUserId alone.',
  },
  {
    op: 'PUT /calendars/events/block-slots/{eventId}',
    rule: 'body-required',
    field: 'calendarId',
    why: 'Same as Create Block Slot: calendarId and assignedUserId are alternatives (per the field descriptions), so a team member\'s blocked slot is updated without calendarId.',
  },
];
