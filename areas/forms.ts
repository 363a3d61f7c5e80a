/** Forms and surveys: their submissions share one shape. */

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
    MgobCB14YMVKuE4Ka8p1: 'Webinar',
    eventData: { source: 'Direct traffic', page: { url: 'https://deos.com/contact', title: 'Contact us' } },
  },
});
