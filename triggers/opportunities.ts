import { triggers } from '../lib/op';

export default triggers([
  {
    key: 'pipelines',
    noun: 'Pipeline',
    label: 'List Pipelines',
    help: 'Triggers when a pipeline is added to the sub-account; each pipeline lists its stages. Also feeds the Pipeline dropdown.',
    method: 'GET',
    path: '/opportunities/pipelines',
    version: '2021-07-28',
    scopes: ['opportunities.readonly'],
    location: 'query',
    list: { key: 'pipelines', newest: false },
    sample: { id: 'VDm7RPYC2GLUvdpKmBfC', name: 'Sales', locationId: 've9EPM428h8vShlRW1KT', stages: [{ id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'New Lead' }] },
  },
]);
