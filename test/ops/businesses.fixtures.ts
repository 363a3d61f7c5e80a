import type { OpFixture } from '../support/harness';

export const fixtures: OpFixture[] = [
  {
    key: 'businesses',
    requests: [
      {
        method: 'GET',
        path: '/businesses/',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: { businesses: [{ id: 'b1', name: 'A', createdAt: '2026-01-01T00:00:00.000Z' }, { id: 'b2', name: 'B', createdAt: '2026-02-01T00:00:00.000Z' }] },
      },
    ],
    check: (r) => expect(r.map((b: any) => b.id)).toEqual(['b2', 'b1']),
  },
];
