import { F } from '../lib/fields';
import { changeOutputs, timeOf, changeSample } from '../lib/items';
import { triggers, trigger, type GhlRecord } from '../lib/op';
import { offsetPages, pollPerform } from '../lib/polling';
import { TASK_OUTPUTS, TASK_SAMPLE } from '../areas/contacts';

export default triggers([
  trigger({
    key: 'new_task',
    noun: 'Task',
    label: 'New Task',
    help: 'Triggers when a task is created for any contact.',
    method: 'POST',
    path: '/locations/{locationId}/tasks/search',
    version: '2021-07-28',
    scopes: ['locations/tasks.readonly'],
    fields: [
      F.choice(
        'status',
        'Task Status',
        { pending: 'Pending tasks (default)', completed: 'Completed tasks', all: 'All tasks' },
        {
          required: false,
          default: 'pending',
          in: 'none',
        },
      ),
      F.users('assignedTo', 'Assigned To', { required: false }),
      F.text('query', 'Search', { required: false, helpText: 'Matches the title.' }),
    ],
    before: (req, bundle) => {
      const status = bundle.inputData.status || 'pending';
      if (status !== 'all') (req.body as Record<string, unknown>).completed = status === 'completed';
    },
    // GHL documents no order (and no total, no date filter) for task search: the order is read off the first page;
    // newest first stops at the window start, anything else is read to the end (at most 10 pages of 100), so the
    // default status (pending) keeps the list short. Sorting by creation time here keeps the newest first.
    perform: pollPerform({
      listKey: 'tasks',
      time: (t: GhlRecord) => timeOf(t.dateAdded),
      order: 'detect',
      paging: offsetPages(100, 'body'),
    }),
    list: { key: 'tasks', newest: 'dateAdded' },
    sample: { ...TASK_SAMPLE, dateUpdated: '2026-03-01T10:20:00.000Z' },
    outputFields: [...TASK_OUTPUTS, { key: 'dateAdded', label: 'Created At', type: 'datetime' }],
  }),
  trigger({
    key: 'contact_tasks',
    noun: 'Task',
    label: 'New Contact Task',
    apiLabel: 'Get Contact Tasks',
    help: 'Triggers when a task is added to the chosen contact.',
    method: 'GET',
    path: '/contacts/{contactId}/tasks',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    fields: [F.contact()],
    list: { key: 'tasks', newest: 'dateAdded' },
    sample: TASK_SAMPLE,
    outputFields: TASK_OUTPUTS,
  }),
  trigger({
    key: 'get_contact_task',
    noun: 'Task',
    label: 'Contact Task Updated',
    apiLabel: 'Get Contact Task by ID',
    help: 'Triggers when the chosen task of a contact changes.',
    method: 'GET',
    path: '/contacts/{contactId}/tasks/{taskId}',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    fields: [F.contact(), F.task()],
    record: { key: 'task', changedBy: 'dateUpdated' },
    sample: changeSample(TASK_SAMPLE, '1a2b3c4d5e6f7a8b'),
    outputFields: changeOutputs(TASK_OUTPUTS, 'Task'),
  }),
]);
