import {
  installedOnly,
  SCOPES,
  SUB_ACCOUNT_LIST,
  SUB_ACCOUNT_OUTPUTS,
  SUB_ACCOUNT_SAMPLE,
  V,
} from '../areas/subAccounts';
import { triggers, trigger } from '../lib/op';
import { paging } from '../lib/paging';

export default triggers([
  trigger({
    key: 'sub_account_choices',
    noun: 'Sub-Account',
    label: 'Sub-Account Choices',
    help: "Lists the agency's sub-accounts where the app is installed, by name, for the Sub-Account dropdown of agency connections.",
    hidden: true,
    method: 'GET',
    path: '/oauth/installedLocations',
    version: V,
    scopes: SCOPES.list,
    agencyOnly: true,
    company: 'query',
    before: installedOnly,
    // GHL's default page is 20 and its maximum undocumented; 100 is what an integration doing bulk installs asks for
    // (GoHighLevel/highlevel-api-docs issue #304). Zapier asks for the next page (bundle.meta.page) when the user scrolls.
    paging: paging.skip(100),
    // No dates worth sorting by in a dropdown: GHL's order is kept.
    list: SUB_ACCOUNT_LIST,
    sample: SUB_ACCOUNT_SAMPLE,
    outputFields: SUB_ACCOUNT_OUTPUTS,
  }),
]);
