/** An agency's sub-accounts where the app is installed (GET /oauth/installedLocations), for agency connections. */
import { appId } from '../lib/agency';
import type { Req } from '../lib/op';
import { InputError } from '../lib/values';

/** ../shared/ghl-openapi/apps/oauth.json declares 2021-07-28 for every OAuth endpoint. */
export const V = '2021-07-28' as const;

/** Listing installed sub-accounts (oauth.readonly); getting their tokens needs oauth.write (lib/agency.ts). */
export const SCOPES = { list: ['oauth.readonly'], token: ['oauth.write'] };

export const SUB_ACCOUNT_SAMPLE = {
  id: 'Hq7nVb3XkP9sWd2LmT6r',
  _id: 'Hq7nVb3XkP9sWd2LmT6r',
  name: 'Acme Dental',
  address: '47 W 13th St, New York, NY 10011, USA',
  isInstalled: true,
  installedAt: '2024-01-15T10:30:00.000Z',
};

export const SUB_ACCOUNT_OUTPUTS = [
  { key: 'id', label: 'Sub-Account ID' },
  { key: 'name', label: 'Name' },
  { key: 'address', label: 'Address' },
  { key: 'isInstalled', label: 'App Installed', type: 'boolean' },
  { key: 'installedAt', label: 'Installed At', type: 'datetime' },
];

/**
 * appId is required by the spec and is not the user's to type: it is derived from the client id (lib/agency.ts).
 * isInstalled=true keeps sub-accounts the app is not installed in out of the list (no token could be had for them).
 */
export const installedOnly = (req: Req) => {
  const id = appId();
  if (!id)
    throw new InputError(
      "Listing sub-accounts needs the Marketplace app id: set CLIENT_ID (or GHL_APP_ID) in the integration's environment.",
    );
  req.query.appId = id;
  req.query.isInstalled = true;
};

/** The installed-locations list: GHL names the id `_id`. */
export const SUB_ACCOUNT_LIST = { key: 'locations', id: '_id', newest: false } as const;
