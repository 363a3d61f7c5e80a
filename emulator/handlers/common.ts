import { notFound } from '../errors';
import { ghlId } from '../ids';
import type { Ctx, Routes } from '../router';
import { recordSchema, wrapList, wrapOk, wrapRecord } from '../shape';
import type { Rec } from '../store';
import { inListOrder } from '../behaviours';

/** The record, or GHL's answer naming what was missing ("Contact not found", errors.ts `notFound`). */
export const mustGet = (ctx: Ctx, coll: string, id: string, noun: string): Rec => {
  const rec = ctx.store.get(coll, id);
  if (!rec || (rec.locationId && rec.locationId !== ctx.locationId)) throw notFound(ctx.op, noun);
  return rec;
};

/** The location's records of a collection. */
export const ofLocation = (ctx: Ctx, coll: string): Rec[] =>
  ctx.store.all(coll).filter((r) => !r.locationId || r.locationId === ctx.locationId);

/** Creation / update time fields: GHL names them per service (dateAdded on contacts, createdAt elsewhere). */
export type Stamps = ['dateAdded', 'dateUpdated'] | ['createdAt', 'updatedAt'];

const stampsFor = (ctx: Ctx): Stamps =>
  'createdAt' in recordSchema(ctx.op) ? ['createdAt', 'updatedAt'] : ['dateAdded', 'dateUpdated'];

const createdTime = (r: Rec) => Date.parse(r.dateAdded ?? r.createdAt ?? r.startTime ?? '') || 0;

/** Newest first, as GHL lists most things. */
export const newestFirst = (recs: Rec[]): Rec[] => [...recs].sort((a, b) => createdTime(b) - createdTime(a));

/** A list GHL documents no order for, in the order the `listOrder` behaviour plays (newest first by default). */
export const unsorted = (ctx: Ctx, recs: Rec[]): Rec[] => inListOrder(ctx.store, newestFirst(recs));

/** One page by whichever style the endpoint uses: limit with skip, offset or a 1-based page. */
export const page = <T>(ctx: Ctx, recs: T[], defaultLimit = 20): T[] => {
  const limit = Math.max(1, ctx.query.int('limit', (ctx.body?.limit as number) ?? defaultLimit));
  const pageNo = ctx.query.int('page', 0);
  const skip = ctx.query.int(
    'skip',
    ctx.query.int('offset', pageNo > 0 ? (pageNo - 1) * limit : Number(ctx.body?.skip ?? 0)),
  );
  return recs.slice(skip, skip + limit);
};

/** A new record with a GHL id (also as `_id` where the spec names it so) and creation stamps. */
export const newRecord = (ctx: Ctx, fields: Record<string, unknown>, stamps = stampsFor(ctx)): Rec => {
  const id = ghlId();
  const now = ctx.clock.iso();
  const schema = recordSchema(ctx.op);
  return {
    id,
    ...('_id' in schema ? { _id: id } : {}),
    ...(ctx.locationId ? { locationId: ctx.locationId } : {}),
    ...fields,
    [stamps[0]]: now,
    [stamps[1]]: now,
  };
};

/** Applies an update and moves the update stamp. */
export const touch = (ctx: Ctx, rec: Rec, patch: Record<string, unknown>): Rec => {
  const updated = 'updatedAt' in rec ? 'updatedAt' : 'dateUpdated';
  Object.assign(rec, patch, { id: rec.id, [updated]: ctx.clock.iso() });
  return rec;
};

/** Body fields without the routing ones GHL does not store on the record. */
export const fieldsOf = (body: unknown, drop: string[] = []): Record<string, unknown> => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const out: Record<string, unknown> = { ...(body as object) };
  for (const k of drop) delete out[k];
  return out;
};

/** Adds / removes ids in a list field of a record and answers GHL's followers shape. */
export const followers = (ctx: Ctx, rec: Rec, add: boolean) => {
  const ids: string[] = (ctx.body?.followers ?? []).map(String);
  const before: string[] = rec.followers ?? [];
  rec.followers = add ? [...new Set([...before, ...ids])] : before.filter((f) => !ids.includes(f));
  const changed = add ? ids.filter((i) => !before.includes(i)) : ids.filter((i) => before.includes(i));
  return { followers: rec.followers, [add ? 'followersAdded' : 'followersRemoved']: changed };
};

/** A plain collection behind the usual list / create / get / update / delete routes. */
export interface Resource {
  coll: string;
  /** For 404s: "<noun> not found". */
  noun: string;
  /** The item path parameter (e.g. `taskId`). */
  id: string;
  /** A parent the collection lives under (e.g. tasks under a contact): must exist, and scopes the list. */
  parent?: { param: string; coll: string; noun: string };
  /** Other path parameters stored on the record and filtered on (e.g. `resourceType`). */
  scope?: string[];
  /** Query parameters that filter the list when given (e.g. `groupId` on calendars). */
  filters?: string[];
  /** Extra fields on a new record. */
  defaults?: (ctx: Ctx) => Record<string, unknown>;
  list?: string;
  create?: string;
  get?: string;
  update?: string;
  remove?: string;
}

const scopeOf = (ctx: Ctx, r: Resource): Record<string, string> => {
  const names = [...(r.parent ? [r.parent.param] : []), ...(r.scope ?? [])];
  return Object.fromEntries(names.filter((n) => ctx.params[n] !== undefined).map((n) => [n, ctx.params[n]]));
};

const checkParent = (ctx: Ctx, r: Resource) => {
  if (r.parent) mustGet(ctx, r.parent.coll, ctx.params[r.parent.param], r.parent.noun);
};

/** The item of a resource named by the path, within its parent / scope. */
export const itemOf = (ctx: Ctx, r: Resource): Rec => {
  checkParent(ctx, r);
  const rec = mustGet(ctx, r.coll, ctx.params[r.id], r.noun);
  for (const [k, v] of Object.entries(scopeOf(ctx, r))) if (rec[k] !== v) throw notFound(ctx.op, r.noun);
  return rec;
};

/** Routes for a plain resource; each answer is wrapped the way the operation's response schema says. */
export const crud = (r: Resource): Routes => {
  const routes: Routes = {};
  if (r.list) {
    routes[r.list] = (ctx) => {
      checkParent(ctx, r);
      const match = scopeOf(ctx, r);
      const recs = unsorted(ctx, ofLocation(ctx, r.coll)).filter(
        (rec) =>
          Object.entries(match).every(([k, v]) => rec[k] === v) &&
          (r.filters ?? []).every((f) => ctx.query.get(f) === undefined || rec[f] === ctx.query.get(f)),
      );
      const shown = page(ctx, recs, 100);
      // Whether another page follows (appointment notes' `hasMore`; the shaper's default for a boolean flag is true).
      const more = shown.length > 0 && recs.indexOf(shown[shown.length - 1]) < recs.length - 1;
      return wrapList(ctx.op, shown, recs.length, {}, more);
    };
  }
  if (r.create) {
    routes[r.create] = (ctx) => {
      checkParent(ctx, r);
      const make = (fields: unknown) =>
        ctx.store.insert(r.coll, newRecord(ctx, { ...r.defaults?.(ctx), ...fieldsOf(fields), ...scopeOf(ctx, r) }));
      // A few GHL creates take a JSON array and answer with the created array (calendar notifications).
      if (Array.isArray(ctx.body)) return ctx.body.map(make);
      return wrapRecord(ctx.op, make(ctx.body));
    };
  }
  if (r.get) routes[r.get] = (ctx) => wrapRecord(ctx.op, itemOf(ctx, r));
  if (r.update)
    routes[r.update] = (ctx) => wrapRecord(ctx.op, touch(ctx, itemOf(ctx, r), fieldsOf(ctx.body, ['locationId'])));
  if (r.remove) {
    routes[r.remove] = (ctx) => {
      const rec = itemOf(ctx, r);
      ctx.store.remove(r.coll, rec.id);
      return wrapOk(ctx.op, 'id' in recordSchema(ctx.op) ? { id: rec.id } : {});
    };
  }
  return routes;
};
