import type { OpFixture } from '../support/harness';
import { contentHash } from '../../lib/values';
import { ago, beforeWindow } from './window';

const AGENCY = { userType: 'Company', locationId: '' };
const AGENCY_ONLY = /needs an agency \(Company\) connection.*Connect GHL again choosing your agency/;

const association = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  locationId: 'loc123',
  key: 'student_teacher',
  firstObjectKey: 'contact',
  firstObjectLabel: 'Student',
  secondObjectKey: 'custom_objects.teachers',
  secondObjectLabel: 'Teacher',
  associationType: 'USER_DEFINED',
  ...extra,
});
const LABEL = 'student_teacher: contact (Student) ↔ custom_objects.teachers (Teacher)';

const post = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  title: 'Hello World',
  description: '',
  imageUrl: '',
  imageAltText: '',
  status: 'PUBLISHED',
  urlSlug: 'hello-world',
  author: 'au1',
  categories: [],
  archived: false,
  publishedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...extra,
});

const ISO_NOW = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

export const fixtures: OpFixture[] = [
  // ---- sub-accounts, company, custom fields
  {
    key: 'locations',
    name: 'agency connection: its companyId, newest first',
    auth: AGENCY,
    input: { email: 'owner@deodental.com' },
    requests: [
      {
        method: 'GET',
        path: '/locations/search',
        query: { order: 'desc', email: 'owner@deodental.com', companyId: 'comp123', limit: '100', skip: '0' },
        response: {
          locations: [
            { id: 'l1', name: 'Old', dateAdded: '2026-01-01T00:00:00.000Z' },
            { id: 'l2', name: 'New', dateAdded: '2026-02-01T00:00:00.000Z' },
          ],
        },
      },
    ],
    expect: [
      { id: 'l2', name: 'New', dateAdded: '2026-02-01T00:00:00.000Z' },
      { id: 'l1', name: 'Old', dateAdded: '2026-01-01T00:00:00.000Z' },
    ],
  },
  {
    key: 'locations',
    name: 'page 2 skips the first 100',
    auth: AGENCY,
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/locations/search',
        query: { order: 'desc', companyId: 'comp123', limit: '100', skip: '100' },
        response: { locations: [] },
      },
    ],
    expect: [],
  },
  {
    key: 'locations',
    name: 'a sub-account connection is refused before any request',
    requests: [],
    error: AGENCY_ONLY,
  },
  {
    key: 'custom_fields',
    input: { model: 'opportunity' },
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/customFields',
        query: { model: 'opportunity' },
        response: {
          customFields: [
            { id: 'cf1', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' },
          ],
        },
      },
    ],
    expect: [{ id: 'cf1', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' }],
  },
  {
    key: 'custom_fields',
    name: 'no choice: contact and opportunity fields (model=all)',
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/customFields',
        query: { model: 'all' },
        response: {
          customFields: [
            { id: 'cf1', name: 'Pincode', model: 'contact' },
            { id: 'cf2', name: 'Budget', model: 'opportunity' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((f: any) => f.id)).toEqual(['cf1', 'cf2']),
  },
  {
    key: 'get_company',
    name: "agency connection: the connection's company, id changes with its content",
    auth: AGENCY,
    requests: [
      {
        method: 'GET',
        path: '/companies/comp123',
        response: { company: { id: 'comp123', name: 'Deo Marketing', status: 'active' } },
      },
    ],
    expect: [
      {
        id: `comp123-${contentHash({ id: 'comp123', name: 'Deo Marketing', status: 'active' })}`,
        recordId: 'comp123',
        name: 'Deo Marketing',
        status: 'active',
      },
    ],
  },
  {
    key: 'get_company',
    name: 'the Twilio trial credit balance (it drops with every call or text) is answered but not part of the id',
    auth: AGENCY,
    requests: [
      {
        method: 'GET',
        path: '/companies/comp123',
        response: { company: { id: 'comp123', name: 'Deo Marketing', status: 'active', twilioFreeCredits: 97.5 } },
      },
    ],
    expect: [
      {
        id: `comp123-${contentHash({ id: 'comp123', name: 'Deo Marketing', status: 'active' })}`,
        recordId: 'comp123',
        name: 'Deo Marketing',
        status: 'active',
        twilioFreeCredits: 97.5,
      },
    ],
  },
  {
    key: 'get_company',
    name: 'a sub-account connection is refused before any request',
    requests: [],
    error: AGENCY_ONLY,
  },

  // ---- associations and relations
  {
    key: 'associations',
    name: 'GHL list under "associations" (the spec documents one object), with dropdown labels',
    requests: [
      {
        method: 'GET',
        path: '/associations/',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: { associations: [association('a1')], total: 1 },
      },
    ],
    expect: [{ ...association('a1'), label: LABEL }],
  },
  {
    key: 'associations',
    name: 'a bare array answer works too; page 2',
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/associations/',
        query: { locationId: 'loc123', limit: '100', skip: '100' },
        response: [
          association('a2', {
            key: 'contact_opportunity',
            firstObjectLabel: undefined,
            secondObjectKey: 'opportunity',
            secondObjectLabel: undefined,
          }),
        ],
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0].id).toBe('a2');
      expect(r[0].label).toBe('contact_opportunity: contact ↔ opportunity');
    },
  },
  {
    key: 'get_association',
    name: 'top-level record; id = association id + update time',
    input: { associationId: 'a1' },
    requests: [
      {
        method: 'GET',
        path: '/associations/a1',
        response: association('a1', { updatedAt: '2026-03-02T10:00:00.000Z' }),
      },
    ],
    expect: [
      {
        ...association('a1', { updatedAt: '2026-03-02T10:00:00.000Z' }),
        id: 'a1-2026-03-02T10:00:00.000Z',
        recordId: 'a1',
        label: LABEL,
      },
    ],
  },
  {
    key: 'get_association',
    name: 'without an update time a label change gives a new id (content hash)',
    input: { associationId: 'a1' },
    requests: [{ method: 'GET', path: '/associations/a1', response: association('a1', { firstObjectLabel: 'Pupil' }) }],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0].id).toBe(`a1-${contentHash(association('a1', { firstObjectLabel: 'Pupil' }))}`);
      expect(r[0].recordId).toBe('a1');
    },
  },
  {
    key: 'get_association',
    name: '404 names the association id',
    input: { associationId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/associations/nope',
        status: 404,
        response: { statusCode: 404, message: 'Association not found' },
      },
    ],
    error: /Association Updated: GHL found no record for Association "nope"/,
  },
  {
    key: 'get_association_by_key',
    input: { key_name: 'student_teacher' },
    requests: [
      {
        method: 'GET',
        path: '/associations/key/student_teacher',
        query: { locationId: 'loc123' },
        response: association('a1', { updatedAt: '2026-03-02T10:00:00.000Z' }),
      },
    ],
    expect: [
      {
        ...association('a1', { updatedAt: '2026-03-02T10:00:00.000Z' }),
        id: 'a1-2026-03-02T10:00:00.000Z',
        recordId: 'a1',
        label: LABEL,
      },
    ],
  },
  {
    key: 'associations_by_object_key',
    name: 'GHL list under "associations": one change item per association',
    input: { objectKey: 'custom_objects.teachers' },
    requests: [
      {
        method: 'GET',
        path: '/associations/objectKey/custom_objects.teachers',
        query: { locationId: 'loc123' },
        response: {
          associations: [
            association('a1', { updatedAt: '2026-03-02T10:00:00.000Z' }),
            association('a2', { key: 'mentor', updatedAt: '2026-03-03T10:00:00.000Z' }),
          ],
        },
      },
    ],
    check: (r) => {
      expect(r.map((a: any) => a.id)).toEqual(['a1-2026-03-02T10:00:00.000Z', 'a2-2026-03-03T10:00:00.000Z']);
      expect(r.map((a: any) => a.recordId)).toEqual(['a1', 'a2']);
      expect(r[1].label).toBe('mentor: contact (Student) ↔ custom_objects.teachers (Teacher)');
    },
  },
  {
    key: 'associations_by_object_key',
    name: 'a single association object (as the spec documents) is one item',
    input: { objectKey: 'contact' },
    requests: [
      {
        method: 'GET',
        path: '/associations/objectKey/contact',
        query: { locationId: 'loc123' },
        response: association('a1'),
      },
    ],
    expect: [{ ...association('a1'), id: `a1-${contentHash(association('a1'))}`, recordId: 'a1', label: LABEL }],
  },
  {
    key: 'record_relations',
    name: 'relations of a record, filtered by associations',
    input: { recordId: 'c1', associationIds: ['a1', 'a2'] },
    requests: [
      {
        method: 'GET',
        path: '/associations/relations/c1',
        query: { associationIds: ['a1', 'a2'], locationId: 'loc123', limit: '100', skip: '0' },
        response: {
          relations: [
            {
              id: 'r1',
              associationId: 'a1',
              firstRecordId: 'c1',
              secondRecordId: 'o1',
              createdAt: '2026-01-01T00:00:00.000Z',
            },
            {
              id: 'r2',
              associationId: 'a2',
              firstRecordId: 'c1',
              secondRecordId: 'o2',
              createdAt: '2026-02-01T00:00:00.000Z',
            },
          ],
          total: 2,
        },
      },
    ],
    expect: [
      {
        id: 'r2',
        associationId: 'a2',
        firstRecordId: 'c1',
        secondRecordId: 'o2',
        createdAt: '2026-02-01T00:00:00.000Z',
        label: 'a2: c1 ↔ o2',
      },
      {
        id: 'r1',
        associationId: 'a1',
        firstRecordId: 'c1',
        secondRecordId: 'o1',
        createdAt: '2026-01-01T00:00:00.000Z',
        label: 'a1: c1 ↔ o1',
      },
    ],
  },
  {
    key: 'record_relations',
    name: 'page 3, no filter',
    input: { recordId: 'c1' },
    meta: { page: 2 },
    requests: [
      {
        method: 'GET',
        path: '/associations/relations/c1',
        query: { locationId: 'loc123', limit: '100', skip: '200' },
        response: { relations: [] },
      },
    ],
    expect: [],
  },
  {
    key: 'association_object_key_choices',
    name: 'distinct object keys of the associations, contact first',
    requests: [
      {
        method: 'GET',
        path: '/associations/',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: {
          associations: [
            association('a1'),
            association('a2', { firstObjectKey: 'contact', secondObjectKey: 'opportunity' }),
            association('a3', { firstObjectKey: 'custom_objects.teachers', secondObjectKey: 'business' }),
          ],
        },
      },
    ],
    expect: [
      { id: 'contact', label: 'contact' },
      { id: 'custom_objects.teachers', label: 'custom_objects.teachers' },
      { id: 'opportunity', label: 'opportunity' },
      { id: 'business', label: 'business' },
    ],
  },
  {
    key: 'association_object_key_choices',
    name: '"load more" past the last association: nothing, so the dropdown ends (contact is offered on the first page only)',
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/associations/',
        query: { locationId: 'loc123', limit: '100', skip: '100' },
        response: { associations: [] },
      },
    ],
    expect: [],
  },

  // ---- blogs
  {
    key: 'check_blog_post_slug',
    name: 'a taken slug',
    input: { urlSlug: 'hello-world' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'hello-world', locationId: 'loc123' },
        response: { exists: true },
      },
    ],
    expect: [{ id: 'hello-world-taken', urlSlug: 'hello-world', exists: true, available: false }],
  },
  {
    key: 'check_blog_post_slug',
    name: 'free for this post (its own slug ignored): a new id, so it fires again',
    input: { urlSlug: 'hello-world', postId: 'p1' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'hello-world', postId: 'p1', locationId: 'loc123' },
        response: { exists: false },
      },
    ],
    expect: [{ id: 'hello-world-available', urlSlug: 'hello-world', exists: false, available: true }],
  },
  {
    key: 'check_blog_post_slug',
    name: 'no slug: a clear error before any request',
    requests: [],
    error: /Blog URL Slug Availability Changed needs "URL Slug"/,
  },
  {
    key: 'blog_posts',
    name: 'posts of a blog by status, newest published first',
    input: { blogId: 'bl1', status: 'PUBLISHED', searchTerm: 'hello' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/all',
        query: {
          blogId: 'bl1',
          status: 'PUBLISHED',
          searchTerm: 'hello',
          locationId: 'loc123',
          limit: '100',
          offset: '0',
        },
        response: {
          blogs: [
            // In the poll's window by updatedAt (GHL's stamp), whatever their publishedAt.
            post('p1', { publishedAt: '2026-01-01T00:00:00.000Z', updatedAt: ago(30) }),
            post('p2', { publishedAt: '2026-02-01T00:00:00.000Z', updatedAt: ago(40) }),
          ],
        },
      },
    ],
    check: (r) => {
      expect(r.map((p: any) => p.id)).toEqual(['p2', 'p1']);
      expect(r[0]._id).toBe('p2');
    },
  },
  {
    key: 'blog_posts',
    name: 'an oldest-first full page is read on: a post added since fires, its publishedAt back-dated',
    input: { blogId: 'bl1' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/all',
        query: { blogId: 'bl1', locationId: 'loc123', limit: '100', offset: '0' },
        response: { blogs: Array.from({ length: 100 }, (_, i) => post(`p${i}`, { updatedAt: beforeWindow() })) },
      },
      {
        method: 'GET',
        path: '/blogs/posts/all',
        query: { blogId: 'bl1', locationId: 'loc123', limit: '100', offset: '100' },
        response: { blogs: [post('new', { publishedAt: '2025-01-01T00:00:00.000Z', updatedAt: ago(1) })] },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(101);
      expect(r.map((p: any) => p.id)).toContain('new');
    },
  },
  {
    key: 'blog_posts',
    name: 'a post updated before the window is answered too: kept out when the Zap was turned on, its first edit fired',
    input: { blogId: 'bl1' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/all',
        query: { blogId: 'bl1', locationId: 'loc123', limit: '100', offset: '0' },
        response: { blogs: [post('edited', { updatedAt: ago(1) }), post('old', { updatedAt: beforeWindow() })] },
      },
    ],
    check: (r) => expect(r.map((p: any) => p.id).sort()).toEqual(['edited', 'old']),
  },
  {
    key: 'blog_authors',
    name: 'an author updated before the window is answered too (updatedAt orders the walk, an edit moves it)',
    requests: [
      {
        method: 'GET',
        path: '/blogs/authors',
        query: { locationId: 'loc123', limit: '100', offset: '0' },
        response: { authors: [{ _id: 'a1', name: 'Jane', updatedAt: beforeWindow() }] },
      },
    ],
    check: (r) => expect(r.map((a: any) => a.id)).toEqual(['a1']),
  },
  {
    key: 'blogs',
    name: 'no time on a blog: every page is read and every blog answered',
    requests: [
      {
        method: 'GET',
        path: '/blogs/site/all',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: { data: Array.from({ length: 100 }, (_, i) => ({ _id: `bl${i}`, name: 'News' })) },
      },
      {
        method: 'GET',
        path: '/blogs/site/all',
        query: { locationId: 'loc123', limit: '100', skip: '100' },
        response: { data: [{ _id: 'new', name: 'Offers' }] },
      },
    ],
    check: (r) => expect(r.map((b: any) => b.id)).toContain('new'),
  },
  {
    key: 'blog_posts',
    name: 'page 2 offsets by 100',
    input: { blogId: 'bl1' },
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/all',
        query: { blogId: 'bl1', locationId: 'loc123', limit: '100', offset: '100' },
        response: { blogs: [] },
      },
    ],
    expect: [],
  },
  {
    key: 'blogs',
    input: { searchTerm: 'news' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/site/all',
        query: { searchTerm: 'news', locationId: 'loc123', limit: '100', skip: '0' },
        response: { data: [{ _id: 'bl1', name: 'News' }] },
      },
    ],
    expect: [{ _id: 'bl1', id: 'bl1', name: 'News' }],
  },
  {
    key: 'blog_authors',
    meta: { page: 1 },
    requests: [
      {
        method: 'GET',
        path: '/blogs/authors',
        query: { locationId: 'loc123', limit: '100', offset: '100' },
        response: { authors: [{ _id: 'a1', name: 'Jane' }] },
      },
    ],
    expect: [{ _id: 'a1', id: 'a1', name: 'Jane' }],
  },
  {
    key: 'blog_categories',
    requests: [
      {
        method: 'GET',
        path: '/blogs/categories',
        query: { locationId: 'loc123', limit: '100', offset: '0' },
        response: { categories: [{ _id: 'k1', label: 'Guides' }] },
      },
    ],
    expect: [{ _id: 'k1', id: 'k1', label: 'Guides' }],
  },

  // ---- search
  {
    key: 'find_location',
    name: "empty ID: the connection's own sub-account",
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123',
        response: { location: { id: 'loc123', name: 'Deo Dental', timezone: 'America/Chicago' } },
      },
    ],
    expect: [{ id: 'loc123', name: 'Deo Dental', timezone: 'America/Chicago' }],
  },
  {
    key: 'find_location',
    name: 'a typed ID is looked up, not replaced by the connection',
    input: { locationId: ' loc999 ' },
    requests: [{ method: 'GET', path: '/locations/loc999', response: { location: { id: 'loc999', name: 'Other' } } }],
    expect: [{ id: 'loc999', name: 'Other' }],
  },
  {
    key: 'find_location',
    name: 'an agency connection (no locationId of its own) looks up the typed sub-account',
    auth: { userType: 'Company', locationId: '' },
    input: { locationId: 'loc999' },
    requests: [{ method: 'GET', path: '/locations/loc999', response: { location: { id: 'loc999', name: 'Other' } } }],
    expect: [{ id: 'loc999', name: 'Other' }],
  },
  {
    key: 'find_location',
    name: 'an object mapped into Sub-Account ID is refused by its label (never GET /locations/[object Object])',
    input: { locationId: { id: 'loc999' } },
    requests: [],
    error: /^"Sub-Account ID" takes one value, not an object: /,
  },
  {
    key: 'find_location',
    name: "the connection's own sub-account missing is an error, not no result",
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123',
        status: 404,
        response: { statusCode: 404, message: 'Location not found' },
      },
    ],
    error: /^Find Sub-Account by ID: GHL found no record for sub-account \(location\) "loc123"\. Check that it exists/,
  },
  {
    key: 'find_location',
    name: 'unknown ID: no result',
    input: { locationId: 'gone' },
    requests: [
      {
        method: 'GET',
        path: '/locations/gone',
        status: 404,
        response: { statusCode: 404, message: 'Location not found' },
      },
    ],
    expect: [],
  },

  // ---- actions: sub-accounts
  {
    key: 'create_location',
    name: 'agency connection: companyId from the connection, nested prospect and settings, country upper-cased',
    auth: AGENCY,
    input: {
      name: 'Mark Shoes',
      phone: '+14155550100',
      city: 'New York',
      country: 'us',
      timezone: 'US/Central',
      snapshotId: 'snap1',
      prospectFirstName: 'John',
      prospectLastName: 'Doe',
      prospectEmail: 'john@doe.com',
      allowDuplicateContact: 'false',
      disableContactTimezone: true,
    },
    requests: [
      {
        method: 'POST',
        path: '/locations/',
        body: {
          name: 'Mark Shoes',
          phone: '+14155550100',
          city: 'New York',
          country: 'US',
          timezone: 'US/Central',
          snapshotId: 'snap1',
          prospectInfo: { firstName: 'John', lastName: 'Doe', email: 'john@doe.com' },
          settings: { allowDuplicateContact: false, disableContactTimezone: true },
          companyId: 'comp123',
        },
        response: { id: 'loc777', companyId: 'comp123', name: 'Mark Shoes', country: 'US' },
      },
    ],
    expect: { id: 'loc777', companyId: 'comp123', name: 'Mark Shoes', country: 'US' },
  },
  {
    key: 'create_location',
    name: 'a sub-account connection is refused before any request',
    input: { name: 'Mark Shoes' },
    requests: [],
    error: AGENCY_ONLY,
  },
  {
    key: 'create_location',
    name: 'partial prospect details are refused',
    auth: AGENCY,
    input: { name: 'Mark Shoes', prospectEmail: 'john@doe.com' },
    requests: [],
    error: /needs all of "Prospect First Name", "Prospect Last Name" and "Prospect Email"/,
  },
  {
    key: 'create_location',
    name: 'a country GHL does not list is refused by name, before any request',
    auth: AGENCY,
    input: { name: 'Mark Shoes', country: 'Atlantis' },
    requests: [],
    error:
      /^"Country" "Atlantis" is not a country GHL knows: give its two-letter code \(e\.g\. US, GB\) or its name in English\.$/,
  },
  {
    key: 'create_location',
    name: 'missing name',
    auth: AGENCY,
    input: {},
    requests: [],
    error: /Create Sub-Account needs "Business Name"/,
  },

  // ---- actions: associations and relations
  {
    key: 'create_association',
    input: {
      key: 'student_teacher',
      firstObjectKey: 'contact',
      firstObjectLabel: 'Student',
      secondObjectKey: 'custom_objects.teachers',
      secondObjectLabel: 'Teacher',
    },
    requests: [
      {
        method: 'POST',
        path: '/associations/',
        body: {
          key: 'student_teacher',
          firstObjectKey: 'contact',
          firstObjectLabel: 'Student',
          secondObjectKey: 'custom_objects.teachers',
          secondObjectLabel: 'Teacher',
          locationId: 'loc123',
        },
        status: 201,
        response: association('a1'),
      },
    ],
    expect: association('a1'),
  },
  {
    key: 'create_association',
    name: 'a duplicate key: GHL says why',
    input: {
      key: 'student_teacher',
      firstObjectKey: 'contact',
      firstObjectLabel: 'A',
      secondObjectKey: 'contact',
      secondObjectLabel: 'B',
    },
    requests: [
      {
        method: 'POST',
        path: '/associations/',
        body: {
          key: 'student_teacher',
          firstObjectKey: 'contact',
          firstObjectLabel: 'A',
          secondObjectKey: 'contact',
          secondObjectLabel: 'B',
          locationId: 'loc123',
        },
        status: 400,
        response: { statusCode: 400, message: 'Association with key student_teacher already exists' },
      },
    ],
    error: /Association with key student_teacher already exists/,
  },
  {
    key: 'update_association',
    input: { associationId: 'a1', firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' },
    requests: [
      {
        method: 'PUT',
        path: '/associations/a1',
        body: { firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' },
        response: association('a1', { firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' }),
      },
    ],
    expect: association('a1', { firstObjectLabel: 'Pupil', secondObjectLabel: 'Tutor' }),
  },
  {
    key: 'update_association',
    name: 'both labels are required',
    input: { associationId: 'a1', firstObjectLabel: 'Pupil' },
    requests: [],
    error: /Update Association needs "Second Object Label"/,
  },
  {
    key: 'delete_association',
    input: { associationId: 'a1' },
    requests: [
      {
        method: 'DELETE',
        path: '/associations/a1',
        response: { deleted: true, id: 'a1', message: 'Association deleted successfully' },
      },
    ],
    expect: { id: 'a1', deleted: true },
  },
  {
    key: 'create_relation',
    input: { associationId: 'a1', firstRecordId: 'c1', secondRecordId: 'o1' },
    requests: [
      {
        method: 'POST',
        path: '/associations/relations',
        body: { associationId: 'a1', firstRecordId: 'c1', secondRecordId: 'o1', locationId: 'loc123' },
        status: 201,
        response: { id: 'r1', associationId: 'a1', firstRecordId: 'c1', secondRecordId: 'o1', locationId: 'loc123' },
      },
    ],
    expect: { id: 'r1', associationId: 'a1', firstRecordId: 'c1', secondRecordId: 'o1', locationId: 'loc123' },
  },
  {
    key: 'create_relation',
    name: 'missing second record',
    input: { associationId: 'a1', firstRecordId: 'c1' },
    requests: [],
    error: /Create Relation needs "Second Record"/,
  },
  {
    key: 'delete_relation',
    name: 'the dropdown helper Record is not sent',
    input: { recordId: 'c1', relationId: 'r1' },
    requests: [
      {
        method: 'DELETE',
        path: '/associations/relations/r1',
        query: { locationId: 'loc123' },
        response: { id: 'r1', associationId: 'a1', firstRecordId: 'c1', secondRecordId: 'o1', locationId: 'loc123' },
      },
    ],
    expect: { id: 'r1', deleted: true },
  },
  {
    key: 'delete_relation',
    name: 'an empty answer still returns the relation id, marked deleted',
    input: { relationId: 'r1' },
    requests: [{ method: 'DELETE', path: '/associations/relations/r1', query: { locationId: 'loc123' } }],
    expect: { id: 'r1', deleted: true },
  },

  // ---- actions: blog posts
  {
    key: 'create_blog_post',
    name: 'checks the slug made from the title, then posts with documented defaults',
    input: { blogId: 'bl1', title: 'Hello, Wörld!', rawHTML: '<p>Hi</p>', author: 'au1' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'hello-world', locationId: 'loc123' },
        response: { exists: false },
      },
      {
        method: 'POST',
        path: '/blogs/posts',
        body: {
          blogId: 'bl1',
          title: 'Hello, Wörld!',
          rawHTML: '<p>Hi</p>',
          author: 'au1',
          locationId: 'loc123',
          urlSlug: 'hello-world',
          status: 'PUBLISHED',
          publishedAt: ISO_NOW,
          categories: [],
          description: '',
          imageUrl: '',
          imageAltText: '',
        },
        response: { data: post('p1', { title: 'Hello, Wörld!' }) },
      },
    ],
    expect: { ...post('p1', { title: 'Hello, Wörld!' }), id: 'p1' },
  },
  {
    key: 'create_blog_post',
    name: 'every field given: sent as typed (categories, tags, scheduled date, alt text)',
    input: {
      blogId: 'bl1',
      title: 'Launch',
      rawHTML: '<p>Soon</p>',
      author: 'au1',
      categories: 'k1,k2',
      tags: ['news'],
      urlSlug: 'launch-2026',
      status: 'SCHEDULED',
      publishedAt: '2026-06-01T09:00:00+02:00',
      description: 'We launch.',
      imageUrl: 'https://img.example.com/launch.png',
      canonicalLink: 'https://example.com/launch',
    },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'launch-2026', locationId: 'loc123' },
        response: { exists: false },
      },
      {
        method: 'POST',
        path: '/blogs/posts',
        body: {
          blogId: 'bl1',
          title: 'Launch',
          rawHTML: '<p>Soon</p>',
          author: 'au1',
          categories: ['k1', 'k2'],
          tags: ['news'],
          urlSlug: 'launch-2026',
          status: 'SCHEDULED',
          publishedAt: '2026-06-01T09:00:00+02:00',
          description: 'We launch.',
          imageUrl: 'https://img.example.com/launch.png',
          imageAltText: 'Launch',
          canonicalLink: 'https://example.com/launch',
          locationId: 'loc123',
        },
        response: { data: post('p2', { title: 'Launch', status: 'SCHEDULED' }) },
      },
    ],
    check: (r) => {
      expect(r.id).toBe('p2');
      expect(r.status).toBe('SCHEDULED');
    },
  },
  {
    key: 'create_blog_post',
    name: 'a taken slug stops before the post is created',
    input: { blogId: 'bl1', title: 'Hello World', rawHTML: '<p>Hi</p>', author: 'au1' },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'hello-world', locationId: 'loc123' },
        response: { exists: true },
      },
    ],
    error: /^The URL slug "hello-world" is already used by another post in this blog; choose another\.$/,
  },
  {
    key: 'create_blog_post',
    name: 'a scheduled post needs a publish date',
    input: { blogId: 'bl1', title: 'Later', rawHTML: '<p>x</p>', author: 'au1', status: 'SCHEDULED' },
    requests: [],
    error: /needs a "Publish Date" in the future for a Scheduled post/,
  },
  {
    key: 'create_blog_post',
    name: 'a title without letters or digits cannot make a slug',
    input: { blogId: 'bl1', title: '!!!', rawHTML: '<p>x</p>', author: 'au1' },
    requests: [],
    error: /Create Blog Post needs a "URL Slug"/,
  },
  {
    key: 'create_blog_post',
    name: 'missing author',
    input: { blogId: 'bl1', title: 'Hi', rawHTML: '<p>x</p>' },
    requests: [],
    error: /Create Blog Post needs "Author"/,
  },
  {
    key: 'update_blog_post',
    name: 'checks the slug ignoring this post, then replaces it',
    input: {
      blogId: 'bl1',
      postId: 'p1',
      title: 'Hello World',
      rawHTML: '<p>Updated</p>',
      author: 'au1',
      urlSlug: 'hello-world',
      status: 'DRAFT',
      publishedAt: '2026-03-01T10:00:00.000Z',
    },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'hello-world', locationId: 'loc123', postId: 'p1' },
        response: { exists: false },
      },
      {
        method: 'PUT',
        path: '/blogs/posts/p1',
        body: {
          blogId: 'bl1',
          title: 'Hello World',
          rawHTML: '<p>Updated</p>',
          author: 'au1',
          urlSlug: 'hello-world',
          status: 'DRAFT',
          publishedAt: '2026-03-01T10:00:00.000Z',
          locationId: 'loc123',
          categories: [],
          description: '',
          imageUrl: '',
          imageAltText: '',
        },
        response: { updatedBlogPost: post('p1', { status: 'DRAFT' }) },
      },
    ],
    // The factory keeps the path id (postId) beside the record; the post's _id is also given as id.
    expect: { ...post('p1', { status: 'DRAFT' }), postId: 'p1', id: 'p1' },
  },
  {
    key: 'update_blog_post',
    name: 'a slug used by another post',
    input: {
      blogId: 'bl1',
      postId: 'p1',
      title: 'Hello',
      rawHTML: '<p>x</p>',
      author: 'au1',
      urlSlug: 'taken',
      status: 'PUBLISHED',
      publishedAt: '2026-03-01T10:00:00.000Z',
    },
    requests: [
      {
        method: 'GET',
        path: '/blogs/posts/url-slug-exists',
        query: { urlSlug: 'taken', locationId: 'loc123', postId: 'p1' },
        response: { exists: true },
      },
    ],
    error: /The URL slug "taken" is already used by another post in this blog; choose another\./,
  },
  {
    key: 'update_blog_post',
    name: 'a full replace: status and publish date are required, not defaulted',
    input: { blogId: 'bl1', postId: 'p1', title: 'Hello', rawHTML: '<p>x</p>', author: 'au1', urlSlug: 'hello' },
    requests: [],
    error: /Update Blog Post needs "Status"/,
  },
];
