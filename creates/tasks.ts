import { F } from '../lib/fields';
import { creates, type Field, create } from '../lib/op';
import { TASK_OUTPUTS, TASK_SAMPLE } from '../areas/contacts';

const V = '2021-07-28' as const;
const WRITE = ['contacts.write'];

/** The task fields create and update share: a new task needs a title and a due date and starts open. */
const taskFields = (create: boolean): Field[] => [
  F.text('title', 'Title', { required: create }),
  F.longText('body', 'Description', { required: false }),
  // Sent without milliseconds: GHL rejects them in a task's dueDate on update, and n8n's HighLevel node strips them
  // for that reason (n8n-io/n8n packages/nodes-base/nodes/HighLevel/v2/GenericFunctions.ts, dateToIsoSupressMillis).
  F.datetimeSeconds('dueDate', 'Due Date', {
    required: create,
  }),
  F.user('assignedTo', 'Assigned User', { required: false }),
  F.boolean('completed', 'Completed', { required: false, ...(create ? { default: 'false' } : {}) }),
];

export default creates([
  create({
    key: 'create_contact_task',
    noun: 'Task',
    label: 'Create Contact Task',
    help: 'Adds a follow-up task to a contact.',
    method: 'POST',
    path: '/contacts/{contactId}/tasks',
    once: 'created',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), ...taskFields(true)],
    // The spec requires `completed`; a new task is open unless the user says otherwise.
    defaults: { body: { completed: false } },
    result: 'task',
    sample: TASK_SAMPLE,
    outputFields: TASK_OUTPUTS,
  }),
  create({
    key: 'update_contact_task',
    noun: 'Task',
    label: 'Update Contact Task',
    help: "Updates a contact's task: title, due date, assignee or completion.",
    method: 'PUT',
    path: '/contacts/{contactId}/tasks/{taskId}',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.task(), ...taskFields(false)],
    result: 'task',
    sample: TASK_SAMPLE,
    outputFields: TASK_OUTPUTS,
  }),
  create({
    key: 'complete_contact_task',
    noun: 'Task',
    label: 'Complete Contact Task',
    help: "Marks a contact's task completed, or reopens it.",
    method: 'PUT',
    path: '/contacts/{contactId}/tasks/{taskId}/completed',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.task(), F.boolean('completed', 'Completed', { required: false, default: 'true' })],
    defaults: { body: { completed: true } },
    result: 'task',
    sample: { ...TASK_SAMPLE, completed: true },
    outputFields: TASK_OUTPUTS,
  }),
  create({
    key: 'delete_contact_task',
    noun: 'Task',
    label: 'Delete Contact Task',
    help: 'Deletes a task from a contact.',
    method: 'DELETE',
    path: '/contacts/{contactId}/tasks/{taskId}',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.task()],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', taskId: 'CVokAlI8fgw4WYWoCtQz', succeded: true },
  }),
]);
