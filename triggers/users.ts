import { changeOutputs } from '../lib/items';
import { F } from '../lib/fields';
import { triggers, type B, type Req } from '../lib/op';
import type { Paging } from '../lib/paging';
import { paging } from '../lib/paging';

// ---- Shared by the user triggers, actions and searches (creates/ and searches/users.ts import these).

export const V = '2021-07-28' as const;
export const READ = ['users.readonly'];
export const WRITE = ['users.write'];

/** The spec types role and type as free strings (examples "admin" / "account"); these are the values GHL uses. */
export const ROLES = { admin: 'Admin', user: 'User' };
export const TYPES = { account: 'Sub-account user', agency: 'Agency user' };

export const USER_SAMPLE = {
  id: '0IHuJvc2ofPAAA8GzTRi',
  name: 'John Deo',
  firstName: 'John',
  lastName: 'Deo',
  email: 'john@deo.com',
  phone: '+18088688888',
  extension: '',
  permissions: { contactsEnabled: true, opportunitiesEnabled: true, campaignsEnabled: true, settingsEnabled: false },
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: false },
  deleted: false,
  platformLanguage: 'en_US',
};

export const USER_OUTPUTS = [
  { key: 'id', label: 'User ID' },
  { key: 'name', label: 'Full Name' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'roles__type', label: 'User Type' },
  { key: 'roles__role', label: 'Role' },
  { key: 'roles__locationIds', label: 'Sub-account IDs' },
  { key: 'platformLanguage', label: 'Platform Language' },
];

/** The user picker for `{userId}` paths (users of the sub-account). */
export const userField = () =>
  F.user('userId', 'User', { required: true, search: 'find_user.id', helpText: 'Pick a user, or map a User ID from an earlier step.' });

/** GET /users/search needs the company; a sub-account connection also limits it to its location. */
export const limitToLocation = (req: Req, bundle: B) => {
  if (bundle.authData?.locationId) req.query.locationId = bundle.authData.locationId;
};

/** Filter Users by Email pages in its body with limit / skip typed as text in the spec. */
const skipInBodyAsText = (size: number): Paging => ({ size, in: 'body', params: (page) => ({ limit: String(size), skip: String(page * size) }) });

export default triggers([
  {
    key: 'search_users',
    noun: 'User',
    label: 'Search Users',
    help: 'Triggers when a user matching your search (name, email, phone), role or type is added to the sub-account (with an agency connection: the whole agency).',
    method: 'GET',
    path: '/users/search',
    version: V,
    scopes: READ,
    company: 'query',
    fields: [
      F.text('query', 'Search', { required: false, helpText: 'Free text GHL matches against name, email and phone.' }),
      F.choice('role', 'Role', ROLES, { required: false }),
      F.choice('type', 'User Type', TYPES, { required: false }),
    ],
    // Newest users first (the spec's sort example is dateAdded; sortDirection asc | desc).
    defaults: { query: { sort: 'dateAdded', sortDirection: 'desc' } },
    before: limitToLocation,
    paging: paging.skip(100),
    list: { key: 'users' },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  },
  {
    key: 'users_by_email',
    noun: 'User',
    label: 'Filter Users by Email',
    help: 'Triggers when a user with one of the given email addresses appears in the agency. Needs an agency (Company) connection.',
    method: 'POST',
    path: '/users/search/filter-by-email',
    version: V,
    scopes: READ,
    agencyOnly: true,
    company: 'body',
    fields: [
      // The spec takes the emails as one comma-separated string, not an array.
      F.list('emails', 'Emails', { required: true, to: (v: string[]) => v.join(','), helpText: 'One or more email addresses.' }),
      F.boolean('deleted', 'Deleted Users', { required: false, helpText: 'True: look among deleted users instead.' }),
    ],
    // Without a projection GHL answers with only id and email.
    defaults: { body: { projection: 'all' } },
    paging: skipInBodyAsText(100),
    list: { key: 'users' },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  },
  {
    key: 'get_user',
    noun: 'User',
    label: 'Get User',
    help: 'Triggers when the chosen user changes (name, email, phone, role, permissions), with the full user record.',
    method: 'GET',
    // The spec declares {userId} on GET only (PUT/DELETE leave it undeclared); the path is the same.
    path: '/users/{userId}',
    version: V,
    scopes: READ,
    fields: [userField()],
    // Users carry no update time: a content hash makes any change fire again.
    record: {},
    sample: { ...USER_SAMPLE, id: `${USER_SAMPLE.id}-3f2a9c1e7b5d4a60`, recordId: USER_SAMPLE.id },
    outputFields: changeOutputs(USER_OUTPUTS, 'User'),
  },
  {
    key: 'users_by_location',
    noun: 'User',
    label: 'List Users by Location',
    help: 'Triggers when a user is added to the sub-account. GHL marks this endpoint deprecated: prefer Search Users.',
    method: 'GET',
    path: '/users/',
    version: V,
    scopes: READ,
    location: 'query',
    list: { key: 'users' },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  },
]);
