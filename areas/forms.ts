import type { GhlRecord } from '../lib/op';
/** Forms and surveys: their submissions share one shape. */
import { timeOf } from '../lib/items';
import { numberedPages, pollPerform } from '../lib/polling';
import { DAY } from '../lib/values';

export const SUBMISSION_OUTPUTS = [
  { key: 'id', label: 'Submission ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'createdAt', label: 'Submitted At', type: 'datetime' },
];

export const submissionSample = (parent: 'formId' | 'surveyId', parentId: string, id: string) => ({
  id,
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  createdAt: '2026-03-01T10:15:30.000Z',
  [parent]: parentId,
  name: 'Rosan Deo',
  email: 'rosan@deos.com',
  others: {
    phone: '+14155550100',
    eventData: { source: 'Direct traffic', page: { url: 'https://deos.com/contact', title: 'Contact us' } },
  },
});

/**
 * GET /forms|surveys/submissions: `page` + `limit` (≤ 100), `meta.total`, and `startAt` / `endAt` dates (YYYY-MM-DD;
 * GHL's default window is the last month). The order is undocumented (forms.json / surveys.json say nothing; the
 * emulator plays newest first, oldest first and unordered), so each poll asks for the days around its window (a day's
 * margin either side: GHL does not say in which timezone it reads the dates), reads the order off the first page and
 * pages until the window is covered (lib/polling.ts).
 */
export const submissionPoll = pollPerform({
  listKey: 'submissions',
  time: (s: GhlRecord) => timeOf(s.createdAt),
  order: 'detect',
  paging: numberedPages(100, 'query', 'meta.total'),
  window: (req, since) => {
    req.query.startAt = new Date(since - DAY).toISOString().slice(0, 10);
    req.query.endAt = new Date(Date.now() + DAY).toISOString().slice(0, 10);
  },
});
