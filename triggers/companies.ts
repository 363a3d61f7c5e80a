import { changeOutputs } from '../lib/items';
import { triggers, trigger } from '../lib/op';

const V = '2021-07-28' as const;

export default triggers([
  trigger({
    key: 'get_company',
    noun: 'Agency',
    label: 'Agency Profile Updated',
    apiLabel: 'Get Company',
    help: 'Triggers when your agency profile changes. Needs an agency connection.',
    method: 'GET',
    path: '/companies/{companyId}',
    version: V,
    scopes: ['companies.readonly'],
    agencyOnly: true,
    // No update time on the company: a content hash makes any change fire. GHL's Twilio trial credit balance
    // (`twilioFreeCredits`, spec GetCompanyByIdSuccessDTO) drops with every call or text of an agency on trial, with
    // no change to the profile: it is not hashed.
    record: { key: 'company', unhashed: ['twilioFreeCredits'] },
    sample: {
      id: 'seD4PfOuKoVMLkEZqohJ-1a2b3c4d5e6f7a8b',
      recordId: 'seD4PfOuKoVMLkEZqohJ',
      name: 'Deo Marketing',
      email: 'john@deo.com',
      phone: '+12025550107',
      website: 'https://deo.com',
      domain: 'https://app.deo.com',
      address: '3500 Deer Creek Road',
      city: 'Palo Alto',
      state: 'CA',
      postalCode: '94304',
      country: 'US',
      plan: 1,
      status: 'active',
      locationCount: 12,
    },
    outputFields: changeOutputs(
      [
        { key: 'name', label: 'Name' },
        { key: 'email', label: 'Email' },
        { key: 'phone', label: 'Phone' },
        { key: 'website', label: 'Website' },
        { key: 'domain', label: 'White-label Domain' },
        { key: 'plan', label: 'Plan' },
        { key: 'status', label: 'Status' },
        { key: 'locationCount', label: 'Number of Sub-Accounts' },
      ],
      'Agency',
    ),
  }),
  trigger({
    key: 'snapshots',
    noun: 'Snapshot',
    label: 'New Snapshot',
    apiLabel: 'List Snapshots',
    help: 'Triggers when a snapshot is added. Needs an agency connection.',
    method: 'GET',
    path: '/snapshots/',
    version: '2021-07-28',
    // The spec's security block names no scope; GHL's scope table lists snapshots.readonly for GET /snapshots.
    scopes: ['snapshots.readonly'],
    agencyOnly: true,
    company: 'query',
    // Snapshots carry no date: GHL's order is kept; the id dedupes.
    list: { key: 'snapshots', newest: false },
    sample: { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Martial Arts Snapshot', type: 'own' },
    outputFields: [
      { key: 'id', label: 'Snapshot ID' },
      { key: 'name', label: 'Name' },
      { key: 'type', label: 'Type (own / imported)' },
    ],
  }),
]);
