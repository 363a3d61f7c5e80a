import { appId } from '../lib/agency';
import { triggers, type Req, type TriggerDecl } from '../lib/op';
import { paging } from '../lib/paging';
import { InputError } from '../lib/values';

/** GET /oauth/installedLocations: the agency's sub-accounts where this Marketplace app is installed. */
const V = '2021-07-28';

export const SUB_ACCOUNT_SAMPLE = {
  id: '0IHuJvc2ofPAAA8GzTRi',
  _id: '0IHuJvc2ofPAAA8GzTRi',
  name: 'Acme Dental',
  address: '47 W 13th St, New York, NY 10011, USA',
  isInstalled: true,
  installedAt: '2024-01-15T10:30:00.000Z',
};

export const SUB_ACCOUNT_OUTPUTS = [
  { key: 'id', label: 'Sub-account (Location) ID' },
  { key: 'name', label: 'Name' },
  { key: 'address', label: 'Address' },
  { key: 'isInstalled', label: 'App Installed', type: 'boolean' },
  { key: 'installedAt', label: 'Installed At', type: 'datetime' },
];

/**
 * appId is required by the spec and is not the user's to type: it is derived from the client id (lib/agency.ts).
 * isInstalled=true keeps sub-accounts the app is not installed in out of the list (no token could be had for them).
 */
export const installedOnly = (req: Req) => {
  const id = appId();
  if (!id) throw new InputError('Listing sub-accounts needs the Marketplace app id: set CLIENT_ID (or GHL_APP_ID) in the integration\'s environment.');
  req.query.appId = id;
  req.query.isInstalled = true;
};

export const subAccountChoices: TriggerDecl = {
  key: 'sub_account_choices',
  noun: 'Sub-account',
  label: 'Sub-account Choices',
  help: "Lists the agency's sub-accounts where the app is installed, by name, for the Sub-account dropdown of agency connections.",
  hidden: true,
  method: 'GET',
  path: '/oauth/installedLocations',
  version: V,
  scopes: ['oauth.readonly'],
  agencyOnly: true,
  company: 'query',
  before: installedOnly,
  // GHL's default page is 20; Zapier's dropdown asks for the next page (bundle.meta.page) when the user scrolls.
  paging: paging.skip(100),
  // GHL lists them by name: keep its order (alphabetical reads best in a dropdown).
  list: { key: 'locations', id: '_id', newest: false },
  sample: SUB_ACCOUNT_SAMPLE,
  outputFields: SUB_ACCOUNT_OUTPUTS,
};

export default triggers([subAccountChoices]);
