import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { givenId, searches, search, type GhlRecord } from '../lib/op';
import { InputError } from '../lib/values';
import { limitToLocation, READ, USER_OUTPUTS, USER_SAMPLE, V } from '../areas/users';

/** Read in perform: trimmed, blank = not given (the email is searched), a list or object refused by its label. */
const ID = F.user('userId', 'User', { required: false, in: 'none', helpText: 'Email is then ignored.' });

export default searches([
  search({
    key: 'find_user',
    noun: 'User',
    label: 'Find User',
    help: 'Finds a user of the sub-account by ID or by exact email address.',
    method: 'GET',
    path: '/users/search',
    version: V,
    scopes: READ,
    company: 'query',
    fields: [F.text('email', 'Email', { required: false, as: 'query', helpText: 'Exact match.' }), ID],
    before: limitToLocation,
    // An id is a direct GET /users/{userId} (answered as a one-item list); an email is a user search, whose text
    // match is loose, so only exact email matches are kept.
    perform: async (z, bundle, req, send) => {
      const userId = await givenId(ID, bundle, z);
      if (userId) {
        const user = await send({
          method: 'GET',
          path: '/users/{userId}',
          pathParams: { userId },
          query: {},
          body: undefined,
        });
        // undefined: 404 (no such user). Any other answer must be a user with an id (never a fake match).
        if (user === undefined) return { users: [] };
        if (!user?.id) throw new ShapeError('had no user with an id');
        return { users: [user] };
      }
      const email = String(req.query.query ?? '')
        .trim()
        .toLowerCase();
      if (!email) throw new InputError('Find User needs a User or an Email.');
      const data = await send(req);
      if (!Array.isArray(data?.users)) throw new ShapeError('had no "users" list');
      return { users: data.users.filter((u: GhlRecord) => String(u.email ?? '').toLowerCase() === email) };
    },
    list: { key: 'users', newest: false },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  }),
]);
