import { F } from '../lib/fields';

export const V = '2021-07-28' as const;

export const READ = ['businesses.readonly'];

export const WRITE = ['businesses.write'];

export const BUSINESS_SAMPLE = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Deo Logistics',
  phone: '+18832327657',
  email: 'hello@deos.com',
  website: 'https://deos.com',
  address: '3535 1st St N',
  city: 'Austin',
  state: 'TX',
  postalCode: '78701',
  country: 'US',
  description: 'Freight forwarding for small retailers.',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
};

export const BUSINESS_OUTPUTS = [
  { key: 'id', label: 'Business ID' },
  { key: 'name', label: 'Business Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
  { key: 'website', label: 'Website' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'description', label: 'Description' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** The business picker for `{businessId}` paths. */
export const businessField = () => F.business({ search: 'find_business.id' });
