import { badRequest } from '../errors';
import type { Ctx, Routes } from '../router';
import { wrapRecord } from '../shape';
import { crud, mustGet, newRecord, ofLocation, page, type Resource } from './common';

const associations: Resource = {
  coll: 'associations',
  noun: 'Association',
  id: 'associationId',
  defaults: () => ({ associationType: 'USER_DEFINED' }),
  create: 'POST /associations/',
  get: 'GET /associations/{associationId}',
  update: 'PUT /associations/{associationId}',
};

/**
 * The spec documents one association object for the list endpoints (`GET /associations/`, by object key, a record's
 * relations); GHL answers lists there, so the emulator wraps them as `{associations|relations, total, traceId}`.
 */
const listed = (key: string, items: unknown[], total: number) => ({ [key]: items, total, traceId: `${Date.now()}` });

const byKey = (ctx: Ctx) => ofLocation(ctx, 'associations').find((a) => a.key === ctx.params.key_name);

export const associationRoutes: Routes = {
  ...crud(associations),
  'GET /associations/': (ctx) => {
    const all = ofLocation(ctx, 'associations');
    return listed('associations', page(ctx, all), all.length);
  },
  'GET /associations/key/{key_name}': (ctx) => {
    const a = byKey(ctx);
    if (!a) throw badRequest(`Association with key ${ctx.params.key_name} not found`);
    return wrapRecord(ctx.op, a);
  },
  'GET /associations/objectKey/{objectKey}': (ctx) => {
    const k = ctx.params.objectKey;
    const found = ofLocation(ctx, 'associations').filter((a) => a.firstObjectKey === k || a.secondObjectKey === k);
    return listed('associations', found, found.length);
  },
  // Deleting an association answers `{deleted, id, message}`; its relations go with it.
  'DELETE /associations/{associationId}': (ctx) => {
    const a = mustGet(ctx, 'associations', ctx.params.associationId, 'Association');
    if (a.associationType === 'SYSTEM_DEFINED') throw badRequest('System defined associations cannot be deleted');
    ctx.store.remove('associations', a.id);
    for (const r of ofLocation(ctx, 'relations').filter((x) => x.associationId === a.id))
      ctx.store.remove('relations', r.id);
    return { deleted: true, id: a.id, message: 'Association deleted successfully' };
  },
  'POST /associations/relations': (ctx) => {
    mustGet(ctx, 'associations', ctx.body.associationId, 'Association');
    const { locationId: _l, ...fields } = ctx.body;
    return ctx.store.insert('relations', newRecord(ctx, fields, ['createdAt', 'updatedAt']));
  },
  'GET /associations/relations/{recordId}': (ctx) => {
    const ids = ctx.query.all('associationIds');
    const rel = ofLocation(ctx, 'relations').filter(
      (r) =>
        (r.firstRecordId === ctx.params.recordId || r.secondRecordId === ctx.params.recordId) &&
        (!ids.length || ids.includes(r.associationId)),
    );
    return listed('relations', page(ctx, rel), rel.length);
  },
  'DELETE /associations/relations/{relationId}': (ctx) => {
    const r = mustGet(ctx, 'relations', ctx.params.relationId, 'Relation');
    ctx.store.remove('relations', r.id);
    return r;
  },
};
