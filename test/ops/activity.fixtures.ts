import type { OpFixture } from '../support/harness';

const contact = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  locationId: 'loc123',
  firstName: 'Rosan',
  lastName: 'Deo',
  email: `${id}@deos.com`,
  tags: ['new lead'],
  dateAdded: '2026-03-01T10:00:00.000Z',
  dateUpdated: '2026-03-02T10:00:00.000Z',
  ...extra,
});

const HOUR = 3600000;
const DAY = 24 * HOUR;
/**
 * new_appointment's rolling window, computed when the harness compares (after the request), so the fixture and the
 * trigger agree unless the test straddles the top of an hour.
 */
const windowQuery = (extra: Record<string, string>) => {
  const q: Record<string, string> = { ...extra };
  Object.defineProperty(q, 'startTime', { enumerable: true, get: () => String(Math.floor(Date.now() / HOUR) * HOUR - DAY) });
  Object.defineProperty(q, 'endTime', { enumerable: true, get: () => String(Math.floor(Date.now() / HOUR) * HOUR + 90 * DAY) });
  return q;
};

const conversation = (id: string, lastMessageDate: number, extra: Record<string, unknown> = {}) => ({
  id,
  contactId: `c-${id}`,
  locationId: 'loc123',
  lastMessageBody: `hello from ${id}`,
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate,
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'Rosan Deo',
  contactName: 'Rosan Deo',
  email: 'rosan@deos.com',
  phone: '+14155550100',
  sort: [lastMessageDate],
  ...extra,
});

export const fixtures: OpFixture[] = [
  // ---- new_contact
  {
    key: 'new_contact',
    name: 'newest added contacts first, custom fields flattened, searchAfter cursor saved',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { sort: [{ field: 'dateAdded', direction: 'desc' }], locationId: 'loc123', pageLimit: 100 },
        response: {
          contacts: [
            contact('new', { dateAdded: '2026-03-03T00:00:00.000Z', customFields: [{ id: 'cf1', value: 'Webinar' }], searchAfter: [3, 'new'] }),
            contact('old', { dateAdded: '2026-03-01T00:00:00.000Z', searchAfter: [1, 'old'] }),
          ],
          total: 2,
        },
      },
    ],
    expect: [
      {
        ...contact('new', { dateAdded: '2026-03-03T00:00:00.000Z', customFields: [{ id: 'cf1', value: 'Webinar' }], searchAfter: [3, 'new'] }),
        customField_cf1: 'Webinar',
      },
      contact('old', { dateAdded: '2026-03-01T00:00:00.000Z', searchAfter: [1, 'old'] }),
    ],
    expectCursor: [1, 'old'],
  },
  {
    key: 'new_contact',
    name: 'no contacts yet → nothing fires',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { sort: [{ field: 'dateAdded', direction: 'desc' }], locationId: 'loc123', pageLimit: 100 },
        response: { contacts: [], total: 0 },
      },
    ],
    expect: [],
  },

  // ---- updated_contact
  {
    key: 'updated_contact',
    name: 'one item per change: id + dateUpdated, contact id kept as contactId / recordId',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { sort: [{ field: 'dateUpdated', direction: 'desc' }], locationId: 'loc123', pageLimit: 100 },
        response: {
          contacts: [
            contact('c1', { dateUpdated: '2026-03-05T09:00:00.000Z' }),
            contact('c2', { dateUpdated: '2026-03-04T09:00:00.000Z' }),
          ],
        },
      },
    ],
    expect: [
      { ...contact('c1', { dateUpdated: '2026-03-05T09:00:00.000Z' }), id: 'c1-2026-03-05T09:00:00.000Z', recordId: 'c1', contactId: 'c1' },
      { ...contact('c2', { dateUpdated: '2026-03-04T09:00:00.000Z' }), id: 'c2-2026-03-04T09:00:00.000Z', recordId: 'c2', contactId: 'c2' },
    ],
  },
  {
    key: 'updated_contact',
    name: 'the same contact changed again gets a new dedupe id',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { sort: [{ field: 'dateUpdated', direction: 'desc' }], locationId: 'loc123', pageLimit: 100 },
        response: { contacts: [contact('c1', { dateUpdated: '2026-03-06T12:00:00.000Z' })] },
      },
    ],
    check: (r) => {
      expect(r.map((c: any) => [c.id, c.contactId])).toEqual([['c1-2026-03-06T12:00:00.000Z', 'c1']]);
    },
  },

  // ---- contact_tag_added
  {
    key: 'contact_tag_added',
    name: 'filters the search by the tag, keeps only contacts carrying it, dedupe id = contact + tag',
    input: { tag: 'VIP ' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          sort: [{ field: 'dateUpdated', direction: 'desc' }],
          locationId: 'loc123',
          pageLimit: 100,
          filters: [{ field: 'tags', operator: 'eq', value: 'vip' }],
        },
        response: {
          contacts: [
            contact('c1', { tags: ['new lead', 'vip'], dateUpdated: '2026-03-05T09:00:00.000Z' }),
            // GHL ignoring the filter must not make an untagged contact fire.
            contact('c2', { tags: ['new lead'], dateUpdated: '2026-03-04T09:00:00.000Z' }),
            contact('c3', { tags: ['VIP'], dateUpdated: '2026-03-03T09:00:00.000Z' }),
          ],
        },
      },
    ],
    expect: [
      { ...contact('c1', { tags: ['new lead', 'vip'], dateUpdated: '2026-03-05T09:00:00.000Z' }), id: 'c1-vip', recordId: 'c1', contactId: 'c1', tag: 'vip' },
      { ...contact('c3', { tags: ['VIP'], dateUpdated: '2026-03-03T09:00:00.000Z' }), id: 'c3-vip', recordId: 'c3', contactId: 'c3', tag: 'vip' },
    ],
  },
  {
    key: 'contact_tag_added',
    name: 'a later update of an already-tagged contact keeps the same dedupe id (fires once)',
    input: { tag: 'vip' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          sort: [{ field: 'dateUpdated', direction: 'desc' }],
          locationId: 'loc123',
          pageLimit: 100,
          filters: [{ field: 'tags', operator: 'eq', value: 'vip' }],
        },
        response: { contacts: [contact('c1', { tags: ['vip'], dateUpdated: '2026-03-09T09:00:00.000Z' })] },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['c1-vip']),
  },

  // ---- new_task
  {
    key: 'new_task',
    name: 'pending tasks by default, newest created first',
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tasks/search',
        body: { completed: false, limit: 100, skip: 0 },
        response: {
          tasks: [
            { id: 't1', title: 'Older task', contactId: 'c1', completed: false, dueDate: '2026-03-02T00:00:00.000Z', dateAdded: '2026-03-01T00:00:00.000Z' },
            { id: 't2', title: 'Newer task', contactId: 'c2', completed: false, dueDate: '2026-03-09T00:00:00.000Z', dateAdded: '2026-03-04T00:00:00.000Z' },
          ],
        },
      },
    ],
    check: (r) => {
      expect(r.map((t: any) => t.id)).toEqual(['t2', 't1']);
      expect(r[0]).toMatchObject({ title: 'Newer task', contactId: 'c2' });
    },
  },
  {
    key: 'new_task',
    name: 'all statuses, assignees and search; tasks carrying _id get it as id',
    input: { status: 'all', assignedTo: ['u1', 'u2'], query: 'call' },
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tasks/search',
        body: { assignedTo: ['u1', 'u2'], query: 'call', limit: 100, skip: 0 },
        response: { tasks: [{ _id: 't9', title: 'Call back', completed: true, dateAdded: '2026-03-04T00:00:00.000Z' }] },
      },
    ],
    expect: [{ _id: 't9', id: 't9', title: 'Call back', completed: true, dateAdded: '2026-03-04T00:00:00.000Z' }],
  },
  {
    key: 'new_task',
    name: 'completed only, page 2',
    input: { status: 'completed' },
    meta: { page: 1 },
    requests: [
      { method: 'POST', path: '/locations/loc123/tasks/search', body: { completed: true, limit: 100, skip: 100 }, response: { tasks: [] } },
    ],
    expect: [],
  },

  // ---- new_appointment
  {
    key: 'new_appointment',
    name: 'calendar events in a rolling epoch-ms window, newest booking first',
    input: { calendarId: 'cal1' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events',
        query: windowQuery({ calendarId: 'cal1', locationId: 'loc123' }),
        response: {
          events: [
            { id: 'e1', title: 'Booked first', calendarId: 'cal1', startTime: '2026-03-10T15:00:00+00:00', dateAdded: '2026-03-01T00:00:00.000Z' },
            { id: 'e2', title: 'Booked later', calendarId: 'cal1', startTime: '2026-03-08T15:00:00+00:00', dateAdded: '2026-03-02T00:00:00.000Z' },
            { id: 'e3_1729821600000_1800', title: 'Recurring instance', calendarId: 'cal1', startTime: '2026-03-09T15:00:00+00:00', dateAdded: '2026-02-01T00:00:00.000Z' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((e: any) => e.id)).toEqual(['e2', 'e1', 'e3_1729821600000_1800']),
  },
  {
    key: 'new_appointment',
    name: 'GHL rejecting the calendar is passed on as a sentence',
    input: { calendarId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/events',
        query: windowQuery({ calendarId: 'nope', locationId: 'loc123' }),
        status: 400,
        response: { statusCode: 400, message: 'Calendar not found' },
      },
    ],
    error: /New Appointment was rejected by GHL \(HTTP 400\)\. GHL says: Calendar not found\./,
  },

  // ---- form / survey submissions
  {
    key: 'new_form_submission',
    name: 'one form, newest first',
    input: { formId: 'f1' },
    requests: [
      {
        method: 'GET',
        path: '/forms/submissions',
        query: { formId: 'f1', locationId: 'loc123', limit: '100', page: '1' },
        response: {
          submissions: [
            { id: 's1', formId: 'f1', contactId: 'c1', name: 'A', email: 'a@x.com', createdAt: '2026-03-01T00:00:00.000Z', others: { phone: '1' } },
            { id: 's2', formId: 'f1', contactId: 'c2', name: 'B', email: 'b@x.com', createdAt: '2026-03-02T00:00:00.000Z', others: { phone: '2' } },
          ],
          meta: { total: 2, currentPage: 1, nextPage: null, prevPage: null },
        },
      },
    ],
    check: (r) => {
      expect(r.map((s: any) => s.id)).toEqual(['s2', 's1']);
      expect(r[0].others).toEqual({ phone: '2' });
    },
  },
  {
    key: 'new_form_submission',
    name: 'every form, with a search, page 2',
    input: { q: 'deo' },
    meta: { page: 1 },
    requests: [
      { method: 'GET', path: '/forms/submissions', query: { q: 'deo', locationId: 'loc123', limit: '100', page: '2' }, response: { submissions: [], meta: { total: 0 } } },
    ],
    expect: [],
  },
  {
    key: 'new_survey_submission',
    name: 'one survey, newest first',
    input: { surveyId: 'sv1' },
    requests: [
      {
        method: 'GET',
        path: '/surveys/submissions',
        query: { surveyId: 'sv1', locationId: 'loc123', limit: '100', page: '1' },
        response: {
          submissions: [
            { id: 'a', surveyId: 'sv1', contactId: 'c1', createdAt: '2026-03-01T00:00:00.000Z' },
            { id: 'b', surveyId: 'sv1', contactId: 'c2', createdAt: '2026-03-03T00:00:00.000Z' },
          ],
          meta: { total: 2 },
        },
      },
    ],
    expect: [
      { id: 'b', surveyId: 'sv1', contactId: 'c2', createdAt: '2026-03-03T00:00:00.000Z' },
      { id: 'a', surveyId: 'sv1', contactId: 'c1', createdAt: '2026-03-01T00:00:00.000Z' },
    ],
  },
  {
    key: 'new_survey_submission',
    name: 'missing scope: the message says how to fix it',
    requests: [
      {
        method: 'GET',
        path: '/surveys/submissions',
        query: { locationId: 'loc123', limit: '100', page: '1' },
        status: 401,
        response: { statusCode: 401, message: 'The token is not authorized for this scope.' },
      },
    ],
    error: /not authorized for the scope it needs \(surveys\.readonly\)\. Add the scope/,
  },

  // ---- new_inbound_message
  {
    key: 'new_inbound_message',
    name: 'inbound conversations by last message date; id = conversation + message time',
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { lastMessageDirection: 'inbound', sortBy: 'last_message_date', sort: 'desc', locationId: 'loc123', limit: '100' },
        response: { conversations: [conversation('cv1', 1772360130000), conversation('cv2', 1772300000000)], total: 2 },
      },
    ],
    expect: [
      // Readable twins (lib/readable) beside GHL's codes: lastChannel "SMS", lastDirectionName "Inbound".
      { ...conversation('cv1', 1772360130000), id: 'cv1-1772360130000', conversationId: 'cv1', lastMessageDateIso: '2026-03-01T10:15:30.000Z', lastChannel: 'SMS', lastDirectionName: 'Inbound' },
      { ...conversation('cv2', 1772300000000), id: 'cv2-1772300000000', conversationId: 'cv2', lastMessageDateIso: '2026-02-28T17:33:20.000Z', lastChannel: 'SMS', lastDirectionName: 'Inbound' },
    ],
    expectCursor: 1772300000000,
  },
  {
    key: 'new_inbound_message',
    name: 'one channel and assignee; a newer message in the same conversation fires again',
    input: { lastMessageType: 'TYPE_EMAIL', assignedTo: 'u1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: {
          lastMessageDirection: 'inbound',
          sortBy: 'last_message_date',
          sort: 'desc',
          lastMessageType: 'TYPE_EMAIL',
          assignedTo: 'u1',
          locationId: 'loc123',
          limit: '100',
        },
        response: { conversations: [conversation('cv1', 1772400000000, { lastMessageType: 'TYPE_EMAIL' })], total: 1 },
      },
    ],
    check: (r) => {
      expect(r.map((c: any) => c.id)).toEqual(['cv1-1772400000000']);
      expect(r[0]).toMatchObject({ conversationId: 'cv1', contactId: 'c-cv1', lastMessageBody: 'hello from cv1' });
    },
  },
  {
    key: 'new_inbound_message',
    name: 'next page starts after the saved date',
    meta: { page: 1 },
    cursor: JSON.stringify(1772300000000),
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: {
          lastMessageDirection: 'inbound',
          sortBy: 'last_message_date',
          sort: 'desc',
          locationId: 'loc123',
          limit: '100',
          startAfterDate: '1772300000000',
        },
        response: { conversations: [], total: 2 },
      },
    ],
    expect: [],
  },

  // ---- hidden dropdown feeds
  {
    key: 'form_choices',
    requests: [
      {
        method: 'GET',
        path: '/forms/',
        query: { locationId: 'loc123', limit: '50', skip: '0' },
        response: { forms: [{ id: 'f1', name: 'Contact Us', locationId: 'loc123' }, { id: 'f2', name: 'Quote', locationId: 'loc123' }], total: 2 },
      },
    ],
    expect: [
      { id: 'f1', name: 'Contact Us', locationId: 'loc123' },
      { id: 'f2', name: 'Quote', locationId: 'loc123' },
    ],
  },
  {
    key: 'survey_choices',
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/surveys/',
        query: { locationId: 'loc123', limit: '50', skip: '50' },
        response: { surveys: [{ id: 'sv1', name: 'Feedback', locationId: 'loc123' }], total: 51 },
      },
    ],
    expect: [{ id: 'sv1', name: 'Feedback', locationId: 'loc123' }],
  },
  {
    key: 'custom_object_schemas',
    name: 'custom objects and business, labelled; contact and opportunity left out',
    requests: [
      {
        method: 'GET',
        path: '/objects/',
        query: { locationId: 'loc123' },
        response: {
          objects: [
            { id: 'o1', key: 'contact', standard: true, labels: { singular: 'Contact', plural: 'Contacts' } },
            { id: 'o2', key: 'opportunity', standard: true, labels: { singular: 'Opportunity', plural: 'Opportunities' } },
            { id: 'o3', key: 'business', standard: true, labels: { singular: 'Company', plural: 'Companies' } },
            { id: 'o4', key: 'custom_objects.pet', standard: false, labels: { singular: 'Pet', plural: 'Pets' } },
          ],
        },
      },
    ],
    expect: [
      { id: 'o3', key: 'business', standard: true, labels: { singular: 'Company', plural: 'Companies' }, label: 'Company (business)' },
      { id: 'o4', key: 'custom_objects.pet', standard: false, labels: { singular: 'Pet', plural: 'Pets' }, label: 'Pet (custom_objects.pet)' },
    ],
  },
];
