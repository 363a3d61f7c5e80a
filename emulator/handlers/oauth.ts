import { GhlError } from '../errors';
import type { Routes } from '../router';

/**
 * GET /oauth/installedLocations: the agency's sub-accounts and whether the app is installed in each (seed locations
 * carry `appInstalled: false` where it is not), filtered by name (`query`), `isInstalled` and `locationId`, paged
 * with skip / limit (GHL's default page is 20). Agency tokens only; POST /oauth/locationToken is served by the OAuth
 * server (server.ts), which issues the token.
 */
export const oauthRoutes: Routes = {
  'GET /oauth/installedLocations': (ctx) => {
    if (ctx.grant.userType !== 'Company') throw new GhlError(401, 'This authClass is not yet supported', true);
    if (ctx.query.get('companyId') !== ctx.grant.companyId)
      throw new GhlError(403, 'The token does not have access to this company', true);
    const name = (ctx.query.get('query') ?? '').toLowerCase();
    const onlyInstalled = ctx.query.get('isInstalled');
    const only = ctx.query.get('locationId');
    const all = ctx.store
      .all('locations')
      .filter((l) => l.companyId === ctx.grant.companyId)
      .map((l) => ({
        _id: l.id,
        name: l.name,
        address: [l.address, l.city, l.state, l.postalCode].filter(Boolean).join(', '),
        isInstalled: l.appInstalled !== false,
        ...(l.appInstalled !== false && l.installedAt ? { installedAt: l.installedAt } : {}),
      }))
      .filter((l) => (!name || String(l.name).toLowerCase().includes(name)) && (!only || l._id === only))
      .filter((l) => onlyInstalled === undefined || String(l.isInstalled) === onlyInstalled)
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));
    const skip = ctx.query.int('skip', 0);
    const limit = Math.max(1, ctx.query.int('limit', 20));
    return { locations: all.slice(skip, skip + limit), count: all.length, installToFutureLocations: true };
  },
};
