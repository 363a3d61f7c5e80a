import { changeOutputs, changeSample } from '../lib/items';
import { paging } from '../lib/paging';
import { triggers, trigger } from '../lib/op';
import { V, READ, BUSINESS_SAMPLE, BUSINESS_OUTPUTS, businessField } from '../areas/businesses';

export default triggers([
  trigger({
    key: 'businesses',
    noun: 'Business',
    label: 'New Business',
    apiLabel: 'List Businesses by Location',
    help: 'Triggers when a business (company record) is added.',
    method: 'GET',
    path: '/businesses/',
    version: V,
    scopes: READ,
    location: 'query',
    paging: paging.skip(100),
    poll: { time: 'createdAt' },
    list: { key: 'businesses', newest: 'createdAt' },
    sample: BUSINESS_SAMPLE,
    outputFields: BUSINESS_OUTPUTS,
  }),
  trigger({
    key: 'get_business',
    noun: 'Business',
    label: 'Business Updated',
    apiLabel: 'Get Business',
    help: 'Triggers when the chosen business changes.',
    method: 'GET',
    path: '/businesses/{businessId}',
    version: V,
    scopes: READ,
    fields: [businessField()],
    record: { key: 'business', changedBy: 'updatedAt' },
    sample: changeSample(BUSINESS_SAMPLE, BUSINESS_SAMPLE.updatedAt),
    outputFields: changeOutputs(BUSINESS_OUTPUTS, 'Business'),
  }),
]);
