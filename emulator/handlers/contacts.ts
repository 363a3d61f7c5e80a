import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import isEmail from 'validator/lib/isEmail';
import { badRequest, unprocessable } from '../errors';
import { ghlId } from '../ids';
import { behaviours } from '../behaviours';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapOk, wrapRecord } from '../shape';
import type { Rec } from '../store';
import {
  crud,
  fieldsOf,
  followers,
  itemOf,
  mustGet,
  newRecord,
  newestFirst,
  ofLocation,
  page,
  touch,
  unsorted,
  type Resource,
} from './common';

const CONTACTS = 'contacts';

const contactOf = (ctx: Ctx, id = ctx.params.contactId) => mustGet(ctx, CONTACTS, id, 'Contact');

/** GHL compares emails case-insensitively. */
const sameEmail = (a: unknown, b: unknown) => !!a && !!b && String(a).toLowerCase() === String(b).toLowerCase();

/**
 * A phone as GHL matches it: the parsed number (E.164), a national number read in the sub-account's country, so
 * "0049 30 1234567", "+49 (0)30 1234567" and "+49301234567" are one number and "+1 415…" is not "+44 415…". Text
 * libphonenumber cannot read is compared by its digits.
 */
const phoneKey = (ctx: Ctx, v: unknown): string => {
  const s = String(v ?? '')
    .trim()
    .replace(/^00/, '+');
  if (!s) return '';
  const country = String(ctx.store.get('locations', ctx.locationId)?.country ?? '').toUpperCase();
  const parsed = s.startsWith('+')
    ? parsePhoneNumberFromString(s)
    : isSupportedCountry(country)
      ? parsePhoneNumberFromString(s, country as CountryCode)
      : undefined;
  return parsed?.isPossible() ? parsed.number : s.replace(/\D/g, '');
};
const samePhone = (ctx: Ctx, a: unknown, b: unknown) => !!phoneKey(ctx, a) && phoneKey(ctx, a) === phoneKey(ctx, b);

const duplicateOf = (ctx: Ctx, email?: unknown, phone?: unknown, except?: string): Rec | undefined =>
  ofLocation(ctx, CONTACTS).find(
    (c) => c.id !== except && (sameEmail(c.email, email) || samePhone(ctx, c.phone, phone)),
  );

/**
 * GHL's class-validator checks on contact bodies, in its wording. `@IsEmail()` is validator's isEmail with default
 * options, the same check the app runs before sending (lib/normalize.ts), so " zoe@example.com" is refused here too.
 */
const validateContact = (body: Record<string, unknown>) => {
  const problems: string[] = [];
  if (body.email !== undefined && body.email !== null && body.email !== '' && !isEmail(String(body.email)))
    problems.push('email must be an email');
  if (body.tags !== undefined && !Array.isArray(body.tags)) problems.push('tags must be an array');
  if (problems.length) throw unprocessable(problems);
};

/** GHL derives the lowercase and full-name fields its search indexes; clients see them on every contact. */
const derived = (c: Record<string, any>) => {
  const first = c.firstName ?? '';
  const last = c.lastName ?? '';
  const full = (c.name as string) || `${first} ${last}`.trim();
  return {
    name: full || undefined,
    contactName: full.toLowerCase() || undefined,
    firstNameLowerCase: first ? String(first).toLowerCase() : undefined,
    lastNameLowerCase: last ? String(last).toLowerCase() : undefined,
    fullNameLowerCase: full ? full.toLowerCase() : undefined,
    emailLowerCase: c.email ? String(c.email).toLowerCase() : undefined,
  };
};

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A contact with the fields GHL derives from it (`name`, the lower-cased search fields), as GHL answers it. */
export const withDerived = <T extends Record<string, any>>(c: T): T => Object.assign(c, clean(derived(c)));

/**
 * Custom field values as contacts return them, `{id, value}`, whichever key the request wrote them under (`fieldValue`
 * is the current one, `field_value` the deprecated one: GoHighLevel/highlevel-api-docs PR #320); an update merges
 * by id.
 */
export const storedCustomFields = (
  sent: unknown,
  current: unknown,
  key: 'value' | 'fieldValue',
): Array<Record<string, unknown>> => {
  const out = new Map<string, Record<string, unknown>>();
  for (const cf of Array.isArray(current) ? current : []) if (cf?.id) out.set(cf.id, cf);
  for (const cf of Array.isArray(sent) ? sent : []) {
    if (!cf?.id) continue;
    const value = cf.fieldValue ?? cf.field_value ?? cf.value;
    out.set(cf.id, { id: cf.id, [key]: value });
  }
  return [...out.values()];
};

const createContact = (ctx: Ctx, body: Record<string, unknown>): Rec => {
  const fields = fieldsOf(body, ['locationId']);
  if (fields.customFields) fields.customFields = storedCustomFields(fields.customFields, [], 'value');
  const rec = newRecord(ctx, { type: 'lead', tags: [], customFields: [], followers: [], dnd: false, ...fields }, [
    'dateAdded',
    'dateUpdated',
  ]);
  rec.tags = uniqueTags(rec.tags);
  rememberTags(ctx, rec.tags);
  return ctx.store.insert(CONTACTS, withDerived(rec));
};

const updateContact = (ctx: Ctx, rec: Rec, body: Record<string, unknown>): Rec => {
  const fields = fieldsOf(body, ['locationId']);
  if (fields.customFields) fields.customFields = storedCustomFields(fields.customFields, rec.customFields, 'value');
  if (fields.tags) rememberTags(ctx, (fields.tags = uniqueTags(fields.tags as string[])));
  touch(ctx, rec, fields);
  return withDerived(rec);
};

/** GHL creates a location tag the first time a contact gets a tag name (the tags list then offers it). */
const rememberTags = (ctx: Ctx, tags: string[]) => {
  const known = new Set(ofLocation(ctx, 'tags').map((t) => t.name));
  for (const name of tags) if (!known.has(name)) ctx.store.insert('tags', newRecord(ctx, { name }));
};

const uniqueTags = (tags: unknown): string[] => [
  ...new Set((Array.isArray(tags) ? tags : []).map((t) => String(t).trim().toLowerCase()).filter(Boolean)),
];

/** Location setting "Allow Duplicate Contact" (off by default): a second contact with the same email or phone is refused. */
const allowsDuplicates = (ctx: Ctx) => !!ctx.store.get('locations', ctx.locationId)?.settings?.allowDuplicateContact;

const refuseDuplicate = (ctx: Ctx, body: Record<string, unknown>, except?: string) => {
  if (allowsDuplicates(ctx)) return;
  const dup = duplicateOf(ctx, body.email, body.phone, except);
  if (dup) {
    throw badRequest('This location does not allow duplicated contacts.', {
      meta: {
        contactName: dup.name,
        contactId: dup.id,
        matchingField: sameEmail(dup.email, body.email) ? 'email' : 'phone',
      },
    });
  }
};

/** POST /contacts/search: GHL's Elasticsearch-backed search (query, filters, sort, pageLimit, searchAfter). */
const search = (ctx: Ctx) => {
  const b = (ctx.body ?? {}) as Record<string, any>;
  const q = String(b.query ?? '')
    .trim()
    .toLowerCase();
  let recs = ofLocation(ctx, CONTACTS).filter(
    (c) =>
      !q ||
      [c.name, c.email, c.phone, c.companyName, ...(c.tags ?? [])].some(
        (v) => v && String(v).toLowerCase().includes(q),
      ),
  );
  const mode = behaviours(ctx.store);
  for (const f of flattenFilters(b.filters))
    if (f.operator !== 'range' || mode.contactRange === 'honoured') recs = recs.filter((c) => matches(c, f));
  // The emulator can play a GHL that ignores the requested sort (newest created first), see behaviours.ts.
  const sort =
    Array.isArray(b.sort) && b.sort.length && mode.contactSort === 'honoured'
      ? b.sort[0]
      : { field: 'dateAdded', direction: 'desc' };
  const field = String(sort.field ?? 'dateAdded');
  const dir = String(sort.direction ?? 'desc').toLowerCase() === 'asc' ? 1 : -1;
  const keyOf = (c: Rec): [number | string, string] => {
    const v = c[field];
    const t = typeof v === 'string' && /^\d{4}-/.test(v) ? Date.parse(v) : v;
    return [t ?? '', c.id];
  };
  const cmp = (a: [number | string, string], b2: [number | string, string]) =>
    (a[0] < b2[0] ? -1 : a[0] > b2[0] ? 1 : 0) * dir || (a[1] < b2[1] ? -1 : a[1] > b2[1] ? 1 : 0) * dir;
  recs.sort((a, c) => cmp(keyOf(a), keyOf(c)));
  const total = recs.length;
  // searchAfter is the previous page's last sort values; a page starts strictly after them.
  if (Array.isArray(b.searchAfter) && b.searchAfter.length) {
    const after = b.searchAfter as [number | string, string];
    recs = recs.filter((c) => cmp(keyOf(c), after) > 0);
  }
  const pageLimit = Math.min(500, Number(b.pageLimit ?? 20) || 20);
  const start = b.page && !b.searchAfter ? (Number(b.page) - 1) * pageLimit : 0;
  const contacts = recs.slice(start, start + pageLimit).map((c) => ({ ...c, searchAfter: keyOf(c) }));
  return { contacts, total, traceId: ghlId(36) };
};

interface Filter {
  field: string;
  operator: string;
  value?: unknown;
}

/** Filters nest in `{group: 'AND'|'OR', filters}`; the emulator treats every group as AND. */
const flattenFilters = (filters: unknown): Filter[] =>
  (Array.isArray(filters) ? filters : []).flatMap((f: any) =>
    Array.isArray(f?.filters) ? flattenFilters(f.filters) : f?.field ? [f] : [],
  );

const matches = (c: Rec, f: Filter): boolean => {
  const v = c[f.field];
  const values = Array.isArray(f.value) ? f.value : [f.value];
  const has = (x: unknown) =>
    Array.isArray(v)
      ? v
          .map(String)
          .map((s) => s.toLowerCase())
          .includes(String(x).toLowerCase())
      : String(v ?? '').toLowerCase() === String(x).toLowerCase();
  switch (f.operator) {
    case 'eq':
      return values.some(has);
    case 'not_eq':
      return !values.some(has);
    case 'contains':
      return values.some((x) =>
        String(Array.isArray(v) ? v.join(' ') : (v ?? ''))
          .toLowerCase()
          .includes(String(x).toLowerCase()),
      );
    case 'exists':
      return v !== undefined && v !== null && v !== '';
    case 'not_exists':
      return v === undefined || v === null || v === '';
    case 'range': {
      // {gte, gt, lte, lt} on a date field (ISO or epoch ms), as GHL's search documentation describes.
      const t = typeof v === 'number' ? v : Date.parse(String(v ?? ''));
      const r = (f.value ?? {}) as Record<string, unknown>;
      const at = (x: unknown) => (typeof x === 'number' ? x : Date.parse(String(x)));
      return (
        (r.gte === undefined || t >= at(r.gte)) &&
        (r.gt === undefined || t > at(r.gt)) &&
        (r.lte === undefined || t <= at(r.lte)) &&
        (r.lt === undefined || t < at(r.lt))
      );
    }
    default:
      return true;
  }
};

const taskResource: Resource = {
  coll: 'tasks',
  noun: 'Task',
  id: 'taskId',
  parent: { param: 'contactId', coll: CONTACTS, noun: 'Contact' },
  defaults: () => ({ completed: false }),
  list: 'GET /contacts/{contactId}/tasks',
  create: 'POST /contacts/{contactId}/tasks',
  get: 'GET /contacts/{contactId}/tasks/{taskId}',
  update: 'PUT /contacts/{contactId}/tasks/{taskId}',
  remove: 'DELETE /contacts/{contactId}/tasks/{taskId}',
};

const noteResource: Resource = {
  coll: 'notes',
  noun: 'Note',
  id: 'id',
  parent: { param: 'contactId', coll: CONTACTS, noun: 'Contact' },
  list: 'GET /contacts/{contactId}/notes',
  create: 'POST /contacts/{contactId}/notes',
  get: 'GET /contacts/{contactId}/notes/{id}',
  update: 'PUT /contacts/{contactId}/notes/{id}',
  remove: 'DELETE /contacts/{contactId}/notes/{id}',
};

/** A membership (campaign, workflow) after checking both sides exist. */
const membership = (coll: string, param: string, noun: string, add: boolean) => (ctx: Ctx) => {
  const contact = contactOf(ctx);
  mustGet(ctx, coll, ctx.params[param], noun);
  const field = `${coll.replace(/s$/, '')}Ids`;
  const ids: string[] = contact[field] ?? [];
  contact[field] = add ? [...new Set([...ids, ctx.params[param]])] : ids.filter((i) => i !== ctx.params[param]);
  return wrapOk(ctx.op);
};

export const contactRoutes: Routes = {
  ...crud(taskResource),
  ...crud(noteResource),
  'PUT /contacts/{contactId}/tasks/{taskId}/completed': (ctx) => {
    const task = itemOf(ctx, taskResource);
    if (typeof ctx.body?.completed !== 'boolean') throw unprocessable(['completed must be a boolean value']);
    return wrapRecord(ctx.op, touch(ctx, task, { completed: ctx.body.completed }));
  },

  'POST /contacts/': (ctx) => {
    validateContact(ctx.body);
    refuseDuplicate(ctx, ctx.body);
    return wrapRecord(ctx.op, createContact(ctx, ctx.body));
  },
  'GET /contacts/{contactId}': (ctx) => wrapRecord(ctx.op, contactOf(ctx)),
  'PUT /contacts/{contactId}': (ctx) => {
    const rec = contactOf(ctx);
    validateContact(ctx.body);
    refuseDuplicate(ctx, ctx.body, rec.id);
    return wrapRecord(ctx.op, updateContact(ctx, rec, ctx.body));
  },
  'DELETE /contacts/{contactId}': (ctx) => {
    ctx.store.remove(CONTACTS, contactOf(ctx).id);
    return wrapOk(ctx.op);
  },
  'POST /contacts/upsert': (ctx) => {
    validateContact(ctx.body);
    const existing = duplicateOf(ctx, ctx.body.email, ctx.body.phone);
    if (existing) {
      // Like the update, the upsert's tags replace the contact's (UpsertContactDto `tags`: "will overwrite all
      // current tags associated with the contact").
      return wrapRecord(ctx.op, updateContact(ctx, existing, ctx.body), { new: false });
    }
    return wrapRecord(ctx.op, createContact(ctx, ctx.body), { new: true });
  },
  'GET /contacts/': (ctx) => {
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    let recs = newestFirst(ofLocation(ctx, CONTACTS)).filter(
      (c) => !q || [c.name, c.email, c.phone].some((v) => v && String(v).toLowerCase().includes(q)),
    );
    const total = recs.length;
    // The deprecated list pages by the last contact's (startAfter = dateAdded in ms, startAfterId); both are needed.
    const afterId = ctx.query.get('startAfterId');
    if (afterId) recs = recs.slice(recs.findIndex((c) => c.id === afterId) + 1);
    const limit = Math.min(100, ctx.query.int('limit', 20));
    const contacts = recs.slice(0, limit);
    const last = contacts[contacts.length - 1];
    return wrapList(ctx.op, contacts, total, {
      meta: {
        total,
        currentPage: 1,
        nextPage: contacts.length < recs.length ? 2 : null,
        prevPage: null,
        startAfterId: last?.id ?? null,
        startAfter: last ? Date.parse(last.dateAdded) : null,
      },
    });
  },
  'POST /contacts/search': search,
  'GET /contacts/search/duplicate': (ctx) => {
    const email = ctx.query.get('email');
    const number = ctx.query.get('number');
    if (!email && !number) throw badRequest('Either email or number is required');
    // GHL answers 200 with `contact: null` when nothing matches (not a 404).
    return { contact: duplicateOf(ctx, email, number) ?? null, traceId: ghlId(36) };
  },
  'GET /contacts/business/{businessId}': (ctx) => {
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    const recs = unsorted(ctx, ofLocation(ctx, CONTACTS)).filter(
      (c) =>
        c.businessId === ctx.params.businessId &&
        (!q ||
          String(c.name ?? '')
            .toLowerCase()
            .includes(q)),
    );
    return wrapList(ctx.op, page(ctx, recs, 25), recs.length);
  },
  'POST /contacts/bulk/business': (ctx) => {
    const ids: string[] = ctx.body.ids ?? [];
    for (const id of ids) {
      const c = contactOf(ctx, id);
      touch(ctx, c, { businessId: ctx.body.businessId ?? undefined });
    }
    return { success: true, ids };
  },

  'POST /contacts/{contactId}/tags': (ctx) => {
    const c = contactOf(ctx);
    updateContact(ctx, c, { tags: [...(c.tags ?? []), ...(ctx.body.tags ?? [])] });
    return { tags: c.tags };
  },
  'DELETE /contacts/{contactId}/tags': (ctx) => {
    const c = contactOf(ctx);
    const drop = uniqueTags(ctx.body.tags);
    touch(ctx, c, { tags: (c.tags ?? []).filter((t: string) => !drop.includes(t)) });
    return { tags: c.tags };
  },
  'POST /contacts/bulk/tags/update/{type}': (ctx) => {
    const type = ctx.params.type;
    if (type !== 'add' && type !== 'remove') throw badRequest('type must be one of the following values: add, remove');
    if (ctx.body.removeAllTags && type !== 'remove')
      throw badRequest('removeAllTags can only be used with remove type');
    const tags = uniqueTags(ctx.body.tags);
    // One entry per contact as UpdateTagsResponseDTO's example shows them (its `items` say string; the example and
    // GHL's answers are objects): `type` success with the tags before and the change, or error with GHL's reason.
    const responses = (ctx.body.contacts as string[]).map((id) => {
      const c = ctx.store.get(CONTACTS, id);
      if (!c || c.locationId !== ctx.locationId)
        return { contactId: id, message: 'contact does not belong to location', type: 'error' };
      const oldTags: string[] = [...(c.tags ?? [])];
      const next =
        type === 'add'
          ? uniqueTags([...oldTags, ...tags])
          : ctx.body.removeAllTags
            ? []
            : oldTags.filter((t: string) => !tags.includes(t));
      updateContact(ctx, c, { tags: next });
      const now: string[] = c.tags ?? [];
      return {
        contactId: id,
        message: 'Tags updated',
        type: 'success',
        oldTags,
        tagsAdded: now.filter((t) => !oldTags.includes(t)),
        tagsRemoved: oldTags.filter((t) => !now.includes(t)),
      };
    });
    return { succeded: true, errorCount: responses.filter((r) => r.type === 'error').length, responses };
  },

  'GET /contacts/{contactId}/appointments': (ctx) => {
    contactOf(ctx);
    const events = ofLocation(ctx, 'appointments').filter((a) => a.contactId === ctx.params.contactId);
    return wrapList(ctx.op, newestFirst(events));
  },

  'POST /contacts/{contactId}/followers': (ctx) => followers(ctx, contactOf(ctx), true),
  'DELETE /contacts/{contactId}/followers': (ctx) => followers(ctx, contactOf(ctx), false),
  'POST /contacts/{contactId}/campaigns/{campaignId}': membership('campaigns', 'campaignId', 'Campaign', true),
  'DELETE /contacts/{contactId}/campaigns/{campaignId}': membership('campaigns', 'campaignId', 'Campaign', false),
  'DELETE /contacts/{contactId}/campaigns/removeAll': (ctx) => {
    touch(ctx, contactOf(ctx), { campaignIds: [] });
    return wrapOk(ctx.op);
  },
  'POST /contacts/{contactId}/workflow/{workflowId}': membership('workflows', 'workflowId', 'Workflow', true),
  'DELETE /contacts/{contactId}/workflow/{workflowId}': membership('workflows', 'workflowId', 'Workflow', false),
};
