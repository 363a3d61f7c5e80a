import type { Bundle, ZObject } from 'zapier-platform-core';
import { callGhl } from './client';
import { countryCode } from './normalize';

/** How long a sub-account's country is cached: short, because an agency may correct it, and it costs one GET. */
const COUNTRY_TTL_SECONDS = 600;

/** One lookup per run: a run's bundle is one object, so several phone fields of one step share the answer. */
const perRun = new WeakMap<object, Promise<string | undefined>>();

const cacheKey = (locationId: string) => `ghl:location-country:${locationId}`;

/**
 * The sub-account's country (two letters, e.g. "DE"), in which a phone number written without a country code is
 * read. Asked only when such a number is given: GET /locations/{locationId} (`location.country`), cached with
 * z.cache per location for COUNTRY_TTL_SECONDS and shared within the run. An unknown country is cached too. If
 * the lookup fails for any reason but an expired token, the country is unknown and the phone is reported as
 * unreadable (so the step's "skip that field" choice still lets the rest of the lead land).
 */
export const locationCountry = (z: ZObject, bundle: Bundle): Promise<string | undefined> => {
  const locationId = bundle.authData?.locationId as string | undefined;
  if (!locationId) return Promise.resolve(undefined);
  let pending = perRun.get(bundle);
  if (!pending) {
    pending = lookup(z, locationId);
    perRun.set(bundle, pending);
  }
  return pending;
};

const lookup = async (z: ZObject, locationId: string): Promise<string | undefined> => {
  try {
    const hit = await z.cache.get(cacheKey(locationId));
    if (hit && typeof hit === 'object' && 'country' in hit)
      return (hit as { country: string | null }).country ?? undefined;
  } catch {
    // z.cache is a convenience: without it (or when it errs) the lookup is simply made.
  }
  let country: string | undefined;
  try {
    const data = await callGhl(z, {
      method: 'GET',
      path: '/locations/{locationId}',
      version: '2021-07-28',
      pathParams: { locationId },
      context: {
        label: "Reading the sub-account's country (for a phone number without country code)",
        scopes: ['locations.readonly'],
      },
    });
    country = countryCode(data?.location?.country);
  } catch (e) {
    // A token to refresh and a rate limit to wait for must reach Zapier (it refreshes / retries the step); anything
    // else (no scope, GHL down) only means the country is unknown.
    if (
      e instanceof z.errors.RefreshAuthError ||
      e instanceof z.errors.ExpiredAuthError ||
      (e as Error).name === 'ThrottledError'
    )
      throw e;
    z.console.log(`Could not read the sub-account's country: ${(e as Error).message}`);
    return undefined;
  }
  try {
    await z.cache.set(cacheKey(locationId), { country: country ?? null }, COUNTRY_TTL_SECONDS);
  } catch {
    // Not cached: the next run looks it up again.
  }
  return country;
};
