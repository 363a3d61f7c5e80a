import type { Bundle, ZObject } from 'zapier-platform-core';
import { fingerprint, quietCache } from './agency';
import { callGhl } from './client';
import { errorInfo } from './errors';
import { ShapeError } from './items';
import {
  byEmail,
  cleanText,
  countryCode,
  emailKey,
  InputError,
  looks,
  normalizeEmail,
  oneSpaced,
  sameEmail,
  shown,
} from './normalize';
import { perObject } from './values';

/** How long a sub-account's country or tags are cached: short, because they change, and each costs one GET. */
const TTL_SECONDS = 600;

/** One lookup per run and fact: a run's bundle is one object, so several fields of one step share the answer. */
const perRun = perObject((_bundle: object) => new Map<string, Promise<unknown>>());
/** The run's one answer to `key`, made by `make` the first time a field of the step asks for it. */
const oncePerRun = <T>(bundle: object, key: string, make: () => Promise<T>): Promise<T> => {
  const run = perRun(bundle);
  if (!run.has(key)) run.set(key, make());
  return run.get(key) as Promise<T>;
};

/** Why a fact could not be read in a run (unreadFact), by fact. */
const unread = perObject((_bundle: object) => new Map<string, string>());

/**
 * Why the sub-account's `what` could not be read in this run, or undefined when it was read (or not asked for): a
 * sentence about a value read without it says so, rather than that the sub-account has none.
 */
export const unreadFact = (bundle: Bundle, what: string): string | undefined => unread(bundle).get(what);

/** How a fact is read: GET `path` (of the connection's sub-account) with `scope`, `pick` reading it from the answer. */
interface Fact<T> {
  what: string;
  path: string;
  label: string;
  scope: string;
  /** The fact in GHL's answer; a ShapeError when the answer does not hold what it is read from. */
  pick: (data: Record<string, unknown> | undefined) => T | undefined;
}

/**
 * A fact of the sub-account (`what`: "country"), read only when a step needs it, cached with z.cache per location for
 * TTL_SECONDS (an unknown one too) and shared within the run. If the lookup fails for any reason but an expired token
 * or a rate limit (which reach Zapier: it refreshes / retries the step), the fact is unknown for this run (unreadFact
 * says why) and not cached.
 */
const subAccountFact = <T>(z: ZObject, bundle: Bundle, fact: Fact<T>): Promise<T | undefined> => {
  const locationId = bundle.authData?.locationId as string | undefined;
  if (!locationId) return Promise.resolve(undefined);
  const { what, path, label, scope, pick } = fact;
  const read = async () =>
    pick(
      await callGhl(z, {
        method: 'GET',
        path,
        version: '2021-07-28',
        pathParams: { locationId },
        context: { label, scopes: [scope] },
      }),
    );
  const failed = (e: unknown) => {
    const info = errorInfo(e);
    z.console.log(`Could not read the sub-account's ${what}: ${info?.message ?? (e as Error).message}`);
    const why = ['GHL_MISSING_SCOPE', 'GHL_FORBIDDEN'].includes(info?.code ?? '')
      ? `this connection may not read it: add the scope ${scope} to the Marketplace app, then reconnect`
      : 'GHL did not answer with it; a replay may read it';
    unread(bundle).set(what, why);
  };
  return oncePerRun(bundle, what, () => lookup(z, `ghl:location-${what}:${locationId}`, read, failed));
};

/** What is looked up here is kept for the Zapier account (the keys name the sub-account or agency), if z.cache works. */
const facts = quietCache();

/** A cached fact's value (undefined for none), or undefined when none is cached. */
const cached = async <T>(z: ZObject, key: string): Promise<{ value: T | undefined } | undefined> => {
  const hit = await facts.get(z, key);
  return hit && typeof hit === 'object' && 'value' in hit
    ? { value: (hit as { value: T | null }).value ?? undefined }
    : undefined;
};

const keep = (z: ZObject, key: string, value: unknown) => facts.set(z, key, { value: value ?? null }, TTL_SECONDS);

const lookup = async <T>(z: ZObject, key: string, read: () => Promise<T | undefined>, failed: (e: unknown) => void) => {
  const hit = await cached<T>(z, key);
  if (hit) return hit.value;
  let value: T | undefined;
  try {
    value = await read();
  } catch (e) {
    if (
      e instanceof z.errors.RefreshAuthError ||
      e instanceof z.errors.ExpiredAuthError ||
      (e as Error).name === 'ThrottledError'
    )
      throw e;
    failed(e);
    return undefined;
  }
  await keep(z, key, value);
  return value;
};

/**
 * The sub-account's country (two letters, e.g. "DE"), in which a phone number written without a country code is
 * read. Asked only when such a number is given: GET /locations/{locationId} (`location.country`). Unknown, the phone
 * is reported as unreadable (so the step's "skip that field" choice still lets the rest of the lead land).
 */
export const locationCountry = (z: ZObject, bundle: Bundle): Promise<string | undefined> =>
  subAccountFact(z, bundle, {
    what: 'country',
    path: '/locations/{locationId}',
    label: "Reading the sub-account's country (for a phone number without country code)",
    scope: 'locations.readonly',
    pick: (data) => {
      const location = data?.location as { country?: unknown } | undefined;
      // An answer without the location is no "the sub-account has no country": not cached, and said so.
      if (!location || typeof location !== 'object') throw new ShapeError('had no "location" record', true);
      return countryCode(location.country);
    },
  });

/** A tag whose spelling may differ from a same-looking one's: it holds an emoji, a variation selector or a joiner. */
const mayVary = (tag: string) => /[\p{Emoji_Presentation}\uFE0F\u200C\u200D]/u.test(tag);

/**
 * Tags as the sub-account already spells them (lib/normalize.ts `looks`), given as typed (normalizeTags' `asTyped`): a
 * tag made in GHL or by another app as "⭐\uFE0F vip" stays the one its workflows wait for when "⭐ VIP" is given, and
 * the one a removal removes; a spelling it holds itself is sent so (it may hold both); one it holds in no spelling is
 * sent as an emoji keyboard writes it (oneSpaced: "⭐\uFE0F" as "⭐"). Asked only for a tag that holds an emoji or a
 * joiner (GET /locations/{locationId}/tags); other tags, and all when the list cannot be read, are sent as given.
 */
export const heldTags = async (tags: string[], bundle: Bundle, z?: ZObject): Promise<string[]> => {
  if (!z || !tags.some(mayVary)) return tags;
  const held = await subAccountFact(z, bundle, {
    what: 'tags',
    path: '/locations/{locationId}/tags',
    label: "Reading the sub-account's tags (for a tag with an emoji)",
    scope: 'locations/tags.readonly',
    pick: (data) => {
      // An answer without the list is no "the sub-account holds no such tag": not cached for the next runs.
      if (!Array.isArray(data?.tags)) throw new ShapeError('had no "tags" list', true);
      const names: unknown[] = data.tags.map((t: { name?: unknown }) => t?.name);
      return names.filter((n): n is string => typeof n === 'string' && mayVary(n));
    },
  });
  if (!held) return tags;
  const byLook = new Map(held.map((h) => [looks(h), h]));
  return tags.map((t) => held.find((h) => h === t.toLowerCase()) ?? byLook.get(looks(t)) ?? oneSpaced(t));
};

/**
 * A user given by email where a user's id belongs (Assigned User, Followers): a lead's owner mapped from another app
 * is an email far more often than a GHL user id. Asked only for a value with an "@" (GET /users/search, as Find User
 * asks, narrowed to that exact address: GHL matches any part of a name or email); anything else is sent as the id it
 * is. No such user, or several, is refused naming the address: a lead is never assigned to a guess.
 */
export const userIdFor = async (v: unknown, label: string, bundle: Bundle, z?: ZObject): Promise<string> => {
  const s = cleanText(v);
  if (!s.includes('@') || !z) return s;
  const email = normalizeEmail(s, label);
  const { companyId, locationId } = bundle.authData ?? {};
  if (!companyId)
    throw new InputError(
      `${label} ${shown(v)} is an email; this connection has no agency id to look users up by: map the user's ID.`,
    );
  // One lookup per address and run (Assigned User and Followers may name the same user), and a found user's id kept
  // 10 minutes per sub-account, so a trigger's filter or a busy Zap does not search GHL's users on every poll or run.
  // No user, or several, is not kept: a user added a minute ago is found at once.
  const key = `ghl:user-id:${locationId || companyId}:${fingerprint(looks(email))}`;
  const id = await oncePerRun(bundle, key, () =>
    cached<unknown>(z, key).then((hit) =>
      typeof hit?.value === 'string' && hit.value ? hit.value : findUser(z, bundle, email, label, key),
    ),
  );
  if (typeof id === 'string') return id;
  throw new InputError(
    id.length
      ? `${label} ${shown(v)} is the email of ${id.length} users (${id.map((u) => `"${u}"`).join(', ')}): pick one from the dropdown.`
      : `${label} ${shown(v)} is no user of this sub-account: pick one from the dropdown, or map a user's ID or email.`,
  );
};

/**
 * At most this many addresses are looked up for one list of users: each is a request (GHL allows 100 per 10 s), so
 * hundreds would run past the step's deadline and end in a retry that fails again, not in a sentence.
 */
const MAX_USER_LOOKUPS = 50;

/**
 * A list of users (Followers, Team Members) by id or email: each distinct value read once (userIdFor), the ids without
 * repeats in the order given. An id is no lookup; more than MAX_USER_LOOKUPS addresses are refused, counted.
 */
export const userIdsFor = async (values: unknown[], label: string, bundle: Bundle, z?: ZObject): Promise<string[]> => {
  const given = [...new Set(values)].map((v) => ({ v, s: cleanText(v) }));
  // Counted as looked up: one address in two cases ("Ann@x.com", "ann@x.com") or with its domain in both forms
  // ("zoë@bücher.de", "zoë@xn--bcher-kva.de") is one lookup (userIdFor, once a run).
  const emails = z ? new Set(given.filter(({ s }) => s.includes('@')).map(({ s }) => emailKey(s))).size : 0;
  if (emails > MAX_USER_LOOKUPS)
    throw new InputError(
      `${label} holds ${emails.toLocaleString('en-US')} email addresses to look up, and a step looks up at most ` +
        `${MAX_USER_LOOKUPS} (one request each): map the users' IDs instead.`,
    );
  const ids: string[] = [];
  for (const { v, s } of given) ids.push(s.includes('@') ? await userIdFor(v, label, bundle, z) : s);
  return [...new Set(ids)];
};

/**
 * A user search (GET /users/search) by an email, asked in either form of its domain (lib/normalize.ts byEmail): GHL
 * matches any part of a name or email, so it found the user when its list holds one with that address (sameEmail).
 */
export const usersByEmail = <T>(email: string, search: (email: unknown) => Promise<T>): Promise<T> =>
  byEmail(email, search, (data, asked) => {
    const users = (data as { users?: unknown } | undefined)?.users;
    return !Array.isArray(users) || users.some((u: { email?: unknown }) => sameEmail(u?.email, asked));
  });

/** The user whose email is `email` (GET /users/search, narrowed to that exact address): its id, kept under `key`; else the ids. */
const findUser = async (
  z: ZObject,
  bundle: Bundle,
  email: string,
  label: string,
  key: string,
): Promise<string | string[]> => {
  const { companyId, locationId } = bundle.authData ?? {};
  const data = await usersByEmail(email, (query) =>
    callGhl(z, {
      method: 'GET',
      path: '/users/search',
      version: '2021-07-28',
      query: { companyId, ...(locationId ? { locationId } : {}), query, limit: 100 },
      context: { label: `Finding the user ${shown(email)} (${label})`, scopes: ['users.readonly'] },
    }),
  );
  // An answer without its list is no "no such user": said as the lookup's unreadable answer (lib/op.ts stepError).
  if (!Array.isArray(data?.users)) throw new ShapeError('to the user lookup had no "users" list', true);
  const users: Array<{ id?: unknown; email?: unknown }> = data.users;
  const ids = [
    ...new Set(
      users
        .filter((u) => sameEmail(u?.email, email))
        .map((u) => u.id)
        .filter((id): id is string => typeof id === 'string' && id !== ''),
    ),
  ];
  if (ids.length !== 1) return ids;
  await keep(z, key, ids[0]);
  return ids[0];
};
