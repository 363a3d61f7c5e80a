import { behaviours, scrambled } from '../behaviours';
import type { Ctx, Routes } from '../router';
import { wrapList } from '../shape';
import { ofLocation, page } from './common';

/** Forms and surveys: lists with `total`, submissions paged by 1-based `page` with a `meta` block. */
const definitions = (coll: string) => (ctx: Ctx) => {
  const recs = ofLocation(ctx, coll);
  return wrapList(ctx.op, page(ctx, recs, 10), recs.length);
};

const submissions = (coll: string, parent: 'formId' | 'surveyId') => (ctx: Ctx) => {
  const q = (ctx.query.get('q') ?? '').toLowerCase();
  const id = ctx.query.get(parent);
  const startAt = Date.parse(ctx.query.get('startAt') ?? '') || -Infinity;
  const endAt = Date.parse(ctx.query.get('endAt') ?? '') || Infinity;
  let recs = ofLocation(ctx, coll)
    .filter(
      (s) =>
        (!id || s[parent] === id) && (!q || [s.name, s.email].some((v) => v && String(v).toLowerCase().includes(q))),
    )
    .filter((s) => Date.parse(s.createdAt) >= startAt && Date.parse(s.createdAt) <= endAt)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  // GHL documents no order for submissions: the emulator can answer newest first, oldest first or unordered.
  const order = behaviours(ctx.store).submissionOrder;
  if (order === 'asc') recs.reverse();
  if (order === 'shuffled') recs = scrambled(recs);
  const limit = ctx.query.int('limit', 20);
  const current = ctx.query.int('page', 1);
  const items = recs.slice((current - 1) * limit, current * limit);
  return wrapList(ctx.op, items, recs.length, {
    meta: {
      total: recs.length,
      currentPage: current,
      nextPage: current * limit < recs.length ? current + 1 : null,
      prevPage: current > 1 ? current - 1 : null,
    },
  });
};

export const formRoutes: Routes = {
  'GET /forms/': definitions('forms'),
  'GET /forms/submissions': submissions('formSubmissions', 'formId'),
  'GET /surveys/': definitions('surveys'),
  'GET /surveys/submissions': submissions('surveySubmissions', 'surveyId'),
};
