import { F } from '../lib/fields';
import { triggers } from '../lib/op';

export default triggers([
  {
    key: 'calendar_groups',
    noun: 'Calendar Group',
    label: 'List Calendar Groups',
    help: 'Triggers when a calendar group is added to the sub-account. Also feeds the Calendar Group dropdown.',
    method: 'GET',
    path: '/calendars/groups',
    version: '2021-04-15',
    scopes: ['calendars/groups.readonly'],
    location: 'query',
    list: { key: 'groups', newest: false },
    sample: { id: 'BqTwX8QFwXzpegMve9EQ', locationId: 'ocQHyuzHvysMo5N5VsXc', name: 'Sales Team', description: 'Demo calls', slug: 'sales', isActive: true },
  },
  {
    key: 'calendars',
    noun: 'Calendar',
    label: 'List Calendars',
    help: 'Triggers when a calendar is added to the sub-account (optionally within one group). Also feeds the Calendar dropdown.',
    method: 'GET',
    path: '/calendars/',
    version: '2021-04-15',
    scopes: ['calendars.readonly'],
    location: 'query',
    fields: [
      { ...F.calendarGroup({ required: false }), helpText: 'Only calendars of this group.' },
      F.boolean('showDrafted', 'Include Draft Calendars', { required: false }),
    ],
    list: { key: 'calendars', newest: false },
    sample: { id: 'ocQHyuzHvysMo5N5VsXc', locationId: 've9EPM428h8vShlRW1KT', name: 'Demo Call', calendarType: 'round_robin', groupId: 'BqTwX8QFwXzpegMve9EQ', slotDuration: 30, isActive: true },
  },
]);
