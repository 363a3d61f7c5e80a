import { F } from '../lib/fields';
import { changeOutputs, changeSample } from '../lib/items';
import { triggers, trigger, type GhlRecord } from '../lib/op';
import { emailForms } from '../lib/normalize';
import { paging, type Paging } from '../lib/paging';
import { V, READ, ROLES, TYPES, USER_SAMPLE, USER_OUTPUTS, userField, limitToLocation } from '../areas/users';

/** Filter Users by Email pages in its body with limit / skip typed as text in the spec. */
const skipInBodyAsText = (size: number): Paging => ({
  size,
  in: 'body',
  params: (page) => ({ limit: String(size), skip: String(page * size) }),
});

export default triggers([
  trigger({
    key: 'search_users',
    noun: 'User',
    label: 'New User Matching Search',
    apiLabel: 'Search Users',
    help: 'Triggers when a new user matches your search, role or type.',
    method: 'GET',
    path: '/users/search',
    version: V,
    scopes: READ,
    company: 'query',
    fields: [
      F.text('query', 'Search', { required: false, helpText: 'Name, email or phone.' }),
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
  }),
  trigger({
    key: 'users_by_email',
    noun: 'User',
    label: 'New User with Email',
    apiLabel: 'Filter Users by Email',
    help: 'Triggers when a user with one of the given emails joins the agency.',
    method: 'POST',
    path: '/users/search/filter-by-email',
    version: V,
    scopes: READ,
    agencyOnly: true,
    company: 'body',
    fields: [
      // The spec takes the emails as one comma-separated string, not an array; GHL matches each as it holds it, so
      // an internationalized domain is sent in both its forms (emailForms).
      F.list('emails', 'Emails', {
        required: true,
        to: (v: string[]) => v.flatMap(emailForms).join(','),
      }),
      F.boolean('deleted', 'Deleted Users', { required: false }),
    ],
    // Without a projection GHL answers with only id and email.
    defaults: { body: { projection: 'all' } },
    paging: skipInBodyAsText(100),
    list: { key: 'users' },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  }),
  trigger({
    key: 'get_user',
    noun: 'User',
    label: 'User Updated',
    apiLabel: 'Get User',
    help: 'Triggers when the chosen user changes.',
    method: 'GET',
    // The spec declares {userId} on GET only (PUT/DELETE leave it undeclared); the path is the same.
    path: '/users/{userId}',
    version: V,
    scopes: READ,
    // GHL takes an agency token here too (spec security Agency-Access, Location-Access): on an agency connection the
    // Sub-account field is optional, and without one the step acts at agency level.
    subAccount: 'optional',
    fields: [userField()],
    // Users carry no update time: a content hash makes any change fire again.
    record: {},
    sample: changeSample(USER_SAMPLE, '3f2a9c1e7b5d4a60'),
    outputFields: changeOutputs(USER_OUTPUTS, 'User'),
  }),
  trigger({
    key: 'users_by_location',
    noun: 'User',
    label: 'New User (Deprecated)',
    apiLabel: 'List Users by Location',
    help: 'Triggers when a user is added. Deprecated: use New User Matching Search.',
    method: 'GET',
    path: '/users/',
    version: V,
    scopes: READ,
    location: 'query',
    list: { key: 'users' },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  }),
  trigger({
    key: 'user_choices',
    noun: 'User',
    label: 'User Choices',
    help: 'Lists the users of the sub-account for user dropdowns (assigned user, followers).',
    hidden: true,
    method: 'GET',
    path: '/users/search',
    version: '2021-07-28',
    scopes: ['users.readonly'],
    company: 'query',
    location: 'query',
    paging: paging.skip(100),
    list: { key: 'users', newest: false },
    after: (items) =>
      items.map((u: GhlRecord) => ({
        ...u,
        label: `${u.name || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.id}${u.email ? ` (${u.email})` : ''}`,
      })),
    sample: { id: 'YlWd2wuCAZQzh2cH1fVZ', name: 'John Deo', email: 'john@deo.com', label: 'John Deo (john@deo.com)' },
  }),
]);
