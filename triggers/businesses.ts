import { paging } from '../lib/paging';
import { triggers } from '../lib/op';

export default triggers([
  {
    key: 'businesses',
    noun: 'Business',
    label: 'List Businesses by Location',
    help: 'Triggers when a business (company record) is added to the sub-account. Also feeds the Business dropdown.',
    method: 'GET',
    path: '/businesses/',
    version: '2021-07-28',
    scopes: ['businesses.readonly'],
    location: 'query',
    paging: paging.skip(100),
    list: { key: 'businesses', newest: 'createdAt' },
    sample: { id: '63771dcac1116f0e21de8e12', name: 'Deo Logistics', phone: '+18832327657', email: 'hello@deos.com', website: 'https://deos.com', city: 'Austin', state: 'TX', country: 'US', locationId: 've9EPM428h8vShlRW1KT', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' },
  },
]);
