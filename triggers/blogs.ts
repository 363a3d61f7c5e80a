import { F } from '../lib/fields';
import { ShapeError } from '../lib/items';
import { triggers, trigger } from '../lib/op';
import { paging } from '../lib/paging';
import { stateId } from '../lib/polling';
import { InputError } from '../lib/values';
import { BLOG_POST_OUTPUTS, BLOG_POST_SAMPLE } from '../areas/blogs';

const V = '2021-07-28' as const;

export default triggers([
  // ---- blogs
  trigger({
    key: 'check_blog_post_slug',
    noun: 'URL Slug',
    label: 'Blog URL Slug Availability Changed',
    apiLabel: 'Check Blog URL Slug',
    help: 'Triggers when the chosen blog URL slug becomes taken or free again.',
    method: 'GET',
    path: '/blogs/posts/url-slug-exists',
    version: V,
    scopes: ['blogs/check-slug.readonly'],
    location: 'query',
    fields: [
      F.text('urlSlug', 'URL Slug', { required: true, helpText: 'E.g. banana-good-energy.' }),
      F.text('postId', 'Ignore Post ID', {
        required: false,
        helpText: 'When renaming: the post itself.',
      }),
    ],
    before: (req) => {
      if (!req.query.urlSlug) throw new InputError('Blog URL Slug Availability Changed needs "URL Slug".');
    },
    // GHL's answer must say yes or no: anything else is an error, never "available".
    perform: async (_z, bundle, req, send) => {
      const data = await send(req);
      if (typeof data?.exists !== 'boolean') throw new ShapeError('had no "exists" yes/no');
      return { ...data, id: String(bundle.inputData.urlSlug).trim() };
    },
    record: {},
    // GHL gives no change time: the id is new at each flip between taken and available (lib/polling.ts stateId).
    after: async (_items, bundle, z, data) => {
      const urlSlug = String(bundle.inputData.urlSlug).trim();
      const exists = data?.exists === true;
      const watched = ['blog-slug', bundle.authData?.locationId, urlSlug, bundle.inputData.postId ?? ''];
      // The editor's test run leaves the state as the polls left it.
      const id = await stateId(
        z,
        watched.map(String),
        urlSlug,
        exists ? 'taken' : 'available',
        !bundle.meta?.isLoadingSample,
      );
      return id === undefined ? [] : [{ id, urlSlug, exists, available: !exists }];
    },
    sample: { id: 'banana-good-energy-available', urlSlug: 'banana-good-energy', exists: false, available: true },
    outputFields: [
      { key: 'urlSlug', label: 'URL Slug' },
      { key: 'exists', label: 'Already Used', type: 'boolean' },
      { key: 'available', label: 'Available', type: 'boolean' },
    ],
  }),
  trigger({
    key: 'blog_authors',
    noun: 'Blog Author',
    label: 'New Blog Author',
    apiLabel: 'Get Blog Authors',
    help: 'Triggers when a blog author is added.',
    method: 'GET',
    path: '/blogs/authors',
    version: V,
    scopes: ['blogs/author.readonly'],
    location: 'query',
    paging: paging.offset(100),
    // Authors and categories carry no creation time; GHL stamps updatedAt on creation and on every edit.
    poll: { updated: 'updatedAt' },
    list: { key: 'authors', id: '_id', newest: false },
    sample: {
      id: '66a7c4b3e0b5c1a2b3c4d5e7',
      name: 'Jane Writer',
      canonicalLink: 'https://blog.deodental.com/author/jane-writer',
    },
    outputFields: [
      { key: 'id', label: 'Author ID' },
      { key: 'name', label: 'Name' },
      { key: 'canonicalLink', label: 'Author Page' },
    ],
  }),
  trigger({
    key: 'blog_categories',
    noun: 'Blog Category',
    label: 'New Blog Category',
    apiLabel: 'Get Blog Categories',
    help: 'Triggers when a blog category is added.',
    method: 'GET',
    path: '/blogs/categories',
    version: V,
    scopes: ['blogs/category.readonly'],
    location: 'query',
    paging: paging.offset(100),
    poll: { updated: 'updatedAt' },
    list: { key: 'categories', id: '_id', newest: false },
    sample: {
      id: '66a7c4b3e0b5c1a2b3c4d5e8',
      label: 'Guides',
      urlSlug: 'guides',
      canonicalLink: 'https://blog.deodental.com/category/guides',
    },
    outputFields: [
      { key: 'id', label: 'Category ID' },
      { key: 'label', label: 'Name' },
      { key: 'urlSlug', label: 'URL Slug' },
    ],
  }),
  trigger({
    key: 'blog_posts',
    noun: 'Blog Post',
    label: 'New Blog Post',
    apiLabel: 'Get Blog Posts',
    help: 'Triggers when a post is added to the chosen blog.',
    method: 'GET',
    path: '/blogs/posts/all',
    version: V,
    scopes: ['blogs/posts.readonly'],
    location: 'query',
    fields: [
      F.blog(),
      F.choice(
        'status',
        'Status',
        { PUBLISHED: 'Published', SCHEDULED: 'Scheduled', DRAFT: 'Draft', ARCHIVED: 'Archived' },
        { required: false },
      ),
      F.text('searchTerm', 'Search', { required: false }),
    ],
    paging: paging.offset(100),
    // publishedAt is the user's (required, may be back-dated): updatedAt is GHL's, stamped on creation and edits.
    poll: { updated: 'updatedAt' },
    list: { key: 'blogs', id: '_id', newest: 'publishedAt' },
    sample: BLOG_POST_SAMPLE,
    outputFields: BLOG_POST_OUTPUTS,
  }),
  trigger({
    key: 'blogs',
    noun: 'Blog',
    label: 'New Blog',
    apiLabel: 'Get Blogs by Location',
    help: 'Triggers when a blog is added.',
    method: 'GET',
    path: '/blogs/site/all',
    version: V,
    scopes: ['blogs/list.readonly'],
    location: 'query',
    fields: [F.text('searchTerm', 'Search', { required: false })],
    paging: paging.skip(100),
    poll: {}, // no time on a blog
    list: { key: 'data', id: '_id', newest: false },
    sample: { id: '66a7c4b3e0b5c1a2b3c4d5e6', name: 'Company News' },
    outputFields: [
      { key: 'id', label: 'Blog ID' },
      { key: 'name', label: 'Name' },
    ],
  }),
]);
