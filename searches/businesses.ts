import { searches, search } from '../lib/op';
import { F } from '../lib/fields';
import { BUSINESS_OUTPUTS, BUSINESS_SAMPLE, READ, V } from '../areas/businesses';

export default searches([
  search({
    key: 'find_business',
    noun: 'Business',
    label: 'Find Business',
    help: 'Finds a business by its ID.',
    method: 'GET',
    path: '/businesses/{businessId}',
    version: V,
    scopes: READ,
    fields: [F.business()],
    record: { key: 'business' },
    sample: BUSINESS_SAMPLE,
    outputFields: BUSINESS_OUTPUTS,
  }),
]);
