import { badRequest, unprocessable } from '../errors';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapOk, wrapRecord } from '../shape';
import type { Rec } from '../store';
import { fieldsOf, followers, mustGet, newRecord, newestFirst, ofLocation, page, touch } from './common';
import { storedCustomFields } from './contacts';

const OPPS = 'opportunities';
const STATUSES = ['open', 'won', 'lost', 'abandoned'];

const oppOf = (ctx: Ctx) => mustGet(ctx, OPPS, ctx.params.id, 'Opportunity');

/** GHL embeds a contact summary in every opportunity it returns. */
const withContact = (ctx: Ctx, o: Rec) => {
  const c = o.contactId ? ctx.store.get('contacts', o.contactId) : undefined;
  return { ...o, contact: c ? { id: c.id, name: c.name, companyName: c.companyName, email: c.email, phone: c.phone, tags: c.tags ?? [] } : undefined };
};

/** Pipeline and stage must exist and belong together. */
const checkPipeline = (ctx: Ctx, pipelineId: unknown, stageId: unknown) => {
  if (pipelineId === undefined) return;
  const p = ctx.store.get('pipelines', String(pipelineId));
  if (!p || p.locationId !== ctx.locationId) throw badRequest('Pipeline not found');
  if (stageId !== undefined && !p.stages?.some((s: Rec) => s.id === stageId)) throw badRequest('Pipeline stage not found');
};

const checkStatus = (status: unknown) => {
  if (status !== undefined && !STATUSES.includes(String(status))) throw unprocessable([`status must be one of the following values: ${STATUSES.join(', ')}`]);
};

/** Location setting "Allow Duplicate Opportunity" (off by default): one opportunity per contact and pipeline. */
const refuseDuplicate = (ctx: Ctx, body: Record<string, any>) => {
  if (ctx.store.get('locations', ctx.locationId)?.settings?.allowDuplicateOpportunity) return;
  const dup = ofLocation(ctx, OPPS).find((o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId);
  // GHL's answer as integrations record it from production (see lib/idempotency.ts duplicateOf).
  if (dup) {
    throw badRequest('Can not create duplicate opportunity for the contact.', { code: 'OPPORTUNITY_NO_DUPLICATE', meta: { existingId: dup.id } });
  }
};

const writeOpp = (ctx: Ctx, rec: Rec | undefined, body: Record<string, any>): Rec => {
  checkPipeline(ctx, body.pipelineId ?? rec?.pipelineId, body.pipelineStageId);
  checkStatus(body.status);
  if (body.contactId) mustGet(ctx, 'contacts', body.contactId, 'Contact');
  const fields = fieldsOf(body, ['locationId', 'isRemoveAllFollowers', 'followersActionType']);
  if (fields.customFields) fields.customFields = storedCustomFields(fields.customFields, rec?.customFields, 'fieldValue');
  if (!rec) refuseDuplicate(ctx, { ...body, pipelineId: body.pipelineId });
  const now = ctx.clock.iso();
  if (body.status && body.status !== rec?.status) fields.lastStatusChangeAt = now;
  if (body.pipelineStageId && body.pipelineStageId !== rec?.pipelineStageId) fields.lastStageChangeAt = now;
  if (rec) return touch(ctx, rec, fields);
  return ctx.store.insert(OPPS, newRecord(ctx, { status: 'open', monetaryValue: 0, followers: [], customFields: [], ...fields }, ['createdAt', 'updatedAt']));
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
      (!text || [o.name, ctx.store.get('contacts', o.contactId)?.name].some((v) => v && String(v).toLowerCase().includes(text))),
  );
  recs = newestFirst(recs);
  if (q.get('order') === 'added_asc') recs.reverse();
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

export const opportunityRoutes: Routes = {
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
    const existing = ofLocation(ctx, OPPS).find((o) => o.contactId === ctx.body.contactId && o.pipelineId === ctx.body.pipelineId);
    const rec = writeOpp(ctx, existing, ctx.body);
    return wrapRecord(ctx.op, withContact(ctx, rec), { new: !existing });
  },
  'POST /opportunities/{id}/followers': (ctx) => followers(ctx, oppOf(ctx), true),
  'DELETE /opportunities/{id}/followers': (ctx) => followers(ctx, oppOf(ctx), false),
};
