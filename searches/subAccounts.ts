import { F } from '../lib/fields';
import { searches, type SearchDecl } from '../lib/op';
import { installedOnly, SUB_ACCOUNT_OUTPUTS, SUB_ACCOUNT_SAMPLE } from '../triggers/subAccounts';

/** Find Sub-account: the Sub-account dropdown's search (by name), for agencies with more sub-accounts than a list. */
export const findSubAccount: SearchDecl = {
  key: 'find_sub_account',
  noun: 'Sub-account',
  label: 'Find Sub-account',
  help: "Finds a sub-account of your agency where the app is installed, by name. Needs an agency connection.",
  method: 'GET',
  path: '/oauth/installedLocations',
  version: '2021-07-28',
  scopes: ['oauth.readonly'],
  agencyOnly: true,
  company: 'query',
  fields: [F.text('query', 'Name', { required: true, helpText: "The sub-account's name, or part of it." })],
  before: installedOnly,
  list: { key: 'locations', id: '_id', newest: false },
  sample: SUB_ACCOUNT_SAMPLE,
  outputFields: SUB_ACCOUNT_OUTPUTS,
};

export default searches([findSubAccount]);
