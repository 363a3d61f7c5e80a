import type { OpFixture } from '../support/harness';

export const fixtures: OpFixture[] = [
  {
    key: 'workflows',
    requests: [
      {
        method: 'GET',
        path: '/workflows/',
        query: { locationId: 'loc123' },
        response: {
          workflows: [
            { id: 'w1', name: 'Old', createdAt: '2026-01-01T00:00:00.000Z' },
            { id: 'w2', name: 'New', createdAt: '2026-02-01T00:00:00.000Z' },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((w: any) => w.id)).toEqual(['w2', 'w1']),
  },
  {
    key: 'campaigns',
    input: { status: 'published' },
    requests: [{ method: 'GET', path: '/campaigns/', query: { status: 'published', locationId: 'loc123' }, response: { campaigns: [{ id: 'k1', name: 'Spring', status: 'published' }] } }],
    expect: [{ id: 'k1', name: 'Spring', status: 'published' }],
  },
];
