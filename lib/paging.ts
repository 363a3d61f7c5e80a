import type { GhlRecord } from './op';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { getPath } from './values';

/**
 * One GHL paging style. Offset styles compute the page from `bundle.meta.page`; cursor styles keep GHL's cursor in
 * `z.cursor` between pages. Page parameters are merged into the query (or body), never replacing it.
 */
export interface Paging {
  /** Items a page (GHL's maximum for the endpoint, so one request per poll sees as much as possible). */
  size: number;
  /** Where the paging parameters go. */
  in: 'query' | 'body';
  /** Parameters for page `page` (0-based), given the cursor saved by the previous page. */
  params: (page: number, cursor: string | null) => Record<string, unknown>;
  /** The cursor for the next page, from this page's response and raw items; null when there is none. */
  next?: (data: GhlRecord, items: GhlRecord[]) => unknown;
}

const offsetStyle =
  (offsetKey: string, limitKey = 'limit', location: 'query' | 'body' = 'query') =>
  (size: number): Paging => ({
    size,
    in: location,
    params: (page) => ({ [limitKey]: size, [offsetKey]: page * size }),
  });

const cursorValue = (cursor: string | null) => (cursor ? JSON.parse(cursor) : undefined);

/** The paging styles GHL v2 uses (see the catalog's `pagination.style`). */
export const paging = {
  /** `limit` + `skip` query parameters. */
  skip: offsetStyle('skip'),
  /** `limit` + `skip` in the JSON body (Filter Users by Email). */
  skipInBody: offsetStyle('skip', 'limit', 'body'),
  /** `limit` + `offset` query parameters (blogs). */
  offset: offsetStyle('offset'),
  /** `page` (1-based) + `limit` query parameters (or another limit key, in the body: `pageLimit` of record searches). */
  page: (size: number, limitKey = 'limit', location: 'query' | 'body' = 'query'): Paging => ({
    size,
    in: location,
    params: (page) => ({ [limitKey]: size, page: page + 1 }),
  }),
  /** `startAfter` + `startAfterId` from the response's `meta` (both must be sent: startAfter alone does not advance). */
  startAfter: (size: number): Paging => ({
    size,
    in: 'query',
    params: (_page, cursor) => ({ limit: size, ...(cursorValue(cursor) ?? {}) }),
    next: (data) => {
      const id = getPath(data, 'meta.startAfterId');
      const after = getPath(data, 'meta.startAfter');
      return id && after ? { startAfterId: id, startAfter: after } : null;
    },
  }),
  /** POST /contacts/search: `pageLimit` + the last item's `searchAfter` sort values. */
  searchAfter: (size: number): Paging => ({
    size,
    in: 'body',
    params: (_page, cursor) => ({ pageLimit: size, ...(cursor ? { searchAfter: cursorValue(cursor) } : {}) }),
    next: (_data, items) => (items.length ? (items[items.length - 1]?.searchAfter ?? null) : null),
  }),
  /** GET /conversations/{id}/messages: `lastMessageId` from the response, while `nextPage` is true. */
  lastMessageId: (size: number): Paging => ({
    size,
    in: 'query',
    params: (_page, cursor) => ({ limit: size, ...(cursor ? { lastMessageId: cursorValue(cursor) } : {}) }),
    next: (data) =>
      (getPath(data, 'messages.nextPage') ?? data?.nextPage)
        ? (getPath(data, 'messages.lastMessageId') ?? data?.lastMessageId ?? null)
        : null,
  }),
  /** GET /conversations/search: `startAfterDate` = the sort value of the last conversation. */
  startAfterDate: (size: number): Paging => ({
    size,
    in: 'query',
    params: (_page, cursor) => ({ limit: size, ...(cursor ? { startAfterDate: cursorValue(cursor) } : {}) }),
    next: (_data, items) => {
      const last = items[items.length - 1];
      const sort = last?.sort;
      return Array.isArray(sort) && sort.length ? sort[0] : (last?.lastMessageDate ?? null);
    },
  }),
};

/** The page to fetch: its parameters and the cursor it was built from; `ended` when there is no further page. */
interface PageRequest {
  params: Record<string, unknown>;
  cursor: string | null;
  ended: boolean;
}

/**
 * The paging parameters for this poll or dropdown page. A cursor style on page > 0 without a saved cursor has no next
 * page (the previous one was the last): it must not fall back to the first page's request, which would loop over
 * page 1 in "load more" (Zapier's own cursor example returns [] then: zapier/zapier-platform packages/cli/README.md,
 * "What's the deal with pagination?").
 */
export const pageParams = async (p: Paging, z: ZObject, bundle: Bundle): Promise<PageRequest> => {
  const page = Number(bundle.meta?.page ?? 0) || 0;
  if (page > 0 && p.next) {
    const cursor = (await z.cursor.get()) || null;
    if (!cursor) return { params: {}, cursor: null, ended: true };
    return { params: p.params(page, cursor), cursor, ended: false };
  }
  return { params: p.params(page, null), cursor: null, ended: false };
};

/**
 * Saves the next page's cursor (cursor styles only). No next cursor, or one equal to the cursor this page was
 * fetched with, ends paging: an empty cursor is saved so the next page sees the end instead of the previous cursor.
 */
export const saveCursor = async (
  p: Paging,
  z: ZObject,
  data: unknown,
  rawItems: unknown[],
  used: string | null = null,
): Promise<void> => {
  if (!p.next) return;
  const next = rawItems.length ? p.next(data as GhlRecord, rawItems as GhlRecord[]) : null;
  const text = next === null || next === undefined || next === '' ? '' : JSON.stringify(next);
  const save = text && text !== used ? text : '';
  // The first page without a next cursor saves nothing (nothing to clear: Zapier's "load more" follows a first page
  // that had one); a later page clears the cursor it was fetched with, so the page after it sees the end.
  if (save || used !== null) await z.cursor.set(save);
};
