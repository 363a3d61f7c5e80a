import type { OpFixture } from '../support/harness';

const contact = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  locationId: 'loc123',
  firstName: 'Rosan',
  lastName: 'Deo',
  email: `${id}@deos.com`,
  dateAdded: '2026-03-01T10:00:00.000Z',
  dateUpdated: '2026-03-02T10:00:00.000Z',
  ...extra,
});

/** A contact as the steps output it: "Full Name" (contactName) is its first and last name (areas/contacts.ts). */
const shown = (id: string, extra: Record<string, unknown> = {}) => {
  const c = contact(id, extra);
  return { ...c, contactName: [c.firstName, c.lastName].filter(Boolean).join(' ') };
};

/**
 * The sub-account's contact custom fields, which a step given custom-field values reads first (cached 10 minutes in
 * z.cache; the harness starts every run with an empty cache): names for sentences, options, which ids exist.
 */
const contactFields = (...customFields: Array<Record<string, unknown>>) => ({
  method: 'GET' as const,
  path: '/locations/loc123/customFields',
  query: { model: 'contact' },
  response: { customFields: customFields.map((f) => ({ model: 'contact', ...f })) },
});
/** The custom fields of the audit's repro (option values with `,` and `;`), named as the Zap editor shows them. */
const AUDIT_FIELDS = [
  {
    id: 'cfMulti',
    name: 'Interests',
    dataType: 'MULTIPLE_OPTIONS',
    picklistOptions: ['Yes, please', 'No; thanks', 'Maybe'],
  },
  { id: 'cfCheck', name: 'Consent', dataType: 'CHECKBOX', picklistOptions: ['A, B', 'C'] },
  { id: 'cfList', name: 'Notes List', dataType: 'TEXTBOX_LIST', picklistOptions: [] },
  { id: 'cfNum', name: 'Seats', dataType: 'NUMERICAL' },
  { id: 'cfPhone', name: 'Office Phone', dataType: 'PHONE' },
  { id: 'cfEmail', name: 'Billing Email', dataType: 'EMAIL' },
  { id: 'cfRadio', name: 'Side', dataType: 'RADIO', picklistOptions: ['Left', 'Right'] },
  { id: 'cfSize', name: 'Size', dataType: 'SINGLE_OPTIONS', picklistOptions: ['alpha', 'beta', 'gamma'] },
  { id: 'cfText', name: 'Campaign', dataType: 'TEXT' },
];
/** Option fields as form answers land in them: a consent checkbox of one option, a yes / no, a rating. */
const FORM_FIELDS = [
  { id: 'cfAgree', name: 'Consent', dataType: 'CHECKBOX', picklistOptions: ['I agree to be contacted'] },
  { id: 'cfOwner', name: 'Homeowner', dataType: 'RADIO', picklistOptions: ['Yes', 'No'] },
  { id: 'cfColor', name: 'Color', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Red', 'Dark Blue'] },
  { id: 'cfTopics', name: 'Topics', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['Web Design', 'Yes', 'No'] },
  { id: 'cfRating', name: 'Rating', dataType: 'RADIO', picklistOptions: ['0', '1', '2'] },
];

export const fixtures: OpFixture[] = [
  // ---- triggers
  {
    key: 'get_contact',
    name: 'an id field given a whole document is refused by its label before any request (the address would be too long)',
    input: { contactId: 'x'.repeat(10_000) },
    requests: [],
    error: /^Specific Contact Updated: "Contact" is 10,000 characters long \(URL-encoded\), too long to send/,
  },
  {
    key: 'get_contact',
    name: 'fires with id + update time, flattening custom fields',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1',
        response: { contact: contact('c1', { customFields: [{ id: 'cf1', value: 'Webinar' }] }) },
      },
    ],
    expect: [
      {
        ...shown('c1', { customFields: [{ id: 'cf1', value: 'Webinar' }] }),
        customField_cf1: 'Webinar',
        id: 'c1-2026-03-02T10:00:00.000Z',
        recordId: 'c1',
      },
    ],
  },
  {
    // GHL names a contact three ways (GetContectByIdSchema: `name`; CreateContactSchema: neither; searches and
    // duplicate errors: `contactName`, lower-cased): "Full Name" is always the stored first and last name.
    key: 'get_contact',
    name: 'Full Name (contactName) is the first and last name, whether GHL answered name, a lower-cased contactName or neither',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1',
        response: {
          contact: contact('c1', { name: 'rosan deo', contactName: 'rosan deo', fullNameLowerCase: 'rosan deo' }),
        },
      },
    ],
    check: (r) => expect(r[0].contactName).toBe('Rosan Deo'),
  },
  {
    key: 'get_contact',
    name: "a contact without first or last name keeps GHL's name as its Full Name",
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1',
        response: { contact: contact('c1', { firstName: null, lastName: '', name: 'Deo Logistics' }) },
      },
    ],
    check: (r) => expect(r[0].contactName).toBe('Deo Logistics'),
  },
  {
    key: 'get_contact',
    name: 'a change to the contact produces a new dedupe id',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1',
        response: { contact: contact('c1', { dateUpdated: '2026-03-05T09:00:00.000Z' }) },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0].id).toBe('c1-2026-03-05T09:00:00.000Z');
      expect(r[0].recordId).toBe('c1');
    },
  },
  {
    key: 'get_contact',
    name: '404 names the contact id',
    input: { contactId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/nope',
        status: 404,
        response: { statusCode: 404, message: 'Contact not found' },
      },
    ],
    error: /Specific Contact Updated: GHL found no record for Contact "nope".*Contact not found/,
  },
  {
    key: 'contacts_by_business',
    input: { businessId: 'b1', query: 'ann' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/business/b1',
        query: { query: 'ann', locationId: 'loc123', limit: '100', skip: '0' },
        response: {
          contacts: [
            contact('c1', { dateAdded: '2026-01-01T00:00:00.000Z' }),
            contact('c2', { dateAdded: '2026-02-01T00:00:00.000Z' }),
          ],
          count: 2,
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['c2', 'c1']),
  },
  {
    key: 'contacts_by_business',
    name: 'no link time: every page is read, so an old contact linked beyond the first page fires',
    input: { businessId: 'b1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/business/b1',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: { contacts: Array.from({ length: 100 }, (_, i) => contact(`c${i}`)), count: 101 },
      },
      {
        method: 'GET',
        path: '/contacts/business/b1',
        query: { locationId: 'loc123', limit: '100', skip: '100' },
        response: { contacts: [contact('linked', { dateAdded: '2020-01-01T00:00:00.000Z' })], count: 101 },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toContain('linked'),
  },
  {
    key: 'contacts_by_business',
    name: 'page 2 skips the first page and keeps locationId',
    input: { businessId: 'b1' },
    meta: { page: 2 },
    requests: [
      {
        method: 'GET',
        path: '/contacts/business/b1',
        query: { locationId: 'loc123', limit: '100', skip: '200' },
        response: { contacts: [], count: 0 },
      },
    ],
    expect: [],
  },
  {
    key: 'get_duplicate_contact',
    input: { email: 'a+b@deos.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'a+b@deos.com', locationId: 'loc123' },
        response: { contact: contact('c9') },
      },
    ],
    check: (r) => expect(r).toEqual([{ ...shown('c9'), id: 'c9-2026-03-02T10:00:00.000Z', recordId: 'c9' }]),
  },
  {
    key: 'get_duplicate_contact',
    name: 'an internationalized domain GHL holds in Unicode is found by one more lookup in that form',
    input: { email: 'zoë@xn--bcher-kva.de' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'zoë@xn--bcher-kva.de', locationId: 'loc123' },
        response: { contact: null },
      },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'zoë@bücher.de', locationId: 'loc123' },
        response: { contact: contact('c9', { email: 'zoë@bücher.de' }) },
      },
    ],
    check: (r) => expect(r.map((c: { recordId: string }) => c.recordId)).toEqual(['c9']),
  },
  {
    key: 'get_duplicate_contact',
    name: 'no duplicate → nothing fires',
    input: { number: '+14155550100' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { number: '+14155550100', locationId: 'loc123' },
        response: { contact: null },
      },
    ],
    expect: [],
  },
  {
    key: 'get_duplicate_contact',
    name: 'neither email nor phone is a clear error before any request',
    input: {},
    requests: [],
    error: /needs an Email or a Phone/,
  },
  {
    key: 'contact_appointments',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1/appointments',
        response: {
          events: [
            { id: 'e1', title: 'First', dateAdded: '2026-01-01T00:00:00.000Z' },
            { id: 'e2', title: 'Second', dateAdded: '2026-02-01T00:00:00.000Z' },
          ],
        },
      },
    ],
    expect: [
      { id: 'e2', title: 'Second', dateAdded: '2026-02-01T00:00:00.000Z' },
      { id: 'e1', title: 'First', dateAdded: '2026-01-01T00:00:00.000Z' },
    ],
  },
  {
    key: 'contact_tasks',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1/tasks',
        response: { tasks: [{ id: 't1', title: 'Call', dateAdded: '2026-01-01T00:00:00.000Z' }] },
      },
    ],
    expect: [{ id: 't1', title: 'Call', dateAdded: '2026-01-01T00:00:00.000Z' }],
  },
  {
    key: 'get_contact_task',
    input: { contactId: 'c1', taskId: 't1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1/tasks/t1',
        response: { task: { id: 't1', title: 'Call', completed: false } },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject({ title: 'Call', recordId: 't1' });
      expect(r[0].id).toMatch(/^t1-[0-9a-f]{16}$/);
    },
  },
  {
    key: 'contact_notes',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1/notes',
        response: {
          notes: [
            { id: 'n1', body: 'a', dateAdded: '2026-01-01T00:00:00.000Z' },
            { id: 'n2', body: 'b', dateAdded: '2026-03-01T00:00:00.000Z' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((n: any) => n.id)).toEqual(['n2', 'n1']),
  },
  {
    key: 'get_contact_note',
    name: 'an edited note (same id, new body) gets a new dedupe id',
    input: { contactId: 'c1', id: 'n1' },
    requests: [{ method: 'GET', path: '/contacts/c1/notes/n1', response: { note: { id: 'n1', body: 'edited' } } }],
    check: (r) => {
      expect(r[0].recordId).toBe('n1');
      expect(r[0].id).not.toBe(
        require('../../lib/items').toChangeItem({ note: { id: 'n1', body: 'original' } }, { key: 'note' })[0].id,
      );
    },
  },
  {
    key: 'list_contacts_deprecated',
    input: { query: 'deo' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/',
        query: { query: 'deo', locationId: 'loc123', limit: '100' },
        response: { contacts: [contact('c1')], meta: { startAfterId: 'c1', startAfter: 1700000000000 } },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['c1']),
    expectCursor: { startAfterId: 'c1', startAfter: 1700000000000 },
  },
  {
    key: 'list_contacts_deprecated',
    name: 'next page sends both startAfter and startAfterId (startAfter alone does not advance)',
    meta: { page: 1 },
    cursor: JSON.stringify({ startAfterId: 'c1', startAfter: 1700000000000 }),
    requests: [
      {
        method: 'GET',
        path: '/contacts/',
        query: { locationId: 'loc123', limit: '100', startAfterId: 'c1', startAfter: '1700000000000' },
        response: { contacts: [], meta: {} },
      },
    ],
    expect: [],
  },

  // ---- creates
  {
    key: 'create_contact',
    name: 'typed fields, tags split, custom fields shaped by data type',
    input: {
      firstName: 'Rosan',
      email: 'rosan@deos.com',
      tags: ['new lead', 'writesonic, webinar'],
      dnd: 'false',
      dateOfBirth: '1990-09-25T00:00:00Z',
      cf__cf1__TEXT: 'Webinar',
      cf__cf2__NUMERICAL: '1.200,5',
      cf__cf3__MULTIPLE_OPTIONS: 'a,b',
      cf__cf4__DATE: '2026-04-01T12:00:00Z',
    },
    requests: [
      contactFields(
        { id: 'cf1', name: 'Source', dataType: 'TEXT' },
        { id: 'cf2', name: 'Score', dataType: 'NUMERICAL' },
        { id: 'cf3', name: 'Topics', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['a', 'b', 'c'] },
        { id: 'cf4', name: 'Trial End', dataType: 'DATE' },
      ),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Rosan',
          email: 'rosan@deos.com',
          tags: ['new lead', 'writesonic', 'webinar'],
          dnd: false,
          dateOfBirth: '1990-09-25',
          locationId: 'loc123',
          customFields: [
            { id: 'cf1', fieldValue: 'Webinar' },
            { id: 'cf2', fieldValue: 1200.5 },
            { id: 'cf3', fieldValue: ['a', 'b'] },
            { id: 'cf4', fieldValue: '2026-04-01' },
          ],
        },
        status: 201,
        response: { contact: contact('c1', { customFields: [{ id: 'cf1', value: 'Webinar' }] }) },
      },
    ],
    expect: {
      ...shown('c1', { customFields: [{ id: 'cf1', value: 'Webinar' }] }),
      customField_cf1: 'Webinar',
      isDuplicate: false,
    },
  },
  {
    key: 'create_contact',
    name: "a phone's extension, which GHL's phone cannot hold, is named in Skipped Values instead of vanishing",
    input: { firstName: 'Rosan', phone: '+1 (415) 555-0100 ext. 204' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', phone: '+14155550100', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { phone: '+14155550100' }) },
      },
    ],
    expect: {
      ...shown('c1', { phone: '+14155550100' }),
      isDuplicate: false,
      skippedValues: [
        '"Phone" "+1 (415) 555-0100 ext. 204": its extension 204 was not stored, as GHL\'s phone holds none.',
      ],
    },
  },
  {
    key: 'create_contact',
    name: "an Assigned User given by email (a lead's owner from another app) is that user's id: GHL's loose user search narrowed to the exact address",
    input: { firstName: 'Rosan', assignedTo: ' Ann@Agency.com ' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'Ann@agency.com', limit: '100' },
        response: {
          users: [
            { id: 'u2', email: 'joann@agency.com' },
            { id: 'u1', email: 'ann@agency.com' },
          ],
          count: 2,
        },
      },
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', assignedTo: 'u1', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { assignedTo: 'u1' }) },
      },
    ],
    check: (r) => expect(r.assignedTo).toBe('u1'),
  },
  {
    key: 'create_contact',
    name: 'an Assigned User email whose domain GHL holds in Unicode is found by one more user search in that form',
    input: { firstName: 'Rosan', assignedTo: 'jörg@xn--mller-kva.de' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'jörg@xn--mller-kva.de', limit: '100' },
        response: { users: [], count: 0 },
      },
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'jörg@müller.de', limit: '100' },
        response: {
          users: [
            { id: 'u2', email: 'jörg@müller.dev' },
            { id: 'u1', email: 'Jörg@Müller.de' },
          ],
          count: 2,
        },
      },
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', assignedTo: 'u1', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { assignedTo: 'u1' }) },
      },
    ],
    check: (r) => expect(r.assignedTo).toBe('u1'),
  },
  {
    key: 'create_contact',
    name: 'an Assigned User email no user of the sub-account has is refused naming it, never sent as an id',
    input: { firstName: 'Rosan', assignedTo: 'bob@agency.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'bob@agency.com', limit: '100' },
        response: { users: [{ id: 'u3', email: 'bobby@agency.com' }], count: 1 },
      },
    ],
    error:
      /^"Assigned User" "bob@agency.com" is no user of this sub-account: pick one from the dropdown, or map a user's ID or email\.$/,
  },
  {
    key: 'create_contact',
    name: 'an Assigned User email several users of the sub-account have is refused naming them, never a guess',
    input: { firstName: 'Rosan', assignedTo: 'ann@agency.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'ann@agency.com', limit: '100' },
        response: {
          users: [
            { id: 'u1', email: 'ann@agency.com' },
            { id: 'u2', email: 'ANN@agency.com' },
          ],
          count: 2,
        },
      },
    ],
    error: /^"Assigned User" "ann@agency.com" is the email of 2 users \("u1", "u2"\): pick one from the dropdown\.$/,
  },
  {
    key: 'create_contact',
    name: 'an Assigned User email on a connection without a companyId (nothing to look users up by) is refused unsent',
    input: { firstName: 'Rosan', assignedTo: 'ann@agency.com' },
    auth: { companyId: '' },
    requests: [],
    error:
      /^"Assigned User" "ann@agency.com" is an email; this connection has no agency id to look users up by: map the user's ID\.$/,
  },
  {
    key: 'create_contact',
    name: 'a user lookup answered without its list is an error naming it, not "no user of this sub-account"',
    input: { firstName: 'Rosan', assignedTo: 'ann@agency.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'ann@agency.com', limit: '100' },
        response: { message: 'ok' },
      },
    ],
    error:
      /^Create Contact: GHL's answer to the user lookup had no "users" list, so there is nothing reliable to return\./,
  },
  {
    key: 'create_contact',
    name: 'a gender written "F", as forms and CSV exports write it, is the choice "female"',
    input: { firstName: 'Rosan', gender: 'F' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', gender: 'female', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { gender: 'female' }) },
      },
    ],
    expect: { ...shown('c1', { gender: 'female' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: "a phone with its country code in brackets is international: the sub-account's country is not asked",
    input: { firstName: 'Rosan', phone: '(+44) 7700 900123' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', phone: '+447700900123', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { phone: '+447700900123' }) },
      },
    ],
    expect: { ...shown('c1', { phone: '+447700900123' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: "an email's label is taken off and named in Skipped Values, the address stored",
    input: { firstName: 'Rosan', email: 'Work: rosan@deos.com' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', email: 'rosan@deos.com', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { email: 'rosan@deos.com' }) },
      },
    ],
    expect: {
      ...shown('c1', { email: 'rosan@deos.com' }),
      isDuplicate: false,
      skippedValues: ['"Email" "Work: rosan@deos.com": its label "Work" was not stored, as GHL\'s email holds none.'],
    },
  },
  {
    key: 'create_contact',
    name: 'a title is no gender: left out and named listing the choices, the contact stored without it',
    input: { firstName: 'Rosan', gender: 'Mrs.' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1') },
      },
    ],
    expect: {
      ...shown('c1'),
      isDuplicate: false,
      skippedValues: ['"Gender" must be one of "male" (Male), "female" (Female), not "Mrs.". It was left out.'],
    },
  },
  {
    key: 'upsert_contact',
    name: 'a gender GHL does not offer ("Non-binary", a form\'s answer) never loses the lead, even when the step is set to stop on unreadable values',
    input: { firstName: 'Rosan', email: 'rosan@deos.com', gender: 'Non-binary', onUnreadable: 'error' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { firstName: 'Rosan', email: 'rosan@deos.com', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1'), new: true },
      },
    ],
    check: (r) =>
      expect(r.skippedValues).toEqual([
        '"Gender" must be one of "male" (Male), "female" (Female), not "Non-binary". It was left out.',
      ]),
  },
  {
    key: 'create_contact',
    name: "a national phone is read in the lead's own Country, without asking the sub-account's",
    input: { firstName: 'Olivia', phone: '07911 123456', country: 'United Kingdom' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Olivia', phone: '+447911123456', country: 'GB', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { phone: '+447911123456', country: 'GB' }) },
      },
    ],
    expect: { ...shown('c1', { phone: '+447911123456', country: 'GB' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'a country given by name is sent as the code GHL stores',
    input: { firstName: 'Rosan', country: 'United Kingdom', email: 'rosan@deos.com' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', email: 'rosan@deos.com', country: 'GB', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1', { country: 'GB' }) },
      },
    ],
    expect: { ...shown('c1', { country: 'GB' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: "an unknown country is skipped and named (the step's skip choice), the lead kept",
    input: { firstName: 'Rosan', country: 'Atlantis', email: 'rosan@deos.com' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', email: 'rosan@deos.com', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c1') },
      },
    ],
    expect: {
      ...shown('c1'),
      isDuplicate: false,
      skippedValues: [
        '"Country" "Atlantis" is not a country GHL knows: give its two-letter code (e.g. US, GB) or its name in English. It was left out, as this step\'s "If a Phone, Email or Country Can\'t Be Read" choice says.',
      ],
    },
  },
  {
    key: 'create_contact',
    name: 'custom fields: a multi-option value of 600 items is read in linear time (every run was tried: cubic, a minute)',
    input: { firstName: 'Ada', cf__cfMulti__MULTIPLE_OPTIONS: Array(600).fill('Yes, please; maybe').join(', ') },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [{ id: 'cfMulti', fieldValue: ['Yes, please', 'Maybe'] }],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: an option with "," or ";" stays whole, any case gets its spelling, list items are not split',
    input: {
      firstName: 'Ada',
      cf__cfMulti__MULTIPLE_OPTIONS: 'Yes, please; No; thanks, MAYBE',
      cf__cfCheck__CHECKBOX: ['A, B'],
      cf__cfList__TEXTBOX_LIST: ['first, with comma', 'second'],
      cf__cfRadio__RADIO: 'left',
      cf__cfSize__SINGLE_OPTIONS: 'BETA',
    },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [
            { id: 'cfMulti', fieldValue: ['Yes, please', 'No; thanks', 'Maybe'] },
            { id: 'cfCheck', fieldValue: ['A, B'] },
            { id: 'cfList', fieldValue: ['first, with comma', 'second'] },
            { id: 'cfRadio', fieldValue: 'Left' },
            { id: 'cfSize', fieldValue: 'beta' },
          ],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: an option holding "," in double quotes, as a CSV cell writes it, is that option',
    input: {
      firstName: 'Ada',
      cf__cfCheck__CHECKBOX: '"A, B", C',
      cf__cfMulti__MULTIPLE_OPTIONS: '"maybe"; "Yes, please"',
    },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [
            { id: 'cfCheck', fieldValue: ['A, B', 'C'] },
            { id: 'cfMulti', fieldValue: ['Maybe', 'Yes, please'] },
          ],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: options listed with a CJK or Arabic comma (、，،) or semicolon (؛) are split there',
    input: {
      firstName: 'Ada',
      cf__cfCheck__CHECKBOX: 'A, B、C',
      cf__cfMulti__MULTIPLE_OPTIONS: 'maybe، Yes, please؛ No; thanks',
    },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [
            { id: 'cfCheck', fieldValue: ['A, B', 'C'] },
            { id: 'cfMulti', fieldValue: ['Maybe', 'Yes, please', 'No; thanks'] },
          ],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: an option holding a CJK comma (、) is kept whole beside others listed with it',
    input: { firstName: 'Ada', cf__cfJa__MULTIPLE_OPTIONS: 'いいえ、はい、お願いします' },
    requests: [
      contactFields({
        id: 'cfJa',
        name: 'Reply',
        dataType: 'MULTIPLE_OPTIONS',
        picklistOptions: ['はい、お願いします', 'いいえ'],
      }),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [{ id: 'cfJa', fieldValue: ['いいえ', 'はい、お願いします'] }],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: what forms send into options: yes / no words, a one-option checkbox ticked, other white space',
    input: {
      firstName: 'Ada',
      cf__cfAgree__CHECKBOX: 'true',
      cf__cfOwner__RADIO: 'false',
      cf__cfColor__SINGLE_OPTIONS: 'dark\u00A0blue',
      cf__cfTopics__MULTIPLE_OPTIONS: ['web  design', 'Y'],
    },
    requests: [
      contactFields(...FORM_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [
            { id: 'cfAgree', fieldValue: ['I agree to be contacted'] },
            { id: 'cfOwner', fieldValue: 'No' },
            { id: 'cfColor', fieldValue: 'Dark Blue' },
            { id: 'cfTopics', fieldValue: ['Web Design', 'Yes'] },
          ],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: a yes / no names no option of a rating or of a checkbox of several options: refused, listed',
    input: { firstName: 'Ada', cf__cfRating__RADIO: 'yes' },
    requests: [contactFields(...FORM_FIELDS)],
    error: /^"Rating" must be one of "0", "1", "2", not "yes"\.$/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: a field that allows a custom option stores a value outside its options as written',
    input: { firstName: 'Ada', cf__cfHeard__RADIO: ' A friend ', cf__cfTools__MULTIPLE_OPTIONS: 'zapier, Notion' },
    requests: [
      contactFields(
        {
          id: 'cfHeard',
          name: 'Heard From',
          dataType: 'RADIO',
          picklistOptions: ['Google'],
          isAllowedCustomOption: true,
        },
        {
          id: 'cfTools',
          name: 'Tools',
          dataType: 'MULTIPLE_OPTIONS',
          picklistOptions: ['Zapier', 'Make'],
          isAllowedCustomOption: true,
        },
      ),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          locationId: 'loc123',
          customFields: [
            { id: 'cfHeard', fieldValue: 'A friend' },
            { id: 'cfTools', fieldValue: ['Zapier', 'Notion'] },
          ],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: "true" into a checkbox of several options is refused, not read as one of them',
    input: { firstName: 'Ada', cf__cfCheck__CHECKBOX: 'true' },
    requests: [contactFields(...AUDIT_FIELDS)],
    error: /^"Consent" must be one of "A, B", "C", not "true"\.$/,
  },
  {
    key: 'update_contact',
    name: 'a required id mapped from an empty value ("null") is refused saying it arrived empty, not only "needs"',
    input: { contactId: 'null', city: 'Springfield' },
    requests: [],
    error:
      /^Update Contact needs "Contact"\. It was mapped as "null", which stands for no value: the field it comes from was empty in this run\.$/,
  },
  {
    key: 'create_contact_note',
    name: 'a required text mapped from an empty value ("NULL", a database export) is refused saying it arrived empty',
    input: { contactId: 'c1', body: ' NULL ' },
    requests: [],
    error:
      /^Create Contact Note needs "Note"\. It was mapped as " NULL ", which stands for no value: the field it comes from was empty in this run\.$/,
  },
  {
    key: 'create_contact_note',
    name: 'a spreadsheet formula\'s error as the whole note is refused ("#REF!" is never a note), while "None" stays a note',
    input: { contactId: 'c1', body: '#REF!' },
    requests: [],
    error: /^Create Contact Note needs "Note"\. It was mapped as "#REF!", a spreadsheet formula's error\.$/,
  },
  {
    key: 'create_contact_note',
    name: 'a placeholder word as the whole note is kept: "none" may answer the question the note records',
    input: { contactId: 'c1', body: 'None', title: '#N/A' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/notes',
        body: { body: 'None' },
        status: 201,
        response: { note: { id: 'n1', body: 'None', contactId: 'c1' } },
      },
    ],
    check: (r) =>
      expect(r.skippedValues).toEqual([
        '"Title" "#N/A" is a spreadsheet formula\'s error, not a value. It was left out.',
      ]),
  },
  {
    key: 'create_contact',
    name: 'fields mapped from empty values ("null", "undefined", "NULL") are not given: not stored, not refused, not skipped',
    input: {
      firstName: 'Ada',
      lastName: 'null',
      email: 'ada@deos.com',
      phone: 'undefined',
      dnd: 'null',
      dateOfBirth: 'NULL',
      tags: 'undefined',
      cf__cfNum__NUMERICAL: 'null',
      cf__cfText__TEXT: ' undefined ',
    },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Ada', email: 'ada@deos.com', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: a JSON list handed over as text is its items (options matched, list items kept whole)',
    input: {
      firstName: 'Ada',
      cf__cfCheck__CHECKBOX: '["a, b", "c"]',
      cf__cfList__TEXTBOX_LIST: '["first, with comma", "second"]',
      tags: '["VIP", "vip", "webinar"]',
    },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ada',
          tags: ['VIP', 'webinar'],
          locationId: 'loc123',
          customFields: [
            { id: 'cfCheck', fieldValue: ['A, B', 'C'] },
            { id: 'cfList', fieldValue: ['first, with comma', 'second'] },
          ],
        },
        status: 201,
        response: { contact: contact('c4', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c4', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: a value that is no option is refused listing the options, by the field name',
    input: { firstName: 'Ada', cf__cfRadio__RADIO: 'up' },
    requests: [contactFields(...AUDIT_FIELDS)],
    error: /^"Side" must be one of "Left", "Right", not "up"\.$/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: list items are matched one by one ("Yes" alone is no option)',
    input: { firstName: 'Ada', cf__cfMulti__MULTIPLE_OPTIONS: ['Yes', 'please'] },
    requests: [contactFields(...AUDIT_FIELDS)],
    error: /^"Interests" must be one of "Yes, please", "No; thanks", "Maybe", not "Yes"\.$/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: a long option list is cut in the sentence',
    input: { firstName: 'Ada', cf__cfCity__SINGLE_OPTIONS: 'Atlantis' },
    requests: [
      contactFields({
        id: 'cfCity',
        name: 'City',
        dataType: 'SINGLE_OPTIONS',
        picklistOptions: Array.from({ length: 15 }, (_, i) => `City ${i + 1}`),
      }),
    ],
    error: /^"City" must be one of "City 1", "City 2", .*"City 12" or 3 more in its dropdown, not "Atlantis"\.$/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: errors name the field as the Zap editor shows it, not its id',
    input: { firstName: 'Ada', cf__cfNum__NUMERICAL: '1,250' },
    requests: [contactFields(...AUDIT_FIELDS)],
    error: /^"Seats" "1,250" is ambiguous: it reads as 1250/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: an object where one value belongs is refused, not stored as "[object Object]"',
    input: { firstName: 'Ada', cf__cfText__TEXT: { a: 1 } },
    requests: [contactFields(...AUDIT_FIELDS)],
    error: /^"Campaign" takes one value, not an object: "\{\\"a\\":1\}"\.$/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: an id the sub-account does not have is refused before the write',
    input: { firstName: 'Ada', cf__doesNotExist__TEXT: 'x' },
    requests: [contactFields(...AUDIT_FIELDS)],
    error:
      /^Create Contact: a custom field of this step \(id doesNotExist\) does not exist in the sub-account: it was deleted in GHL, or the step was set up for another sub-account\. Refresh the step's fields in the Zap editor and map the value again\.$/,
  },
  {
    key: 'create_contact',
    name: 'custom fields: options GHL lists as something other than a list are no options: the value goes as typed',
    input: { firstName: 'Ada', cf__cfTier__SINGLE_OPTIONS: ' Writesonic ' },
    requests: [
      contactFields({ id: 'cfTier', name: 'Lead Source', dataType: 'SINGLE_OPTIONS', picklistOptions: 'Gold' }),
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Ada', locationId: 'loc123', customFields: [{ id: 'cfTier', fieldValue: 'Writesonic' }] },
        status: 201,
        response: { contact: contact('c6', { firstName: 'Ada' }) },
      },
    ],
    expect: { ...shown('c6', { firstName: 'Ada' }), isDuplicate: false },
  },
  {
    key: 'create_contact',
    name: 'custom fields: an unreadable custom phone or email is skipped like the standard ones and listed',
    input: {
      firstName: 'Ada',
      cf__cfPhone__PHONE: 'ask',
      cf__cfEmail__EMAIL: 'ada at x',
      cf__cfText__TEXT: ' Webinar ',
    },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Ada', locationId: 'loc123', customFields: [{ id: 'cfText', fieldValue: 'Webinar' }] },
        status: 201,
        response: { contact: contact('c5', { firstName: 'Ada' }) },
      },
    ],
    expect: {
      ...shown('c5', { firstName: 'Ada' }),
      isDuplicate: false,
      skippedValues: [
        '"Office Phone" "ask" is not a phone number (only digits, spaces, + ( ) - . are expected). It was left out, as this step\'s "If a Phone, Email or Country Can\'t Be Read" choice says.',
        '"Billing Email" "ada at x" is not an email address (expected something like name@example.com). It was left out, as this step\'s "If a Phone, Email or Country Can\'t Be Read" choice says.',
      ],
    },
  },
  {
    key: 'create_contact',
    name: "custom fields: a custom phone's label and extension, which GHL's phone cannot hold, are named in Skipped Values",
    input: { firstName: 'Ada', cf__cfPhone__PHONE: 'Work: +1 (415) 555-0100 ext. 204' },
    requests: [
      contactFields(...AUDIT_FIELDS),
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Ada', locationId: 'loc123', customFields: [{ id: 'cfPhone', fieldValue: '+14155550100' }] },
        status: 201,
        response: { contact: contact('c5', { firstName: 'Ada' }) },
      },
    ],
    expect: {
      ...shown('c5', { firstName: 'Ada' }),
      isDuplicate: false,
      skippedValues: [
        '"Office Phone" "Work: +1 (415) 555-0100 ext. 204": its label "Work" and its extension 204 were not stored, as GHL\'s phone holds none.',
      ],
    },
  },
  {
    key: 'create_contact',
    name: 'custom fields: an unreadable custom email stops the step when the step says so',
    input: { firstName: 'Ada', cf__cfEmail__EMAIL: 'ada at x', onUnreadable: 'error' },
    requests: [contactFields(...AUDIT_FIELDS)],
    error: /^"Billing Email" "ada at x" is not an email address \(expected something like name@example\.com\)\.$/,
  },
  {
    key: 'create_contact',
    name: "422 keeps GHL's message and names the field",
    input: { firstName: 'Rosan', website: 'not a site' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', website: 'not a site', locationId: 'loc123' },
        status: 422,
        response: { statusCode: 422, message: ['website must be a URL address'], error: 'Unprocessable Entity' },
      },
    ],
    error:
      /Create Contact was rejected by GHL \(HTTP 422\)\. GHL says: website must be a URL address\. Check the field "Website" \(sent "not a site"\)\./,
  },
  {
    key: 'create_contact',
    name: 'messy lead: padded email, national phone read in the sub-account country (one location lookup), tags de-duplicated',
    input: { firstName: '  Zoë ', email: '  Zoe@Example.COM ', phone: '(415) 555-0100', tags: 'VIP, vip ; new lead' },
    requests: [
      { method: 'GET', path: '/locations/loc123', response: { location: { id: 'loc123', country: 'US' } } },
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Zoë',
          email: 'Zoe@example.com',
          phone: '+14155550100',
          tags: ['VIP', 'new lead'],
          locationId: 'loc123',
        },
        status: 201,
        response: { contact: contact('c2', { firstName: 'Zoë', email: 'Zoe@example.com', phone: '+14155550100' }) },
      },
    ],
    expect: {
      ...shown('c2', { firstName: 'Zoë', email: 'Zoe@example.com', phone: '+14155550100' }),
      isDuplicate: false,
    },
  },
  {
    key: 'create_contact',
    name: 'an unreadable email is skipped by default: the rest lands, the output names it',
    input: { firstName: 'Ned', email: 'ned at example dot com', phone: '+44 20 7946 0958' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Ned', phone: '+442079460958', locationId: 'loc123' },
        status: 201,
        response: { contact: contact('c3', { firstName: 'Ned', email: undefined, phone: '+442079460958' }) },
      },
    ],
    expect: {
      ...shown('c3', { firstName: 'Ned', email: undefined, phone: '+442079460958' }),
      isDuplicate: false,
      skippedValues: [
        '"Email" "ned at example dot com" is not an email address (expected something like name@example.com). It was left out, as this step\'s "If a Phone, Email or Country Can\'t Be Read" choice says.',
      ],
    },
  },
  {
    key: 'create_contact',
    name: '"Stop with an error": an unreadable phone refuses the step before any request',
    input: { firstName: 'Ned', phone: '+1 555', onUnreadable: 'error' },
    requests: [],
    error: /^"Phone" "\+1 555" is not a phone number: it has too few or too many digits\.$/,
  },
  {
    key: 'create_contact',
    name: 'the choice mapped as its label ("Stop with an error") stops too',
    input: { firstName: 'Ned', phone: '+1 555', onUnreadable: 'Stop with an error' },
    requests: [],
    error: /^"Phone" "\+1 555" is not a phone number: it has too few or too many digits\.$/,
  },
  {
    key: 'create_contact',
    name: 'nothing recognisable left after skipping: refused naming the values',
    input: { email: 'nobody at deos dot com', tags: 'lead' },
    requests: [],
    error:
      /^Create Contact has no name, email or phone left to save: "Email" "nobody at deos dot com" is not an email address \(expected something like name@example\.com\)\.$/,
  },
  {
    key: 'create_contact',
    name: "GHL's duplicate answer: the existing contact is fetched and returned, isDuplicate true",
    input: { firstName: 'Rosan', email: 'c1@deos.com' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', email: 'c1@deos.com', locationId: 'loc123' },
        status: 400,
        response: {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactId: 'c1', contactName: 'rosan deo', matchingField: 'email' },
        },
      },
      { method: 'GET', path: '/contacts/c1', response: { contact: contact('c1') } },
    ],
    expect: { ...shown('c1'), isDuplicate: true },
  },
  {
    key: 'create_contact',
    name: "GHL's duplicate answer for a returning lead (Find or Create's search missed it): the values the contact lacks are named",
    input: { firstName: 'Ann', lastName: 'Deo', email: 'c1@deos.com', phone: '+1 415 555 0102', tags: 'Webinar, vip' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: {
          firstName: 'Ann',
          lastName: 'Deo',
          email: 'c1@deos.com',
          phone: '+14155550102',
          tags: ['Webinar', 'vip'],
          locationId: 'loc123',
        },
        status: 400,
        response: {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactId: 'c1', contactName: 'rosan deo', matchingField: 'email' },
        },
      },
      { method: 'GET', path: '/contacts/c1', response: { contact: contact('c1', { tags: ['vip'] }) } },
    ],
    expect: {
      ...shown('c1', { tags: ['vip'] }),
      isDuplicate: true,
      skippedValues: [
        '"First Name" "Ann", "Phone" "+14155550102" and "Tags" "Webinar" were not stored: the contact already existed (ID "c1"), and a create does not change it. Update Contact writes them.',
      ],
    },
  },
  {
    key: 'create_contact',
    name: 'a duplicate holding the email with its domain in Unicode holds the address sent: not named as not stored',
    input: { firstName: 'Rosan', email: 'zoë@bücher.de', phone: '+1 415 555 0102' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { firstName: 'Rosan', email: 'zoë@xn--bcher-kva.de', phone: '+14155550102', locationId: 'loc123' },
        status: 400,
        response: {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactId: 'c1', contactName: 'rosan deo', matchingField: 'phone' },
        },
      },
      {
        method: 'GET',
        path: '/contacts/c1',
        response: { contact: contact('c1', { email: 'Zoë@Bücher.de', phone: '+14155550102' }) },
      },
    ],
    expect: { ...shown('c1', { email: 'Zoë@Bücher.de', phone: '+14155550102' }), isDuplicate: true },
  },
  {
    key: 'create_contact',
    name: '"fail on duplicates": the duplicate answer stops the step, naming the existing contact',
    input: { email: 'c1@deos.com', onDuplicate: 'error' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { email: 'c1@deos.com', locationId: 'loc123' },
        status: 400,
        response: {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactId: 'c1', matchingField: 'email' },
        },
      },
    ],
    error:
      /^Create Contact: a contact with this email already exists \(id "c1"\), and this step is set to fail on duplicates\.$/,
  },
  {
    key: 'create_contact',
    name: 'a 504 after GHL stored the contact: not re-sent, found by email and returned',
    input: { email: 'c4@deos.com', phone: '+14155550104' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/',
        body: { email: 'c4@deos.com', phone: '+14155550104', locationId: 'loc123' },
        status: 504,
        response: { message: 'Gateway Timeout' },
      },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'c4@deos.com' },
        response: { contact: contact('c4', { phone: '+14155550104' }) },
      },
    ],
    // What the first attempt stored is what the step sent: nothing is named as not stored.
    expect: { ...shown('c4', { phone: '+14155550104' }), isDuplicate: true },
  },
  {
    key: 'update_contact',
    name: 'a returning chat visitor\'s stand-ins ("Website Visitor", a dummy email and phone) leave the contact\'s own alone',
    input: {
      contactId: 'c1',
      firstName: 'Website Visitor',
      email: 'no@email.com',
      phone: '555-555-5555',
      city: 'Reno',
    },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { city: 'Reno' },
        response: { succeded: true, contact: contact('c1', { firstName: 'Maria', city: 'Reno' }) },
      },
    ],
    expect: {
      ...shown('c1', { firstName: 'Maria', city: 'Reno' }),
      skippedValues: [
        '"First Name" "Website Visitor" is what a chat widget shows for a visitor it has no name for, not a value. It was left out.',
        '"Email" "no@email.com" is a dummy address (filler, as people type to get past a required field), not a value. It was left out.',
        '"Phone" "555-555-5555" is a dummy number (one digit repeated, or counting from 1), not a value. It was left out.',
      ],
    },
  },
  {
    key: 'update_contact',
    name: "tags are added to the contact's (GHL's update would overwrite them): Add Tags, then the update without them",
    input: { contactId: 'c1', lastName: 'Deo', tags: 'vip, Customer' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['vip', 'Customer'] },
        status: 201,
        response: { tags: ['vip', 'customer'] },
      },
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { lastName: 'Deo' },
        response: { succeded: true, contact: contact('c1', { lastName: 'Deo', tags: ['customer', 'webinar'] }) },
      },
    ],
    expect: shown('c1', { lastName: 'Deo', tags: ['customer', 'webinar', 'vip'] }),
  },
  {
    key: 'update_contact',
    name: 'custom fields: a "no" into a one-option checkbox unticks it; an empty mapped value leaves its field alone',
    input: {
      contactId: 'c1',
      cf__cfAgree__CHECKBOX: 'false',
      cf__cfColor__SINGLE_OPTIONS: '',
      cf__cfOwner__RADIO: 'null',
    },
    requests: [
      contactFields(...FORM_FIELDS),
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { customFields: [{ id: 'cfAgree', fieldValue: [] }] },
        response: { succeded: true, contact: contact('c1') },
      },
    ],
    expect: shown('c1'),
  },
  {
    key: 'update_contact',
    name: 'only tags to change: they are added and the contact is read for the answer, never rewritten',
    input: { contactId: 'c1', tags: 'vip' },
    requests: [
      { method: 'POST', path: '/contacts/c1/tags', body: { tags: ['vip'] }, status: 201, response: { tags: ['vip'] } },
      { method: 'GET', path: '/contacts/c1', response: { contact: contact('c1', { tags: ['customer'] }) } },
    ],
    expect: shown('c1', { tags: ['customer', 'vip'] }),
  },
  {
    key: 'update_contact',
    name: 'Existing Tags "Replace" sends the tags in the update, which replaces them',
    input: { contactId: 'c1', lastName: 'Deo', tags: 'vip', existingTags: 'Replace' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { lastName: 'Deo', tags: ['vip'] },
        response: { succeded: true, contact: contact('c1', { lastName: 'Deo', tags: ['vip'] }) },
      },
    ],
    expect: shown('c1', { lastName: 'Deo', tags: ['vip'] }),
  },
  {
    key: 'update_contact',
    name: 'tags GHL refuses fail the step before the update is sent: the contact stays as it was',
    input: { contactId: 'c1', lastName: 'Deo', tags: 'vip' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['vip'] },
        status: 422,
        response: { message: ['tags must be an array'] },
      },
    ],
    error:
      /^Update Contact was rejected by GHL \(HTTP 422\)\. GHL says: tags must be an array\. Check the field "Tags"\.$/,
  },
  {
    key: 'update_contact',
    name: 'date of birth goes as the day GHL takes (the spec types it object: reviewed workaround)',
    input: { contactId: 'c1', dateOfBirth: '1990-09-25' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { dateOfBirth: '1990-09-25' },
        response: { succeded: true, contact: contact('c1', { dateOfBirth: '1990-09-25' }) },
      },
    ],
    expect: shown('c1', { dateOfBirth: '1990-09-25' }),
  },
  {
    key: 'update_contact',
    name: "a phone another contact has (Find or Create's update of a returning lead): the field, value and contact are named",
    input: { contactId: 'c1', firstName: 'Ann', phone: '+1 (415) 555-0102' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { firstName: 'Ann', phone: '+14155550102' },
        status: 400,
        response: {
          statusCode: 400,
          message: 'This location does not allow duplicated contacts.',
          meta: { contactId: 'c2', contactName: 'bob deo', matchingField: 'phone' },
        },
      },
    ],
    error:
      /^Update Contact was rejected by GHL \(HTTP 400\)\. GHL says: This location does not allow duplicated contacts\. Check the field "Phone" \(sent "\+14155550102"\)\. Another contact "bob deo" \(ID "c2"\) already has it\.$/,
  },
  {
    key: 'update_contact',
    name: 'only the contact picked: nothing to change is refused before any request (issue 12)',
    input: { contactId: 'c1', tags: ' , , ', email: '   ' },
    requests: [],
    error: /^Update Contact has nothing to change: fill in at least one field to update besides "Contact"\.$/,
  },
  {
    key: 'update_contact',
    name: 'an unreadable phone is skipped as on Create Contact (Find or Create updates a returning lead the same way)',
    input: { contactId: 'c1', email: 'rosan@deos.com', phone: 'call me', onUnreadable: 'skip' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { email: 'rosan@deos.com' },
        response: { succeded: true, contact: contact('c1', { email: 'rosan@deos.com' }) },
      },
    ],
    expect: {
      ...shown('c1', { email: 'rosan@deos.com' }),
      skippedValues: [
        '"Phone" "call me" is not a phone number (only digits, spaces, + ( ) - . are expected). It was left out, as this step\'s "If a Phone, Email or Country Can\'t Be Read" choice says.',
      ],
    },
  },
  {
    key: 'update_contact',
    name: '"Stop with an error" refuses the unreadable phone',
    input: { contactId: 'c1', email: 'rosan@deos.com', phone: 'call me', onUnreadable: 'error' },
    requests: [],
    error: /^"Phone" "call me" is not a phone number/,
  },
  {
    key: 'update_contact',
    name: "Create Contact's company name and gender, which GHL's update does not take, are listed as not stored",
    input: { contactId: 'c1', firstName: 'Rosan', companyName: 'Deo Logistics', gender: 'male' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1',
        body: { firstName: 'Rosan' },
        response: { succeded: true, contact: contact('c1') },
      },
    ],
    expect: {
      ...shown('c1'),
      skippedValues: [
        '"Company Name" "Deo Logistics" was not stored: GHL\'s contact update does not take it (only Create Contact sets it).',
        '"Gender" "male" was not stored: GHL\'s contact update does not take it (only Create Contact sets it).',
      ],
    },
  },
  {
    key: 'update_contact',
    name: 'only a company name and gender: nothing to change, naming them (never a silent no-op)',
    input: { contactId: 'c1', companyName: 'Deo Logistics', gender: 'male' },
    requests: [],
    error:
      /^Update Contact has nothing to change: fill in at least one field to update besides "Contact"\. "Company Name" "Deo Logistics" was not stored: GHL's contact update does not take it \(only Create Contact sets it\)\. "Gender" "male" was not stored/,
  },
  {
    key: 'update_contact_task',
    name: 'only the ids: nothing to change is refused before any request (issue 12)',
    input: { contactId: 'c1', taskId: 't1' },
    requests: [],
    error:
      /^Update Contact Task has nothing to change: fill in at least one field to update besides "Contact" and "Task"\.$/,
  },
  {
    key: 'upsert_contact',
    name: 'an unreadable phone and nothing else: refused naming the value (skipping it would leave nothing to match)',
    input: { phone: 'call me', tags: 'lead' },
    requests: [],
    error:
      /^Upsert Contact needs a readable Email or Phone to match the contact on; without one GHL creates a new contact on every run\. "Phone" "call me" is not a phone number/,
  },
  {
    key: 'upsert_contact',
    name: 'neither email nor phone readable (both skipped): refused naming both, never an upsert without a key',
    input: { firstName: 'Rosan', lastName: 'Deo', email: 'replay@example', phone: 'call me' },
    requests: [],
    error:
      /^Upsert Contact needs a readable Email or Phone to match the contact on; without one GHL creates a new contact on every run\. "Email" "replay@example" is not an email address \(expected something like name@example\.com\)\. "Phone" "call me" is not a phone number \(only digits, spaces, \+ \( \) - \. are expected\)\.$/,
  },
  {
    key: 'upsert_contact',
    name: 'no email or phone given: refused before any request',
    input: { firstName: 'Rosan' },
    requests: [],
    error:
      /^Upsert Contact needs a readable Email or Phone to match the contact on; without one GHL creates a new contact on every run\.$/,
  },
  {
    key: 'upsert_contact',
    input: { email: 'rosan@deos.com', phone: '+14155550100', source: 'Writesonic' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'rosan@deos.com', phone: '+14155550100', source: 'Writesonic', locationId: 'loc123' },
        response: { new: true, contact: contact('c1'), traceId: 't' },
      },
    ],
    expect: { ...shown('c1'), isNew: true },
  },
  {
    key: 'upsert_contact',
    name: "a returning lead keeps its tags (the added ones shown lower-cased, as GHL stores them): found, it is upserted without them (GHL's upsert would overwrite them), then Add Tags on the contact answered",
    input: { email: 'rosan@deos.com', tags: 'Webinar' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'rosan@deos.com' },
        response: { contact: contact('c1', { tags: ['customer'] }) },
      },
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'rosan@deos.com', locationId: 'loc123' },
        response: { new: false, contact: contact('c1', { tags: ['customer'] }), traceId: 't' },
      },
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['Webinar'] },
        status: 201,
        response: { tags: ['webinar'] },
      },
    ],
    expect: { ...shown('c1', { tags: ['customer', 'webinar'] }), isNew: false },
  },
  {
    key: 'upsert_contact',
    name: 'tags GHL refuses after the upsert saved the contact: the sentence says the contact was saved',
    input: { email: 'rosan@deos.com', tags: 'webinar' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'rosan@deos.com' },
        response: { contact: contact('c1') },
      },
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'rosan@deos.com', locationId: 'loc123' },
        response: { new: false, contact: contact('c1'), traceId: 't' },
      },
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['webinar'] },
        status: 422,
        response: { message: ['tags must be an array'] },
      },
    ],
    error:
      /^The contact \(c1\) was saved, but its tags were not added\. Upsert Contact was rejected by GHL \(HTTP 422\)\. GHL says: tags must be an array\. Check the field "Tags"\.$/,
  },
  {
    key: 'upsert_contact',
    name: 'a new lead is upserted with its tags in one write, so a GHL workflow on "Contact Created" sees them',
    input: { email: 'new@deos.com', phone: '+14155550100', tags: 'webinar' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'new@deos.com' },
        response: { contact: null },
      },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', number: '+14155550100' },
        response: { contact: null },
      },
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'new@deos.com', phone: '+14155550100', tags: ['webinar'], locationId: 'loc123' },
        response: { new: true, contact: contact('c2', { tags: ['webinar'] }), traceId: 't' },
      },
    ],
    expect: { ...shown('c2', { tags: ['webinar'] }), isNew: true },
  },
  {
    // GHL's upsert matches the email as it holds it: sent in ASCII, it would create a second contact beside the one
    // holding the Unicode form (typed in GHL, imported).
    key: 'upsert_contact',
    name: 'an internationalized domain GHL holds in Unicode: looked up in both forms, upserted as the contact holds it',
    input: { email: 'zoë@bücher.de', firstName: 'Zoë' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'zoë@xn--bcher-kva.de' },
        response: { contact: null },
      },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'zoë@bücher.de' },
        response: { contact: contact('c1', { email: 'Zoë@Bücher.de' }) },
      },
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'Zoë@Bücher.de', firstName: 'Zoë', locationId: 'loc123' },
        response: { new: false, contact: contact('c1', { email: 'Zoë@Bücher.de', firstName: 'Zoë' }), traceId: 't' },
      },
    ],
    expect: { ...shown('c1', { email: 'Zoë@Bücher.de', firstName: 'Zoë' }), isNew: false },
  },
  {
    key: 'upsert_contact',
    name: 'an internationalized domain GHL holds in neither form: upserted in ASCII after the two lookups',
    input: { email: 'zoë@bücher.de', phone: '+14155550100' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'zoë@xn--bcher-kva.de' },
        response: { contact: null },
      },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { locationId: 'loc123', email: 'zoë@bücher.de' },
        response: { contact: null },
      },
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'zoë@xn--bcher-kva.de', phone: '+14155550100', locationId: 'loc123' },
        response: { new: true, contact: contact('c2', { email: 'zoë@xn--bcher-kva.de' }), traceId: 't' },
      },
    ],
    expect: { ...shown('c2', { email: 'zoë@xn--bcher-kva.de' }), isNew: true },
  },
  {
    key: 'upsert_contact',
    name: 'Existing Tags "replace" sends the tags in the upsert',
    input: { email: 'rosan@deos.com', tags: 'webinar', existingTags: 'replace' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'rosan@deos.com', tags: ['webinar'], locationId: 'loc123' },
        response: { new: false, contact: contact('c1', { tags: ['webinar'] }), traceId: 't' },
      },
    ],
    expect: { ...shown('c1', { tags: ['webinar'] }), isNew: false },
  },
  {
    key: 'upsert_contact',
    name: 'date of birth goes as the day GHL takes (the spec types it object: reviewed workaround)',
    input: { email: 'rosan@deos.com', dateOfBirth: '1990-09-25T00:00:00Z' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/upsert',
        body: { email: 'rosan@deos.com', dateOfBirth: '1990-09-25', locationId: 'loc123' },
        response: { new: false, contact: contact('c1', { dateOfBirth: '1990-09-25' }), traceId: 't' },
      },
    ],
    expect: { ...shown('c1', { dateOfBirth: '1990-09-25' }), isNew: false },
  },
  {
    key: 'delete_contact',
    input: { contactId: 'c1' },
    requests: [{ method: 'DELETE', path: '/contacts/c1', response: { succeded: true } }],
    expect: { id: 'c1', deleted: true },
  },
  {
    key: 'delete_contact',
    name: 'GHL\'s documented flag saying it failed ("succeded": false) is no "deleted: true"',
    input: { contactId: 'c1' },
    requests: [{ method: 'DELETE', path: '/contacts/c1', response: { succeded: false } }],
    error:
      /^Delete Contact: GHL answered "succeded": false, so it did not carry this out for Contact "c1"\. Check the step's values in GHL, then replay the run\.$/,
  },
  {
    key: 'add_contact_tags',
    input: { contactId: 'c1', tags: ['hot', 'writesonic'] },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['hot', 'writesonic'] },
        status: 201,
        response: { tags: ['hot', 'writesonic', 'old'] },
      },
    ],
    expect: { contactId: 'c1', tags: ['hot', 'writesonic', 'old'] },
  },
  {
    // A tag may be called "N/A" or "-" (a list keeps what was typed); "null" is an item mapped from an empty one.
    key: 'add_contact_tags',
    name: 'tags keep "N/A" and "-" as typed, and leave out "null" (an empty item)',
    input: { contactId: 'c1', tags: 'N/A, -, null' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tags',
        body: { tags: ['N/A', '-'] },
        status: 201,
        response: { tags: ['n/a', '-'] },
      },
    ],
    expect: { contactId: 'c1', tags: ['n/a', '-'] },
  },
  {
    key: 'bulk_update_contact_tags',
    name: 'a placeholder among the Contacts ("-") is refused naming it; the same word as a tag is a tag',
    input: { type: 'add', contacts: ['c1', '-'], tags: '-' },
    requests: [],
    error: /^"Contacts" holds "-", a placeholder for no answer, not an id: remove it from the list\.$/,
  },
  {
    key: 'add_contact_tags',
    name: 'missing tags is a clear error before any request',
    input: { contactId: 'c1' },
    requests: [],
    error: /Add Tags to Contact needs "Tags"/,
  },
  {
    key: 'remove_contact_tags',
    input: { contactId: 'c1', tags: 'hot' },
    requests: [{ method: 'DELETE', path: '/contacts/c1/tags', body: { tags: ['hot'] }, response: { tags: ['old'] } }],
    expect: { contactId: 'c1', tags: ['old'] },
  },
  {
    key: 'bulk_update_contact_tags',
    input: { type: 'remove', contacts: 'c1,c2', tags: ['old'], removeAllTags: 'false' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/tags/update/remove',
        body: { contacts: ['c1', 'c2'], tags: ['old'], removeAllTags: false, locationId: 'loc123' },
        response: { succeded: true, errorCount: 0, responses: [] },
      },
    ],
    expect: { type: 'remove', succeded: true, errorCount: 0, responses: [] },
  },
  {
    key: 'bulk_update_contact_tags',
    name: "contacts GHL did not update are named, as its spec's example answer lists them (never a silent success)",
    input: { type: 'add', contacts: ['qFSqySFkVvNzOSqgGqFi', 'abcdef', '3ualbhnV7j3n3a9r2moD'], tags: ['tag-1'] },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/tags/update/add',
        body: {
          contacts: ['qFSqySFkVvNzOSqgGqFi', 'abcdef', '3ualbhnV7j3n3a9r2moD'],
          tags: ['tag-1'],
          locationId: 'loc123',
        },
        status: 201,
        // UpdateTagsResponseDTO's example (contacts.json), whose errorCount (0) does not count its own errors.
        response: {
          succeded: true,
          errorCount: 0,
          responses: [
            {
              contactId: 'qFSqySFkVvNzOSqgGqFi',
              message: 'Tags updated',
              type: 'success',
              oldTags: ['tag-1', 'tag-2'],
              tagsAdded: [],
              tagsRemoved: [],
            },
            { contactId: 'abcdef', message: 'contact id is not a valid firebase id', type: 'error' },
            { contactId: '3ualbhnV7j3n3a9r2moD', message: 'contact does not belong to location', type: 'error' },
          ],
        },
      },
    ],
    error:
      /^Bulk Update Contact Tags: GHL did not update the tags of 2 of the 3 contacts: "abcdef" \(contact id is not a valid firebase id\), "3ualbhnV7j3n3a9r2moD" \(contact does not belong to location\)\. The tags of the other contact were updated\. Check the field "Contacts", then replay the run \(updating tags again does no harm\)\.$/,
  },
  {
    key: 'bulk_update_contact_tags',
    name: 'an error count without readable entries still fails, with what GHL said',
    input: { type: 'remove', contacts: ['c1', 'c2'], tags: ['old'] },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/tags/update/remove',
        body: { contacts: ['c1', 'c2'], tags: ['old'], locationId: 'loc123' },
        status: 201,
        response: { succeded: true, errorCount: 1, responses: ['contact is deleted'] },
      },
    ],
    error:
      /^Bulk Update Contact Tags: GHL did not update the tags of 1 contact\. GHL says: contact is deleted\. Check the field "Contacts"/,
  },
  {
    key: 'bulk_update_contact_tags',
    name: 'Remove All Tags with Add is refused before any request',
    input: { type: 'add', contacts: ['c1'], tags: ['x'], removeAllTags: true },
    requests: [],
    error: /"Remove All Tags" can only be used with the Remove tags action/,
  },
  {
    key: 'create_contact_task',
    input: { contactId: 'c1', title: 'Call', dueDate: '2026-03-05T17:00:00+02:00', assignedTo: 'u1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tasks',
        body: { completed: false, title: 'Call', dueDate: '2026-03-05T17:00:00+02:00', assignedTo: 'u1' },
        status: 201,
        response: { task: { id: 't1', title: 'Call', completed: false } },
      },
    ],
    expect: { id: 't1', title: 'Call', completed: false },
  },
  {
    // Line items that each name the same contact and user (a Code step's or a webhook's list) hold one value each.
    key: 'create_contact_task',
    name: 'the same id twice where one belongs (in the path and in the body) is that id',
    input: {
      contactId: ['c1', 'c1'],
      title: 'Call',
      dueDate: '2026-03-05T17:00:00+02:00',
      assignedTo: ['u1', ' u1', ''],
    },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tasks',
        body: { completed: false, title: 'Call', dueDate: '2026-03-05T17:00:00+02:00', assignedTo: 'u1' },
        status: 201,
        response: { task: { id: 't1', title: 'Call', completed: false } },
      },
    ],
    expect: { id: 't1', title: 'Call', completed: false },
  },
  // Line items none of which has the field: Zapier hands ['', null] as mapped (cleanInputData is off), where it used to
  // drop them. No value, as '' is: an optional field left out, a required id asked for, never "not a list".
  {
    key: 'create_contact_task',
    name: 'a list of only empty items where one value belongs is no value: an optional field is left out',
    input: { contactId: 'c1', title: 'Call', dueDate: '2026-03-05T17:00:00+02:00', assignedTo: ['', null, 'null'] },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/tasks',
        body: { completed: false, title: 'Call', dueDate: '2026-03-05T17:00:00+02:00' },
        status: 201,
        response: { task: { id: 't1', title: 'Call', completed: false } },
      },
    ],
    expect: { id: 't1', title: 'Call', completed: false },
  },
  {
    key: 'delete_contact',
    name: 'a list of only empty items as the id in the path is a missing id',
    input: { contactId: ['', null] },
    requests: [],
    error: /^Delete Contact needs "Contact"\. Fill it in or map it from an earlier step\.$/,
  },
  {
    key: 'delete_contact',
    name: 'a list of two contacts where one belongs is refused, naming the field',
    input: { contactId: ['c1', 'c2'] },
    requests: [],
    error: /^"Contact" must be a single id, not a list: map one value/,
  },
  {
    key: 'create_contact_task',
    name: 'an unreadable due date names the field',
    input: { contactId: 'c1', title: 'Call', dueDate: 'next blursday' },
    requests: [],
    error: /"Due Date" must be a date-time/,
  },
  {
    key: 'update_contact_task',
    input: { contactId: 'c1', taskId: 't1', completed: 'yes' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1/tasks/t1',
        body: { completed: true },
        response: { task: { id: 't1', completed: true } },
      },
    ],
    expect: { id: 't1', completed: true },
  },
  {
    key: 'complete_contact_task',
    input: { contactId: 'c1', taskId: 't1' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1/tasks/t1/completed',
        body: { completed: true },
        response: { task: { id: 't1', completed: true } },
      },
    ],
    expect: { id: 't1', completed: true },
  },
  {
    key: 'delete_contact_task',
    input: { contactId: 'c1', taskId: 't1' },
    requests: [{ method: 'DELETE', path: '/contacts/c1/tasks/t1', response: { succeded: true } }],
    expect: { contactId: 'c1', id: 't1', deleted: true },
  },
  {
    key: 'create_contact_note',
    input: { contactId: 'c1', body: 'Intro from Writesonic', userId: 'u1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/notes',
        body: { body: 'Intro from Writesonic', userId: 'u1' },
        status: 201,
        response: { note: { id: 'n1', body: 'Intro from Writesonic', dateAdded: '2026-03-01T00:00:00.000Z' } },
      },
    ],
    expect: { id: 'n1', body: 'Intro from Writesonic', dateAdded: '2026-03-01T00:00:00.000Z' },
  },
  {
    key: 'update_contact_note',
    input: { contactId: 'c1', id: 'n1', body: 'Edited' },
    requests: [
      {
        method: 'PUT',
        path: '/contacts/c1/notes/n1',
        body: { body: 'Edited' },
        response: { note: { id: 'n1', body: 'Edited' } },
      },
    ],
    expect: { id: 'n1', body: 'Edited' },
  },
  {
    key: 'update_contact_note',
    name: 'the new text has its own label, apart from the Note picked',
    input: { contactId: 'c1', id: 'n1', body: '  ' },
    requests: [],
    error: /^Update Contact Note needs "New Text"\.$/,
  },
  {
    key: 'delete_contact_note',
    input: { contactId: 'c1', id: 'n1' },
    requests: [{ method: 'DELETE', path: '/contacts/c1/notes/n1', response: { succeded: true } }],
    expect: { contactId: 'c1', id: 'n1', deleted: true },
  },
  {
    key: 'add_contact_to_campaign',
    input: { contactId: 'c1', campaignId: 'k1' },
    requests: [
      { method: 'POST', path: '/contacts/c1/campaigns/k1', body: {}, status: 201, response: { succeded: true } },
    ],
    expect: { contactId: 'c1', campaignId: 'k1', succeded: true },
  },
  {
    key: 'add_contact_to_campaign',
    // GHL's words for a DND contact, as a GHL API reference tested against a live location records them.
    name: 'a contact with DND on is named, with what to do',
    input: { contactId: 'c1', campaignId: 'k1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/campaigns/k1',
        body: {},
        status: 400,
        response: {
          statusCode: 400,
          message: "Ann Lee has dnd enabled, not starting campaign 'Welcome'.",
          error: 'Bad Request',
        },
      },
    ],
    error:
      /^Add Contact to Campaign: Contact "c1" has Do Not Disturb \(DND\) on, so GHL refused this step for it\. Turn DND off on the contact in GHL only if they agreed to hear from you again, or leave this contact out\. GHL says: Ann Lee has dnd enabled, not starting campaign 'Welcome'\.$/,
  },
  {
    key: 'remove_contact_from_campaign',
    input: { contactId: 'c1', campaignId: 'k1' },
    requests: [{ method: 'DELETE', path: '/contacts/c1/campaigns/k1', response: { succeded: true } }],
    expect: { contactId: 'c1', campaignId: 'k1', succeded: true },
  },
  {
    key: 'remove_contact_from_all_campaigns',
    input: { contactId: 'c 1/x' },
    name: 'path values are encoded as one segment',
    requests: [{ method: 'DELETE', path: '/contacts/c%201%2Fx/campaigns/removeAll', response: { succeded: true } }],
    expect: { contactId: 'c 1/x', succeded: true },
  },

  // ---- search
  {
    key: 'find_contact',
    name: 'by email (duplicate lookup)',
    input: { email: 'rosan@deos.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'rosan@deos.com', locationId: 'loc123' },
        response: { contact: contact('c1') },
      },
    ],
    expect: [shown('c1')],
  },
  {
    // GHL matches the text it holds: an address typed in GHL or imported keeps its domain in Unicode, while the step
    // sends the ASCII form (lib/normalize.ts emailDomain). Found in the second form, it is the match (Find or Create
    // updates it instead of creating a second contact).
    key: 'find_contact',
    name: 'an internationalized domain GHL holds in Unicode: found by one more lookup in that form',
    input: { email: 'Zoë@BÜCHER.de', number: '+14155550100' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'Zoë@xn--bcher-kva.de', number: '+14155550100', locationId: 'loc123' },
        response: { contact: null },
      },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'Zoë@bücher.de', number: '+14155550100', locationId: 'loc123' },
        response: { contact: contact('c1', { email: 'zoë@bücher.de' }) },
      },
    ],
    expect: [shown('c1', { email: 'zoë@bücher.de' })],
  },
  {
    key: 'find_contact',
    name: 'an internationalized domain found in its ASCII form: one lookup',
    input: { email: 'zoë@bücher.de' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'zoë@xn--bcher-kva.de', locationId: 'loc123' },
        response: { contact: contact('c1', { email: 'zoë@xn--bcher-kva.de' }) },
      },
    ],
    expect: [shown('c1', { email: 'zoë@xn--bcher-kva.de' })],
  },
  {
    key: 'find_contact',
    name: 'an ASCII domain found nowhere: one lookup, no second form',
    input: { email: 'rosan@deos.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'rosan@deos.com', locationId: 'loc123' },
        response: { contact: null },
      },
    ],
    expect: [],
  },
  {
    key: 'find_contact',
    name: 'a Contact ID mapped from an empty value ("null") is not given: the email is searched',
    input: { contactId: 'null', email: 'rosan@deos.com', number: 'undefined' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'rosan@deos.com', locationId: 'loc123' },
        response: { contact: contact('c1') },
      },
    ],
    expect: [shown('c1')],
  },
  {
    key: 'find_contact',
    name: 'by phone, nothing found → []',
    input: { number: '+14155550100' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { number: '+14155550100', locationId: 'loc123' },
        response: { contact: null },
      },
    ],
    expect: [],
  },
  {
    key: 'find_contact',
    name: 'a padded, mixed-case email and a national phone are normalized before the lookup',
    input: { email: '  Rosan@DEOS.com ', number: '(415) 555-0100' },
    requests: [
      { method: 'GET', path: '/locations/loc123', response: { location: { id: 'loc123', country: 'US' } } },
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'Rosan@deos.com', number: '+14155550100', locationId: 'loc123' },
        response: { contact: contact('c1') },
      },
    ],
    expect: [shown('c1')],
  },
  {
    // Create Contact reads a national phone in its Country: Find or Create's search reads it there too, or it would
    // miss the contact the create made and the create would then meet GHL's duplicate.
    key: 'find_contact',
    name: "a national phone is read in the step's Country, as Create Contact reads it (no sub-account lookup)",
    input: { number: '07700 900123', country: 'United Kingdom' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { number: '+447700900123', locationId: 'loc123' },
        response: { contact: contact('c1', { phone: '+447700900123' }) },
      },
    ],
    expect: [shown('c1', { phone: '+447700900123' })],
  },
  {
    key: 'find_contact',
    name: "an unreadable Country is named beside the national phone read in the sub-account's country instead",
    input: { number: '07700 900123', country: 'Narnia' },
    requests: [{ method: 'GET', path: '/locations/loc123', response: { location: { id: 'loc123', country: 'US' } } }],
    error:
      /^Find Contact has nothing to search by: "Phone" "07700 900123" is not a phone number \(read as a US number\).* "Country" "Narnia" /,
  },
  {
    key: 'find_contact',
    name: 'an unreadable email is left out when the phone is readable (Find or Create still finds the lead)',
    input: { email: 'n/a', number: '+44 20 7946 0958' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { number: '+442079460958', locationId: 'loc123' },
        response: { contact: null },
      },
    ],
    expect: [],
  },
  {
    key: 'find_contact',
    name: 'nothing readable to search by: refused naming the values',
    input: { email: 'none', number: 'call me' },
    requests: [],
    error:
      /^Find Contact has nothing to search by: "Email" "none" is a placeholder for no answer, not a value\. "Phone" "call me" is not a phone number \(only digits, spaces, \+ \( \) - \. are expected\)\.$/,
  },
  {
    key: 'find_contact',
    name: 'by id (GET /contacts/{id}); 404 → []',
    input: { contactId: 'gone', email: 'ignored@x.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/gone',
        status: 404,
        response: { statusCode: 404, message: 'Contact not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_contact',
    name: 'a 404 from the duplicate lookup names what GHL did not find: never [] (Find or Create would create a duplicate)',
    input: { email: 'rosan@deos.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'rosan@deos.com', locationId: 'loc123' },
        status: 404,
        response: { statusCode: 404, message: 'Location not found' },
      },
    ],
    error:
      /^Find Contact: GHL found no record for sub-account \(location\) "loc123"\. Check that it exists and the app is installed there, or reconnect GHL\. GHL says: Location not found\.$/,
  },
  {
    key: 'find_contact',
    name: 'by id: GHL\'s 400 "Contact not found" (its spec documents 400 for GET by id) → []',
    input: { contactId: 'gone' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/gone',
        status: 400,
        response: { statusCode: 400, message: 'Contact not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_contact',
    name: 'by id: a 400 about the sub-account is an error, not no such contact',
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/c1',
        status: 400,
        response: { statusCode: 400, message: 'Location not found' },
      },
    ],
    error: /^Find Contact was rejected by GHL \(HTTP 400\)\. GHL says: Location not found\.$/,
  },
  {
    key: 'find_contact',
    name: "by id: a malformed id (422) is an error with GHL's words, not no such contact",
    input: { contactId: 'x' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/x',
        status: 422,
        response: { statusCode: 422, message: ['contactId must be a valid id'], error: 'Unprocessable Entity' },
      },
    ],
    error:
      /^Find Contact was rejected by GHL \(HTTP 422\)\. GHL says: contactId must be a valid id\. Check the field "Contact ID" \(sent "x"\)\.$/,
  },
  {
    key: 'find_contact',
    name: 'a 400 "… not found" from the duplicate lookup (no lookup by id) is an error',
    input: { email: 'rosan@deos.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'rosan@deos.com', locationId: 'loc123' },
        status: 400,
        response: { statusCode: 400, message: 'Contact not found' },
      },
    ],
    error: /^Find Contact was rejected by GHL \(HTTP 400\)\. GHL says: Contact not found\.$/,
  },
  {
    key: 'find_contact',
    name: 'by id found',
    input: { contactId: 'c1' },
    requests: [{ method: 'GET', path: '/contacts/c1', response: { contact: contact('c1') } }],
    expect: [shown('c1')],
  },
  {
    key: 'find_contact',
    name: 'an object mapped into Contact ID is refused by its label (never GET /contacts/[object Object] → [] → a duplicate)',
    input: { contactId: { id: 'c1' }, email: 'rosan@deos.com' },
    requests: [],
    error: /^"Contact ID" takes one value, not an object: "\{\\"id\\":\\"c1\\"\}"\.$/,
  },
  {
    key: 'find_contact',
    name: 'a blank Contact ID is not given: the email is searched',
    input: { contactId: '   ', email: 'rosan@deos.com' },
    requests: [
      {
        method: 'GET',
        path: '/contacts/search/duplicate',
        query: { email: 'rosan@deos.com', locationId: 'loc123' },
        response: { contact: contact('c1') },
      },
    ],
    expect: [shown('c1')],
  },

  // ---- dropdowns
  {
    key: 'contact_choices',
    requests: [
      {
        method: 'POST',
        path: '/contacts/search',
        body: { sort: [{ field: 'dateAdded', direction: 'desc' }], locationId: 'loc123', pageLimit: 100 },
        response: { contacts: [contact('c1', { contactName: 'Rosan Deo' }), { id: 'c2', phone: '+1415' }] },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.label)).toEqual(['Rosan Deo (c1@deos.com)', '(+1415)']),
  },
  {
    key: 'user_choices',
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        query: { companyId: 'comp123', locationId: 'loc123', limit: '100', skip: '0' },
        response: { users: [{ id: 'u1', name: 'John Deo', email: 'john@deo.com' }], count: 1 },
      },
    ],
    expect: [{ id: 'u1', name: 'John Deo', email: 'john@deo.com', label: 'John Deo (john@deo.com)' }],
  },
  {
    key: 'pipeline_stage_choices',
    input: { pipelineId: 'p2' },
    requests: [
      {
        method: 'GET',
        path: '/opportunities/pipelines',
        query: { locationId: 'loc123' },
        response: {
          pipelines: [
            { id: 'p1', name: 'A', stages: [{ id: 's1', name: 'New' }] },
            { id: 'p2', name: 'B', stages: [{ id: 's2', name: 'Won' }] },
          ],
        },
      },
    ],
    expect: [{ id: 's2', name: 'Won', pipelineId: 'p2', label: 'Won' }],
  },
  {
    key: 'tag_choices',
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/tags',
        response: {
          tags: [
            { id: 't2', name: 'zeta' },
            { id: 't1', name: 'alpha' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((t: any) => t.name)).toEqual(['alpha', 'zeta']),
  },
  {
    key: 'timezone_choices',
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/timezones',
        response: { timeZones: ['America/New_York', 'Europe/Paris'] },
      },
    ],
    expect: [
      { id: 'America/New_York', label: 'America/New_York' },
      { id: 'Europe/Paris', label: 'Europe/Paris' },
    ],
  },
];
