import { F } from '../lib/fields';
import { creates, type B, type Field, type Req, create, type GhlRecord } from '../lib/op';
import { InputError } from '../lib/values';
import { ROLES, TYPES, USER_OUTPUTS, USER_SAMPLE, userField, V, WRITE } from '../areas/users';

/** The spec's PermissionsDto flags. */
const PERMISSIONS = [
  'campaignsEnabled',
  'campaignsReadOnly',
  'contactsEnabled',
  'workflowsEnabled',
  'workflowsReadOnly',
  'triggersEnabled',
  'funnelsEnabled',
  'websitesEnabled',
  'opportunitiesEnabled',
  'dashboardStatsEnabled',
  'bulkRequestsEnabled',
  'appointmentsEnabled',
  'reviewsEnabled',
  'onlineListingsEnabled',
  'phoneCallEnabled',
  'conversationsEnabled',
  'assignedDataOnly',
  'adwordsReportingEnabled',
  'membershipEnabled',
  'facebookAdsReportingEnabled',
  'attributionsReportingEnabled',
  'settingsEnabled',
  'tagsEnabled',
  'leadValueEnabled',
  'marketingEnabled',
  'agentReportingEnabled',
  'botService',
  'socialPlanner',
  'bloggingEnabled',
  'invoiceEnabled',
  'affiliateManagerEnabled',
  'contentAiEnabled',
  'refundsEnabled',
  'recordPaymentEnabled',
  'cancelSubscriptionEnabled',
  'paymentsEnabled',
  'communitiesEnabled',
  'exportPaymentsEnabled',
];
/** "facebookAdsReportingEnabled" → "Facebook Ads Reporting", "contentAiEnabled" → "Content AI". */
const permissionLabel = (key: string) =>
  key
    .replace(/Enabled$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/\bAi\b/, 'AI');
/** The Permissions dropdown, by name: the spec's order groups nothing a builder looks for. */
const PERMISSION_CHOICES = Object.fromEntries(
  PERMISSIONS.map((p) => [p, permissionLabel(p)]).sort(([, a], [, b]) => a.localeCompare(b)),
);

const LANGUAGES = ['en_US', 'es', 'fr_CA', 'fr_FR', 'nl', 'de', 'pt_PT', 'pt_BR', 'it', 'sv', 'da', 'fi', 'no'];

/** The optional user fields create and update share. */
const userFields = (): Field[] => [
  F.phone('phone', 'Phone', { required: false }),
  F.choice('type', 'User Type', TYPES, { required: false }),
  F.choice('role', 'Role', ROLES, { required: false }),
  F.list('locationIds', 'Sub-Account IDs', {
    required: false,
    ids: true,
    helpText: "Empty: this connection's sub-account.",
  }),
  // Chosen permissions are turned on and every other one off (GHL's permissions object replaces the user's).
  F.list('permissions', 'Permissions', {
    required: false,
    choices: PERMISSION_CHOICES,
    helpText: 'Unpicked ones are turned off.',
    // The factory has matched each item to a permission or refused it (lib/op.ts convert).
    to: (chosen: string[]) => Object.fromEntries(PERMISSIONS.map((p) => [p, chosen.includes(p)])),
  }),
  F.choice('platformLanguage', 'Platform Language', LANGUAGES, { required: false }),
];

/** locationIds default to the connection's sub-account (GHL requires them for sub-account users). */
const defaultLocations = (req: Req, bundle: B) => {
  const body = req.body as GhlRecord;
  if (!body.locationIds && bundle.authData?.locationId) body.locationIds = [bundle.authData.locationId];
};

export default creates([
  create({
    key: 'create_user',
    noun: 'User',
    label: 'Create User',
    help: 'Creates a user (team member) with access to this sub-account.',
    method: 'POST',
    path: '/users/',
    version: V,
    scopes: WRITE,
    company: 'body',
    fields: [
      F.text('firstName', 'First Name', { required: true }),
      F.text('lastName', 'Last Name', { required: true }),
      F.email('email', 'Email', { required: true }),
      // A password input is what Zapier's check D001 flags (credentials belong to auth): this one is the new user's own.
      F.text('password', 'Password', {
        required: true,
        type: 'password',
        helpText: 'For the new user to log in with (not an API key).',
      }),
      ...userFields(),
    ],
    // Required by the spec: a sub-account user with the User role unless chosen otherwise.
    defaults: { body: { type: 'account', role: 'user' } },
    before: (req, bundle) => {
      defaultLocations(req, bundle);
      const body = req.body as GhlRecord;
      if (!body.locationIds) {
        if (body.type === 'account')
          throw new InputError(
            'Create User needs "Sub-Account IDs" for a sub-account user (this connection has no sub-account).',
          );
        body.locationIds = [];
      }
    },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  }),
  create({
    key: 'update_user',
    noun: 'User',
    label: 'Update User',
    help: 'Updates the fields you fill in on a user. Email cannot be changed.',
    method: 'PUT',
    // {userId} is not declared as a parameter of PUT in the spec; it is the same path as Get User.
    path: '/users/{userId}',
    version: V,
    scopes: WRITE,
    // GHL takes an agency token here too (spec security Agency-Access, Location-Access): on an agency connection the
    // Sub-account field is optional, and without one the step acts at agency level.
    subAccount: 'optional',
    fields: [
      userField(),
      F.text('firstName', 'First Name', { required: false }),
      F.text('lastName', 'Last Name', { required: false }),
      F.text('password', 'New Password', {
        required: false,
        type: 'password',
        helpText: 'For the user to log in with. Empty: unchanged.',
      }),
      ...userFields(),
    ],
    before: (req, bundle) => {
      const body = req.body as GhlRecord;
      // The spec: companyId is required for agency-level access; harmless for a sub-account token.
      if (bundle.authData?.companyId) body.companyId = bundle.authData.companyId;
    },
    sample: USER_SAMPLE,
    outputFields: USER_OUTPUTS,
  }),
  create({
    key: 'delete_user',
    noun: 'User',
    label: 'Delete User',
    help: 'Deletes a user, who can no longer log in (within minutes).',
    method: 'DELETE',
    // {userId} is not declared as a parameter of DELETE in the spec; it is the same path as Get User.
    path: '/users/{userId}',
    version: V,
    scopes: WRITE,
    // GHL takes an agency token here too (spec security Agency-Access, Location-Access): on an agency connection the
    // Sub-account field is optional, and without one the step acts at agency level.
    subAccount: 'optional',
    fields: [userField()],
    sample: {
      userId: USER_SAMPLE.id,
      succeded: true,
      message: 'Queued deleting user with e-mail john@deo.com and name John Deo. Will take effect in a few minutes.',
    },
  }),
]);
