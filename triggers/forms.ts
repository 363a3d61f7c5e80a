import { F } from '../lib/fields';
import { triggers, trigger } from '../lib/op';
import { paging } from '../lib/paging';

import { SUBMISSION_OUTPUTS, submissionPoll, submissionSample } from '../areas/forms';

export default triggers([
  trigger({
    key: 'new_form_submission',
    noun: 'Form Submission',
    label: 'New Form Submission',
    help: 'Triggers when a form is submitted.',
    method: 'GET',
    path: '/forms/submissions',
    version: '2021-07-28',
    scopes: ['forms.readonly'],
    location: 'query',
    fields: [
      F.text('formId', 'Form', {
        required: false,
        dynamic: 'form_choices.id.name',
        helpText: 'Empty: every form.',
      }),
      F.text('q', 'Search', { required: false }),
    ],
    perform: submissionPoll,
    list: { key: 'submissions', newest: 'createdAt' },
    sample: submissionSample('formId', 'YSWdvS4Is98wtIDGnpmI', '38303ec7-629a-49e2-888a-cf8bf0b1f97e'),
    outputFields: [...SUBMISSION_OUTPUTS, { key: 'formId', label: 'Form ID' }],
  }),

  // ---- hidden dropdown feeds
  trigger({
    key: 'form_choices',
    noun: 'Form',
    label: 'Form Choices',
    help: 'Lists the forms of the sub-account for the Form dropdown.',
    hidden: true,
    method: 'GET',
    path: '/forms/',
    version: '2021-07-28',
    scopes: ['forms.readonly'],
    location: 'query',
    paging: paging.skip(50),
    list: { key: 'forms', newest: false },
    sample: { id: 'YSWdvS4Is98wtIDGnpmI', name: 'Contact Us' },
  }),
]);
