import type { OpFixture } from '../support/harness';

export const fixtures: OpFixture[] = [
  {
    key: 'calendar_groups',
    requests: [{ method: 'GET', path: '/calendars/groups', query: { locationId: 'loc123' }, response: { groups: [{ id: 'g1', name: 'Sales' }] } }],
    expect: [{ id: 'g1', name: 'Sales' }],
  },
  {
    key: 'calendars',
    input: { groupId: 'g1', showDrafted: 'no' },
    requests: [
      {
        method: 'GET',
        path: '/calendars/',
        query: { groupId: 'g1', showDrafted: 'false', locationId: 'loc123' },
        response: { calendars: [{ id: 'cal1', name: 'Demo' }, { id: 'cal2', name: 'Intro' }] },
      },
    ],
    expect: [
      { id: 'cal1', name: 'Demo' },
      { id: 'cal2', name: 'Intro' },
    ],
  },
];
