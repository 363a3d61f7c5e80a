/**
 * Inputs for running any registered operation against the emulator's seed: ids come from the seed by input key
 * (and, where one key means different records on different paths, by path), other required fields get plain values
 * of their type. Used by the every-operation suite.
 */
import type { InputField } from '../../emulator/demo/runner';
import type { Seed } from '../../emulator/index';

type Values = Record<string, unknown>;

const first = (seed: Seed, coll: string, match: (r: Record<string, any>) => boolean = () => true): string => {
  const rec = (seed.collections[coll] ?? []).find(match);
  if (!rec) throw new Error(`the seed has no ${coll} record for this operation`);
  return rec.id;
};

/** Seeded ids by input key. */
const idsByKey = (seed: Seed): Values => {
  const ada = first(seed, 'contacts');
  const pipeline = (seed.collections.pipelines ?? [])[0] as Record<string, any>;
  return {
    contactId: ada,
    recordId: ada,
    contacts: [ada],
    ids: [ada],
    taskId: first(seed, 'tasks'),
    // The calendar with seeded notifications, resources and appointments.
    calendarId: first(
      seed,
      'calendars',
      (c) => c.id === (seed.collections.calendarNotifications[0] as Record<string, any>).calendarId,
    ),
    groupId: first(seed, 'calendarGroups'),
    eventId: first(seed, 'appointments'),
    appointmentId: first(seed, 'appointments'),
    noteId: first(seed, 'appointmentNotes'),
    notificationId: first(seed, 'calendarNotifications'),
    resourceType: 'rooms',
    pipelineId: pipeline.id,
    pipelineStageId: pipeline.stages[1].id,
    userId: first(seed, 'users', (u) => u.roles?.role === 'user'),
    assignedTo: first(seed, 'users', (u) => u.roles?.role === 'user'),
    followers: [first(seed, 'users', (u) => u.roles?.role === 'user')],
    businessId: first(seed, 'businesses'),
    workflowId: first(seed, 'workflows'),
    campaignId: first(seed, 'campaigns'),
    conversationId: first(seed, 'conversations'),
    messageId: first(seed, 'messages', (m) => m.messageType === 'TYPE_SMS'),
    associationId: first(seed, 'associations'),
    key_name: (seed.collections.associations[0] as Record<string, any>).key,
    objectKey: 'contact',
    relationId: first(seed, 'relations'),
    firstRecordId: ada,
    secondRecordId: first(seed, 'businesses'),
    blogId: first(seed, 'blogs'),
    postId: first(seed, 'blogPosts'),
    author: first(seed, 'blogAuthors'),
    categories: [first(seed, 'blogCategories')],
    schemaKey: (seed.collections.objectRecords[0] as Record<string, any>).schemaKey,
    locationId: seed.meta.locationId,
    companyId: seed.meta.companyId,
    emails: (seed.collections.users[1] as Record<string, any>).email,
    calendarIds: [(seed.collections.calendars[0] as Record<string, any>).id],
    // The raw API request action: a harmless read of the connected location.
    path: `/locations/${seed.meta.locationId}`,
  };
};

/** Where one key names different records on different paths (GHL calls many path ids just `id`). */
const idsByPath = (seed: Seed): Array<[RegExp, Values]> => [
  [/^\/contacts\/\{contactId\}\/notes\/\{id\}/, { id: first(seed, 'notes') }],
  [/^\/calendars\/resources\//, { id: first(seed, 'calendarResources', (r) => r.resourceType === 'rooms') }],
  [/^\/conversations\/messages\/email\/\{id\}/, { id: first(seed, 'emails') }],
  [/^\/conversations\/messages\/\{id\}/, { id: first(seed, 'messages', (m) => m.messageType === 'TYPE_SMS') }],
  [/(recording|transcription)/, { messageId: first(seed, 'messages', (m) => m.messageType === 'TYPE_CALL') }],
  [/^\/opportunities\/\{id\}/, { id: first(seed, 'opportunities') }],
  [/^\/locations\/\{locationId\}\/customFields\/\{id\}/, { id: first(seed, 'customFields') }],
  [/^\/objects\/\{schemaKey\}\/records\/\{id\}/, { id: first(seed, 'objectRecords') }],
  [/block-slots\/\{eventId\}/, { eventId: first(seed, 'blockSlots') }],
  // System-defined associations cannot be changed; writes use the user-defined one.
  [
    /^\/associations\/\{associationId\}/,
    { associationId: first(seed, 'associations', (a) => a.associationType === 'USER_DEFINED') },
  ],
];

const HOUR = 3_600_000;

/** A value for a field the seed does not cover, by its type and name. */
const plainValue = (f: InputField, kind: string, now: number): unknown => {
  if (f.choices) {
    const c = f.choices as any;
    return Array.isArray(c) ? (typeof c[0] === 'object' ? c[0].value : c[0]) : Object.keys(c)[0];
  }
  const k = f.key.toLowerCase();
  if (f.type === 'datetime' || /(time|date)$/i.test(f.key)) {
    // Triggers read a window around now; actions book a slot two days out (inside the seeded open hours).
    const slot = new Date(now + 2 * 24 * HOUR).setUTCHours(11, 0, 0, 0);
    const start = kind === 'trigger' ? now : slot;
    const end = kind === 'trigger' ? now + 14 * 24 * HOUR : slot + HOUR / 2;
    return new Date(/end/.test(k) ? end : /due/.test(k) ? now + 24 * HOUR : start).toISOString();
  }
  if (f.type === 'boolean') return true;
  if (f.type === 'integer' || f.type === 'number') return 1;
  if (f.list) return ['emulator'];
  if (k.includes('email')) return 'emulator.op@example.com';
  if (k.includes('phone') || k === 'number') return '+15555550199';
  if (k.includes('slug')) return 'emulator-slug';
  if (k.includes('url') || k.includes('website')) return 'https://example.com/emulator';
  return 'Emulator test';
};

/**
 * Optional fields a user would fill for the operation to make sense: the app requires "one of" them (an email or
 * an id to find by, something to change, a message to send) and says so before calling GHL.
 */
export const ALSO_FILL: Record<string, string[]> = {
  get_duplicate_contact: ['email'],
  find_contact: ['email'],
  upsert_contact: ['email'],
  find_user: ['email'],
  find_custom_object_record: ['query'],
  create_custom_object_record: ['propertiesJson'],
  create_calendar_resource: ['capacity'],
  update_user: ['firstName'],
  update_business: ['name'],
  // An update with nothing to change is refused before any request (issue 12): these change one field.
  update_calendar_group: ['name'],
  update_calendar_notification: ['isActive'],
  update_appointment: ['title'],
  update_conversation: ['star'],
  send_message: ['message'],
  add_inbound_message: ['message'],
};

/** Values for the fields named in ALSO_FILL whose plain value would not do. */
const SPECIAL: Values = { propertiesJson: '{"name": "Biscuit", "species": "cat"}' };

/** Input for one operation: its path parameters and required fields, plus seeded ids for optional id fields. */
export const inputsFor = (
  seed: Seed,
  key: string,
  path: string,
  kind: string,
  fields: InputField[],
  now = Date.now(),
): Values => {
  const ids = idsByKey(seed);
  for (const [re, values] of idsByPath(seed)) if (re.test(path)) Object.assign(ids, values);
  const pathParams = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
  const input: Values = {};
  const also = new Set(ALSO_FILL[key] ?? []);
  for (const f of fields) {
    if (f.computed || f.type === 'copy') continue;
    const wanted = f.required || pathParams.has(f.key) || also.has(f.key);
    if (f.key in SPECIAL && wanted) input[f.key] = SPECIAL[f.key];
    else if (f.key in ids && (wanted || f.dynamic))
      input[f.key] = f.list && !Array.isArray(ids[f.key]) ? [ids[f.key]] : ids[f.key];
    else if (wanted) input[f.key] = plainValue(f, kind, now);
  }
  return input;
};
