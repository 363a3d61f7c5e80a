import type { OpFixture } from '../support/harness';
import { ago, beforeWindow, dayWindow, rangeValue } from './window';

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

/** A contact as the steps output it: "Full Name" (contactName) is its first and last name (areas/contacts.ts). */
const shown = (id: string, extra: Record<string, unknown> = {}) => {
  const c = contact(id, extra);
  return { ...c, contactName: [c.firstName, c.lastName].filter(Boolean).join(' ') };
};

const HOUR = 3600000;
const DAY = 24 * HOUR;
/**
 * new_appointment's rolling window, computed when the harness compares (after the request), so the fixture and the
 * trigger agree unless the test straddles the top of an hour.
 */
const windowQuery = (extra: Record<string, string>) => {
  const q: Record<string, string> = { ...extra };
  Object.defineProperty(q, 'startTime', {
    enumerable: true,
    get: () => String(Math.floor(Date.now() / HOUR) * HOUR - DAY),
  });
  Object.defineProperty(q, 'endTime', {
    enumerable: true,
    get: () => String(Math.floor(Date.now() / HOUR) * HOUR + 90 * DAY),
  });
  return q;
};

/** Times inside this poll's window (lib/polling.ts), and one before it. */
const NEW_AT = ago(30);
const NEWER_AT = ago(10);
const OLD_AT = beforeWindow();

/** 100 completed tasks, oldest first: 50 before the window, 50 inside it. */
const TASK_PAGE = Array.from({ length: 100 }, (_, i) => ({
  id: `t${i}`,
  completed: true,
  dateAdded: i < 50 ? OLD_AT : ago(60 - i / 10),
}));

/** 500 contacts added over the last 50 minutes, newest first, each with its searchAfter cursor. */
const FULL_PAGE = Array.from({ length: 500 }, (_, i) =>
  contact(`p${i}`, { dateAdded: ago(i / 10), searchAfter: [500 - i, `p${i}`] }),
);

/** 900 contacts added over the last 90 minutes, newest first, without searchAfter cursors. */
const UNCURSORED = Array.from({ length: 900 }, (_, i) => contact(`u${i}`, { dateAdded: ago(i / 10) }));

export const fixtures: OpFixture[] = [
  // ---- new_contact
  {
    key: 'new_contact',
    name: 'a window of dateAdded (range + sort), newest first, custom fields flattened; older contacts left out',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: {
          contacts: [
            contact('new', {
              dateAdded: NEW_AT,
              customFields: [{ id: 'cf1', value: 'Webinar' }],
              searchAfter: [3, 'new'],
            }),
            contact('newer', { dateAdded: NEWER_AT, searchAfter: [2, 'newer'] }),
            contact('old', { dateAdded: OLD_AT, searchAfter: [1, 'old'] }),
          ],
          total: 3,
        },
      },
    ],
    check: (r) => {
      expect(r.map((c: any) => c.id)).toEqual(['newer', 'new']);
      expect(r[1]).toMatchObject({ customField_cf1: 'Webinar', email: 'new@deos.com' });
    },
  },
  {
    key: 'search_contacts',
    name: 'the search text with the window of dateAdded (range + sort), newest first; older contacts left out',
    input: { query: 'deo' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          query: 'deo',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: {
          contacts: [
            contact('newer', { dateAdded: NEWER_AT, searchAfter: [2, 'newer'] }),
            contact('new', { dateAdded: NEW_AT, searchAfter: [1, 'new'] }),
            contact('old', { dateAdded: OLD_AT, searchAfter: [0, 'old'] }),
          ],
          total: 3,
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['newer', 'new']),
  },
  {
    key: 'new_contact',
    name: 'a full page inside the window: the next page is read (searchAfter) until the window is covered',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: { contacts: FULL_PAGE, total: 501 },
      },
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
          searchAfter: (FULL_PAGE[499] as { searchAfter?: unknown }).searchAfter,
        },
        response: { contacts: [contact('last', { dateAdded: ago(100), searchAfter: [0, 'last'] })], total: 501 },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(501);
      expect(r[500].id).toBe('last');
    },
  },
  {
    key: 'new_contact',
    name: 'a full page without searchAfter cursors is not the end: the next page is asked for by number',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: { contacts: UNCURSORED.slice(0, 500), total: 900 },
      },
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
          page: 2,
        },
        response: { contacts: UNCURSORED.slice(500), total: 900 },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(UNCURSORED.map((c) => c.id)),
  },
  {
    key: 'new_contact',
    name: 'GHL answering the numbered page with the first one again: the poll returns what it read, no loop',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: { contacts: UNCURSORED.slice(0, 500) },
      },
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
          page: 2,
        },
        response: { contacts: UNCURSORED.slice(0, 500) },
      },
    ],
    check: (r) => expect(r).toHaveLength(500),
  },
  {
    key: 'new_contact',
    name: 'a contact without a readable dateAdded fires (once, by id) instead of never',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: {
          contacts: [
            contact('ok1', { dateAdded: NEW_AT, searchAfter: [2, 'ok1'] }),
            contact('nodate', { dateAdded: undefined, searchAfter: [1, 'nodate'] }),
          ],
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['ok1', 'nodate']),
  },
  {
    key: 'new_contact',
    name: "the editor's sample run: one page without the window, so older contacts show up to map",
    meta: { isLoadingSample: true },
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { locationId: 'loc123', sort: [{ field: 'dateAdded', direction: 'desc' }], pageLimit: 500 },
        response: { contacts: [contact('old', { dateAdded: OLD_AT })], total: 1 },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['old']),
  },
  {
    key: 'new_contact',
    name: 'no contacts yet → nothing fires',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateAdded', direction: 'desc' }],
          filters: [{ field: 'dateAdded', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: { contacts: [], total: 0 },
      },
    ],
    expect: [],
  },

  // ---- updated_contact
  {
    key: 'updated_contact',
    name: "the editor's sample run: the most recently updated contacts, changes before the window included",
    meta: { isLoadingSample: true },
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { locationId: 'loc123', sort: [{ field: 'dateUpdated', direction: 'desc' }], pageLimit: 500 },
        response: {
          contacts: [
            contact('c1', { dateUpdated: OLD_AT }),
            contact('fresh', { dateAdded: OLD_AT, dateUpdated: OLD_AT }),
          ],
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual([`c1-${OLD_AT}`]),
  },
  {
    key: 'updated_contact',
    name: 'one item per change (id + dateUpdated, contact id as contactId / recordId); a new contact is no change',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateUpdated', direction: 'desc' }],
          filters: [{ field: 'dateUpdated', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: {
          contacts: [
            contact('c1', { dateUpdated: NEWER_AT }),
            // Created in the window: GHL stamps dateUpdated with dateAdded (±1 s).
            contact('fresh', { dateAdded: NEW_AT, dateUpdated: NEW_AT }),
            contact('c2', { dateUpdated: NEW_AT }),
          ],
        },
      },
    ],
    expect: [
      { ...shown('c1', { dateUpdated: NEWER_AT }), id: `c1-${NEWER_AT}`, recordId: 'c1', contactId: 'c1' },
      { ...shown('c2', { dateUpdated: NEW_AT }), id: `c2-${NEW_AT}`, recordId: 'c2', contactId: 'c2' },
    ],
  },
  {
    key: 'updated_contact',
    name: 'GHL ignoring the sort (newest added first) is read to the end; changes before the window are left out',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          locationId: 'loc123',
          sort: [{ field: 'dateUpdated', direction: 'desc' }],
          filters: [{ field: 'dateUpdated', operator: 'range', value: rangeValue() }],
          pageLimit: 500,
        },
        response: {
          contacts: [
            contact('c3', { dateAdded: '2026-03-03T00:00:00.000Z', dateUpdated: OLD_AT }),
            contact('c1', { dateAdded: '2026-03-01T00:00:00.000Z', dateUpdated: NEW_AT }),
          ],
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => [c.id, c.contactId])).toEqual([[`c1-${NEW_AT}`, 'c1']]),
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
          pageLimit: 500,
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
      {
        ...shown('c1', { tags: ['new lead', 'vip'], dateUpdated: '2026-03-05T09:00:00.000Z' }),
        id: 'c1-vip',
        recordId: 'c1',
        contactId: 'c1',
        tag: 'vip',
      },
      {
        ...shown('c3', { tags: ['VIP'], dateUpdated: '2026-03-03T09:00:00.000Z' }),
        id: 'c3-vip',
        recordId: 'c3',
        contactId: 'c3',
        tag: 'vip',
      },
    ],
  },
  {
    key: 'contact_tag_added',
    name: 'a tag with an emoji is filtered on as the sub-account spells it, and matched however it is written',
    input: { tag: '\u2B50 VIP' },
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/tags',
        response: { tags: [{ id: 't1', name: '\u2B50\uFE0F vip' }] },
      },
      {
        method: 'POST',
        path: '/contacts/search',
        body: {
          sort: [{ field: 'dateUpdated', direction: 'desc' }],
          locationId: 'loc123',
          pageLimit: 500,
          filters: [{ field: 'tags', operator: 'eq', value: '\u2B50\uFE0F vip' }],
        },
        response: {
          contacts: [
            contact('c1', { tags: ['\u2B50\uFE0F vip'], dateUpdated: '2026-03-05T09:00:00.000Z' }),
            contact('c2', { tags: ['\u2B50 vip\u200D'], dateUpdated: '2026-03-04T09:00:00.000Z' }),
          ],
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['c1-\u2B50 vip', 'c2-\u2B50 vip']),
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
          pageLimit: 500,
          filters: [{ field: 'tags', operator: 'eq', value: 'vip' }],
        },
        response: { contacts: [contact('c1', { tags: ['vip'], dateUpdated: '2026-03-09T09:00:00.000Z' })] },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['c1-vip']),
  },

  {
    key: 'contact_tag_added',
    name: 'a Tag of only white space is refused before any request: filtered on, it would silently never fire',
    input: { tag: ' \u00A0 ' },
    requests: [],
    error: /^Tag Added to Contact needs "Tag"\.$/,
  },

  // ---- new_task
  {
    key: 'new_task',
    name: 'pending tasks by default, newest created first; a newest-first page reaching the window start is enough',
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tasks/search',
        body: { completed: false, limit: 100, skip: 0 },
        response: {
          tasks: [
            {
              id: 't2',
              title: 'Newer task',
              contactId: 'c2',
              completed: false,
              dueDate: '2026-03-09T00:00:00.000Z',
              dateAdded: NEWER_AT,
            },
            {
              id: 't1',
              title: 'Older task',
              contactId: 'c1',
              completed: false,
              dueDate: '2026-03-02T00:00:00.000Z',
              dateAdded: NEW_AT,
            },
            { id: 't0', title: 'Before the window', contactId: 'c1', completed: false, dateAdded: OLD_AT },
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
        response: { tasks: [{ _id: 't9', title: 'Call back', completed: true, dateAdded: NEW_AT }] },
      },
    ],
    expect: [{ _id: 't9', id: 't9', title: 'Call back', completed: true, dateAdded: NEW_AT }],
  },
  {
    key: 'new_task',
    name: 'completed only; an oldest-first full page (order undocumented, no total) is followed to the end',
    input: { status: 'completed' },
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tasks/search',
        body: { completed: true, limit: 100, skip: 0 },
        response: { tasks: TASK_PAGE },
      },
      {
        method: 'POST',
        path: '/locations/loc123/tasks/search',
        body: { completed: true, limit: 100, skip: 100 },
        response: { tasks: [{ id: 'last', completed: true, dateAdded: NEWER_AT }] },
      },
    ],
    check: (r) => {
      expect(r[0].id).toBe('last');
      expect(r).toHaveLength(51);
    },
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
            {
              id: 'e1',
              title: 'Booked first',
              calendarId: 'cal1',
              startTime: '2026-03-10T15:00:00+00:00',
              dateAdded: '2026-03-01T00:00:00.000Z',
            },
            {
              id: 'e2',
              title: 'Booked later',
              calendarId: 'cal1',
              startTime: '2026-03-08T15:00:00+00:00',
              dateAdded: '2026-03-02T00:00:00.000Z',
            },
            {
              id: 'e3_1729821600000_1800',
              title: 'Recurring instance',
              calendarId: 'cal1',
              startTime: '2026-03-09T15:00:00+00:00',
              dateAdded: '2026-02-01T00:00:00.000Z',
            },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((e: any) => e.id)).toEqual(['e2', 'e1', 'e3_1729821600000_1800']),
  },
  {
    key: 'new_appointment',
    name: 'GHL not finding the calendar names it by its input',
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
    error:
      /^New Appointment: GHL found no record for Calendar "nope"\. Check that the id is right and belongs to this sub-account\. GHL says: Calendar not found\.$/,
  },

  // ---- form / survey submissions
  {
    key: 'new_form_submission',
    name: 'one form over the days of the window; newest first from a newest-first page',
    input: { formId: 'f1' },
    requests: [
      {
        method: 'GET',
        path: '/forms/submissions',
        query: dayWindow({ formId: 'f1', locationId: 'loc123', limit: '100', page: '1' }),
        response: {
          submissions: [
            {
              id: 's2',
              formId: 'f1',
              contactId: 'c2',
              name: 'B',
              email: 'b@x.com',
              createdAt: NEWER_AT,
              others: { phone: '2' },
            },
            {
              id: 's1',
              formId: 'f1',
              contactId: 'c1',
              name: 'A',
              email: 'a@x.com',
              createdAt: NEW_AT,
              others: { phone: '1' },
            },
            { id: 's0', formId: 'f1', contactId: 'c1', name: 'A', email: 'a@x.com', createdAt: OLD_AT, others: {} },
          ],
          meta: { total: 3, currentPage: 1, nextPage: null, prevPage: null },
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
    name: 'an oldest-first answer (order undocumented) is read from its last page back until the window is covered',
    input: { q: 'deo' },
    requests: [
      {
        method: 'GET',
        path: '/forms/submissions',
        query: dayWindow({ q: 'deo', locationId: 'loc123', limit: '100', page: '1' }),
        response: {
          submissions: [
            { id: 'x1', createdAt: OLD_AT },
            { id: 'x2', createdAt: NEW_AT },
          ],
          meta: { total: 250, currentPage: 1, nextPage: 2 },
        },
      },
      {
        method: 'GET',
        path: '/forms/submissions',
        query: dayWindow({ q: 'deo', locationId: 'loc123', limit: '100', page: '3' }),
        response: {
          submissions: [
            { id: 'x249', createdAt: NEW_AT },
            { id: 'x250', createdAt: NEWER_AT },
          ],
          meta: { total: 250, currentPage: 3, nextPage: null },
        },
      },
      {
        method: 'GET',
        path: '/forms/submissions',
        query: dayWindow({ q: 'deo', locationId: 'loc123', limit: '100', page: '2' }),
        response: {
          submissions: [
            { id: 'x101', createdAt: OLD_AT },
            { id: 'x200', createdAt: NEW_AT },
          ],
          meta: { total: 250, currentPage: 2, nextPage: 3 },
        },
      },
    ],
    check: (r) => expect(r.map((s: any) => s.id)).toEqual(['x250', 'x2', 'x249', 'x200']),
  },
  {
    key: 'new_survey_submission',
    name: 'one survey, newest first',
    input: { surveyId: 'sv1' },
    requests: [
      {
        method: 'GET',
        path: '/surveys/submissions',
        query: dayWindow({ surveyId: 'sv1', locationId: 'loc123', limit: '100', page: '1' }),
        response: {
          submissions: [
            { id: 'a', surveyId: 'sv1', contactId: 'c1', createdAt: NEW_AT },
            { id: 'b', surveyId: 'sv1', contactId: 'c2', createdAt: NEWER_AT },
          ],
          meta: { total: 2 },
        },
      },
    ],
    expect: [
      { id: 'b', surveyId: 'sv1', contactId: 'c2', createdAt: NEWER_AT },
      { id: 'a', surveyId: 'sv1', contactId: 'c1', createdAt: NEW_AT },
    ],
  },
  {
    key: 'new_survey_submission',
    name: 'missing scope: the message says how to fix it',
    requests: [
      {
        method: 'GET',
        path: '/surveys/submissions',
        query: dayWindow({ locationId: 'loc123', limit: '100', page: '1' }),
        status: 401,
        response: { statusCode: 401, message: 'The token is not authorized for this scope.' },
      },
    ],
    error: /not authorized for the scope it needs \(surveys\.readonly\)\. Add the scope/,
  },

  // ---- hidden dropdown feeds
  {
    key: 'form_choices',
    requests: [
      {
        method: 'GET',
        path: '/forms/',
        query: { locationId: 'loc123', limit: '50', skip: '0' },
        response: {
          forms: [
            { id: 'f1', name: 'Contact Us', locationId: 'loc123' },
            { id: 'f2', name: 'Quote', locationId: 'loc123' },
          ],
          total: 2,
        },
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
            {
              id: 'o2',
              key: 'opportunity',
              standard: true,
              labels: { singular: 'Opportunity', plural: 'Opportunities' },
            },
            { id: 'o3', key: 'business', standard: true, labels: { singular: 'Company', plural: 'Companies' } },
            { id: 'o4', key: 'custom_objects.pet', standard: false, labels: { singular: 'Pet', plural: 'Pets' } },
          ],
        },
      },
    ],
    expect: [
      {
        id: 'o3',
        key: 'business',
        standard: true,
        labels: { singular: 'Company', plural: 'Companies' },
        label: 'Company (business)',
      },
      {
        id: 'o4',
        key: 'custom_objects.pet',
        standard: false,
        labels: { singular: 'Pet', plural: 'Pets' },
        label: 'Pet (custom_objects.pet)',
      },
    ],
  },
];
