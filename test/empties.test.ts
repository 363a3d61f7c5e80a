/**
 * Empty values as Zapier hands them with cleanInputData off (index.ts, integration check D028): a field left blank or
 * mapped from an empty value arrives as '', '  ', null, [], line items with empty entries (`['']`, `[{}]`,
 * `[{key: '', value: ''}]`) or a dict `{}` / `{'': ''}`, a CSV's empty cell as '""', line items naming one record as
 * "c1,c1". One run per row through the app's handler against nock, each with the exact requests it must send.
 */
import { runFixture, type OpFixture } from './support/harness';

/** Every form an empty value arrives in. */
const EMPTIES: Array<[string, unknown]> = [
  ["''", ''],
  ["'  '", '  '],
  ['null', null],
  ['[]', []],
  ["['']", ['']],
  ['{}', {}],
  ['[{}]', [{}]],
  ["{'': ''}", { '': '' }],
  ["[{key: '', value: ''}]", [{ key: '', value: '' }]],
  ["['', null]", ['', null]],
];

const contact = { id: 'c1', firstName: 'Ann', locationId: 'loc123' };
const updated = (body: Record<string, unknown>) => ({
  method: 'PUT' as const,
  path: '/contacts/c1',
  body,
  response: { contact },
});

/** An optional field of each kind (one-line text, date, yes / no, tags, choice, custom field) given `v`. */
const optionals = (v: unknown) => ({
  lastName: v,
  dateOfBirth: v,
  dnd: v,
  tags: v,
  gender: v,
  country: v,
  cf__cf1__TEXT: v,
});

const rows: OpFixture[] = EMPTIES.flatMap(([name, v]): OpFixture[] => [
  {
    key: 'update_contact',
    name: `${name} in every optional field: left as it is, not refused, never sent`,
    input: { contactId: 'c1', firstName: 'Ann', ...optionals(v) },
    requests: [updated({ firstName: 'Ann' })],
    check: (r) => expect(r.id).toBe('c1'),
  },
  {
    key: 'update_contact',
    name: `${name} in every field to change: nothing to change`,
    input: { contactId: 'c1', firstName: v, ...optionals(v) },
    requests: [],
    error: /^Update Contact has nothing to change: fill in at least one field to update besides "Contact"\.$/,
  },
  {
    key: 'update_contact',
    name: `${name} as the required Contact: refused naming it`,
    input: { contactId: v, firstName: 'Ann' },
    requests: [],
    error: /^Update Contact needs "Contact"\. Fill it in or map it from an earlier step\.$/,
  },
]);

const fixtures: OpFixture[] = [
  ...rows,
  {
    key: 'find_contact',
    name: 'an empty Contact ID and Phone beside an email: searched by the email alone, not by ""',
    input: { contactId: [''], number: {}, email: 'ann@example.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'ann@example.com', locationId: 'loc123' },
        response: { contact },
      },
    ],
    check: (r) => expect(r.map((c: { id: string }) => c.id)).toEqual(['c1']),
  },
  {
    key: 'contact_tag_added',
    name: 'a Tag filter left {} is refused before any request, never filtered on as "[object Object]"',
    input: { tag: {} },
    requests: [],
    error: /^Tag Added to Contact needs "Tag"\.$/,
  },
  {
    key: 'users_by_email',
    name: 'a required trigger field left [\'\'] is refused naming it, never sent as "" for GHL to refuse',
    auth: { userType: 'Company', locationId: '' },
    input: { emails: [''] },
    requests: [],
    error: /^New User with Email needs "Emails"\.$/,
  },
  {
    key: 'update_calendar',
    name: 'More Settings (JSON) mapped as "null" is none, not the JSON null refused as no object',
    input: { calendarId: 'cal1', name: 'Intro', settings: 'null' },
    requests: [
      {
        method: 'PUT',
        path: '/calendars/cal1',
        body: { name: 'Intro' },
        response: { calendar: { id: 'cal1', name: 'Intro' } },
      },
    ],
    check: (r) => expect(r.id).toBe('cal1'),
  },
  ...[' , ', [' , ', null], '""', ['""', '']].map((permissions): OpFixture => ({
    key: 'update_user',
    name: `Permissions ${JSON.stringify(permissions)} holds none: left as they are, never all turned off`,
    input: { userId: 'u1', lastName: 'Smith', permissions },
    requests: [
      {
        method: 'PUT',
        path: '/users/u1',
        body: { lastName: 'Smith', companyId: 'comp123' },
        response: { id: 'u1', lastName: 'Smith' },
      },
    ],
    check: (r) => expect(r.id).toBe('u1'),
  })),

  // A CSV's empty cell ('""', or SQL's "''") mapped into one value is no value.
  {
    key: 'update_contact',
    name: "a CSV's empty cell '\"\"' as the Contact is refused, never sent as /contacts/%22%22",
    input: { contactId: '""', firstName: 'Ann' },
    requests: [],
    error: /^Update Contact needs "Contact"\. Fill it in or map it from an earlier step\.$/,
  },
  {
    key: 'update_contact',
    name: 'a CSV\'s empty cell in names, a date and a custom field is none: never stored as ""',
    input: {
      contactId: 'c1',
      firstName: '""',
      lastName: "''",
      dateOfBirth: ' "" ',
      source: 'Fair',
      cf__cf1__TEXT: '""',
    },
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/customFields',
        query: { model: 'contact' },
        response: { customFields: [{ id: 'cf1', name: 'Source', dataType: 'TEXT', model: 'contact' }] },
      },
      updated({ source: 'Fair' }),
    ],
    check: (r) => expect(r.id).toBe('c1'),
  },
  {
    key: 'create_contact_note',
    name: "a note of only a CSV's empty cell is no note",
    input: { contactId: 'c1', body: '""' },
    requests: [],
    error: /^Create Contact Note needs "Note"/,
  },
  {
    key: 'create_calendar_notification',
    name: "a CSV's empty cell among Extra Email Addresses is an empty item, not an address refused",
    input: {
      calendarId: 'cal1',
      notificationType: 'booked',
      channel: 'email',
      receiverType: 'contact',
      additionalEmailIds: '"", ann@example.com',
    },
    requests: [
      {
        method: 'POST',
        path: '/calendars/cal1/notifications',
        body: [
          {
            notificationType: 'booked',
            channel: 'email',
            receiverType: 'contact',
            additionalEmailIds: ['ann@example.com'],
          },
        ],
        response: [{ _id: 'n1', notificationType: 'booked' }],
      },
    ],
    check: (r) => expect(r).toBeDefined(),
  },

  // One id where one belongs, as Zapier joins line items with commas.
  ...['c1,c1', 'c1, "c1"', ' c1 ,c1, '].map((contactId): OpFixture => ({
    key: 'update_contact',
    name: `line items naming one contact (${contactId}) are that contact`,
    input: { contactId, firstName: 'Ann' },
    requests: [updated({ firstName: 'Ann' })],
    check: (r) => expect(r.id).toBe('c1'),
  })),
  {
    key: 'update_contact',
    name: 'two contacts joined in the path id are refused naming the field, never sent as /contacts/c1%2C%20c2',
    input: { contactId: 'c1, c2', firstName: 'Ann' },
    requests: [],
    error: /^"Contact" holds 2 ids \(c1, c2\): map one\.$/,
  },
  {
    key: 'create_contact_task',
    name: 'two users joined in a dropdown id of the body (Assigned User) are refused',
    input: { contactId: 'c1', title: 'Call', dueDate: '2026-03-01T10:00:00Z', assignedTo: 'u1,u2' },
    requests: [],
    error: /^"Assigned User" holds 2 ids \(u1, u2\): map one\.$/,
  },
  {
    key: 'find_contact',
    name: "a search's Contact ID from line items naming one contact looks that contact up",
    input: { contactId: 'c1,c1' },
    requests: [{ method: 'GET', path: '/contacts/c1', response: { contact } }],
    check: (r) => expect(r.map((c: { id: string }) => c.id)).toEqual(['c1']),
  },
  {
    key: 'find_contact',
    name: "a search's Contact ID holding two contacts is refused",
    input: { contactId: 'c1, c2' },
    requests: [],
    error: /^"Contact ID" holds 2 ids \(c1, c2\): map one\.$/,
  },
  // What a hook reports of the id it sent is that id, never the joined text ("as the request sent it").
  ...['c1,c1', ['c1', 'c1']].map((contactId): OpFixture => ({
    key: 'send_message',
    name: `Send Message's result names the contact it sent to (${JSON.stringify(contactId)})`,
    input: { type: 'SMS', contactId, message: 'Hi' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        status: 201,
        body: { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c1', message: 'Hi' },
        response: { conversationId: 'cv1', messageId: 'm1' },
      },
    ],
    check: (r) => expect(r.contactId).toBe('c1'),
  })),
  {
    key: 'calendar_free_slots',
    name: "a free slot's calendar and id are the calendar asked for, not the joined text",
    input: { calendarId: 'cal1,cal1', startDate: '2026-11-24T00:00:00Z', endDate: '2026-11-25T00:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/cal1/free-slots',
        query: { startDate: `${Date.parse('2026-11-24T00:00:00Z')}`, endDate: `${Date.parse('2026-11-25T00:00:00Z')}` },
        response: { '2026-11-24': { slots: ['2026-11-24T09:00:00Z'] } },
      },
    ],
    expect: [
      { id: 'cal1-2026-11-24T09:00:00Z', calendarId: 'cal1', date: '2026-11-24', startTime: '2026-11-24T09:00:00Z' },
    ],
  },
  {
    key: 'create_contact_note',
    name: 'free text is no id: a note with commas is sent as written',
    input: { contactId: 'c1', body: 'c1, c2' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/notes',
        body: { body: 'c1, c2' },
        response: { note: { id: 'n1', body: 'c1, c2' } },
      },
    ],
    check: (r) => expect(r.id).toBe('n1'),
  },
];

describe('empty values and joined ids as Zapier hands them', () => {
  for (const fx of fixtures) test(`${fx.key}: ${fx.name}`, () => runFixture(fx));
});
