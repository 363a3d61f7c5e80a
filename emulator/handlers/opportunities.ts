import { badRequest, unprocessable } from '../errors';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapOk, wrapRecord } from '../shape';
import type { Rec } from '../store';
import { behaviours } from '../behaviours';
import { fieldsOf, followers, mustGet, newRecord, newestFirst, ofLocation, page, touch } from './common';
import { storedCustomFields } from './contacts';

const OPPS = 'opportunities';
const STATUSES = ['open', 'won', 'lost', 'abandoned'];

const oppOf = (ctx: Ctx) => mustGet(ctx, OPPS, ctx.params.id, 'Opportunity');

/** GHL embeds a contact summary in every opportunity it returns. */
const withContact = (ctx: Ctx, o: Rec) => {
  const c = o.contactId ? ctx.store.get('contacts', o.contactId) : undefined;
  return {
    ...o,
    contact: c
      ? {
          id: c.id,
          // From first and last name where the contact has no `name` (a state file written before seeds got theirs).
          name: c.name ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || undefined),
          companyName: c.companyName,
          email: c.email,
          phone: c.phone,
          tags: c.tags ?? [],
        }
      : undefined,
  };
};

/** Pipeline and stage must exist and belong together. */
const checkPipeline = (ctx: Ctx, pipelineId: unknown, stageId: unknown) => {
  if (pipelineId === undefined) return;
  const p = ctx.store.get('pipelines', String(pipelineId));
  if (!p || p.locationId !== ctx.locationId) throw badRequest('Pipeline not found');
  if (stageId !== undefined && !p.stages?.some((s: Rec) => s.id === stageId))
    throw badRequest('Pipeline stage not found');
};

const checkStatus = (status: unknown) => {
  if (status !== undefined && !STATUSES.includes(String(status)))
    throw unprocessable([`status must be one of the following values: ${STATUSES.join(', ')}`]);
};

/** Location setting "Allow Duplicate Opportunity" (off by default): one opportunity per contact and pipeline. */
const refuseDuplicate = (ctx: Ctx, body: Record<string, any>) => {
  if (ctx.store.get('locations', ctx.locationId)?.settings?.allowDuplicateOpportunity) return;
  const dup = ofLocation(ctx, OPPS).find((o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId);
  // GHL's answer as integrations record it from production (see lib/idempotency.ts duplicateOf).
  if (dup) {
    throw badRequest('Can not create duplicate opportunity for the contact.', {
      code: 'OPPORTUNITY_NO_DUPLICATE',
      meta: { existingId: dup.id },
    });
  }
};

const writeOpp = (ctx: Ctx, rec: Rec | undefined, body: Record<string, any>): Rec => {
  checkPipeline(ctx, body.pipelineId ?? rec?.pipelineId, body.pipelineStageId);
  checkStatus(body.status);
  if (body.contactId) mustGet(ctx, 'contacts', body.contactId, 'Contact');
  const fields = fieldsOf(body, ['locationId', 'isRemoveAllFollowers', 'followersActionType']);
  if (fields.customFields)
    fields.customFields = storedCustomFields(fields.customFields, rec?.customFields, 'fieldValue');
  if (!rec) refuseDuplicate(ctx, { ...body, pipelineId: body.pipelineId });
  const now = ctx.clock.iso();
  if (body.status && body.status !== rec?.status) fields.lastStatusChangeAt = now;
  if (body.pipelineStageId && body.pipelineStageId !== rec?.pipelineStageId) fields.lastStageChangeAt = now;
  if (rec) return touch(ctx, rec, fields);
  return ctx.store.insert(
    OPPS,
    newRecord(ctx, { status: 'open', monetaryValue: 0, followers: [], customFields: [], ...fields }, [
      'createdAt',
      'updatedAt',
    ]),
  );
};

/** GET /opportunities/search: snake_case filters (location_id, pipeline_id, ...), page/limit or startAfter paging. */
const search = (ctx: Ctx) => {
  const q = ctx.query;
  const text = (q.get('q') ?? '').toLowerCase();
  const status = q.get('status');
  const filters: Array<[string, string | undefined]> = [
    ['pipelineId', q.get('pipeline_id')],
    ['pipelineStageId', q.get('pipeline_stage_id')],
    ['contactId', q.get('contact_id')],
    ['assignedTo', q.get('assigned_to')],
    ['id', q.get('id')],
  ];
  let recs = ofLocation(ctx, OPPS).filter(
    (o) =>
      filters.every(([k, v]) => !v || o[k] === v) &&
      (!status || status === 'all' || o.status === status) &&
      (!text ||
        [o.name, ctx.store.get('contacts', o.contactId)?.name].some(
          (v) => v && String(v).toLowerCase().includes(text),
        )),
  );
  recs = newestFirst(recs);
  // GHL's v3 spec lists added_asc / added_desc; the emulator can also play a GHL that ignores `order` (oldest first).
  if (q.get('order') === 'added_asc' || behaviours(ctx.store).opportunityOrder === 'ignored') recs.reverse();
  const total = recs.length;
  const limit = Math.min(100, q.int('limit', 20));
  const afterId = q.get('startAfterId');
  const pageNo = q.int('page', 1);
  const start = afterId ? recs.findIndex((o) => o.id === afterId) + 1 : (pageNo - 1) * limit;
  const items = recs.slice(start, start + limit);
  const last = items[items.length - 1];
  const hasNext = start + limit < total;
  return wrapList(
    ctx.op,
    items.map((o) => withContact(ctx, o)),
    total,
    {
      meta: {
        total,
        currentPage: pageNo,
        nextPage: hasNext ? pageNo + 1 : null,
        prevPage: pageNo > 1 ? pageNo - 1 : null,
        startAfterId: hasNext ? last?.id : null,
        startAfter: hasNext && last ? Date.parse(last.createdAt) : null,
        nextPageUrl: null,
      },
      aggregations: {},
    },
  );
};

/** The advanced search's snake_case field names (GHL's search index) and the record fields they read. */
const INDEX_FIELDS: Record<string, string> = {
  pipeline_id: 'pipelineId',
  pipeline_stage_id: 'pipelineStageId',
  status: 'status',
  assigned_to: 'assignedTo',
  contact_id: 'contactId',
  date_added: 'createdAt',
  date_updated: 'updatedAt',
  last_stage_change_at: 'lastStageChangeAt',
  last_status_change_at: 'lastStatusChangeAt',
};

type Cond = { field?: string; operator?: string; value?: any; group?: string; filters?: Cond[] };

const flat = (filters: unknown): Cond[] =>
  (Array.isArray(filters) ? filters : []).flatMap((f: Cond) =>
    Array.isArray(f?.filters) ? flat(f.filters) : f?.field ? [f] : [],
  );

const epoch = (v: unknown) => (typeof v === 'number' ? v : Date.parse(String(v ?? '')));

/**
 * POST /opportunities/search (advanced): `filters` [{field, operator: eq | range, value}], `sort` [{field, direction}],
 * `limit` (≤ 500), `page` or `searchAfter`. Documented by GHL outside the spec (see README, Known API quirks); the
 * emulator can ignore the sort or the range filters (behaviours) to check that the triggers do not depend on them.
 */
const advancedSearch = (ctx: Ctx) => {
  const b = (ctx.body ?? {}) as Record<string, any>;
  const mode = behaviours(ctx.store);
  let recs = ofLocation(ctx, OPPS);
  for (const f of flat(b.filters)) {
    const field = INDEX_FIELDS[String(f.field)];
    if (!field) throw unprocessable([`filters.${f.field} is not a supported filter field`]);
    if (f.operator === 'range') {
      if (mode.opportunitySearchRange === 'ignored') continue;
      const v = f.value ?? {};
      recs = recs.filter((o) => {
        const t = epoch(o[field]);
        return (
          (v.gte === undefined || t >= epoch(v.gte)) &&
          (v.gt === undefined || t > epoch(v.gt)) &&
          (v.lte === undefined || t <= epoch(v.lte)) &&
          (v.lt === undefined || t < epoch(v.lt))
        );
      });
    } else if (f.operator === 'eq') {
      const values = (Array.isArray(f.value) ? f.value : [f.value]).map(String);
      recs = recs.filter((o) => values.includes(String(o[field])));
    } else throw unprocessable([`filters.${f.field}: operator ${f.operator} is not supported`]);
  }
  const sort =
    Array.isArray(b.sort) && b.sort.length && mode.opportunitySearchSort === 'honoured'
      ? b.sort[0]
      : { field: 'date_added', direction: 'desc' };
  const field = INDEX_FIELDS[String(sort.field)];
  if (!field) throw unprocessable([`sort.${sort.field} is not a supported sort field`]);
  const dir = String(sort.direction).toLowerCase() === 'asc' ? 1 : -1;
  const keyOf = (o: Rec): [number, string] => [epoch(o[field]) || 0, o.id];
  const cmp = (x: [number, string], y: [number, string]) =>
    (x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)) * dir;
  recs = [...recs].sort((x, y) => cmp(keyOf(x), keyOf(y)));
  const total = recs.length;
  const limit = Math.max(1, Math.min(500, Number(b.limit ?? 20) || 20));
  let start = 0;
  if (Array.isArray(b.searchAfter) && b.searchAfter.length) {
    const after: [number, string] = [Number(b.searchAfter[0]), String(b.searchAfter[1])];
    recs = recs.filter((o) => cmp(keyOf(o), after) > 0);
  } else if (b.page) start = (Number(b.page) - 1) * limit;
  const items = recs
    .slice(start, start + limit)
    .map((o) => ({ ...withContact(ctx, o), searchAfter: keyOf(o).map(String) }));
  return { opportunities: items, total, aggregations: {} };
};

export const opportunityRoutes: Routes = {
  'POST /opportunities/search': advancedSearch,
  'GET /opportunities/pipelines': (ctx) => wrapList(ctx.op, ofLocation(ctx, 'pipelines')),
  'GET /opportunities/lost-reason': (ctx) => {
    const name = (ctx.query.get('name') ?? ctx.query.get('query') ?? '').toLowerCase();
    const recs = ofLocation(ctx, 'lostReasons').filter((r) => !name || String(r.name).toLowerCase().includes(name));
    return wrapList(ctx.op, page(ctx, recs, 100), recs.length);
  },
  'GET /opportunities/search': search,
  'POST /opportunities/': (ctx) => wrapRecord(ctx.op, withContact(ctx, writeOpp(ctx, undefined, ctx.body))),
  'GET /opportunities/{id}': (ctx) => wrapRecord(ctx.op, withContact(ctx, oppOf(ctx))),
  'PUT /opportunities/{id}': (ctx) => wrapRecord(ctx.op, withContact(ctx, writeOpp(ctx, oppOf(ctx), ctx.body))),
  'DELETE /opportunities/{id}': (ctx) => {
    ctx.store.remove(OPPS, oppOf(ctx).id);
    return wrapOk(ctx.op);
  },
  'PUT /opportunities/{id}/status': (ctx) => {
    writeOpp(ctx, oppOf(ctx), { status: ctx.body.status });
    return wrapOk(ctx.op);
  },
  // Upsert matches on contact + pipeline (one open opportunity per contact per pipeline, GHL's default setting).
  'POST /opportunities/upsert': (ctx) => {
    const existing = ofLocation(ctx, OPPS).find(
      (o) => o.contactId === ctx.body.contactId && o.pipelineId === ctx.body.pipelineId,
    );
    const rec = writeOpp(ctx, existing, ctx.body);
    return wrapRecord(ctx.op, withContact(ctx, rec), { new: !existing });
  },
  'POST /opportunities/{id}/followers': (ctx) => followers(ctx, oppOf(ctx), true),
  'DELETE /opportunities/{id}/followers': (ctx) => followers(ctx, oppOf(ctx), false),
};
