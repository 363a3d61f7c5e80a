import { F } from '../lib/fields';
import { type B, type Req } from '../lib/op';

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
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: false },
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
  { key: 'roles__locationIds', label: 'Sub-Account IDs' },
  { key: 'platformLanguage', label: 'Platform Language' },
];

/** The user picker for `{userId}` paths (users of the sub-account). */
export const userField = () => F.user('userId', 'User', { required: true, search: 'find_user.id' });

/** GET /users/search needs the company; a sub-account connection also limits it to its location. */
export const limitToLocation = (req: Req, bundle: B) => {
  if (bundle.authData?.locationId) req.query.locationId = bundle.authData.locationId;
};
