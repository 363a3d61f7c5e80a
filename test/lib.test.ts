/** The shared machinery on its own: paging styles, item shaping, value conversion. */
import { listOf, newestFirst, toChangeItem, toItems, withIsoTimes } from '../lib/items';
import { paging } from '../lib/paging';
import { canonicalJson, contentHash, toBoolean, toDay, toIso, toList, toMillis, toNumber } from '../lib/values';
import { fillPath, queryString } from '../lib/client';
import { article } from '../lib/op';
import App from '../index';

describe('texts built from nouns', () => {
  test('the article follows the sound, not the letter', () => {
    expect(['Opportunity', 'API Request', 'Email', 'Update'].map(article)).toEqual(['an', 'an', 'an', 'an']);
    expect(['User', 'URL Slug', 'Unit', 'Contact'].map(article)).toEqual(['a', 'a', 'a', 'a']);
  });

  test('Delete User warns about the user it deletes', () => {
    const warning = App.creates.delete_user.operation.inputFields.find(
      (f: { key?: string }) => f.key === 'deleteWarning',
    );
    expect(warning.helpText).toBe('**This cannot be undone.** Each run permanently deletes the user.');
  });
});

describe('paging', () => {
  test('offset styles compute from the 0-based page', () => {
    expect(paging.skip(100).params(2, null)).toEqual({ limit: 100, skip: 200 });
    expect(paging.offset(50).params(1, null)).toEqual({ limit: 50, offset: 50 });
    expect(paging.page(20).params(0, null)).toEqual({ limit: 20, page: 1 });
    expect(paging.skipInBody(10).in).toBe('body');
  });
  test('startAfter needs both cursor parts from meta', () => {
    const p = paging.startAfter(100);
    expect(p.next!({ meta: { startAfterId: 'x', startAfter: 5 } }, [])).toEqual({ startAfterId: 'x', startAfter: 5 });
    expect(p.next!({ meta: { startAfterId: 'x' } }, [])).toBeNull();
    expect(p.params(1, JSON.stringify({ startAfterId: 'x', startAfter: 5 }))).toEqual({
      limit: 100,
      startAfterId: 'x',
      startAfter: 5,
    });
  });
  test('searchAfter takes the last raw item', () => {
    const p = paging.searchAfter(100);
    expect(p.next!({}, [{ searchAfter: [1, 'a'] }, { searchAfter: [2, 'b'] }])).toEqual([2, 'b']);
    expect(p.next!({}, [])).toBeNull();
    expect(p.params(0, null)).toEqual({ pageLimit: 100 });
  });
  test('lastMessageId follows nextPage, flat or nested', () => {
    const p = paging.lastMessageId(100);
    expect(p.next!({ messages: { lastMessageId: 'm9', nextPage: true, messages: [] } }, [])).toBe('m9');
    expect(p.next!({ lastMessageId: 'm9', nextPage: false }, [])).toBeNull();
    expect(p.next!({ lastMessageId: 'm9', nextPage: true }, [])).toBe('m9');
  });
});

describe('items', () => {
  test('finds the list under a key, at the top, or as the only array', () => {
    expect(listOf({ a: [1] }, 'a')).toEqual([1]);
    expect(listOf([1, 2])).toEqual([1, 2]);
    expect(listOf({ traceId: 't', things: [3] })).toEqual([3]);
    expect(listOf({ x: [1], y: [2] })).toEqual([]);
  });
  test('stable ids: _id copied, a content hash when there is none, duplicates dropped', () => {
    const items = toItems([{ _id: 'a' }, { name: 'no id' }, { name: 'no id' }], { id: '_id' });
    expect(items[0].id).toBe('a');
    expect(items[1].id).toBe(contentHash({ name: 'no id' }));
    expect(items).toHaveLength(2);
  });
  test('an id GHL gives as an object is hashed, never "[object Object]" (which collapsed every such item into one)', () => {
    const items = toItems([{ id: { $oid: 'a' } }, { id: { $oid: 'b' } }, { id: 7 }]);
    expect(items.map((i) => i.id)).toEqual([contentHash({ $oid: 'a' }), contentHash({ $oid: 'b' }), '7']);
    // The same record keeps its id when its content changes.
    expect(toItems([{ id: { $oid: 'a' }, name: 'changed' }])[0].id).toBe(items[0].id);
  });
  test('newest first by the first known date field, epoch or ISO; undated keep their order', () => {
    const sorted = newestFirst([{ id: 1, dateAdded: '2026-01-01' }, { id: 2 }, { id: 3, dateAdded: '2026-03-01' }]);
    expect(sorted.map((i) => i.id)).toEqual([3, 1, 2]);
    expect(
      newestFirst([
        { id: 1, startTime: 1000 },
        { id: 2, startTime: 2000 },
      ]).map((i) => i.id),
    ).toEqual([2, 1]);
    // Epoch milliseconds sent as text sort by their time too, among ISO dates (lib/items timeOf).
    expect(
      newestFirst([
        { id: 1, dateAdded: '1772359200000' },
        { id: 2, dateAdded: '2026-03-02T10:00:00.000Z' },
        { id: 3, dateAdded: '2026-02-01T10:00:00.000Z' },
      ]).map((i) => i.id),
    ).toEqual([2, 1, 3]);
    expect(
      newestFirst(
        [
          { id: 1, dateAdded: 1 },
          { id: 2, dateAdded: 2 },
        ],
        false,
      ).map((i) => i.id),
    ).toEqual([1, 2]);
  });
  test('a changed record gets a new id; an unchanged one keeps it', () => {
    const a = toChangeItem({ r: { id: 'x', dateUpdated: 't1' } }, { key: 'r', changedBy: 'dateUpdated' });
    const b = toChangeItem({ r: { id: 'x', dateUpdated: 't2' } }, { key: 'r', changedBy: 'dateUpdated' });
    expect(a[0].id).toBe('x-t1');
    expect(b[0].id).toBe('x-t2');
    const h1 = toChangeItem({ id: 'x', v: 1 })[0].id;
    expect(toChangeItem({ v: 1, id: 'x' })[0].id).toBe(h1); // key order does not matter
    expect(toChangeItem({ id: 'x', v: 2 })[0].id).not.toBe(h1);
    expect(toChangeItem({ r: null }, { key: 'r' })).toEqual([]);
  });
  test('epoch milliseconds gain an ISO twin', () => {
    expect(withIsoTimes({ startTime: 1767225600000, other: 'x' }, ['startTime', 'missing'])).toEqual({
      startTime: 1767225600000,
      startTimeIso: '2026-01-01T00:00:00.000Z',
      other: 'x',
    });
  });
});

describe('values', () => {
  test('canonical JSON: keys sorted at every depth, as JSON.stringify writes the rest', () => {
    // A record as GHL sends it: the text the content hashes (trigger ids) were made from stays the same.
    const record = { name: 'Ann', tags: ['b', 'a'], meta: { z: 1, '10': true, '2': null }, id: 'x' };
    expect(canonicalJson(record)).toBe('{"id":"x","meta":{"10":true,"2":null,"z":1},"name":"Ann","tags":["b","a"]}');
    expect(contentHash({ b: 2, a: 1 })).toBe(contentHash({ a: 1, b: 2 }));
    // Built values: undefined left out (as z.request leaves it out of a body), a Date as its ISO text.
    expect(canonicalJson({ a: 1, b: undefined, c: [undefined] })).toBe('{"a":1,"c":[null]}');
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
    expect(contentHash({ at: new Date(0) })).not.toBe(contentHash({ at: new Date(1) }));
    expect(canonicalJson(undefined)).toBeUndefined();
  });
  test('ISO text keeps its offset; other dates become UTC ISO', () => {
    expect(toIso('2026-03-05T17:00:00+02:00')).toBe('2026-03-05T17:00:00+02:00');
    expect(toIso('2026-03-05')).toBe('2026-03-05T00:00:00.000Z');
    expect(toIso(1767225600)).toBe('2026-01-01T00:00:00.000Z');
    expect(() => toIso('soon', '"Due"')).toThrow(
      '"Due" must be a date-time such as 2026-03-01T14:30:00Z (or 2026-03-01), not "soon".',
    );
  });
  test('millis and days', () => {
    expect(toMillis('2026-01-01T00:00:00Z')).toBe(1767225600000);
    expect(toDay('2026-01-01T23:00:00Z')).toBe('2026-01-01');
  });
  test('booleans, numbers and lists as Zapier sends them', () => {
    expect([toBoolean('yes'), toBoolean('False'), toBoolean(true)]).toEqual([true, false, true]);
    expect(() => toBoolean('maybe', '"Pinned"')).toThrow('"Pinned" must be true or false, not "maybe".');
    expect(toNumber('$1,200.50')).toBe(1200.5);
    expect(() => toNumber('abc', '"Value"')).toThrow('"Value" must be a number, not "abc".');
    expect(toList(['a, b', 'c', ''])).toEqual(['a', 'b', 'c']);
  });
  test('paths encode each value as one segment; queries drop empties and repeat arrays', () => {
    expect(fillPath('/a/{x}/b/{y}', { x: 'a/b', y: 'é' })).toBe('/a/a%2Fb/b/%C3%A9');
    expect(() => fillPath('/a/{x}', {})).toThrow('The path parameter "x" is empty');
    // Dot segments would be collapsed by URL parsing (DELETE /a/.. is DELETE /), so they never reach the URL.
    expect(() => fillPath('/a/{x}', { x: '..' })).toThrow('The path parameter "x" must be an id, not "..".');
    expect(() => fillPath('/a/{x}', { x: ' . ' })).toThrow('must be an id');
    expect(() => fillPath('/a/{x}', { x: ['a'] })).toThrow('must be a single id, not a list');
    expect(() => fillPath('/a/{x}', { x: '   ' })).toThrow('is empty');
    expect(fillPath('/a/{x}', { x: '../b' })).toBe('/a/..%2Fb');
    expect(queryString({ a: 1, b: '', c: undefined, d: ['x', 'y'] })).toBe('?a=1&d=x&d=y');
  });
});
