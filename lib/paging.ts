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
  next?: (data: any, items: any[]) => unknown;
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
  /** `page` (1-based) + `limit` query parameters. */
  page: (size: number): Paging => ({ size, in: 'query', params: (page) => ({ limit: size, page: page + 1 }) }),
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
    next: (data) => (getPath(data, 'messages.nextPage') ?? data?.nextPage ? (getPath(data, 'messages.lastMessageId') ?? data?.lastMessageId ?? null) : null),
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

/** The paging parameters for this poll or dropdown page. */
export const pageParams = async (p: Paging, z: ZObject, bundle: Bundle): Promise<Record<string, unknown>> => {
  const page = Number(bundle.meta?.page ?? 0) || 0;
  const cursor = page > 0 && p.next ? await z.cursor.get() : null;
  return p.params(page, cursor ?? null);
};

/** Saves the next page's cursor (cursor styles only). */
export const saveCursor = async (p: Paging, z: ZObject, data: unknown, rawItems: unknown[]): Promise<void> => {
  if (!p.next) return;
  const next = p.next(data, rawItems);
  if (next !== null && next !== undefined) await z.cursor.set(JSON.stringify(next));
};
