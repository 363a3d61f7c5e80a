import type { B, Req, Send, Z, GhlRecord } from './op';
import { HOUR, MINUTE, contentHash, getPath } from './values';
import { hashStamp, listOf, ownId, STATE, strictListOf, timeOf, type ListShape, type RecordShape } from './items';
import type { Paging } from './paging';
import { timeForRead } from './client';
import { errorInfo, lostAnswer, ranOutOfTime } from './errors';
import { fingerprint, type CacheApi } from './agency';

/**
 * Polling that never misses and never double-fires, whatever order GHL really returns.
 *
 * Zapier runs a polling trigger every 1–15 minutes, passes nothing about the previous poll and fires every item
 * whose `id` it has not seen (the first poll only records ids). So a poll must return every item created (or
 * changed) since the previous poll, however many arrived, with an `id` that never changes for the same event.
 * The window's helpers (pollPerform, collectSince) keep no state: each poll looks back a fixed window (far longer
 * than Zapier's interval), pages (bounded) until that window is covered, and orders the items client-side, so
 * correctness never rests on a sort order GHL does not document. A poll returns the items of its window only; those an
 * earlier poll saw come back again and are dropped by Zapier's dedupe. (The change counts below, stateId and its
 * kin, keep theirs in z.cache.)
 */

/** How far back each poll looks. Zapier polls at most 15 minutes apart; the rest absorbs delays and clock skew. */
export const LOOKBACK = 2 * HOUR;
/** Change time must exceed creation time by this much to count as a change (GHL stamps both on creation). */
export const CREATION_EPSILON = 1000;
/** Pages one poll may read before it stops (a burst larger than this × the page size between polls is cut). */
const MAX_PAGES = 10;

/**
 * The start of this poll's window: `LOOKBACK` before now, down to the minute (polls within a minute ask the same
 * question, and a test can state the exact request).
 */
export const windowStart = (now = Date.now()): number => Math.floor((now - LOOKBACK) / MINUTE) * MINUTE;

/** One page as GHL answered it. */
export interface Page<T> {
  items: T[];
  /** Cursor for the next page (cursor styles); `null` when GHL says there is none; omitted for page-number styles. */
  next?: unknown;
  /** Total matching items, when GHL reports it (lets an ascending list be read from its end). */
  total?: number;
}

/** Where the next page is: a 1-based page number, or the cursor the previous page returned. */
export interface PageAt {
  page: number;
  cursor?: unknown;
}

export type Direction = 'desc' | 'asc' | 'unordered';

/** An event time that can be compared: items without one (`timeOf` gives -Infinity) are kept, see pollPerform. */
const dated = (t: number) => Number.isFinite(t);

/**
 * The order of a page by `time` (items without a readable time skipped): `desc` / `asc` when strictly so somewhere
 * and never the other way; `unordered` when it goes both ways or cannot tell (all equal, fewer than two items).
 */
export const directionOf = <T>(items: T[], time: (item: T) => number): Direction => {
  let up = false;
  let down = false;
  const times = items.map(time).filter(dated);
  for (let i = 1; i < times.length; i++) {
    const d = times[i] - times[i - 1];
    if (d > 0) up = true;
    if (d < 0) down = true;
  }
  if (down && !up) return 'desc';
  if (up && !down) return 'asc';
  return 'unordered';
};

interface CollectOptions<T> {
  /** Fetches one page. */
  fetch: (at: PageAt) => Promise<Page<T>>;
  /** The item's event time (creation, or change for change triggers). */
  time: (item: T) => number;
  /** The item's id: a later page bringing no new one means GHL ignored the paging (the walk stops, incomplete). */
  key?: (item: T) => unknown;
  /** Items older than this are not needed (see windowStart). */
  since: number;
  /** Page size asked for (to find the last page from `total`). */
  size: number;
  /**
   * `desc`: GHL documents newest-first (stop at the first page reaching `since`). `detect`: the order is undocumented
   * or may be ignored — read it from the first page: newest-first pages stop as above, oldest-first lists are read
   * from their last page backwards (needs `total`), anything else is read to the end (so the request itself must be
   * bounded by a date window).
   */
  order: 'desc' | 'detect';
  /**
   * `detect` only: a newest-first first page that is also in GHL's default order (e.g. newest created) cannot tell
   * whether GHL honoured the requested sort, so such a list is read to its end instead.
   */
  ambiguous?: (items: T[]) => boolean;
  maxPages?: number;
  /**
   * Whether the step still has time for a page taking `ms` (lib/client.ts timeForRead). Without it pages are asked
   * for until the walk ends; with it a further page is asked for only when it could arrive before the step's deadline.
   */
  timeFor?: (ms: number) => boolean;
}

interface Collected<T> {
  items: T[];
  /** Requests made. */
  requests: number;
  /** False when the walk stopped before the window was covered (MAX_PAGES, a repeated page, `late`, `failed`). */
  complete: boolean;
  /** Set when the walk stopped because a page brought no item not seen before. */
  repeated?: boolean;
  /** Set when the walk stopped because the step's deadline left no time for a further page. */
  late?: boolean;
  /** Set when the walk stopped because a further page failed (see `passing`): what that page's error said. */
  failed?: string;
  /** The slowest page's time, in ms. */
  slowest: number;
  /** True when the whole list was read: no next page, and no fewer items than GHL's total (when it gives one). */
  ended: boolean;
  /** How the list was walked. */
  direction: Direction;
}

/** Reads pages until every item at or after `since` has been seen (bounded by `maxPages`). */
export const collectSince = async <T>(o: CollectOptions<T>): Promise<Collected<T>> => {
  const max = o.maxPages ?? MAX_PAGES;
  let slowest = 0;
  const timed = async (at: PageAt) => {
    const started = Date.now();
    try {
      return await o.fetch(at);
    } finally {
      slowest = Math.max(slowest, Date.now() - started);
    }
  };
  // A further page, or undefined when the step has no time left for it or it failed in passing: the items read so
  // far are answered (a poll that failed instead would fire none of them, and every retry would read the same pages
  // again to fail again).
  let stop: Stop | undefined;
  const further = async (at: PageAt): Promise<Page<T> | undefined> => {
    if (o.timeFor && !o.timeFor(slowest * 1.5)) return undefined;
    try {
      return await timed(at);
    } catch (e) {
      stop = endedBy(e, o.timeFor, slowest);
      if (!stop) throw e;
      return undefined;
    }
  };
  const stopped = () => stop ?? { late: true as const };
  const first = await timed({ page: 1 });
  const items = [...first.items];
  let requests = 1;
  const seen = new Set(o.key ? first.items.map(o.key) : []);
  // Only new ids (when `key` is given): a page GHL answers again instead of the next one adds nothing.
  const brought = (p: Page<T>) => {
    if (!o.key || !p.items.length) return true;
    const fresh = p.items.map(o.key).filter((k) => k === undefined || !seen.has(k));
    fresh.forEach((k) => seen.add(k));
    return fresh.length > 0;
  };
  // An item without a readable time says nothing about where the window starts.
  const reaches = (p: Page<T>) =>
    p.items.some((i) => {
      const t = o.time(i);
      return dated(t) && t < o.since;
    });
  const hasNext = (p: Page<T>, pageNo: number) =>
    'next' in p && p.next !== undefined
      ? p.next !== null && p.next !== ''
      : p.total !== undefined
        ? pageNo * o.size < p.total
        : p.items.length >= o.size;
  let direction: Direction = o.order === 'desc' ? 'desc' : directionOf(first.items, o.time);
  if (o.order === 'detect' && direction === 'desc' && o.ambiguous?.(first.items)) direction = 'unordered';
  // The walk stopped before the window was covered (page budget, a repeated page, a further page late or failing).
  const cut = (why?: Stop | { repeated: true }): Collected<T> => ({
    items,
    requests,
    complete: false,
    ended: false,
    direction,
    slowest,
    ...why,
  });

  // A first page of one time (records imported at once) shows no order: with GHL's total, its last page tells whether
  // the list is oldest first (read on from there, backwards); otherwise the list is read to its end as before, that
  // last page taken as read when the walk comes to it (asked for again, it cost a request a poll).
  let lastPage: Page<T> | undefined;
  const lastNo = Math.ceil((first.total ?? 0) / o.size);
  const times = first.items.map(o.time).filter(dated);
  if (direction === 'unordered' && o.order === 'detect' && first.total !== undefined && hasNext(first, 1))
    if (times.length > 1 && times.every((t) => t === times[0])) {
      lastPage = await further({ page: lastNo });
      if (!lastPage) return cut(stopped());
      requests++;
      if (directionOf([...first.items, ...lastPage.items], o.time) === 'asc') direction = 'asc';
    }

  if (direction === 'asc' && first.total !== undefined && hasNext(first, 1)) {
    // Oldest first: the newest items are on the last pages, so walk back from the end until the window is covered.
    for (let pageNo = lastNo; pageNo > 1; pageNo--) {
      let p = pageNo === lastNo ? lastPage : undefined;
      if (!p) {
        if (requests >= max) return cut();
        p = await further({ page: pageNo });
        if (!p) return cut(stopped());
        requests++;
      }
      items.push(...p.items);
      if (reaches(p)) return { items, requests, complete: true, ended: false, direction, slowest };
    }
    return { items, requests, complete: true, ended: true, direction, slowest };
  }

  let page = first;
  let pageNo = 1;
  while (hasNext(page, pageNo)) {
    if (direction === 'desc' && reaches(page)) break;
    const read = pageNo + 1 === lastNo ? lastPage : undefined;
    if (!read && requests >= max) return cut();
    const next = read ?? (await further({ page: pageNo + 1, cursor: page.next }));
    if (!next) return cut(stopped());
    pageNo++;
    page = next;
    if (!read) requests++;
    if (!brought(page)) return cut({ repeated: true });
    items.push(...page.items);
  }
  const ended = !hasNext(page, pageNo) && !(page.total !== undefined && items.length < page.total);
  return { items, requests, complete: true, ended, direction, slowest };
};

/**
 * A page that failed for lack of time: not sent with too little of the step's deadline left, or sent and its answer
 * lost with no time left to ask again for a page taking `ms` (cut off by the deadline, or by the request's own timeout:
 * 20 s of a page sent with 24 s left leave 4 s, time for no page that slow).
 */
const outOfTime = (e: unknown, timeFor: (ms: number) => boolean, ms = 0) =>
  ranOutOfTime(e) || (lostAnswer(e) !== undefined && !timeFor(ms));

/**
 * A failure of a further page that ends the walk instead of the poll: GHL throttling (429), a 5xx or a lost answer
 * (ThrottledError), another refusal (z.errors.Error, HaltedError) or an answer without the list (ShapeError). Pages
 * before it were read, and the newest items are on them: failing the poll would fire none, and if the page fails every
 * time (a record GHL cannot serialize), the trigger would fire nothing ever again. The next poll reads the window
 * again. A connection that needs refreshing or reconnecting (RefreshAuthError, ExpiredAuthError) and errors of our
 * own code still fail the poll.
 */
const passing = (e: unknown): boolean =>
  ['ThrottledError', 'AppError', 'HaltedError', 'ShapeError'].includes((e as Error | undefined)?.name ?? '');

/** Why a further page or list ended the walk: lack of time (outOfTime), or a failure in passing. */
type Stop = { late: true } | { failed: string };

/**
 * What a further page's or list's error means: the walk ends for lack of time (when the step keeps a deadline:
 * `timeFor`, `ms` the slowest read), or for a failure in passing, with its sentence for the log (z.errors keep it as
 * JSON in their message); undefined when the poll must fail.
 */
const endedBy = (e: unknown, timeFor: ((ms: number) => boolean) | undefined, ms: number): Stop | undefined =>
  timeFor && outOfTime(e, timeFor, ms)
    ? { late: true }
    : passing(e)
      ? { failed: errorInfo(e)?.message ?? (e as Error).message }
      : undefined;

/** How a list endpoint pages, for `pollPerform`. */
interface PollPaging {
  /** Page size (GHL's maximum for the endpoint). */
  size: number;
  /** Adds this page's parameters to the request (query or body). */
  apply: (req: Req, at: PageAt) => void;
  /**
   * The next-page cursor from a response (cursor styles); omitted for page-number styles. `null`: no next page;
   * `undefined`: none given although there may be more, so the next page is asked for by number (`apply` gets no cursor).
   */
  next?: (data: GhlRecord) => unknown;
  /** The total from a response, when GHL reports one. */
  total?: (data: GhlRecord) => number | undefined;
}

interface PollSpec<T> {
  /** Key of the array in GHL's response; omitted: its only list (lib/items.ts strictListOf). */
  listKey?: string;
  /** The item's id field, when it is not `id` (a later page bringing no new id ends the walk: CollectOptions.key). */
  id?: string;
  /** Event time of an item (see CollectOptions.time). */
  time: (item: T) => number;
  /**
   * Creation time, when the list is walked by a later time (New Conversation: by last message, which is never before
   * creation): only items created in the window are answered. Omitted: `time` decides.
   */
  born?: (item: T) => number;
  order: CollectOptions<T>['order'];
  ambiguous?: CollectOptions<T>['ambiguous'];
  paging: PollPaging;
  /** Asks for the newest events first (a sort), in the editor's test run too, so it shows the latest ones. */
  sort?: (req: Req) => void;
  /** Narrows the request to the window (date filters), given its start in epoch ms. */
  window?: (req: Req, since: number, bundle: B) => void;
  /** Several requests per poll for one trigger (e.g. GHL's message export lists email only when asked). */
  variants?: (req: Req, bundle: B) => Req[];
  /**
   * Every item counts, not only the window's (Tag Added compares who carries a tag): a walk that read the whole list
   * answers every item read and `complete: true`; any other answers the window's items and `complete: false`.
   */
  whole?: boolean;
}

const copy = (req: Req): Req => ({
  ...req,
  query: { ...req.query },
  body: req.body && !Array.isArray(req.body) ? structuredClone(req.body) : req.body,
});

/**
 * A declaration `perform` that collects the whole window (see collectSince) and answers `{[listKey]: items}`, so the
 * factory's usual newest-first ordering, id dedupe and `after` hook apply to the merged list.
 */
export const pollPerform =
  <T = GhlRecord>(spec: PollSpec<T>) =>
  async (z: Z, bundle: B, req: Req, send: Send): Promise<Record<string, unknown>> => {
    /** One page of a request (or of one of its variants): a copy with the page's parameters, sent. */
    const pageOf = (r: Req, at: PageAt) => {
      const paged = copy(r);
      spec.paging.apply(paged, at);
      return send(paged);
    };
    // The editor's "test trigger" wants real records to map, recent or not: one page, no window.
    // Every variant's first page (the message export lists email only when asked for it).
    if (bundle.meta?.isLoadingSample) {
      const first = copy(req);
      spec.sort?.(first);
      const items: unknown[] = [];
      for (const variant of spec.variants ? spec.variants(first, bundle) : [first]) {
        const data = await pageOf(variant, { page: 1 });
        // An answer without the list is an error naming the step (lib/items.ts strictListOf), never "nothing new".
        const got = strictListOf(data, spec.listKey);
        items.push(...got);
        // Oldest first (GHL ignored the sort): the newest records, one just made to test with among them, are on the
        // last page, as a poll reads them (collectSince). A last page failing in passing leaves the first one's.
        const last = Math.ceil((spec.paging.total?.(data) ?? 0) / spec.paging.size);
        if (spec.order === 'detect' && last > 1 && directionOf(got as T[], spec.time) === 'asc')
          try {
            items.push(...strictListOf(await pageOf(variant, { page: last }), spec.listKey));
          } catch (e) {
            if (!endedBy(e, undefined, 0)) throw e;
          }
      }
      return { [spec.listKey ?? 'items']: items };
    }
    const since = windowStart();
    const base = copy(req);
    spec.sort?.(base);
    spec.window?.(base, since, bundle);
    const requests = spec.variants ? spec.variants(base, bundle) : [base];
    const all: T[] = [];
    let ended = true;
    let slowest = 0;
    let pages = 0;
    const timeFor = (ms: number) => timeForRead(z, ms);
    const stoppedAfter = () => `Stopped after ${pages} page${pages === 1 ? '' : 's'}`;
    let saidLate = false; // once a poll: a list cut short by the deadline leaves no time for the next list either
    // Says in the Zap's log why the poll stopped reading (Stop).
    const sayStopped = (stop: Stop) => {
      if ('failed' in stop) {
        z.console.log(
          `${stoppedAfter()}: the next page failed (${stop.failed}), so items of the last ${LOOKBACK / HOUR} hours may be missing from this poll; the next poll reads them again.`,
        );
      } else if (!saidLate) {
        saidLate = true;
        z.console.log(
          `${stoppedAfter()}: GHL answered too slowly to read the rest within Zapier's 30 s limit, so items of the last ${LOOKBACK / HOUR} hours may be missing from this poll.`,
        );
      }
    };
    const collect = (variant: Req) =>
      collectSince<T>({
        since,
        size: spec.paging.size,
        order: spec.order,
        ambiguous: spec.ambiguous,
        time: spec.time,
        // The id the item gets (lib/items.ts): its id field, `id` or `_id`, else its content (a repeated page of
        // records GHL gives no id, or only an `_id`, brought nothing new, yet was read again up to the page budget).
        key: (i) => ownId(i as GhlRecord, spec.id) ?? contentHash(i),
        timeFor,
        fetch: async (at) => {
          const data = await pageOf(variant, at);
          return {
            items: strictListOf(data, spec.listKey) as T[],
            ...(spec.paging.next ? { next: spec.paging.next(data) } : {}),
            ...(spec.paging.total ? { total: spec.paging.total(data) } : {}),
          };
        },
      });
    for (const [n, variant] of requests.entries()) {
      // A further list of the poll (the message export's email list) is read only while there is time for it: what
      // the lists before it brought is answered either way.
      let got: Collected<T> | undefined;
      let stop: Stop | undefined;
      if (n === 0 || timeFor(slowest * 1.5)) {
        const started = Date.now();
        try {
          got = await collect(variant);
        } catch (e) {
          stop = n === 0 ? undefined : endedBy(e, timeFor, Date.now() - started);
          if (!stop) throw e;
        }
      }
      if (!got) {
        sayStopped(stop ?? { late: true });
        ended = false;
        break;
      }
      slowest = Math.max(slowest, got.slowest);
      pages += got.requests;
      // A burst larger than the page budget between two polls, a next page GHL answered with the previous ones, or
      // pages too slow for the step's deadline or failing: say so in the Zap's logs (Zapier shows them).
      if (got.late) sayStopped({ late: true });
      else if (got.failed !== undefined) sayStopped({ failed: got.failed });
      else if (got.repeated)
        z.console.log(
          `Stopped after ${got.requests} pages: GHL answered page ${got.requests} with items of the pages before, so later items of the last ${LOOKBACK / HOUR} hours may be missing.`,
        );
      else if (!got.complete)
        z.console.log(
          `Stopped after ${got.requests} pages: more items arrived in the last ${LOOKBACK / HOUR} hours than one poll reads.`,
        );
      all.push(...got.items);
      ended &&= got.ended;
    }
    if (spec.whole && ended) return { [spec.listKey ?? 'items']: all, complete: true };
    // Only the window: an older item can never be new, yet pages shift (a deletion pulls one up onto a page the
    // previous poll did not read), and an older item Zapier has not seen would fire. An item without a readable time
    // is kept: it fires once, when first seen (Zapier dedupes by id), rather than never.
    const kept = spec.born ?? spec.time;
    const inWindow = all.filter((i) => !dated(kept(i)) || kept(i) >= since);
    return { [spec.listKey ?? 'items']: inWindow, ...(spec.whole ? { complete: false } : {}) };
  };

/** Where a request's paging parameters go: its query or its JSON body. */
const paramsIn = (req: Req, where: 'query' | 'body'): object => (where === 'query' ? req.query : (req.body as object));

/** Page-number paging (`page` 1-based + `limit`) in the query or the body, with GHL's total at `totalKey`. */
export const numberedPages = (size: number, where: 'query' | 'body' = 'query', totalKey = 'total'): PollPaging => ({
  size,
  apply: (req, at) => Object.assign(paramsIn(req, where), { limit: size, page: at.page }),
  total: (data) => numberAt(data, totalKey),
});

/** A finite number at `path` of a response, else undefined. */
const numberAt = (data: GhlRecord, path: string): number | undefined => {
  const t = Number(getPath(data, path));
  return Number.isFinite(t) ? t : undefined;
};

/** True when the items are newest-first by `time` (ties allowed): GHL's default order, for `ambiguous`. */
export const newestFirstBy =
  <T>(time: (item: T) => number) =>
  (items: T[]): boolean =>
    items.every((item, i) => i === 0 || time(items[i - 1]) >= time(item));

/**
 * Cursor paging in the JSON body: `limit` + the last item's `searchAfter` (GHL's search endpoints). A full page whose
 * last item has no `searchAfter` is not the end: the next page is asked for by number (`page`, 1-based), GHL's other
 * paging for these searches (OpportunitySearchBodyDTO's `page`; for contacts GHL's search docs: `page` + `pageLimit`,
 * up to 10,000 records, never together with `searchAfter`) — one poll reads at most MAX_PAGES × 500 = 5,000.
 */
export const searchAfterPages = (size: number, listKey: string, limitKey = 'limit', totalKey?: string): PollPaging => ({
  size,
  // GHL's count, when asked for, only tells whether the list was read whole (CollectOptions: the cursor decides paging).
  ...(totalKey ? { total: (data: GhlRecord) => numberAt(data, totalKey) } : {}),
  apply: (req, at) =>
    Object.assign(req.body as object, {
      [limitKey]: size,
      ...(at.cursor ? { searchAfter: at.cursor } : at.page > 1 ? { page: at.page } : {}),
    }),
  next: (data) => {
    const list = getPath(data, listKey);
    if (!Array.isArray(list) || list.length < size) return null;
    const cursor = list[list.length - 1]?.searchAfter;
    return cursor === null || cursor === '' || (Array.isArray(cursor) && !cursor.length) ? undefined : cursor;
  },
});

/**
 * A lib/paging.ts style for a poll: its parameters, and (cursor styles) its next cursor while pages are full; an offset
 * style reads on while pages are full.
 */
export const cursorPages = (p: Paging, listKey?: string): PollPaging => ({
  size: p.size,
  apply: (req, at) =>
    Object.assign(
      paramsIn(req, p.in),
      p.params(at.page - 1, at.cursor === undefined || at.cursor === null ? null : JSON.stringify(at.cursor)),
    ),
  ...(p.next
    ? {
        next: (data: GhlRecord) => {
          const list = listOf(data, listKey);
          return list.length >= p.size ? (p.next?.(data, list) ?? null) : null;
        },
      }
    : {}),
});

/**
 * The poll of a "New …" list trigger that pages (`decl.paging`) through a list GHL documents no order for
 * (TriggerDecl.poll): pollPerform with `order: 'detect'` by `time`, the record's creation (a time GHL stamps, not
 * one the user sets). A first page that is not full is the whole list (one request, as before); a full one not newest
 * first is read on, to a short page (at most 10), so the records of an oldest-first list beyond its first page fire.
 * Without `time` (none, or none telling when the record joined the list) each poll reads the list to its end and
 * answers every record: Zapier fires the ids it has not seen. An `updated` time (blog posts, authors, categories: GHL
 * gives them no creation time) orders the walk as `time` does, but every record read is answered: an edit moves it,
 * and an old record kept out of the window when the Zap was turned on would fire as new when first edited. A dropdown
 * the trigger feeds and a "load more" page (`meta.page` > 0) get the page asked for, as before.
 */
export const listPoll = (p: Paging, shape: ListShape = {}, { time, updated }: { time?: string; updated?: string }) => {
  const at = (key?: string) => (r: GhlRecord) => timeOf(key ? r[key] : undefined);
  const poll = pollPerform({
    listKey: shape.key,
    id: shape.id,
    time: at(time ?? updated),
    born: at(time),
    order: 'detect',
    paging: cursorPages(p, shape.key),
  });
  return (z: Z, bundle: B, req: Req, send: Send): Promise<unknown> =>
    bundle.meta?.isFillingDynamicDropdown || Number(bundle.meta?.page) > 0 ? send(req) : poll(z, bundle, req, send);
};

/** Offset paging (`limit` + `skip`) in the query or the body, for endpoints that report no total. */
export const offsetPages = (size: number, where: 'query' | 'body' = 'query'): PollPaging => ({
  size,
  apply: (req, at) => Object.assign(paramsIn(req, where), { limit: size, skip: (at.page - 1) * size }),
});

/**
 * A change item: fires once per change of `what` (stage, status…), never for the record's creation. The dedupe id is
 * the record id + the new value + the change time, so the next change of the same record fires again; `null` when
 * the change time is missing or is (within CREATION_EPSILON) the creation time.
 */
export const changeKey = (record: GhlRecord, what: string, when: string, created = 'createdAt'): string | null =>
  isChange(record, when, created) ? `${record.id}-${record[what] ?? ''}-${record[when]}` : null;

/** True when the record's change time exists and is later than its creation (by more than CREATION_EPSILON). */
export const isChange = (record: GhlRecord, when: string, created = 'createdAt'): boolean => {
  const at = timeOf(record[when]);
  if (!Number.isFinite(at)) return false;
  const born = timeOf(record[created]);
  return !(Number.isFinite(born) && at <= born + CREATION_EPSILON);
};

/** How long z.cache keeps a watched state without a poll (each poll renews it). */
const STATE_TTL_SECONDS = 30 * 24 * 3600;

interface WatchedState {
  state: string;
  /** When the entry was made (epoch ms): ids of a later entry never repeat an earlier one's. */
  epoch: number;
  /** Changes seen since. */
  n: number;
  /** The stamp the id shows when it is not `state` (countedChanges: the content hash the record was first seen with). */
  shown?: string;
}

const isWatchedState = (v: unknown): v is WatchedState =>
  !!v &&
  typeof (v as WatchedState).state === 'string' &&
  Number.isInteger((v as WatchedState).epoch) &&
  Number.isInteger((v as WatchedState).n) &&
  ['string', 'undefined'].includes(typeof (v as WatchedState).shown);

/**
 * The entry after this poll: the same while the state stays, the count up at each change, new when none is known.
 * `shown` (countedChanges: the content hash the record's plain id ends in) is the stamp the id shows for the state,
 * kept while the state stays. An entry from before states were compared by stateHash holds that hash as its state:
 * the same state, and the same id.
 */
const nextState = (known: unknown, state: string, shown = state): WatchedState => {
  const entered = (e: WatchedState): WatchedState => (shown === state ? e : { ...e, shown });
  if (!isWatchedState(known)) return entered({ state, epoch: Date.now(), n: 0 });
  if (known.state === state) return known;
  if (known.shown === undefined && known.state === shown) return { ...known, state, shown };
  return entered({ state, epoch: known.epoch, n: known.n + 1 });
};

/** `<base>-<state>` until the first change, then `<base>-<state>-<epoch>.<n>` (`shown` for the state when set). */
const idOf = (base: string, e: WatchedState) =>
  e.n === 0 ? `${base}-${e.shown ?? e.state}` : `${base}-${e.shown ?? e.state}-${e.epoch}.${e.n}`;

interface EntryOptions {
  /** Names what is remembered in the Zap's log when z.cache fails ("Could not remember <what> …"). */
  what: string;
  /** False (the editor's test run): read only, the entry stays as the polls left it. */
  write?: boolean;
  /** z.cache scope, e.g. `['auth']`: one entry per connection. Omitted: shared by the Zapier account. */
  scope?: string[];
}

/**
 * What z.cache holds for something watched (`kind`, and `watched`: sub-account and what is watched, hashed into the
 * key), and how to save its next value (renewed for STATE_TTL_SECONDS by every poll). A failed read (or no z.cache) is
 * logged, knows nothing (`read` false) and then saves nothing (an entry it could not read stays). A failed save is
 * logged and the ids stand (the next poll computes them again from the entry it reads).
 */
const watchedEntry = async (z: Z, kind: string, watched: string[], o: EntryOptions) => {
  const key = `ghl:${kind}:v1:${fingerprint(JSON.stringify(watched))}`;
  const cache = z.cache as unknown as CacheApi;
  const note = (e: unknown) => z.console.log(`Could not remember ${o.what} (z.cache): ${(e as Error)?.message ?? e}`);
  let known: unknown = null;
  let read = true;
  try {
    known = await cache.get(key, o.scope);
  } catch (e) {
    read = false;
    note(e);
  }
  const save = async (entry: unknown) => {
    if (!read || o.write === false) return;
    try {
      await cache.set(key, entry, STATE_TTL_SECONDS, o.scope);
    } catch (e) {
      note(e);
    }
  };
  return { known, save, read };
};

/**
 * The dedupe id of a state GHL gives no change time for (a slug taken / available…), new at every change and the same
 * while the state stays: `<base>-<state>` until the first change, then `<base>-<state>-<epoch>.<n>`. The last state
 * and the count live in z.cache (per account) under a hash of `watched` (sub-account and what is watched), shared by
 * every Zap watching it, so they compute the same ids. An entry the cache lost (30 days without a poll) restarts at
 * the plain id: a change while it was missing can go unnoticed, and a state reached by a change fires once more if
 * Zapier never saw its plain id. An entry that cannot be read (z.cache failing): no id on a poll (undefined), the
 * plain id on the editor's test run. `write` false (the editor's test run) leaves the entry as it was.
 */
export const stateId = async (
  z: Z,
  watched: string[],
  base: string,
  state: string,
  write = true,
): Promise<string | undefined> => {
  const { known, save, read } = await watchedEntry(z, 'state', watched, { what: `the state of ${base}`, write });
  // Unread, a poll cannot know the id Zapier saw for this state (the plain id was given only to the first one): it
  // gives none, and the next poll that reads the entry fires a flip made meanwhile once. A test run shows the plain id.
  if (!read && write) return undefined;
  const entry = nextState(known, state);
  await save(entry);
  return idOf(base, entry);
};

/** Records (stateIds) or members (memberSuffixes) one entry remembers at most: the oldest are dropped beyond it. */
const MAX_MEMBERS = 1000;

const capped = <T>(r: Record<string, T>, max: number) => Object.fromEntries(Object.entries(r).slice(-max));

/**
 * stateId for several things in one z.cache entry (the records of one Zap's answer), by base: `states` maps each
 * base to its state now; the answer maps it to its id, or is undefined when the entry could not be read (the ids are
 * then unknown: a plain id is not the one Zapier saw for a state reached by a change). Bases absent now keep their
 * entry (at most MAX_MEMBERS).
 */
export const stateIds = async (
  z: Z,
  watched: string[],
  states: Record<string, string | [state: string, shown: string]>,
  o: EntryOptions,
): Promise<Record<string, string> | undefined> => {
  const { known, save, read } = await watchedEntry(z, 'states', watched, o);
  if (!read) return undefined;
  const was = (known && typeof known === 'object' ? known : {}) as Record<string, unknown>;
  const now = Object.fromEntries(
    Object.entries(states).map(([b, s]) => [b, typeof s === 'string' ? nextState(was[b], s) : nextState(was[b], ...s)]),
  );
  const kept = Object.entries(was).filter(([b, e]) => !(b in now) && isWatchedState(e));
  await save(capped({ ...Object.fromEntries(kept), ...now }, MAX_MEMBERS));
  return Object.fromEntries(Object.entries(now).map(([b, e]) => [b, idOf(b, e)]));
};

/**
 * Change items (lib/items.ts toChangeItem) whose id ends in a content hash, GHL giving no update time: what the record
 * holds (its STATE, lib/values.ts stateHash: a list GHL only reorders, a field written null… is no change) is counted
 * (stateIds), so a record changed back to an earlier content (A → B → A) gets a new id and fires, where the hash alone
 * repeats an id Zapier has seen; the id shows the content hash the state was first seen with. Until a record is seen changing its id stays `<recordId>-<hash>` (the
 * ids before the count existed). One z.cache entry per connection (`['auth']`: two connections may be answered
 * differently), sub-account and `watched`; the editor's test run only reads it. When the entry cannot be read, a live
 * poll leaves these items out (the plain id of a record changed since would fire it again; the next poll that reads
 * the entry gives the right ids) and the editor's test run shows them with their plain ids.
 */
export const countedChanges = async (
  z: Z,
  bundle: B,
  watched: string[],
  items: GhlRecord[],
  shape: RecordShape,
  noun: string,
): Promise<GhlRecord[]> => {
  const states: Record<string, [string, string]> = {};
  items = items.map((i) => {
    const { [STATE]: state, ...item } = i as GhlRecord & { [STATE]?: string };
    const stamp = hashStamp(item, shape);
    if (stamp) states[item.recordId] = [state ?? stamp, stamp];
    return item;
  });
  const bases = Object.keys(states);
  if (!bases.length) return items;
  const live = !bundle.meta?.isLoadingSample;
  const ids = await stateIds(
    z,
    [...watched, String(bundle.authData?.locationId ?? ''), String(bundle.authData?.companyId ?? '')],
    states,
    {
      what: `the last content of ${noun} ${bases.slice(0, 3).join(', ')}${bases.length > 3 ? ', …' : ''}`,
      write: live,
      scope: ['auth'],
    },
  );
  if (!ids) return live ? items.filter((i) => !hashStamp(i, shape)) : items;
  return items.map((i) => (hashStamp(i, shape) ? { ...i, id: ids[i.recordId] } : i));
};

interface Members {
  epoch: number;
  /** Members present at the last poll (and absent ones still counted), by change count. */
  in: Record<string, number>;
  /** Members seen leaving, by the count they left with. */
  out: Record<string, number>;
}
const isMembers = (v: unknown): v is Members =>
  !!v &&
  Number.isInteger((v as Members).epoch) &&
  typeof (v as Members).in === 'object' &&
  typeof (v as Members).out === 'object';

/**
 * stateId for membership (contacts carrying a tag): a suffix per present member, '' until it is seen leaving and
 * coming back, then `-<epoch>.<n>`, so each return is a new id. Leaving is only known from a `complete` list (every
 * member was in it): a member missing from a partial list keeps its count. Kept in z.cache like stateId, at most
 * MAX_MEMBERS members; a lost or dropped entry restarts at '' (a return can go unnoticed, nothing fires twice).
 * `write` false (the editor's test run) leaves the entry as it was.
 */
export const memberSuffixes = async (
  z: Z,
  watched: string[],
  present: string[],
  complete: boolean,
  write = true,
): Promise<Record<string, string>> => {
  const { known, save } = await watchedEntry(z, 'members', watched, { what: 'who was watched', write });
  const was: Members = isMembers(known) ? known : { epoch: Date.now(), in: {}, out: {} };
  const now: Members = { epoch: was.epoch, in: {}, out: { ...was.out } };
  for (const m of present) {
    if (m in was.out) {
      now.in[m] = was.out[m] + 1;
      delete now.out[m];
    } else now.in[m] = was.in[m] ?? 0;
  }
  for (const [m, n] of Object.entries(was.in)) {
    if (m in now.in) continue;
    if (complete) now.out[m] = n;
    else if (n > 0) now.in[m] = n; // its id must stay when it shows up again without having left
  }
  await save({ epoch: now.epoch, in: capped(now.in, MAX_MEMBERS), out: capped(now.out, MAX_MEMBERS) });
  return Object.fromEntries(present.map((m) => [m, now.in[m] ? `-${now.epoch}.${now.in[m]}` : '']));
};
