import type { OpFixture } from '../support/harness';
import { ago, beforeWindow } from './window';

const biz = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'Deo Logistics',
  email: 'hello@deos.com',
  locationId: 'loc123',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  ...extra,
});

/** `n` businesses made before the poll's window, oldest first (ids o0…), as GHL may list them. */
const old = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `o${i}`,
    createdAt: new Date(Date.parse(beforeWindow()) + i).toISOString(),
  }));
const listed = (skip: string, businesses: unknown[]) => ({
  method: 'GET' as const,
  path: '/businesses/',
  query: { locationId: 'loc123', limit: '100', skip },
  response: { businesses },
});

export const fixtures: OpFixture[] = [
  // ---- triggers
  {
    key: 'businesses',
    name: 'an oldest-first full first page is read on: the business added beyond it fires',
    requests: [listed('0', old(100)), listed('100', [...old(101).slice(100), { id: 'new', createdAt: ago(1) }])],
    check: (r) => expect(r.map((b: any) => b.id)).toEqual(['new']),
  },
  {
    key: 'businesses',
    name: 'a newest-first full first page reaching the window is the only request',
    requests: [listed('0', [{ id: 'new', createdAt: ago(1) }, ...old(99).reverse()])],
    check: (r) => expect(r.map((b: any) => b.id)).toEqual(['new']),
  },
  {
    key: 'businesses',
    name: "the dropdown it feeds gets the page asked for, old businesses too (no poll's window)",
    meta: { isFillingDynamicDropdown: true },
    requests: [listed('0', old(100))],
    check: (r) => expect(r).toHaveLength(100),
  },
  {
    key: 'businesses',
    requests: [
      {
        method: 'GET',
        path: '/businesses/',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: {
          businesses: [
            { id: 'b1', name: 'A', createdAt: ago(30) },
            { id: 'b2', name: 'B', createdAt: ago(20) },
          ],
        },
      },
    ],
    check: (r) => expect(r.map((b: any) => b.id)).toEqual(['b2', 'b1']),
  },
  {
    key: 'businesses',
    name: 'page 3 skips 200',
    meta: { page: 2 },
    requests: [
      {
        method: 'GET',
        path: '/businesses/',
        query: { locationId: 'loc123', limit: '100', skip: '200' },
        response: { businesses: [] },
      },
    ],
    expect: [],
  },
  {
    key: 'get_business',
    name: 'fires with id + update time',
    input: { businessId: 'b1' },
    requests: [{ method: 'GET', path: '/businesses/b1', response: { business: biz('b1') } }],
    expect: [{ ...biz('b1'), id: 'b1-2026-03-02T10:00:00.000Z', recordId: 'b1' }],
  },
  {
    key: 'get_business',
    name: 'an edit produces a new dedupe id',
    input: { businessId: 'b1' },
    requests: [
      {
        method: 'GET',
        path: '/businesses/b1',
        response: { business: biz('b1', { phone: '+1555', updatedAt: '2026-03-09T00:00:00.000Z' }) },
      },
    ],
    check: (r) => expect(r.map((b: any) => [b.id, b.recordId])).toEqual([['b1-2026-03-09T00:00:00.000Z', 'b1']]),
  },
  {
    key: 'get_business',
    name: '404 names the business id',
    input: { businessId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/businesses/nope',
        status: 404,
        response: { statusCode: 404, message: 'Business not found' },
      },
    ],
    error: /Business Updated: GHL found no record for Business "nope"/,
  },

  // ---- creates
  {
    key: 'create_business',
    name: "returns the business from GHL's misspelled `buiseness` key",
    input: { name: 'Deo Logistics', email: 'hello@deos.com', city: 'Austin', description: 'Freight' },
    requests: [
      {
        method: 'POST',
        path: '/businesses/',
        body: {
          name: 'Deo Logistics',
          email: 'hello@deos.com',
          city: 'Austin',
          description: 'Freight',
          locationId: 'loc123',
        },
        status: 201,
        response: { success: true, buiseness: biz('b9', { city: 'Austin', description: 'Freight' }) },
      },
    ],
    expect: biz('b9', { city: 'Austin', description: 'Freight' }),
  },
  {
    key: 'create_business',
    name: 'a corrected `business` key works too',
    input: { name: 'Deo Logistics' },
    requests: [
      {
        method: 'POST',
        path: '/businesses/',
        body: { name: 'Deo Logistics', locationId: 'loc123' },
        status: 201,
        response: { success: true, business: biz('b9') },
      },
    ],
    expect: biz('b9'),
  },
  {
    key: 'create_business',
    name: 'name is required',
    input: { email: 'x@y.co' },
    requests: [],
    error: /Create Business needs "Business Name"/,
  },
  {
    key: 'update_business',
    input: { businessId: 'b1', phone: '+18832327657', website: 'deos.com' },
    requests: [
      {
        method: 'PUT',
        path: '/businesses/b1',
        body: { phone: '+18832327657', website: 'deos.com' },
        response: { success: true, buiseness: biz('b1', { phone: '+18832327657', website: 'deos.com' }) },
      },
    ],
    expect: biz('b1', { phone: '+18832327657', website: 'deos.com' }),
  },
  {
    key: 'update_business',
    name: 'nothing filled in: refused before any request (issue 12)',
    input: { businessId: 'b1' },
    requests: [],
    error: /^Update Business has nothing to change: fill in at least one field to update besides "Business"\.$/,
  },
  {
    key: 'delete_business',
    input: { businessId: 'b1' },
    requests: [{ method: 'DELETE', path: '/businesses/b1', response: { success: true } }],
    expect: { id: 'b1', deleted: true },
  },

  // ---- searches
  {
    key: 'find_business',
    input: { businessId: 'b1' },
    requests: [{ method: 'GET', path: '/businesses/b1', response: { business: biz('b1') } }],
    expect: [biz('b1')],
  },
  {
    key: 'find_business',
    name: 'unknown id → nothing found',
    input: { businessId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/businesses/nope',
        status: 404,
        response: { statusCode: 404, message: 'Business not found' },
      },
    ],
    expect: [],
  },
];
