import { behaviours, scrambled } from '../behaviours';
import { badRequest, GhlError } from '../errors';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapRecord } from '../shape';
import { mustGet, newRecord, ofLocation, page } from './common';

const TIMEZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Sydney',
  'UTC',
];

/** Location-level lists the app reads for dropdowns and triggers: only records of the token's location. */
const listOf =
  (coll: string, filter: (ctx: Ctx) => (r: Record<string, any>) => boolean = () => () => true) =>
  (ctx: Ctx) =>
    wrapList(ctx.op, ofLocation(ctx, coll).filter(filter(ctx)));

/** A Location token sees only its own sub-account; agency endpoints answer 401 for it, as GHL's IAM does. */
const agencyOnly = (ctx: Ctx) => {
  if (ctx.grant.userType !== 'Company')
    throw new GhlError(401, 'This route is not yet supported by the IAM Service for the authClass Location', true);
};

export const locationRoutes: Routes = {
  'GET /locations/{locationId}': (ctx) =>
    wrapRecord(ctx.op, mustGet(ctx, 'locations', ctx.params.locationId, 'Location')),
  'GET /locations/search': (ctx) => {
    const email = ctx.query.get('email');
    const recs = ctx.store
      .all('locations')
      .filter(
        (l) =>
          l.companyId === ctx.grant.companyId &&
          (ctx.grant.userType === 'Company' || l.id === ctx.locationId) &&
          (!email || l.email === email),
      );
    if (ctx.query.get('order') === 'desc') recs.reverse();
    return wrapList(ctx.op, page(ctx, recs, 10), recs.length);
  },
  'POST /locations/': (ctx) => {
    agencyOnly(ctx);
    const { locationId: _l, ...fields } = newRecord(ctx, { ...ctx.body, settings: { allowDuplicateContact: false } });
    return wrapRecord(
      ctx.op,
      ctx.store.insert('locations', { ...fields, id: fields.id, companyId: ctx.grant.companyId }),
    );
  },
  'GET /locations/{locationId}/customFields': listOf('customFields', (ctx) => (f) => {
    const model = ctx.query.get('model');
    return !model || model === 'all' || f.model === model;
  }),
  'GET /locations/{locationId}/customFields/{id}': (ctx) =>
    wrapRecord(ctx.op, mustGet(ctx, 'customFields', ctx.params.id, 'Custom field')),
  'GET /locations/{locationId}/tags': listOf('tags'),
  'POST /locations/{locationId}/tags': (ctx) => {
    const name = String(ctx.body.name ?? '')
      .trim()
      .toLowerCase();
    if (ofLocation(ctx, 'tags').some((t) => t.name === name)) throw badRequest('Tag with the same name already exists');
    return { tag: ctx.store.insert('tags', newRecord(ctx, { name })) };
  },
  // Undocumented in the spec; GHL answers a list of IANA names.
  'GET /locations/{locationId}/timezones': () => ({ timeZones: TIMEZONES }),
  'POST /locations/{locationId}/tasks/search': (ctx) => {
    const b = ctx.body as {
      skip?: number;
      limit?: number;
      contactId?: string[];
      completed?: boolean;
      assignedTo?: string[];
      query?: string;
      businessId?: string;
    };
    const contacts = new Map(ofLocation(ctx, 'contacts').map((c) => [c.id, c]));
    const q = (b.query ?? '').toLowerCase();
    const tasks = ctx.store
      .all('tasks')
      .filter(
        (t) =>
          contacts.has(t.contactId) &&
          (b.completed === undefined || !!t.completed === b.completed) &&
          (!b.contactId?.length || b.contactId.includes(t.contactId)) &&
          (!b.assignedTo?.length || b.assignedTo.includes(t.assignedTo)) &&
          (!b.businessId || contacts.get(t.contactId)?.businessId === b.businessId) &&
          (!q ||
            String(t.title ?? '')
              .toLowerCase()
              .includes(q)),
      )
      .sort((a, c) => Date.parse(c.dateAdded) - Date.parse(a.dateAdded));
    // GHL documents no order for task search: the emulator can answer newest first, oldest first or unordered.
    const order = behaviours(ctx.store).taskOrder;
    if (order === 'asc') tasks.reverse();
    const listed = order === 'shuffled' ? scrambled(tasks) : tasks;
    const skip = Number(b.skip ?? 0) || 0;
    return wrapList(ctx.op, listed.slice(skip, skip + (Number(b.limit ?? 25) || 25)));
  },
  'GET /companies/{companyId}': (ctx) => {
    if (ctx.params.companyId !== ctx.grant.companyId)
      throw new GhlError(403, 'The token does not have access to this company', true);
    const company = mustGet(ctx, 'companies', ctx.params.companyId, 'Company');
    // GHL counts the agency's sub-accounts (GetCompanyByIdSchema `locationCount`).
    const locationCount = ctx.store.all('locations').filter((l) => l.companyId === company.id).length;
    return wrapRecord(ctx.op, { ...company, locationCount });
  },
  'GET /workflows/': listOf('workflows'),
  'GET /campaigns/': listOf(
    'campaigns',
    (ctx) => (c) => !ctx.query.get('status') || c.status === ctx.query.get('status'),
  ),
  'GET /snapshots/': (ctx) => wrapList(ctx.op, ctx.store.all('snapshots')),
};
