import { F } from '../lib/fields';
import { triggers, trigger } from '../lib/op';
import { paging } from '../lib/paging';

import { SUBMISSION_OUTPUTS, submissionPoll, submissionSample } from '../areas/forms';

export default triggers([
  trigger({
    key: 'new_survey_submission',
    noun: 'Survey Submission',
    label: 'New Survey Submission',
    help: 'Triggers when a survey is submitted.',
    method: 'GET',
    path: '/surveys/submissions',
    version: '2021-07-28',
    scopes: ['surveys.readonly'],
    location: 'query',
    fields: [
      F.text('surveyId', 'Survey', {
        required: false,
        dynamic: 'survey_choices.id.name',
        helpText: 'Empty: every survey.',
      }),
      F.text('q', 'Search', { required: false }),
    ],
    perform: submissionPoll,
    list: { key: 'submissions', newest: 'createdAt' },
    sample: submissionSample('surveyId', 'jjusM6EOngDExnbo2DbU', 'be759b9a-c3ec-4b29-ba07-fc3c89c77673'),
    outputFields: [...SUBMISSION_OUTPUTS, { key: 'surveyId', label: 'Survey ID' }],
  }),
  trigger({
    key: 'survey_choices',
    noun: 'Survey',
    label: 'Survey Choices',
    help: 'Lists the surveys of the sub-account for the Survey dropdown.',
    hidden: true,
    method: 'GET',
    path: '/surveys/',
    version: '2021-07-28',
    scopes: ['surveys.readonly'],
    location: 'query',
    paging: paging.skip(50),
    list: { key: 'surveys', newest: false },
    sample: { id: 'I5GFa3d3cKjojpe4VVUx', name: 'Customer Feedback' },
  }),
]);
