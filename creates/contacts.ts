import { customFieldInputs, customFieldOutputs } from '../lib/customFields';
import { F } from '../lib/fields';
import { createOnce, duplicateOf, notStored } from '../lib/idempotency';
import {
  creates,
  type B,
  type CreateDecl,
  given,
  type Field,
  type Req,
  type Send,
  type SpecWorkaround,
  type Z,
  create,
  type GhlRecord,
  skippedSaid,
} from '../lib/op';
import {
  CONTACT_OUTPUTS,
  CONTACT_SAMPLE,
  NOTE_OUTPUTS,
  NOTE_SAMPLE,
  contactOutput,
  duplicateLookup,
} from '../areas/contacts';
import { afterWrite, ranOutOfTime } from '../lib/errors';
import { InputError, isEmpty } from '../lib/values';
import { looks, shown, unicodeEmail } from '../lib/normalize';

const V = '2021-07-28' as const;
const WRITE = ['contacts.write'];

/** The contact fields create, upsert and update share (update lacks gender and companyName: NOT_ON_UPDATE). */
const contactFields = (only?: (f: Field) => boolean): Field[] =>
  [
    // Caller ID's "WIRELESS CALLER", a chat's "Website Visitor", "test@test.com" are no value here (standInOf).
    F.text('firstName', 'First Name', { required: false, standIn: 'name' }),
    F.text('lastName', 'Last Name', { required: false, standIn: 'surname' }),
    F.text('name', 'Full Name', { required: false, helpText: 'Instead of first and last name.', standIn: 'name' }),
    F.email('email', 'Email', { required: false, standIn: 'email' }),
    F.phone('phone', 'Phone', { required: false, helpText: "No +code: read in Country, else the sub-account's." }),
    F.text('companyName', 'Company Name', { required: false }),
    F.text('address1', 'Street Address', {
      required: false,
      parts: { city: 'city', state: 'state', postalCode: 'postalCode', country: 'country' },
    }),
    F.text('city', 'City', { required: false }),
    F.text('state', 'State', { required: false }),
    F.postalCode(),
    F.country(),
    F.text('website', 'Website', { required: false }),
    F.timezone(),
    F.gender(),
    F.day('dateOfBirth', 'Date of Birth', { required: false }),
    F.text('source', 'Source', { required: false, helpText: 'E.g. Writesonic.' }),
    F.tags(),
    F.user('assignedTo', 'Assigned User', { required: false }),
    F.boolean('dnd', 'Do Not Disturb (all channels)', { required: false }),
  ].filter(only ?? (() => true));

/**
 * The contacts a bulk tag update left untouched, as a sentence, or '' when every one was updated. GHL answers 201
 * `succeded: true` even then: each contact's entry in `responses` says (`type` "error" and the reason, as
 * UpdateTagsResponseDTO's example shows: "contact does not belong to location"), and `errorCount` counts them.
 */
const untagged = (r: GhlRecord): string => {
  const entries: unknown[] = Array.isArray(r.responses) ? r.responses : [];
  const failed = entries.filter(
    (e): e is GhlRecord => !!e && typeof e === 'object' && (e as GhlRecord).type === 'error',
  );
  const count = Math.max(failed.length, typeof r.errorCount === 'number' ? r.errorCount : 0);
  if (!count) return '';
  const named = failed.map((e) => `"${e.contactId}"${typeof e.message === 'string' ? ` (${e.message})` : ''}`);
  const said = entries.filter((e): e is string => typeof e === 'string').slice(0, 5);
  const list = named.length
    ? `: ${named.slice(0, 10).join(', ')}${named.length > 10 ? ` and ${named.length - 10} more` : ''}.`
    : `.${said.length ? ` GHL says: ${said.join('; ')}.` : ''}`;
  const total = entries.filter((e) => !!e && typeof e === 'object').length;
  const done = total - count;
  const others =
    done > 0 ? ` The tags of the other ${done === 1 ? 'contact were' : `${done} contacts were`} updated.` : '';
  return `GHL did not update the tags of ${count}${total ? ` of the ${total}` : ''} contact${
    count === 1 && !total ? '' : 's'
  }${list}${others} Check the field "Contacts", then replay the run (updating tags again does no harm).`;
};

/**
 * The note fields create and update share (GHL's update replaces the text, so it is required there too). On update
 * the text is "New Text", apart from the "Note" it replaces.
 */
const noteFields = (textLabel = 'Note'): Field[] => [
  F.longText('body', textLabel, { required: true }),
  F.text('title', 'Title', { required: false }),
  F.user('userId', 'Author', { required: false }),
  F.boolean('pinned', 'Pinned', { required: false }),
];

/**
 * dateOfBirth is typed `object` in CreateContactDto, UpdateContactDto and UpsertContactDto, yet the same property lists
 * date formats in its description and gives "1990-09-25" as its example: GHL takes a date string, which F.day sends
 * (YYYY-MM-DD). GHL added the field to create / update in GoHighLevel/highlevel-api-docs issue #124.
 */
const DATE_OF_BIRTH: SpecWorkaround = {
  rule: 'body-type',
  field: 'dateOfBirth',
  why: 'dateOfBirth is typed object in the spec, but its description lists date formats and its example is "1990-09-25": GHL takes a date string (YYYY-MM-DD).',
};

const contactResult = {
  after: (c: GhlRecord) => contactOutput(c),
  outputFields: [...CONTACT_OUTPUTS, customFieldOutputs('contact')],
};

/** Create Contact's choice when the contact already exists (GHL's duplicate answer, or a replayed run). */
const ON_DUPLICATE = F.choice(
  'onDuplicate',
  'If the Contact Already Exists',
  { return: 'Return the existing contact (default)', error: 'Stop with an error' },
  {
    in: 'none',
    required: false,
    default: 'return',
    helpText: 'Its output then has Already Existed: true.',
  },
);

const READ = ['contacts.readonly'];
/** What makes a contact recognisable; one of them must remain after unreadable values are skipped. */
const IDENTITY = ['email', 'phone', 'firstName', 'lastName', 'name', 'companyName'];

/**
 * The contact an earlier attempt of this step wrote, by its natural key (email, then phone), through GHL's duplicate
 * lookup; undefined when there is none. Used after a 5xx or a lost answer, when the create may have been stored, and
 * before an upsert (`keys`: by its email only, asHeld).
 */
const existingContact = async (
  bundle: B,
  req: Req,
  send: Send,
  keys: Array<'email' | 'phone'> = ['email', 'phone'],
) => {
  const body = req.body as Record<string, unknown>;
  for (const key of keys) {
    if (!body[key]) continue;
    const query = { locationId: bundle.authData.locationId, [key === 'phone' ? 'number' : 'email']: body[key] };
    const found = await duplicateLookup(
      send,
      { method: 'GET', path: '/contacts/search/duplicate', pathParams: {}, query, body: undefined },
      { scopes: READ },
    );
    if (found?.contact?.id) return { contact: found.contact };
  }
  return undefined;
};

/** The skipped values' sentences without their "It was left out, as …" tail, for a refusal that names them. */
const skippedValues = (req: Req) => skippedSaid(req).join(' ');

/** Skipping an unreadable email or phone must not leave a contact nobody can be reached or recognised by. */
const refuseUnrecognisable = (label: string) => (req: Req) => {
  const body = req.body as Record<string, unknown>;
  if (req.skipped?.length && !IDENTITY.some((k) => body[k] !== undefined)) {
    throw new InputError(`${label} has no name, email or phone left to save: ${skippedValues(req)}`);
  }
};

/**
 * GHL's upsert matches the contact by email or phone: with neither (none given, or the unreadable ones skipped) it
 * creates a new contact on every run, so the step is refused, naming the values that could not be read.
 */
const refuseUnmatchable = (req: Req) => {
  const body = req.body as Record<string, unknown>;
  if (body.email !== undefined || body.phone !== undefined) return;
  throw new InputError(
    `Upsert Contact needs a readable Email or Phone to match the contact on; without one GHL creates a new contact on every run.${req.skipped?.length ? ` ${skippedValues(req)}` : ''}`,
  );
};

/**
 * Create Contact's gender and companyName, which GHL's UpdateContactDto lacks: PUT /contacts/{contactId} answers 422
 * "property gender should not exist" (GoHighLevel/highlevel-api-docs issue #313). Find or Create Contact hands the
 * create's values to Update Contact: these are listed as not stored (skippedValues) instead of vanishing.
 */
const NOT_ON_UPDATE = contactFields((f) => ['gender', 'companyName'].includes(f.key));
const notStoredOnUpdate = (req: Req, bundle: B) => {
  for (const f of NOT_ON_UPDATE) {
    const v = bundle.inputData[f.key];
    if (isEmpty(v)) continue;
    (req.skipped ??= []).push(
      `"${f.label}" ${shown(v)} was not stored: GHL's contact update does not take it (only Create Contact sets it).`,
    );
  }
};

/**
 * "Existing Tags" of Update and Upsert Contact. GHL's update and upsert overwrite all of a contact's tags with the ones
 * sent (UpdateContactDto / UpsertContactDto `tags`: "will overwrite all current tags … it is recommended to use the
 * Add Tag or Remove Tag API instead"), so a returning lead would lose the tags other Zaps and workflows gave it. By
 * default the tags are added with POST /contacts/{contactId}/tags (keepingTags); Replace sends them in the write.
 * Find or Create Contact's update has no such field, so it keeps the contact's tags too.
 */
const EXISTING_TAGS = F.choice(
  'existingTags',
  'Existing Tags',
  { keep: 'Keep (add these tags)', replace: 'Replace with these tags' },
  { in: 'none', required: false, default: 'keep' },
);

/** POST /contacts/{contactId}/tags: adds tags, keeping the contact's others (adding one twice keeps one). */
const addTags = (send: Send, contactId: string, tags: string[]) =>
  send({ method: 'POST', path: '/contacts/{contactId}/tags', pathParams: { contactId }, query: {}, body: { tags } });

/**
 * A failure after the step's first write went through names what GHL holds (lib/errors.ts afterWrite): the tags an
 * update added, the contact an upsert saved. Running the step again is safe (the upsert matches the same contact, a
 * tag added twice is kept once), so throttling and an expired token are still retried, except after an upsert that
 * created a contact although one matched: "Create New if Duplicates Are Allowed" in a sub-account that allows them,
 * where GHL creates a contact on every run (UpsertContactDto `createNewIfDuplicateAllowed`, "Scenario 1").
 */
const tagsFailed = (z: Z, e: unknown, id: string, created: boolean): unknown =>
  afterWrite(
    z,
    e,
    // A request the step had no time left for was never sent (lib/client.ts requestGhl).
    (e as Error)?.name === 'HaltedError' && !ranOutOfTime(e)
      ? `The contact (${id}) was saved; whether its tags were added is unknown.`
      : `The contact (${id}) was saved, but its tags were not added.`,
    created
      ? 'Add them with Add Tags to Contact rather than replaying this run: with "Create New if Duplicates Are Allowed" on, a replay creates another contact.'
      : undefined,
  );

/**
 * GHL's upsert matches the email as GHL holds it: a contact found holding the lead's address with its domain in Unicode
 * (typed in GHL, imported; existingContact asks in either form) is upserted by that form, so it is updated rather than
 * created again.
 */
const asHeld = (req: Req, found: GhlRecord | undefined): Req => {
  const body = req.body as GhlRecord;
  const idn = typeof body.email === 'string' ? unicodeEmail(body.email) : undefined;
  const held = found?.email;
  return idn && typeof held === 'string' && looks(held) === looks(idn)
    ? { ...req, body: { ...body, email: held } }
    : req;
};

/**
 * Sends the update or upsert without its tags and adds them to the contact (unless Existing Tags says Replace). An
 * update adds them first, so tags GHL refuses leave the contact unchanged; an upsert first looks the contact up (a new
 * one is upserted with its tags) and adds them after, to the contact it answers. The calls can be replayed safely.
 * The record answered carries the tags it had plus the added ones (GHL's tags answer may list only those sent).
 */
const keepingTags: NonNullable<CreateDecl['perform']> = async (z, bundle, asked, send) => {
  const { tags, email } = asked.body as { tags?: string[]; email?: unknown };
  const keep = !!tags?.length && (await given(EXISTING_TAGS, bundle, z)) !== 'replace';
  const id = asked.pathParams.contactId;
  // An upsert looks the contact up first: to add the tags to it, or by an email with an internationalized domain.
  const lookup = id === undefined && (keep || (typeof email === 'string' && !!unicodeEmail(email)));
  const found = lookup ? await existingContact(bundle, asked, send, keep ? undefined : ['email']) : undefined;
  const req = asHeld(asked, found?.contact);
  if (!keep) return send(req);
  const body = req.body as GhlRecord;
  const rest = { ...body };
  delete rest.tags;
  // An upsert that will create the contact sends its tags with it: a GHL workflow started by "Contact Created" sees
  // them. GHL's duplicate lookup follows the same "Allow Duplicate Contact" setting as the upsert.
  if (id === undefined && !found) return send(req);
  if (id !== undefined) await addTags(send, id, tags);
  // Only tags to change on an update: the contact is read for the answer instead of rewritten.
  const onlyTags = id !== undefined && !Object.keys(rest).length;
  const data = await (
    onlyTags ? send({ ...req, method: 'GET', body: undefined }, { scopes: READ }) : send({ ...req, body: rest })
  ).catch((e: unknown) => {
    const then = onlyTags ? 'but reading it back' : 'then updating its other fields';
    throw id === undefined ? e : afterWrite(z, e, `The tags were added to the contact (${id}), ${then} failed.`);
  });
  const contact = data?.contact as GhlRecord | undefined;
  if (id === undefined) {
    if (typeof contact?.id !== 'string') return data; // no contact in the answer: the factory says so
    await addTags(send, contact.id, tags).catch((e: unknown) => {
      throw tagsFailed(z, e, contact.id as string, body.createNewIfDuplicateAllowed === true && data?.new === true);
    });
  }
  // GHL stores tags lower-cased: the added ones are shown as it keeps them.
  const had = Array.isArray(contact?.tags) ? (contact.tags as string[]) : [];
  const added = tags.map((t) => t.toLowerCase()).filter((t) => !had.some((h) => String(h).toLowerCase() === t));
  return { ...data, contact: { ...contact, tags: [...had, ...added] } };
};

/** POST /contacts/ once: GHL's duplicate answer and unknown outcomes become the existing contact (lib/idempotency.ts). */

const createContact = async (z: Z, bundle: B, req: Req, send: Send) => {
  const { data, duplicate } = await createOnce(z, req, send, {
    label: 'Create Contact',
    noun: 'contact',
    duplicate: duplicateOf,
    fetch: (id) =>
      send(
        { method: 'GET', path: '/contacts/{contactId}', pathParams: { contactId: id }, query: {}, body: undefined },
        { scopes: READ },
      ),
    findExisting: (lookup) => existingContact(bundle, req, lookup),
    key: 'email or phone',
    failOnDuplicate: bundle.inputData.onDuplicate === 'error',
  });
  if (duplicate) notStored(req, bundle, data?.contact, contactFields(), 'contact');
  return { ...data, contact: { ...data?.contact, isDuplicate: duplicate } };
};

export default creates([
  create({
    key: 'create_contact',
    noun: 'Contact',
    label: 'Create Contact',
    help: 'Creates a contact. Use Find or Create Contact to avoid duplicates.',
    method: 'POST',
    path: '/contacts/',
    version: V,
    specWorkarounds: [DATE_OF_BIRTH],
    scopes: WRITE,
    location: 'body',
    fields: [...contactFields(), F.onUnreadable(), ON_DUPLICATE, customFieldInputs('contact')],
    before: refuseUnrecognisable('Create Contact'),
    perform: createContact,
    result: 'contact',
    ...contactResult,
    outputFields: [
      ...contactResult.outputFields,
      { key: 'isDuplicate', label: 'Already Existed', type: 'boolean' },
      { key: 'skippedValues', label: 'Skipped Values' },
    ],
    sample: { ...CONTACT_SAMPLE, isDuplicate: false },
  }),
  create({
    key: 'update_contact',
    noun: 'Contact',
    label: 'Update Contact',
    help: "Updates a contact's filled-in fields; tags are added to its tags.",
    method: 'PUT',
    path: '/contacts/{contactId}',
    version: V,
    specWorkarounds: [DATE_OF_BIRTH],
    scopes: WRITE,
    fields: [
      F.contact(),
      ...contactFields((f) => !NOT_ON_UPDATE.some((n) => n.key === f.key)),
      EXISTING_TAGS,
      F.onUnreadable(),
      customFieldInputs('contact'),
    ],
    before: notStoredOnUpdate,
    perform: keepingTags,
    result: 'contact',
    ...contactResult,
    outputFields: [...contactResult.outputFields, { key: 'skippedValues', label: 'Skipped Values' }],
    sample: CONTACT_SAMPLE,
  }),
  create({
    key: 'upsert_contact',
    noun: 'Contact',
    label: 'Upsert Contact',
    help: 'Updates the contact matching the email or phone, or creates one.',
    method: 'POST',
    path: '/contacts/upsert',
    version: V,
    specWorkarounds: [DATE_OF_BIRTH],
    scopes: WRITE,
    location: 'body',
    fields: [
      ...contactFields(),
      F.boolean('createNewIfDuplicateAllowed', 'Create New if Duplicates Are Allowed', { required: false }),
      EXISTING_TAGS,
      F.onUnreadable(),
      customFieldInputs('contact'),
    ],
    before: refuseUnmatchable,
    perform: keepingTags,
    result: 'contact',
    after: (c: GhlRecord, _b, _z, data) => ({ ...contactOutput(c), isNew: !!data?.new }),
    outputFields: [
      ...contactResult.outputFields,
      { key: 'isNew', label: 'Was Created', type: 'boolean' },
      { key: 'skippedValues', label: 'Skipped Values' },
    ],
    sample: { ...CONTACT_SAMPLE, isNew: true },
  }),
  create({
    key: 'delete_contact',
    noun: 'Contact',
    label: 'Delete Contact',
    help: 'Deletes a contact with its notes, tasks and conversations.',
    method: 'DELETE',
    path: '/contacts/{contactId}',
    version: V,
    scopes: WRITE,
    fields: [F.contact()],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', succeded: true },
  }),
  create({
    key: 'add_contact_tags',
    noun: 'Tag',
    label: 'Add Tags to Contact',
    help: 'Adds tags to a contact, keeping its existing ones.',
    method: 'POST',
    path: '/contacts/{contactId}/tags',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.tags('tags', 'Tags', { required: true })],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', tags: ['new lead', 'writesonic'] },
  }),
  create({
    key: 'remove_contact_tags',
    noun: 'Tag',
    label: 'Remove Tags from Contact',
    help: 'Removes the given tags from a contact; other tags stay.',
    method: 'DELETE',
    path: '/contacts/{contactId}/tags',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.tags('tags', 'Tags', { required: true, in: 'body' })],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', tags: ['writesonic'] },
  }),
  create({
    key: 'bulk_update_contact_tags',
    noun: 'Tag',
    label: 'Bulk Update Contact Tags',
    help: 'Adds or removes tags on many contacts at once.',
    method: 'POST',
    // The spec does not declare {type}; its descriptions name the values add | remove (see README quirks).
    path: '/contacts/bulk/tags/update/{type}',
    version: V,
    scopes: WRITE,
    location: 'body',
    fields: [
      F.choice('type', 'Action', { add: 'Add tags', remove: 'Remove tags' }, { required: true }),
      F.list('contacts', 'Contacts', { required: true, dynamic: 'contact_choices.id.label' }),
      F.tags('tags', 'Tags', { required: true }),
      F.boolean('removeAllTags', 'Remove All Tags', {
        required: false,
        helpText: 'With Remove only.',
      }),
    ],
    before: (req) => {
      const body = req.body as Record<string, unknown>;
      if (body.removeAllTags === true && req.pathParams.type !== 'remove') {
        throw new InputError('"Remove All Tags" can only be used with the Remove tags action.');
      }
    },
    after: (r, _b, z) => {
      const left = untagged(r);
      if (left) throw new z.errors.Error(`Bulk Update Contact Tags: ${left}`, 'GHL_CONTACTS_NOT_UPDATED', 400);
      return r;
    },
    sample: { type: 'add', succeded: true, errorCount: 0, responses: [] },
    // GHL spells the flag `succeded` (sic).
    outputFields: [
      { key: 'type', label: 'Action' },
      { key: 'succeded', label: 'Succeeded', type: 'boolean' },
      { key: 'errorCount', label: 'Contacts Not Updated', type: 'integer' },
    ],
  }),
  create({
    key: 'create_contact_note',
    noun: 'Note',
    label: 'Create Contact Note',
    help: 'Adds a note to a contact.',
    method: 'POST',
    path: '/contacts/{contactId}/notes',
    once: 'added',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), ...noteFields()],
    result: 'note',
    sample: NOTE_SAMPLE,
    outputFields: NOTE_OUTPUTS,
  }),
  create({
    key: 'update_contact_note',
    noun: 'Note',
    label: 'Update Contact Note',
    help: "Replaces the text of a contact's note.",
    method: 'PUT',
    path: '/contacts/{contactId}/notes/{id}',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.note(), ...noteFields('New Text')],
    result: 'note',
    sample: NOTE_SAMPLE,
    outputFields: NOTE_OUTPUTS,
  }),
  create({
    key: 'delete_contact_note',
    noun: 'Note',
    label: 'Delete Contact Note',
    help: 'Deletes a note from a contact.',
    method: 'DELETE',
    path: '/contacts/{contactId}/notes/{id}',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.note()],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', id: 'ITNtdHRNSvQ6pHtxdRBP', succeded: true },
  }),
  create({
    key: 'add_contact_to_campaign',
    noun: 'Campaign',
    label: 'Add Contact to Campaign',
    help: 'Starts a contact on a campaign.',
    method: 'POST',
    path: '/contacts/{contactId}/campaigns/{campaignId}',
    once: ['started', 'Campaign Enrollment'],
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.campaign()],
    // The spec declares a required body with no properties.
    emptyBody: true,
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', campaignId: 'Rk8fWm2QzT5vLp9XcN3b', succeded: true },
  }),
  create({
    key: 'remove_contact_from_campaign',
    noun: 'Campaign',
    label: 'Remove Contact from Campaign',
    apiLabel: 'Remove from Campaign',
    help: "Stops a contact's campaign.",
    method: 'DELETE',
    path: '/contacts/{contactId}/campaigns/{campaignId}',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.campaign()],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', campaignId: 'Rk8fWm2QzT5vLp9XcN3b', succeded: true },
  }),
  create({
    key: 'remove_contact_from_all_campaigns',
    noun: 'Campaign',
    label: 'Remove Contact from All Campaigns',
    apiLabel: 'Remove from All Campaigns',
    help: 'Stops every campaign the contact is on.',
    method: 'DELETE',
    path: '/contacts/{contactId}/campaigns/removeAll',
    version: V,
    scopes: WRITE,
    fields: [F.contact()],
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', succeded: true },
  }),
  create({
    key: 'create_tag',
    noun: 'Tag',
    label: 'Create Tag',
    help: 'Creates a tag. To tag a contact, use Add Tags to Contact.',
    method: 'POST',
    path: '/locations/{locationId}/tags',
    version: V,
    scopes: ['locations/tags.write'],
    fields: [F.tag('name', 'Tag Name', { required: true })],
    result: 'tag',
    sample: { id: 'flGwEuzsfJOia1i1ikRN', name: 'writesonic lead' },
    outputFields: [
      { key: 'id', label: 'Tag ID' },
      { key: 'name', label: 'Tag Name' },
    ],
  }),
]);
