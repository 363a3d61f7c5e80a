/** Locations (sub-accounts) and the agency (company) above them. */

export const LOCATION_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  name: 'Deo Dental',
  email: 'rane@deodental.com',
  phone: '+14155550100',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  country: 'US',
  postalCode: '35061',
  website: 'https://deodental.com',
  timezone: 'America/Chicago',
};

export const LOCATION_OUTPUTS = [
  { key: 'id', label: 'Sub-Account ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'country', label: 'Country' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'companyId', label: 'Agency ID' },
];
