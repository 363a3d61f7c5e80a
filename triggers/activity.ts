import { customFieldOutputs, flattenCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { triggers, type Field, type Req, type TriggerDecl } from '../lib/op';
import { paging } from '../lib/paging';
import { numberedPages, pollPerform, timeOf } from '../lib/polling';
import { contentHash, DAY, HOUR } from '../lib/values';
import { APPOINTMENT_OUTPUTS, APPOINTMENT_SAMPLE, CONTACT_OUTPUTS, CONTACT_SAMPLE, TASK_OUTPUTS, TASK_SAMPLE } from '../lib/samples';

/**
 * "Beyond the catalog" activity triggers: what happens in a sub-account that people start Zaps from (new and updated
 * contacts, a tag landing on a contact, tasks, bookings, form / survey submissions, inbound messages). Each is one
 * request per poll, newest first, with a stable unique id.
 */

const contactOutputs = [...CONTACT_OUTPUTS, customFieldOutputs('contact')];

/**
 * POST /contacts/search sorted by a date, newest first. The body is undocumented in the spec (SearchBodyV2DTO has no
 * properties; reviewed workaround in test/ops/contacts.workarounds.ts): GHL documents `locationId`, `pageLimit`,
 * `filters: [{field, operator, value}]`, `sort: [{field, direction}]` and `searchAfter` outside it.
 */
const contactSearch = (sortBy: 'dateAdded' | 'dateUpdated'): Pick<
  TriggerDecl,
  'method' | 'path' | 'version' | 'scopes' | 'location' | 'defaults' | 'paging' | 'list'
> => ({
    method: 'POST',
    path: '/contacts/search',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'body',
    defaults: { body: { sort: [{ field: sortBy, direction: 'desc' }] } },
    paging: paging.searchAfter(100),
    list: { key: 'contacts', newest: sortBy },
  });

/** Single-tag picker backed by the hidden tag_choices trigger (F.tags is a list; this trigger watches one tag). */
const oneTag: Field = {
  ...F.tags('tag', 'Tag'),
  list: false,
  required: true,
  in: 'none',
  helpText: 'The tag to watch. Pick one of the sub-account\'s tags or type it exactly (GHL stores tags in lowercase).',
};

const hasTag = (contact: any, tag: string) =>
  Array.isArray(contact?.tags) && contact.tags.some((t: unknown) => String(t).trim().toLowerCase() === tag);

const SUBMISSION_OUTPUTS = [
  { key: 'id', label: 'Submission ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'createdAt', label: 'Submitted At', type: 'datetime' },
];

/**
 * GET /forms|surveys/submissions: `page` + `limit` (≤ 100), `meta.total`, and `startAt` / `endAt` dates (YYYY-MM-DD;
 * GHL's default window is the last month). The order is undocumented (forms.json / surveys.json say nothing; the
 * emulator plays newest first, oldest first and unordered), so each poll asks for the days around its window (a day's
 * margin either side: GHL does not say in which timezone it reads the dates), reads the order off the first page and
 * pages until the window is covered (lib/polling.ts).
 */
const submissionPoll = pollPerform({
  listKey: 'submissions',
  time: (s: any) => timeOf(s.createdAt),
  order: 'detect',
  paging: numberedPages(100, 'query', 'meta.total'),
  window: (req, since) => {
    req.query.startAt = new Date(since - DAY).toISOString().slice(0, 10);
    req.query.endAt = new Date(Date.now() + DAY).toISOString().slice(0, 10);
  },
});

const submissionSample = (parent: 'formId' | 'surveyId', parentId: string, id: string) => ({
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

export default triggers([
  {
    key: 'new_contact',
    noun: 'Contact',
    label: 'New Contact',
    help: 'Triggers when a contact is added to the sub-account (by a form, an import, an integration or by hand), with its tags and custom fields.',
    ...contactSearch('dateAdded'),
    after: (items) => items.map(flattenCustomFields),
    sample: CONTACT_SAMPLE,
    outputFields: contactOutputs,
  },
  {
    key: 'updated_contact',
    noun: 'Contact',
    label: 'Updated Contact',
    help: 'Triggers when a contact is changed (any field, tag or custom field), once per change. A newly added contact also fires once. Contact ID holds the contact\'s id.',
    ...contactSearch('dateUpdated'),
    // One item per contact version: the dedupe id is contact id + update time, so every later change fires again.
    after: (items) =>
      items.map((c: any) => ({ ...flattenCustomFields(c), id: `${c.id}-${c.dateUpdated || contentHash(c)}`, recordId: c.id, contactId: c.id })),
    sample: { ...CONTACT_SAMPLE, id: `${CONTACT_SAMPLE.id}-${CONTACT_SAMPLE.dateUpdated}`, recordId: CONTACT_SAMPLE.id, contactId: CONTACT_SAMPLE.id },
    outputFields: [{ key: 'contactId', label: 'Contact ID' }, { key: 'id', label: 'Change ID' }, ...contactOutputs.slice(1)],
  },
  {
    key: 'contact_tag_added',
    noun: 'Contact',
    label: 'Tag Added to Contact',
    help: 'Triggers when the chosen tag is added to a contact (by a workflow, a form, an import or by hand). Fires once per contact and tag; contacts that already had the tag when the Zap was turned on do not fire.',
    ...contactSearch('dateUpdated'),
    fields: [oneTag],
    before: (req: Req, bundle) => {
      const tag = String(bundle.inputData.tag ?? '').trim().toLowerCase();
      // Undocumented in the spec (see contactSearch): GHL's search filters take {field: 'tags', operator: 'eq', value}.
      (req.body as Record<string, unknown>).filters = [{ field: 'tags', operator: 'eq', value: tag }];
    },
    // The most recently updated contacts carrying the tag: a contact gets its tag and an update time at once.
    after: (items, bundle) => {
      const tag = String(bundle.inputData.tag ?? '').trim().toLowerCase();
      return items
        .filter((c: any) => hasTag(c, tag))
        .map((c: any) => ({ ...flattenCustomFields(c), id: `${c.id}-${tag}`, recordId: c.id, contactId: c.id, tag }));
    },
    sample: { ...CONTACT_SAMPLE, id: `${CONTACT_SAMPLE.id}-new lead`, recordId: CONTACT_SAMPLE.id, contactId: CONTACT_SAMPLE.id, tag: 'new lead' },
    outputFields: [{ key: 'contactId', label: 'Contact ID' }, { key: 'tag', label: 'Tag Added' }, ...contactOutputs.slice(1)],
  },
  {
    key: 'new_task',
    noun: 'Task',
    label: 'New Task',
    help: 'Triggers when a task is created anywhere in the sub-account (any contact), optionally only tasks assigned to chosen users. Watches pending tasks unless you choose otherwise.',
    method: 'POST',
    path: '/locations/{locationId}/tasks/search',
    version: '2021-07-28',
    scopes: ['locations/tasks.readonly'],
    fields: [
      F.choice('status', 'Task Status', { pending: 'Pending tasks (default)', completed: 'Completed tasks', all: 'All tasks' }, {
        required: false,
        default: 'pending',
        in: 'none',
        helpText: 'New tasks are pending, so the default watches those: fewer tasks to look through means none is missed.',
      }),
      F.users('assignedTo', 'Assigned To', { required: false, helpText: 'Only tasks assigned to these users.' }),
      F.text('query', 'Search', { required: false, helpText: 'Only tasks whose title matches this text.' }),
    ],
    before: (req, bundle) => {
      const status = bundle.inputData.status || 'pending';
      if (status !== 'all') (req.body as Record<string, unknown>).completed = status === 'completed';
    },
    paging: paging.skipInBody(100),
    // GHL documents no order for task search: sorting by creation time here keeps the newest first.
    list: { key: 'tasks', newest: 'dateAdded' },
    sample: { ...TASK_SAMPLE, dateUpdated: '2026-03-01T10:20:00.000Z' },
    outputFields: [...TASK_OUTPUTS, { key: 'dateAdded', label: 'Created At', type: 'datetime' }],
  },
  {
    key: 'new_appointment',
    noun: 'Appointment',
    label: 'New Appointment',
    help: 'Triggers when an appointment is booked on the chosen calendar (for a time from yesterday up to 90 days ahead), newest booking first.',
    method: 'GET',
    path: '/calendars/events',
    version: '2021-04-15',
    scopes: ['calendars/events.readonly'],
    location: 'query',
    fields: [F.calendar({ helpText: 'The calendar to watch for bookings.' })],
    // startTime / endTime are required epoch-ms strings: a rolling window, from the start of the hour (stable within
    // an hour, so repeated polls ask the same thing) minus a day, to 90 days ahead.
    before: (req) => {
      const hour = Math.floor(Date.now() / HOUR) * HOUR;
      req.query.startTime = String(hour - DAY);
      req.query.endTime = String(hour + 90 * DAY);
    },
    list: { key: 'events', newest: 'dateAdded' },
    sample: { ...APPOINTMENT_SAMPLE, appointmentStatus: 'confirmed', locationId: 've9EPM428h8vShlRW1KT', dateUpdated: '2026-03-01T11:00:00.000Z' },
    outputFields: [...APPOINTMENT_OUTPUTS, { key: 'dateAdded', label: 'Booked At', type: 'datetime' }],
  },
  {
    key: 'new_form_submission',
    noun: 'Form Submission',
    label: 'New Form Submission',
    help: 'Triggers when a GHL form is submitted, for the chosen form or any form. The answers are under Others (custom fields by id).',
    method: 'GET',
    path: '/forms/submissions',
    version: '2021-07-28',
    scopes: ['forms.readonly'],
    location: 'query',
    fields: [
      F.text('formId', 'Form', { required: false, dynamic: 'form_choices.id.name', helpText: 'Leave empty for every form of the sub-account.' }),
      F.text('q', 'Search', { required: false, helpText: 'Only submissions matching this text (name, email…).' }),
    ],
    perform: submissionPoll,
    list: { key: 'submissions', newest: 'createdAt' },
    sample: submissionSample('formId', 'YSWdvS4Is98wtIDGnpmI', '38303ec7-629a-49e2-888a-cf8bf0b1f97e'),
    outputFields: [...SUBMISSION_OUTPUTS, { key: 'formId', label: 'Form ID' }],
  },
  {
    key: 'new_survey_submission',
    noun: 'Survey Submission',
    label: 'New Survey Submission',
    help: 'Triggers when a GHL survey is submitted, for the chosen survey or any survey. The answers are under Others (custom fields by id).',
    method: 'GET',
    path: '/surveys/submissions',
    version: '2021-07-28',
    scopes: ['surveys.readonly'],
    location: 'query',
    fields: [
      F.text('surveyId', 'Survey', { required: false, dynamic: 'survey_choices.id.name', helpText: 'Leave empty for every survey of the sub-account.' }),
      F.text('q', 'Search', { required: false, helpText: 'Only submissions matching this text (name, email…).' }),
    ],
    perform: submissionPoll,
    list: { key: 'submissions', newest: 'createdAt' },
    sample: submissionSample('surveyId', 'jjusM6EOngDExnbo2DbU', 'be759b9a-c3ec-4b29-ba07-fc3c89c77673'),
    outputFields: [...SUBMISSION_OUTPUTS, { key: 'surveyId', label: 'Survey ID' }],
  },
  // ---- hidden dropdown feeds
  {
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
    sample: { id: 'YSWdvS4Is98wtIDGnpmI', name: 'Contact Us', locationId: 've9EPM428h8vShlRW1KT' },
  },
  {
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
    sample: { id: 'I5GFa3d3cKjojpe4VVUx', name: 'Customer Feedback', locationId: 've9EPM428h8vShlRW1KT' },
  },
  {
    key: 'custom_object_schemas',
    noun: 'Custom Object',
    label: 'Custom Object Choices',
    help: 'Lists the custom objects of the sub-account (and Business, whose records the records API also takes) for the Custom Object dropdown.',
    hidden: true,
    method: 'GET',
    path: '/objects/',
    version: '2021-07-28',
    scopes: ['objects/schema.readonly'],
    location: 'query',
    list: { key: 'objects', newest: false },
    // Contacts and opportunities are objects too, but the records endpoints take only custom objects and business.
    after: (items) =>
      items
        .filter((o: any) => o.key && (!o.standard || String(o.key).startsWith('business')))
        .map((o: any) => ({ ...o, label: `${o.labels?.singular ?? o.key} (${o.key})` })),
    sample: {
      id: '661c06b4ffde146bdb469442',
      key: 'custom_objects.pet',
      standard: false,
      labels: { singular: 'Pet', plural: 'Pets' },
      locationId: 've9EPM428h8vShlRW1KT',
      primaryDisplayProperty: 'custom_objects.pet.name',
      label: 'Pet (custom_objects.pet)',
    },
  },
]);
