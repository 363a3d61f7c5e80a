import { F } from '../lib/fields';
import { creates, create, type GhlRecord } from '../lib/op';
import { InputError, isEmpty } from '../lib/values';
import { LOCATION_OUTPUTS } from '../areas/locations';

const V = '2021-07-28' as const;

const PROSPECT = ['firstName', 'lastName', 'email'];

export default creates([
  create({
    key: 'create_location',
    noun: 'Sub-Account',
    label: 'Create Sub-Account',
    apiLabel: 'Create Location',
    help: 'Creates a sub-account, optionally from a snapshot. Needs Agency Pro.',
    method: 'POST',
    path: '/locations/',
    once: 'created',
    version: V,
    scopes: ['locations.write'],
    agencyOnly: true,
    company: 'body',
    fields: [
      F.text('name', 'Business Name', { required: true }),
      F.phone('phone', 'Phone', { required: false, helpText: 'With country code, e.g. +14155550100.' }),
      F.text('address', 'Street Address', { required: false }),
      F.text('city', 'City', { required: false }),
      F.text('state', 'State', { required: false }),
      F.postalCode(),
      F.country(),
      F.text('website', 'Website', { required: false }),
      F.timezone('timezone', 'Timezone', {
        required: false,
        dynamic: undefined, // an agency step: the sub-account does not exist yet to list its time zones
        helpText: 'IANA name, e.g. America/New_York.',
      }),
      F.text('snapshotId', 'Snapshot', { required: false, dynamic: 'snapshots.id.name' }),
      F.text('prospectFirstName', 'Prospect First Name', {
        required: false,
        as: 'prospectInfo.firstName',
        helpText: 'Needs last name and email too.',
      }),
      F.text('prospectLastName', 'Prospect Last Name', { required: false, as: 'prospectInfo.lastName' }),
      F.email('prospectEmail', 'Prospect Email', { required: false, as: 'prospectInfo.email' }),
      F.boolean('allowDuplicateContact', 'Allow Duplicate Contacts', {
        required: false,
        as: 'settings.allowDuplicateContact',
      }),
      F.boolean('allowDuplicateOpportunity', 'Allow Duplicate Opportunities', {
        required: false,
        as: 'settings.allowDuplicateOpportunity',
      }),
      F.boolean('allowFacebookNameMerge', 'Allow Facebook Name Merge', {
        required: false,
        as: 'settings.allowFacebookNameMerge',
      }),
      F.boolean('disableContactTimezone', 'Disable Contact Timezone', {
        required: false,
        as: 'settings.disableContactTimezone',
      }),
    ],
    before: (req) => {
      const prospect = (req.body as GhlRecord).prospectInfo;
      if (prospect && PROSPECT.some((k) => isEmpty(prospect[k]))) {
        throw new InputError(
          'Create Sub-Account needs all of "Prospect First Name", "Prospect Last Name" and "Prospect Email" when any prospect detail is given.',
        );
      }
    },
    sample: {
      id: 've9EPM428h8vShlRW1KT',
      companyId: 'UAXssdawIWAWD',
      name: 'Mark Shoes',
      phone: '+14155550100',
      email: 'john.doe@mail.com',
      address: '4th Fleet Street',
      city: 'New York',
      state: 'NY',
      country: 'US',
      postalCode: '10001',
      website: 'https://markshoes.com',
      timezone: 'US/Central',
      domain: 'markshoes.msgsndr.com',
      settings: {
        allowDuplicateContact: false,
        allowDuplicateOpportunity: false,
        allowFacebookNameMerge: false,
        disableContactTimezone: false,
      },
    },
    outputFields: LOCATION_OUTPUTS,
  }),

  // ---- associations and relations
]);
