import { badRequest, unprocessable } from '../errors';
import type { Ctx, Routes } from '../router';
import { wrapList, wrapRecord } from '../shape';
import { fieldsOf, mustGet, newRecord, ofLocation, page, touch, unsorted } from './common';

const POSTS = 'blogPosts';
const STATUSES = ['PUBLISHED', 'SCHEDULED', 'ARCHIVED', 'DRAFT'];

const searchable = (ctx: Ctx, coll: string, field: string) => {
  const term = (ctx.query.get('searchTerm') ?? '').toLowerCase();
  const recs = ofLocation(ctx, coll).filter(
    (r) =>
      !term ||
      String(r[field] ?? '')
        .toLowerCase()
        .includes(term),
  );
  return wrapList(ctx.op, page(ctx, recs, 10), recs.length);
};

/** A post's slug is unique per location; GHL refuses a taken one. */
const slugTaken = (ctx: Ctx, slug: unknown, except?: string) =>
  !!slug && ofLocation(ctx, POSTS).some((p) => p.urlSlug === slug && p.id !== except);

const checkPost = (ctx: Ctx, body: Record<string, any>, except?: string) => {
  if (body.status !== undefined && !STATUSES.includes(body.status))
    throw unprocessable([`status must be one of the following values: ${STATUSES.join(', ')}`]);
  if (body.blogId !== undefined) mustGet(ctx, 'blogs', body.blogId, 'Blog');
  if (slugTaken(ctx, body.urlSlug, except)) throw badRequest('Url slug already exists');
};

export const blogRoutes: Routes = {
  'GET /blogs/site/all': (ctx) => searchable(ctx, 'blogs', 'name'),
  'GET /blogs/authors': (ctx) => wrapList(ctx.op, page(ctx, ofLocation(ctx, 'blogAuthors'), 10)),
  'GET /blogs/categories': (ctx) => wrapList(ctx.op, page(ctx, ofLocation(ctx, 'blogCategories'), 10)),
  'GET /blogs/posts/all': (ctx) => {
    const term = (ctx.query.get('searchTerm') ?? '').toLowerCase();
    const status = ctx.query.get('status');
    const recs = unsorted(ctx, ofLocation(ctx, POSTS)).filter(
      (p) =>
        p.blogId === ctx.query.get('blogId') &&
        (!status || p.status === status) &&
        (!term || String(p.title).toLowerCase().includes(term)),
    );
    return wrapList(ctx.op, page(ctx, recs, 10), recs.length);
  },
  'GET /blogs/posts/url-slug-exists': (ctx) => ({
    exists: slugTaken(ctx, ctx.query.get('urlSlug'), ctx.query.get('postId')),
  }),
  'POST /blogs/posts': (ctx) => {
    checkPost(ctx, ctx.body);
    const rec = newRecord(ctx, { archived: false, ...fieldsOf(ctx.body, ['locationId']) }, ['createdAt', 'updatedAt']);
    return wrapRecord(ctx.op, ctx.store.insert(POSTS, { ...rec, _id: rec.id }));
  },
  'PUT /blogs/posts/{postId}': (ctx) => {
    const post = mustGet(ctx, POSTS, ctx.params.postId, 'Blog post');
    checkPost(ctx, ctx.body, post.id);
    return wrapRecord(ctx.op, touch(ctx, post, fieldsOf(ctx.body, ['locationId'])));
  },
};
