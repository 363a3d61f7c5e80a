import { callGhl } from '../lib/client';
import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { creates, type B, type CreateDecl, type Field, type Req, type Z, create, type GhlRecord } from '../lib/op';
import { InputError } from '../lib/values';
import { BLOG_POST_OUTPUTS, BLOG_POST_SAMPLE } from '../areas/blogs';

const V = '2021-07-28' as const;

/** A URL slug from a title: "Café & Co. 2026!" → "cafe-co-2026". */
const slugify = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const STATUSES = { PUBLISHED: 'Published', DRAFT: 'Draft', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' };

/** The post fields create and update share; `update` asks for what a full replace must not silently reset. */
const postFields = (update: boolean): Field[] => [
  F.blog(),
  ...(update
    ? [
        {
          key: 'postId',
          label: 'Post',
          type: 'string',
          required: true,
          dynamic: 'blog_posts.id.title',
          helpText: 'Pick the blog first, or map a Post ID.',
        } as Field,
      ]
    : []),
  F.text('title', 'Title', { required: true }),
  F.longText('rawHTML', 'Content (HTML)', {
    required: true,
  }),
  F.blogAuthor('author', { required: true }),
  F.blogCategories('categories', { required: false, helpText: 'Empty: none.' }),
  F.text('urlSlug', 'URL Slug', {
    required: update,
    helpText: update ? 'Map the current slug to keep the URL.' : 'Default: the title, hyphenated.',
  }),
  F.choice('status', 'Status', STATUSES, {
    required: update,
    ...(update ? {} : { default: 'PUBLISHED' }),
    helpText: update ? 'Map the current status to keep it.' : 'Default: Published.',
  }),
  F.datetime('publishedAt', 'Publish Date', {
    required: update,
    helpText: update ? 'Map the current date to keep it.' : 'Default: now.',
  }),
  F.longText('description', 'Description', { required: false }),
  F.text('imageUrl', 'Featured Image URL', { required: false, helpText: 'Empty: no featured image.' }),
  F.text('imageAltText', 'Image Alt Text', {
    required: false,
    helpText: 'Default: the title.',
  }),
  F.list('tags', 'Tags', { required: false }),
  F.text('canonicalLink', 'Canonical Link', {
    required: false,
    helpText: 'When first published elsewhere.',
  }),
];

/**
 * The spec requires 12 body fields on create and update (a full replace). What the user leaves empty is filled here:
 * categories [], description / imageUrl '' , imageAltText = title (with an image), status PUBLISHED and
 * publishedAt = now (create only; update asks for both), urlSlug from the title (create only).
 */
const completePost = (label: string, update: boolean) => (req: Req) => {
  const body = req.body as GhlRecord;
  if (!update) {
    body.urlSlug ??= slugify(String(body.title ?? ''));
    body.status ??= 'PUBLISHED';
    if (body.publishedAt === undefined) {
      if (body.status === 'SCHEDULED')
        throw new InputError(`${label} needs a "Publish Date" in the future for a Scheduled post.`);
      body.publishedAt = new Date().toISOString();
    }
  }
  if (!body.urlSlug)
    throw new InputError(`${label} needs a "URL Slug": the title has no letters or digits to make one from.`);
  body.categories ??= [];
  body.description ??= '';
  body.imageUrl ??= '';
  body.imageAltText ??= body.imageUrl ? body.title : '';
};

/** Check Blog URL Slug before writing: a taken slug is a sentence, not GHL's generic 422. */
const ensureSlugFree = async (z: Z, bundle: B, label: string, urlSlug: string, postId?: string) => {
  const data = await callGhl(z, {
    method: 'GET',
    path: '/blogs/posts/url-slug-exists',
    version: V,
    query: { urlSlug, locationId: bundle.authData.locationId, ...(postId ? { postId } : {}) },
    context: { label: `${label} (checking the URL slug)`, scopes: ['blogs/check-slug.readonly'] },
  });
  // Without a yes/no there is no check: publishing anyway could collide with a post GHL did not tell us about.
  if (typeof data?.exists !== 'boolean') throw new ShapeError('to the URL slug check had no "exists" yes/no', true);
  if (data.exists === true)
    throw new InputError(`The URL slug "${urlSlug}" is already used by another post in this blog; choose another.`);
};

const blogPost = (update: boolean): CreateDecl => {
  const label = update ? 'Update Blog Post' : 'Create Blog Post';
  return create({
    key: update ? 'update_blog_post' : 'create_blog_post',
    noun: 'Blog Post',
    label,
    help: update
      ? 'Replaces a blog post as a whole: empty fields are cleared.'
      : 'Publishes, drafts or schedules a post on the chosen blog.',
    method: update ? 'PUT' : 'POST',
    path: update ? '/blogs/posts/{postId}' : '/blogs/posts',
    version: V,
    // The slug check (GET /blogs/posts/url-slug-exists) needs its own read scope.
    scopes: [update ? 'blogs/post-update.write' : 'blogs/post.write', 'blogs/check-slug.readonly'],
    location: 'body',
    fields: postFields(update),
    before: completePost(label, update),
    perform: async (z, bundle, req, send) => {
      const body = req.body as GhlRecord;
      await ensureSlugFree(z, bundle, label, body.urlSlug, update ? req.pathParams.postId : undefined);
      return send(req);
    },
    result: update ? 'updatedBlogPost' : 'data',
    after: (post) => ({ ...post, id: post._id ?? post.id }),
    sample: BLOG_POST_SAMPLE,
    outputFields: BLOG_POST_OUTPUTS,
  });
};

export default creates([blogPost(false), blogPost(true)]);
