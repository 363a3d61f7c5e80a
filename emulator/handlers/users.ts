import { GhlError, notFound, unprocessable } from '../errors';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapOk, wrapRecord } from '../shape';
import type { Rec } from '../store';
import { fieldsOf, newRecord, page, touch } from './common';

const USERS = 'users';

/** Users belong to the company and list the locations they can see in `roles.locationIds`. */
const inLocation = (u: Rec, locationId?: string) => !locationId || (u.roles?.locationIds ?? []).includes(locationId);
const companyUsers = (ctx: Ctx) =>
  ctx.store
    .all(USERS)
    .filter((u) => !u.deleted && inLocation(u, ctx.grant.userType === 'Location' ? ctx.locationId : undefined));

/**
 * GET /users/{userId} answers an id that never existed with 401 "The user does not exist." (GoHighLevel/highlevel-api-docs
 * issue #205, the status of an expired token), and a deleted user differently (same issue): here the documented 400.
 */
const userOf = (ctx: Ctx) => {
  const u = ctx.store.get(USERS, ctx.params.userId);
  if (!u && ctx.op.method === 'GET') throw new GhlError(401, 'The user does not exist.', true);
  if (!u || u.deleted) throw notFound(ctx.op, 'User');
  return u;
};

const writeUser = (ctx: Ctx, rec: Rec | undefined, body: Record<string, any>): Rec => {
  if (body.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(String(body.email)))
    throw unprocessable(['email must be an email']);
  const fields = fieldsOf(body, ['companyId', 'password', 'locationIds', 'type', 'role']);
  const roles =
    body.type || body.role || body.locationIds
      ? {
          ...(rec?.roles ?? {}),
          ...(body.type ? { type: body.type } : {}),
          ...(body.role ? { role: body.role } : {}),
          ...(body.locationIds ? { locationIds: body.locationIds } : {}),
        }
      : rec?.roles;
  const name = `${body.firstName ?? rec?.firstName ?? ''} ${body.lastName ?? rec?.lastName ?? ''}`.trim();
  if (rec) return touch(ctx, rec, { ...fields, roles, name });
  const { locationId: _l, ...created } = newRecord(ctx, {
    ...fields,
    name,
    deleted: false,
    roles: roles ?? { type: 'account', role: 'user', locationIds: [ctx.locationId] },
    permissions: body.permissions ?? {},
  });
  return ctx.store.insert(USERS, created as Rec);
};

const search = (ctx: Ctx, query: string, emails: string[]) => {
  const q = query.toLowerCase();
  const ids = ctx.query.all('ids');
  const loc = ctx.query.get('locationId');
  const recs = companyUsers(ctx).filter(
    (u) =>
      (!q || [u.name, u.email, u.phone].some((v) => v && String(v).toLowerCase().includes(q))) &&
      (!emails.length || emails.includes(String(u.email).toLowerCase())) &&
      (!ids.length || ids.includes(u.id)) &&
      inLocation(u, loc) &&
      (!ctx.query.get('role') || u.roles?.role === ctx.query.get('role')) &&
      (!ctx.query.get('type') || u.roles?.type === ctx.query.get('type')),
  );
  return wrapList(ctx.op, page(ctx, recs, 25), recs.length);
};

export const userRoutes: Routes = {
  'GET /users/': (ctx) => wrapList(ctx.op, companyUsers(ctx)),
  'GET /users/search': (ctx) => search(ctx, ctx.query.get('query') ?? '', []),
  'POST /users/search/filter-by-email': (ctx) =>
    search(
      ctx,
      '',
      String(ctx.body.emails ?? '')
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  'GET /users/{userId}': (ctx) => wrapRecord(ctx.op, userOf(ctx)),
  'POST /users/': (ctx) => wrapRecord(ctx.op, writeUser(ctx, undefined, ctx.body)),
  'PUT /users/{userId}': (ctx) => wrapRecord(ctx.op, writeUser(ctx, userOf(ctx), ctx.body)),
  // GHL soft-deletes users and answers with a queued-deletion message.
  'DELETE /users/{userId}': (ctx) => {
    touch(ctx, userOf(ctx), { deleted: true });
    return wrapOk(ctx.op, { succeded: true, message: 'Queued deleting user with e-mail and name' });
  },
};
