import {
  installedOnly,
  SCOPES,
  SUB_ACCOUNT_LIST,
  SUB_ACCOUNT_OUTPUTS,
  SUB_ACCOUNT_SAMPLE,
  V,
} from '../areas/subAccounts';
import { F } from '../lib/fields';
import { bestMatchFirst } from '../lib/items';
import { searches, search } from '../lib/op';

export default searches([
  search({
    key: 'find_sub_account',
    noun: 'Sub-Account',
    label: 'Find Sub-Account',
    help: 'Finds a sub-account by name. Needs an agency connection.',
    method: 'GET',
    path: '/oauth/installedLocations',
    version: V,
    scopes: SCOPES.list,
    agencyOnly: true,
    company: 'query',
    fields: [F.text('query', 'Name', { required: true, helpText: 'Or part of it.' })],
    // One page of 100 (GHL's default is 20), so the exact name is among the partial matches GHL returns for it.
    before: (req) => {
      installedOnly(req);
      req.query.limit = 100;
    },
    list: SUB_ACCOUNT_LIST,
    // GHL matches any part of the name: the sub-account named exactly so comes first (Zapier takes the first).
    after: (items, bundle) => bestMatchFirst(items, 'name', bundle.inputData.query),
    sample: SUB_ACCOUNT_SAMPLE,
    outputFields: SUB_ACCOUNT_OUTPUTS,
  }),
]);
