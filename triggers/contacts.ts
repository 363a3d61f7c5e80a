import { customFieldOutputs } from '../lib/customFields';
import { F } from '../lib/fields';
import { heldTags } from '../lib/location';
import { looks, shown, tagName } from '../lib/normalize';
import { changeOutputs, timeOf, changeSample } from '../lib/items';
import { triggers, type B, type Field, type Req, type TriggerDecl, trigger, type GhlRecord } from '../lib/op';
import { paging } from '../lib/paging';
import { isChange, memberSuffixes, newestFirstBy, pollPerform, searchAfterPages } from '../lib/polling';
import { InputError } from '../lib/values';
import {
  APPOINTMENT_OUTPUTS,
  APPOINTMENT_SAMPLE,
  CONTACT_OUTPUTS,
  CONTACT_SAMPLE,
  NOTE_OUTPUTS,
  NOTE_SAMPLE,
  contactOutput,
  duplicateLookup,
  eachContactOutput,
  fullName,
} from '../areas/contacts';

/**
 * New / Updated Contact: POST /contacts/search over a window of `dateAdded` / `dateUpdated`, asked for twice over —
 * a `range` filter (gte the window start) and a `sort` (desc) on that field, both from GHL's search documentation
 * outside the spec (operators eq, not_eq, contains, not_contains, exists, not_exists, range {gte, lte, gt, lt};
 * sort [{field, direction}]; `pageLimit` ≤ 500 — as republished by a GHL white-label at
 * help.hoopai.com/api-reference/overview/contacts-search; its example sorts by `firstNameLowerCase`, and no public
 * page confirms `dateUpdated` as a sort field) — and correct if GHL honours either: the order is read off the first page and the pages (searchAfter) are followed
 * until the window is covered (lib/polling.ts). The emulator plays GHL ignoring the sort, the range or both. The body
 * has no schema in the spec (SearchBodyV2DTO has no properties), so the spec checker leaves it open.
 * `tagged` (Tag Added to Contact, whose filter `before` sets): no range, the tagged contacts most recently updated
 * first, and every one read is kept (lib/polling.ts `whole`), so a poll that reads the list to its end sees who lost
 * the tag.
 */
const contactWindow = (
  field: 'dateAdded' | 'dateUpdated',
  tagged = false,
): Pick<TriggerDecl, 'method' | 'path' | 'version' | 'scopes' | 'location' | 'perform' | 'list'> => ({
  method: 'POST',
  path: '/contacts/search',
  version: '2021-07-28',
  scopes: ['contacts.readonly'],
  location: 'body',
  perform: pollPerform({
    listKey: 'contacts',
    time: (c: GhlRecord) => timeOf(c[field]),
    order: 'detect',
    // GHL's default order is newest added first: a page in that order says nothing about the update order asked for.
    ...(field === 'dateUpdated' ? { ambiguous: newestFirstBy((c: GhlRecord) => timeOf(c.dateAdded)) } : {}),
    paging: searchAfterPages(500, 'contacts', 'pageLimit', tagged ? 'total' : undefined),
    whole: tagged,
    sort: (req) => ((req.body as GhlRecord).sort = [{ field, direction: 'desc' }]),
    window: (req, since) => {
      const body = req.body as GhlRecord;
      if (!tagged)
        body.filters = [
          ...(body.filters ?? []),
          { field, operator: 'range', value: { gte: new Date(since).toISOString() } },
        ];
    },
  }),
  list: { key: 'contacts', newest: field },
});

/** Single-tag picker backed by the hidden tag_choices trigger (F.tags is a list; this trigger watches one tag). */
const oneTag: Field = {
  ...F.tags('tag', 'Tag'),
  list: false,
  required: true,
  in: 'none',
  helpText: 'Pick a tag, or type it in lowercase.',
};

/**
 * The tag a Tag Added to Contact step watches, as the tag rule reads one tag (lib/normalize.ts tagName), lower-cased as
 * GHL stores tags. A value with no tag in it ("   ") is refused: filtered on, it would never fire, silently.
 */
const watchedTag = (bundle: B): string => {
  const raw = bundle.inputData.tag;
  const tag = tagName(raw ?? '', true).toLowerCase();
  if (!tag)
    throw new InputError(
      `Tag Added to Contact needs "Tag"${raw === undefined ? '.' : `: ${shown(raw)} holds no tag.`}`,
    );
  return tag;
};

/**
 * Whether the contact carries a tag that looks like the one asked for (`wanted`: its lib/normalize.ts `looks`, made
 * once per poll: case, white space, emoji forms).
 */
const hasTag = (contact: GhlRecord, wanted: string) =>
  Array.isArray(contact?.tags) && contact.tags.some((t: unknown) => looks(t) === wanted);

const contactOutputs = [...CONTACT_OUTPUTS, customFieldOutputs('contact')];
/**
 * Updated Contact and Tag Added to Contact: `id` is the change, and the contact's id is both `contactId` and (as in the
 * other change triggers) `recordId`, one value with one label (`recordId` was "Record ID" beside "Contact ID").
 */
const contactChangeOutputs = (outputs: typeof contactOutputs) => [
  ...changeOutputs(outputs, 'Contact', 'contactId'),
  { key: 'recordId', label: 'Contact ID' },
];
const lookup = [
  F.email('email', 'Email', { required: false, helpText: 'Checked before phone.' }),
  F.phone('number', 'Phone', { required: false }),
];

export default triggers([
  trigger({
    key: 'get_contact',
    noun: 'Contact',
    label: 'Specific Contact Updated',
    apiLabel: 'Get Contact',
    help: 'Triggers when the chosen contact changes.',
    method: 'GET',
    path: '/contacts/{contactId}',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    fields: [F.contact()],
    record: { key: 'contact', changedBy: 'dateUpdated' },
    after: eachContactOutput,
    sample: changeSample(CONTACT_SAMPLE, CONTACT_SAMPLE.dateUpdated),
    outputFields: [...changeOutputs(CONTACT_OUTPUTS, 'Contact'), customFieldOutputs('contact')],
  }),
  trigger({
    key: 'search_contacts',
    noun: 'Contact',
    label: 'New Contact Matching Search',
    apiLabel: 'Search Contacts',
    help: 'Triggers when a new contact matches your search (empty: any).',
    ...contactWindow('dateAdded'),
    fields: [
      F.text('query', 'Search', {
        required: false,
        helpText: 'Name, email, phone or company.',
      }),
    ],
    after: eachContactOutput,
    sample: CONTACT_SAMPLE,
    outputFields: contactOutputs,
  }),
  trigger({
    key: 'contacts_by_business',
    noun: 'Contact',
    label: 'Contact Linked to Business',
    apiLabel: 'Get Contacts by Business',
    help: 'Triggers when a contact is linked to the chosen business.',
    method: 'GET',
    path: '/contacts/business/{businessId}',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'query',
    fields: [F.business(), F.text('query', 'Search', { required: false })],
    paging: paging.skip(100),
    poll: {}, // no link time: dateAdded is the contact's
    list: { key: 'contacts' },
    after: eachContactOutput,
    sample: CONTACT_SAMPLE,
    outputFields: contactOutputs,
  }),
  trigger({
    key: 'get_duplicate_contact',
    noun: 'Contact',
    label: 'Duplicate Contact Found',
    apiLabel: 'Get Duplicate Contact',
    help: 'Triggers when the contact matching an email or phone changes.',
    method: 'GET',
    path: '/contacts/search/duplicate',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'query',
    fields: lookup,
    before: (req) => {
      if (!req.query.email && !req.query.number)
        throw new InputError('Duplicate Contact Found needs an Email or a Phone to look up.');
    },
    perform: (_z, _b, req, send) => duplicateLookup(send, req),
    record: { key: 'contact', changedBy: 'dateUpdated' },
    after: eachContactOutput,
    sample: changeSample(CONTACT_SAMPLE, CONTACT_SAMPLE.dateUpdated),
    outputFields: [...changeOutputs(CONTACT_OUTPUTS, 'Contact'), customFieldOutputs('contact')],
  }),
  trigger({
    key: 'contact_appointments',
    noun: 'Appointment',
    label: 'New Contact Appointment',
    apiLabel: 'Get Contact Appointments',
    help: 'Triggers when an appointment is booked for the chosen contact.',
    method: 'GET',
    path: '/contacts/{contactId}/appointments',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    fields: [F.contact()],
    list: { key: 'events', newest: 'dateAdded' },
    sample: APPOINTMENT_SAMPLE,
    outputFields: APPOINTMENT_OUTPUTS,
  }),
  trigger({
    key: 'contact_notes',
    noun: 'Note',
    label: 'New Contact Note',
    apiLabel: 'Get Contact Notes',
    help: 'Triggers when a note is added to the chosen contact.',
    method: 'GET',
    path: '/contacts/{contactId}/notes',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    fields: [F.contact()],
    list: { key: 'notes', newest: 'dateAdded' },
    sample: NOTE_SAMPLE,
    outputFields: NOTE_OUTPUTS,
  }),
  trigger({
    key: 'get_contact_note',
    noun: 'Note',
    label: 'Contact Note Updated',
    apiLabel: 'Get Contact Note by ID',
    help: 'Triggers when the chosen note of a contact is edited.',
    method: 'GET',
    path: '/contacts/{contactId}/notes/{id}',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    fields: [F.contact(), F.note()],
    // Notes carry no update time: a content hash makes an edit fire again.
    record: { key: 'note' },
    sample: changeSample(NOTE_SAMPLE, '9f8e7d6c5b4a3921'),
    outputFields: changeOutputs(NOTE_OUTPUTS, 'Note'),
  }),
  trigger({
    key: 'list_contacts_deprecated',
    noun: 'Contact',
    label: 'New Contact (Deprecated)',
    apiLabel: 'List Contacts (Deprecated)',
    help: 'Triggers when a contact is added. Deprecated: use New Contact Matching Search.',
    method: 'GET',
    path: '/contacts/',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'query',
    fields: [F.text('query', 'Search', { required: false })],
    paging: paging.startAfter(100),
    list: { key: 'contacts', newest: 'dateAdded' },
    after: eachContactOutput,
    sample: CONTACT_SAMPLE,
    outputFields: contactOutputs,
  }),
  trigger({
    key: 'new_contact',
    noun: 'Contact',
    label: 'New Contact',
    help: 'Triggers when a contact is added.',
    ...contactWindow('dateAdded'),
    after: eachContactOutput,
    sample: CONTACT_SAMPLE,
    outputFields: contactOutputs,
  }),
  trigger({
    key: 'updated_contact',
    noun: 'Contact',
    label: 'Updated Contact',
    help: 'Triggers when a contact changes (not when one is added).',
    fires: 'changed',
    ...contactWindow('dateUpdated'),
    // One item per contact version: the dedupe id is contact id + update time, so every later change fires again.
    // GHL stamps dateUpdated on creation too: an update time within a second of dateAdded is the creation.
    after: (items) =>
      items
        .filter((c: GhlRecord) => isChange(c, 'dateUpdated', 'dateAdded'))
        .map((c: GhlRecord) => ({
          ...contactOutput(c),
          id: `${c.id}-${c.dateUpdated}`,
          recordId: c.id,
          contactId: c.id,
        })),
    sample: { ...changeSample(CONTACT_SAMPLE, CONTACT_SAMPLE.dateUpdated), contactId: CONTACT_SAMPLE.id },
    outputFields: contactChangeOutputs(contactOutputs),
  }),
  trigger({
    key: 'contact_tag_added',
    noun: 'Contact',
    label: 'Tag Added to Contact',
    help: 'Triggers when the chosen tag is added to a contact.',
    ...contactWindow('dateUpdated', true),
    fields: [oneTag],
    before: async (req: Req, bundle, z) => {
      // A tag with an emoji is filtered on as the sub-account spells it ("⭐\uFE0F vip" held, "⭐ vip" typed).
      const [tag] = await heldTags([watchedTag(bundle)], bundle, z);
      // Undocumented in the spec (see contactWindow): GHL's search filters take {field: 'tags', operator: 'eq', value}.
      (req.body as Record<string, unknown>).filters = [{ field: 'tags', operator: 'eq', value: tag }];
    },
    // The contacts carrying the tag, most recently updated first (GHL gives no time for a tag; adding one updates the
    // contact), paged until the window is covered. A poll that read them all (`complete`) knows who is not tagged any
    // more: one missing lost the tag, and its return gets a new id (lib/polling.ts).
    after: async (items, bundle, z, data) => {
      const tag = watchedTag(bundle);
      const wanted = looks(tag);
      const tagged = items.filter((c: GhlRecord) => hasTag(c, wanted));
      const complete = data?.complete === true;
      const watched = ['contact-tag', String(bundle.authData?.locationId), tag];
      const suffix = await memberSuffixes(
        z,
        watched,
        tagged.map((c: GhlRecord) => String(c.id)),
        complete,
        !bundle.meta?.isLoadingSample,
      );
      return tagged.map((c: GhlRecord) => ({
        ...contactOutput(c),
        id: `${c.id}-${tag}${suffix[String(c.id)]}`,
        recordId: c.id,
        contactId: c.id,
        tag,
      }));
    },
    sample: { ...changeSample(CONTACT_SAMPLE, 'new lead'), contactId: CONTACT_SAMPLE.id, tag: 'new lead' },
    outputFields: contactChangeOutputs([{ key: 'tag', label: 'Tag Added' }, ...contactOutputs]),
  }),
  trigger({
    key: 'contact_choices',
    noun: 'Contact',
    label: 'Contact Choices',
    help: 'Lists the newest contacts of the sub-account for the Contact dropdown.',
    hidden: true,
    method: 'POST',
    path: '/contacts/search',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'body',
    // The search body is undocumented in the spec (see README, Known API quirks): sort is GHL's documented shape.
    defaults: { body: { sort: [{ field: 'dateAdded', direction: 'desc' }] } },
    paging: paging.searchAfter(100),
    list: { key: 'contacts', newest: false },
    after: (items) =>
      items.map((c: GhlRecord) => {
        const name = fullName(c) || c.companyName;
        const reach = c.email || c.phone;
        return { ...c, label: [name, reach && `(${reach})`].filter(Boolean).join(' ') || c.id };
      }),
    sample: {
      id: 'ocQHyuzHvysMo5N5VsXc',
      firstName: 'Rosan',
      lastName: 'Deo',
      email: 'rosan@deos.com',
      label: 'Rosan Deo (rosan@deos.com)',
    },
  }),
  trigger({
    key: 'tag_choices',
    noun: 'Tag',
    label: 'Tag Choices',
    help: 'Lists the tags of the sub-account for every tag input.',
    hidden: true,
    method: 'GET',
    path: '/locations/{locationId}/tags',
    version: '2021-07-28',
    scopes: ['locations/tags.readonly'],
    list: { key: 'tags', newest: false },
    after: (items) => [...items].sort((a: GhlRecord, b: GhlRecord) => String(a.name).localeCompare(String(b.name))),
    sample: { id: '3v34PsmpNsd6Gxe0zg3B', name: 'new lead' },
  }),
]);
