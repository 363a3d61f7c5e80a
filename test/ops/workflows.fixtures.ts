import type { OpFixture } from '../support/harness';

const AGENCY = { userType: 'Company', locationId: '' };

export const fixtures: OpFixture[] = [
  {
    key: 'workflows',
    requests: [
      {
        method: 'GET',
        path: '/workflows/',
        query: { locationId: 'loc123' },
        response: {
          workflows: [
            { id: 'w1', name: 'Old', createdAt: '2026-01-01T00:00:00.000Z' },
            { id: 'w2', name: 'New', createdAt: '2026-02-01T00:00:00.000Z' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((w: any) => w.id)).toEqual(['w2', 'w1']),
  },
  {
    key: 'campaigns',
    input: { status: 'published' },
    requests: [
      {
        method: 'GET',
        path: '/campaigns/',
        query: { status: 'published', locationId: 'loc123' },
        response: { campaigns: [{ id: 'k1', name: 'Spring', status: 'published' }] },
      },
    ],
    expect: [{ id: 'k1', name: 'Spring', status: 'published' }],
  },
  {
    key: 'campaigns',
    name: 'no status: every campaign',
    requests: [
      {
        method: 'GET',
        path: '/campaigns/',
        query: { locationId: 'loc123' },
        response: {
          campaigns: [
            { id: 'k1', name: 'Spring', status: 'draft' },
            { id: 'k2', name: 'Fall', status: 'published' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['k1', 'k2']),
  },
  {
    key: 'snapshots',
    name: "agency connection: the connection's companyId",
    auth: AGENCY,
    requests: [
      {
        method: 'GET',
        path: '/snapshots/',
        query: { companyId: 'comp123' },
        response: {
          snapshots: [
            { id: 's1', name: 'Martial Arts Snapshot', type: 'own' },
            { id: 's2', name: 'Dental', type: 'imported' },
          ],
        },
      },
    ],
    expect: [
      { id: 's1', name: 'Martial Arts Snapshot', type: 'own' },
      { id: 's2', name: 'Dental', type: 'imported' },
    ],
  },
  {
    key: 'snapshots',
    name: 'a sub-account connection is refused before any request',
    requests: [],
    error: /New Snapshot needs an agency \(Company\) connection/,
  },

  // ---- actions
  {
    key: 'add_contact_to_workflow',
    name: 'with an event start time, offset kept',
    input: { contactId: 'c1', workflowId: 'w1', eventStartTime: '2026-03-05T15:00:00-05:00' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/workflow/w1',
        body: { eventStartTime: '2026-03-05T15:00:00-05:00' },
        response: { succeded: true },
      },
    ],
    expect: { contactId: 'c1', workflowId: 'w1', succeded: true },
  },
  {
    key: 'add_contact_to_workflow',
    name: 'GHL\'s documented flag saying it failed ("succeded": false) is an error, with what GHL said',
    input: { contactId: 'c1', workflowId: 'w1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/workflow/w1',
        body: {},
        response: { succeded: false, message: 'Workflow is not published' },
      },
    ],
    error:
      /^Add Contact to Workflow: GHL answered "succeded": false, so it did not carry this out for Contact "c1", Workflow "w1"\. GHL says: Workflow is not published\. Check/,
  },
  {
    key: 'add_contact_to_workflow',
    name: 'epoch seconds become ISO; the required body is sent',
    input: { contactId: 'c1', workflowId: 'w1', eventStartTime: '1772360130' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/workflow/w1',
        body: { eventStartTime: '2026-03-01T10:15:30.000Z' },
        response: { succeded: true },
      },
    ],
    expect: { contactId: 'c1', workflowId: 'w1', succeded: true },
  },
  {
    key: 'add_contact_to_workflow',
    name: 'no event time: an empty JSON body, as the spec requires one',
    input: { contactId: 'c1', workflowId: 'w1' },
    requests: [{ method: 'POST', path: '/contacts/c1/workflow/w1', body: {}, response: { succeded: true } }],
    expect: { contactId: 'c1', workflowId: 'w1', succeded: true },
  },
  {
    key: 'add_contact_to_workflow',
    name: 'an unreadable event time is refused before any request',
    input: { contactId: 'c1', workflowId: 'w1', eventStartTime: 'soonish' },
    requests: [],
    error: /"Event Start Time" must be a date-time/,
  },
  {
    key: 'add_contact_to_workflow',
    name: 'missing workflow',
    input: { contactId: 'c1' },
    requests: [],
    error: /Add Contact to Workflow needs "Workflow"/,
  },
  {
    key: 'remove_contact_from_workflow',
    input: { contactId: 'c1', workflowId: 'w1' },
    requests: [{ method: 'DELETE', path: '/contacts/c1/workflow/w1', body: {}, response: { succeded: true } }],
    expect: { contactId: 'c1', workflowId: 'w1', succeded: true },
  },
  {
    key: 'remove_contact_from_workflow',
    name: "unknown contact: GHL's 400 as a sentence",
    input: { contactId: 'nope', workflowId: 'w1' },
    requests: [
      {
        method: 'DELETE',
        path: '/contacts/nope/workflow/w1',
        body: {},
        status: 400,
        response: { statusCode: 400, message: 'Contact not found' },
      },
    ],
    error:
      /^Remove Contact from Workflow: GHL found no record for Contact "nope"\. Check that the id is right and belongs to this sub-account\. GHL says: Contact not found\.$/,
  },
  {
    key: 'add_contact_followers',
    name: 'comma-separated users become a list',
    input: { contactId: 'c1', followers: 'u1, u2' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/c1/followers',
        body: { followers: ['u1', 'u2'] },
        status: 201,
        response: { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
      },
    ],
    expect: { contactId: 'c1', followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
  },
  {
    key: 'add_contact_followers',
    name: "a list mixing ids and a user's email: the email looked up as that user's id, the same user sent once",
    input: { contactId: 'c1', followers: ['u1', 'Ann <ann@deo.com>', 'u2'] },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        version: '2021-07-28',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'ann@deo.com', limit: '100' },
        response: {
          users: [
            { id: 'u3', email: 'joann@deo.com' },
            { id: 'u2', email: 'ann@deo.com' },
          ],
          count: 2,
        },
      },
      {
        method: 'POST',
        path: '/contacts/c1/followers',
        body: { followers: ['u1', 'u2'] },
        status: 201,
        response: { followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] },
      },
    ],
    expect: { contactId: 'c1', followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] },
  },
  {
    key: 'add_contact_followers',
    name: 'no followers',
    input: { contactId: 'c1' },
    requests: [],
    error: /Add Contact Followers needs "Followers"/,
  },
  {
    key: 'remove_contact_followers',
    name: 'the users go in the DELETE body',
    input: { contactId: 'c1', followers: ['u1'] },
    requests: [
      {
        method: 'DELETE',
        path: '/contacts/c1/followers',
        body: { followers: ['u1'] },
        response: { followers: ['u0'], followersRemoved: ['u1'] },
      },
    ],
    expect: { contactId: 'c1', followers: ['u0'], followersRemoved: ['u1'] },
  },
  {
    key: 'bulk_contacts_business',
    name: 'link contacts to a business',
    input: { action: 'add', ids: 'c1,c2', businessId: 'b1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/business',
        body: { ids: ['c1', 'c2'], businessId: 'b1', locationId: 'loc123' },
        response: { success: true, ids: ['c1', 'c2'] },
      },
    ],
    expect: { success: true, ids: ['c1', 'c2'] },
  },
  {
    key: 'bulk_contacts_business',
    name: 'remove: businessId null, even if a business is filled in',
    input: { action: 'remove', ids: ['c1'], businessId: 'b1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/business',
        body: { ids: ['c1'], businessId: null, locationId: 'loc123' },
        response: { success: true, ids: ['c1'] },
      },
    ],
    expect: { success: true, ids: ['c1'] },
  },
  {
    key: 'bulk_contacts_business',
    name: 'the Action mapped as its label or padded is that action: "Remove from their business" removes',
    input: { action: ' Remove from their business ', ids: ['c1'], businessId: 'b1' },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/business',
        body: { ids: ['c1'], businessId: null, locationId: 'loc123' },
        response: { success: true, ids: ['c1'] },
      },
    ],
    expect: { success: true, ids: ['c1'] },
  },
  {
    key: 'bulk_contacts_business',
    name: 'an Action that is none of its choices is refused, not read as a link',
    input: { action: 'unlink', ids: ['c1'], businessId: 'b1' },
    requests: [],
    error:
      /^"Action" must be one of "add" \(Link to a business\), "remove" \(Remove from their business\), not "unlink"\.$/,
  },
  {
    key: 'bulk_contacts_business',
    name: 'a 404 names the contacts sent (the first five), not only the sub-account',
    input: { action: 'remove', ids: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] },
    requests: [
      {
        method: 'POST',
        path: '/contacts/bulk/business',
        body: { ids: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'], businessId: null, locationId: 'loc123' },
        status: 404,
        response: { statusCode: 404, message: 'Contact not found' },
      },
    ],
    error:
      /^Bulk Update Contact Business: GHL found no record for Contacts "c1", "c2", "c3", "c4", "c5" and 2 more, sub-account \(location\) "loc123"\. Check that each id is right and belongs to this sub-account\. GHL says: Contact not found\.$/,
  },
  {
    key: 'bulk_contacts_business',
    name: 'link without a business is refused before any request',
    input: { ids: ['c1'] },
    requests: [],
    error: /Bulk Update Contact Business needs a "Business" to link the contacts to/,
  },
  {
    key: 'bulk_contacts_business',
    name: 'no contacts',
    input: { action: 'remove' },
    requests: [],
    error: /Bulk Update Contact Business needs "Contacts"/,
  },
];
