import type { OpFixture } from '../support/harness';

export const fixtures: OpFixture[] = [
  {
    key: 'pipelines',
    requests: [
      { method: 'GET', path: '/opportunities/pipelines', query: { locationId: 'loc123' }, response: { pipelines: [{ id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New' }] }] } },
    ],
    expect: [{ id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New' }] }],
  },
];
