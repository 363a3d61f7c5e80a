import { notFound, unprocessable } from '../errors';
import type { Ctx, Routes } from '../router';
import type { Rec } from '../store';
import { mustGet, newRecord, ofLocation, touch } from './common';

const RECORDS = 'objectRecords';

const recordOf = (ctx: Ctx) => {
  const r = mustGet(ctx, RECORDS, ctx.params.id, 'Record');
  if (r.schemaKey !== ctx.params.schemaKey) throw unprocessable([`Record does not belong to ${ctx.params.schemaKey}`]);
  return r;
};

const props = (body: Record<string, any>) => body?.properties ?? {};

/**
 * A record as GET / POST / PUT of one record answer it (IRecordSchema: `dateAdded` / `dateUpdated`, no object key);
 * the search answers RecordResponseDTO (`createdAt` / `updatedAt`, `objectKey`), as stored.
 */
const one = (r: Rec) => {
  const { createdAt, updatedAt, schemaKey: _key, createdBy: _c, lastUpdatedBy: _u, ...rest } = r;
  return { ...rest, dateAdded: createdAt, dateUpdated: updatedAt };
};

/** Who wrote a record through the API, as RecordResponseDTO's `createdBy` / `lastUpdatedBy` (CreatedByResponseDTO). */
const writer = (ctx: Ctx) => ({
  channel: 'OAUTH',
  createdAt: ctx.clock.iso(),
  source: 'PUBLIC_API',
  sourceId: ctx.grant.userId,
});

/** Custom object records keep their values under `properties`; the answer is `{record}`. */
export const objectRoutes: Routes = {
  'GET /objects/': (ctx) => ({ objects: ofLocation(ctx, 'objectSchemas') }),
  'GET /objects/{key}': (ctx) => {
    const schema = ofLocation(ctx, 'objectSchemas').find((o) => o.key === ctx.params.key);
    if (!schema) throw notFound(ctx.op, 'Object');
    return { object: schema, fields: [], cache: false };
  },
  'POST /objects/{schemaKey}/records': (ctx) => {
    const rec = newRecord(
      ctx,
      {
        schemaKey: ctx.params.schemaKey,
        properties: props(ctx.body),
        owner: ctx.body.owner ?? [],
        followers: ctx.body.followers ?? [],
        createdBy: writer(ctx),
        lastUpdatedBy: writer(ctx),
      },
      ['createdAt', 'updatedAt'],
    );
    return { record: one(ctx.store.insert(RECORDS, rec)) };
  },
  'GET /objects/{schemaKey}/records/{id}': (ctx) => ({ record: one(recordOf(ctx)) }),
  'PUT /objects/{schemaKey}/records/{id}': (ctx) => {
    const r = recordOf(ctx);
    return {
      record: one(
        touch(ctx, r, {
          properties: { ...r.properties, ...props(ctx.body) },
          ...(ctx.body.owner ? { owner: ctx.body.owner } : {}),
          lastUpdatedBy: writer(ctx),
        }),
      ),
    };
  },
  'DELETE /objects/{schemaKey}/records/{id}': (ctx) => {
    ctx.store.remove(RECORDS, recordOf(ctx).id);
    return { id: ctx.params.id, success: true };
  },
  'POST /objects/{schemaKey}/records/search': (ctx) => {
    const q = String(ctx.body.query ?? '').toLowerCase();
    const all = ofLocation(ctx, RECORDS).filter(
      (r: Rec) =>
        r.schemaKey === ctx.params.schemaKey && (!q || JSON.stringify(r.properties).toLowerCase().includes(q)),
    );
    const limit = Number(ctx.body.pageLimit ?? 10) || 10;
    const start = ((Number(ctx.body.page ?? 1) || 1) - 1) * limit;
    const objectId = ofLocation(ctx, 'objectSchemas').find((o) => o.key === ctx.params.schemaKey)?.id;
    const records = all.slice(start, start + limit).map(({ schemaKey, ...r }) => ({
      ...r,
      objectKey: schemaKey,
      ...(objectId ? { objectId } : {}),
      searchAfter: [Date.parse(r.createdAt), r.id],
    }));
    return { records, total: all.length };
  },
};
