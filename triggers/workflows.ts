import { F } from '../lib/fields';
import { triggers, trigger } from '../lib/op';

export default triggers([
  trigger({
    key: 'workflows',
    noun: 'Workflow',
    label: 'New Workflow',
    apiLabel: 'List Workflows',
    help: 'Triggers when a workflow is added.',
    method: 'GET',
    path: '/workflows/',
    version: '2021-07-28',
    scopes: ['workflows.readonly'],
    location: 'query',
    list: { key: 'workflows', newest: 'createdAt' },
    sample: {
      id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
      name: 'New Lead Nurture',
      status: 'published',
      version: 2,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    },
    outputFields: [
      { key: 'id', label: 'Workflow ID' },
      { key: 'name', label: 'Name' },
      { key: 'status', label: 'Status (draft / published)' },
      { key: 'createdAt', label: 'Created At', type: 'datetime' },
      { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    ],
  }),
  trigger({
    key: 'campaigns',
    noun: 'Campaign',
    label: 'New Campaign',
    apiLabel: 'List Campaigns',
    help: 'Triggers when a campaign is added.',
    method: 'GET',
    path: '/campaigns/',
    version: '2021-07-28',
    scopes: ['campaigns.readonly'],
    location: 'query',
    fields: [F.choice('status', 'Status', { draft: 'Draft', published: 'Published' }, { required: false })],
    list: { key: 'campaigns', newest: false },
    sample: { id: 'Rk8fWm2QzT5vLp9XcN3b', name: 'Spring Promo', status: 'published' },
    outputFields: [
      { key: 'id', label: 'Campaign ID' },
      { key: 'name', label: 'Name' },
      { key: 'status', label: 'Status' },
    ],
  }),
]);
