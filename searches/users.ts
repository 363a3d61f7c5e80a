import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { given, givenId, searches, search } from '../lib/op';
import { usersByEmail } from '../lib/location';
import { normalizeEmail, sameEmail } from '../lib/normalize';
import { InputError } from '../lib/values';
import { limitToLocation, READ, USER_OUTPUTS, USER_SAMPLE, V } from '../areas/users';

/** Read in perform (as Find Contact reads an email), only when no User is given: an unreadable one then stops no step. */
const EMAIL = F.email('email', 'Email', { required: false, in: 'none', helpText: 'Exact match.' });
/**
 * Read in perform: trimmed, blank = not given (the email is searched), a list or object refused by its label. An email
 * here is searched as Email is, not looked up as a write's user is (userIdFor): no such user is [], not an error.
 */
const ID = F.user('userId', 'User', { required: false, in: 'none', helpText: 'Email is then ignored.', to: String });

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
    fields: [EMAIL, ID],
    before: limitToLocation,
    // GHL lists the loose matches by name, 25 by default: 100 (as New User Matching Search pages), so a user whose
    // email is asked for is among them when others share its domain.
    defaults: { query: { limit: 100 } },
    // An id is a direct GET /users/{userId} (answered as a one-item list); an email (read as Find Contact's) is a user
    // search, narrowed to that email (exact below).
    perform: async (z, bundle, req, send) => {
      const userId = await givenId(ID, bundle, z);
      if (userId && !userId.includes('@')) {
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
      const email = userId ? normalizeEmail(userId, '"User"') : await given(EMAIL, bundle, z);
      if (!email) throw new InputError('Find User needs a User or an Email.');
      return usersByEmail(email as string, (query) => send({ ...req, query: { ...req.query, query } }));
    },
    list: { key: 'users', newest: false },
    // GHL matches the text against any part of a user's name, email or phone ("ann@x.com" finds "joann@x.com"); the
    // address is compared with its domain in one form (sameEmail).
    exact: { query: (u, sent) => sameEmail(u.email, sent) },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  }),
]);
