import { callGhl } from '../lib/client';
import { F } from '../lib/fields';
import { creates, type B, type CreateDecl, type Field, type Req, type Z } from '../lib/op';
import { InputError, isEmpty } from '../lib/values';
import {
  ASSOCIATION_OUTPUTS,
  ASSOCIATION_SAMPLE,
  BLOG_POST_OUTPUTS,
  BLOG_POST_SAMPLE,
  LOCATION_OUTPUTS,
  RELATION_SAMPLE,
  associationField,
  objectKeyField,
} from '../triggers/other';

const V = '2021-07-28' as const;
const { label: _label, ...ASSOCIATION } = ASSOCIATION_SAMPLE;
const { label: _rlabel, ...RELATION } = RELATION_SAMPLE;

// ---- blog posts

/** A URL slug from a title: "Café & Co. 2026!" → "cafe-co-2026". */
export const slugify = (title: string): string =>
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
    ? [{ key: 'postId', label: 'Post', type: 'string', required: true, dynamic: 'blog_posts.id.title', helpText: 'A post of the chosen blog, or map a Post ID.' } as Field]
    : []),
  F.text('title', 'Title', { required: true }),
  F.longText('rawHTML', 'Content (HTML)', { required: true, helpText: 'The post body as HTML, e.g. <h1>Hello</h1><p>…</p>.' }),
  F.blogAuthor('author', { required: true, helpText: 'The author shown on the post (create authors in GHL under Sites → Blogs).' }),
  F.blogCategories('categories', { required: false, helpText: 'Sent as an empty list when none are picked.' }),
  F.text('urlSlug', 'URL Slug', {
    required: update,
    helpText: update
      ? "The post's URL slug (map the current one to keep its URL). Checked first: a slug used by another post stops the step."
      : 'Defaults to the title in lowercase with hyphens. Checked first: a slug used by another post stops the step.',
  }),
  F.choice('status', 'Status', STATUSES, {
    required: update,
    ...(update ? {} : { default: 'PUBLISHED' }),
    helpText: update ? 'GHL replaces the whole post, so the status is always sent.' : 'Defaults to Published.',
  }),
  F.datetime('publishedAt', 'Publish Date', {
    required: update,
    helpText: update
      ? "Map the post's current publish date to keep it; for Scheduled, the future time to publish."
      : 'Defaults to now; for Scheduled posts, the future time to publish.',
  }),
  F.longText('description', 'Description', { required: false, helpText: 'Short summary shown in listings and search results (sent empty when left blank).' }),
  F.text('imageUrl', 'Featured Image URL', { required: false, helpText: 'Sent empty when left blank (no featured image).' }),
  F.text('imageAltText', 'Image Alt Text', { required: false, helpText: 'Defaults to the title when an image is given.' }),
  F.list('tags', 'Tags', { required: false }),
  F.text('canonicalLink', 'Canonical Link', { required: false, helpText: 'Only when the post first appeared elsewhere.' }),
];

/**
 * The spec requires 12 body fields on create and update (a full replace). What the user leaves empty is filled here:
 * categories [], description / imageUrl '' , imageAltText = title (with an image), status PUBLISHED and
 * publishedAt = now (create only; update asks for both), urlSlug from the title (create only).
 */
const completePost = (label: string, update: boolean) => (req: Req) => {
  const body = req.body as Record<string, any>;
  if (!update) {
    body.urlSlug ??= slugify(String(body.title ?? ''));
    body.status ??= 'PUBLISHED';
    if (body.publishedAt === undefined) {
      if (body.status === 'SCHEDULED') throw new InputError(`${label} needs a "Publish Date" in the future for a Scheduled post.`);
      body.publishedAt = new Date().toISOString();
    }
  }
  if (!body.urlSlug) throw new InputError(`${label} needs a "URL Slug": the title has no letters or digits to make one from.`);
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
  if (data?.exists === true) throw new InputError(`The URL slug "${urlSlug}" is already used by another post in this blog; choose another.`);
};

const blogPost = (update: boolean): CreateDecl => {
  const label = update ? 'Update Blog Post' : 'Create Blog Post';
  return {
    key: update ? 'update_blog_post' : 'create_blog_post',
    noun: 'Blog Post',
    label,
    help: update
      ? 'Replaces a blog post (GHL updates posts as a whole): title, content, author, slug, status and publish date are required; description, image and categories left empty are cleared. The URL slug is checked first (ignoring this post).'
      : 'Publishes (or drafts / schedules) a post on the chosen blog. The URL slug (from the title unless given) is checked first. Sent when left empty: status Published, publish date now, no categories, description or image.',
    method: update ? 'PUT' : 'POST',
    path: update ? '/blogs/posts/{postId}' : '/blogs/posts',
    version: V,
    // The slug check (GET /blogs/posts/url-slug-exists) needs its own read scope.
    scopes: [update ? 'blogs/post-update.write' : 'blogs/post.write', 'blogs/check-slug.readonly'],
    location: 'body',
    fields: postFields(update),
    before: completePost(label, update),
    perform: async (z, bundle, req, send) => {
      const body = req.body as Record<string, any>;
      await ensureSlugFree(z, bundle, label, body.urlSlug, update ? req.pathParams.postId : undefined);
      return send(req);
    },
    result: update ? 'updatedBlogPost' : 'data',
    after: (post) => ({ ...post, id: post._id ?? post.id }),
    sample: BLOG_POST_SAMPLE,
    outputFields: BLOG_POST_OUTPUTS,
  };
};

// ---- sub-accounts

const upperCountry = (v: unknown) => {
  const code = String(v).trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InputError(`"Country" must be a two-letter country code such as US or GB, not "${v}".`);
  return code;
};

const PROSPECT = ['firstName', 'lastName', 'email'];

export default creates([
  {
    key: 'create_location',
    noun: 'Location',
    label: 'Create Location',
    help: 'Creates a sub-account (location) in your agency, optionally loading a snapshot. Needs an agency connection (GHL offers this on the Agency Pro plan).',
    method: 'POST',
    path: '/locations/',
    version: V,
    scopes: ['locations.write'],
    agencyOnly: true,
    company: 'body',
    fields: [
      F.text('name', 'Business Name', { required: true }),
      F.text('phone', 'Phone', { required: false, helpText: 'With country code, e.g. +14155550100.' }),
      F.text('address', 'Street Address', { required: false }),
      F.text('city', 'City', { required: false }),
      F.text('state', 'State', { required: false }),
      F.text('postalCode', 'Postal Code', { required: false }),
      F.text('country', 'Country', { required: false, helpText: 'Two-letter code, e.g. US.', to: upperCountry }),
      F.text('website', 'Website', { required: false }),
      F.text('timezone', 'Timezone', { required: false, placeholder: 'America/New_York', helpText: 'IANA name, e.g. America/New_York or US/Central.' }),
      F.text('snapshotId', 'Snapshot ID', { required: false, helpText: 'Loads this snapshot into the new sub-account.' }),
      F.text('prospectFirstName', 'Prospect First Name', { required: false, as: 'prospectInfo.firstName', helpText: 'Prospect details need first name, last name and email together.' }),
      F.text('prospectLastName', 'Prospect Last Name', { required: false, as: 'prospectInfo.lastName' }),
      F.text('prospectEmail', 'Prospect Email', { required: false, as: 'prospectInfo.email' }),
      F.boolean('allowDuplicateContact', 'Allow Duplicate Contacts', { required: false, as: 'settings.allowDuplicateContact' }),
      F.boolean('allowDuplicateOpportunity', 'Allow Duplicate Opportunities', { required: false, as: 'settings.allowDuplicateOpportunity' }),
      F.boolean('allowFacebookNameMerge', 'Allow Facebook Name Merge', { required: false, as: 'settings.allowFacebookNameMerge' }),
      F.boolean('disableContactTimezone', 'Disable Contact Timezone', { required: false, as: 'settings.disableContactTimezone' }),
    ],
    before: (req) => {
      const prospect = (req.body as Record<string, any>).prospectInfo;
      if (prospect && PROSPECT.some((k) => isEmpty(prospect[k]))) {
        throw new InputError('Create Location needs all of "Prospect First Name", "Prospect Last Name" and "Prospect Email" when any prospect detail is given.');
      }
    },
    sample: {
      id: 've9EPM428h8vShlRW1KT',
      companyId: 'UAXssdawIWAWD',
      name: 'Mark Shoes',
      phone: '+14155550100',
      email: 'john.doe@mail.com',
      address: '4th Fleet Street',
      city: 'New York',
      state: 'NY',
      country: 'US',
      postalCode: '10001',
      website: 'https://markshoes.com',
      timezone: 'US/Central',
      domain: 'markshoes.msgsndr.com',
      settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
    },
    outputFields: LOCATION_OUTPUTS,
  },

  // ---- associations and relations
  {
    key: 'create_association',
    noun: 'Association',
    label: 'Create Association',
    help: 'Defines a new kind of link between two objects (contact ↔ contact or contact ↔ custom object), e.g. students and teachers. Then link records with Create Relation.',
    method: 'POST',
    path: '/associations/',
    version: V,
    scopes: ['associations.write'],
    location: 'body',
    fields: [
      F.text('key', 'Association Key', { required: true, helpText: 'Unique key, lowercase with underscores, e.g. student_teacher.' }),
      objectKeyField('firstObjectKey', 'First Object Key'),
      F.text('firstObjectLabel', 'First Object Label', { required: true, helpText: 'What the first record is called in this link, e.g. Student.' }),
      objectKeyField('secondObjectKey', 'Second Object Key'),
      F.text('secondObjectLabel', 'Second Object Label', { required: true, helpText: 'What the second record is called in this link, e.g. Teacher.' }),
    ],
    sample: ASSOCIATION,
    outputFields: ASSOCIATION_OUTPUTS,
  },
  {
    key: 'update_association',
    noun: 'Association',
    label: 'Update Association',
    help: "Renames the two sides of an association (GHL only allows changing its labels; keys and objects stay).",
    method: 'PUT',
    path: '/associations/{associationId}',
    version: V,
    scopes: ['associations.write'],
    fields: [
      associationField(),
      F.text('firstObjectLabel', 'First Object Label', { required: true }),
      F.text('secondObjectLabel', 'Second Object Label', { required: true }),
    ],
    sample: ASSOCIATION,
    outputFields: ASSOCIATION_OUTPUTS,
  },
  {
    key: 'delete_association',
    noun: 'Association',
    label: 'Delete Association',
    help: 'Deletes a user-defined association and every relation made with it (system associations cannot be deleted).',
    method: 'DELETE',
    path: '/associations/{associationId}',
    version: V,
    scopes: ['associations.write'],
    fields: [associationField()],
    sample: { id: ASSOCIATION_SAMPLE.id, deleted: true, message: 'Association deleted successfully' },
    outputFields: [
      { key: 'id', label: 'Association ID' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
      { key: 'message', label: 'Message' },
    ],
  },
  {
    key: 'create_relation',
    noun: 'Relation',
    label: 'Create Relation',
    help: 'Links two records with an association, e.g. a contact to a custom object record. The first record must be of the association\'s first object, the second of its second object.',
    method: 'POST',
    path: '/associations/relations',
    version: V,
    scopes: ['associations/relation.write'],
    location: 'body',
    fields: [
      associationField(),
      F.id('firstRecordId', 'First Record ID', { helpText: "The id of a record of the association's first object (e.g. a Contact ID)." }),
      F.id('secondRecordId', 'Second Record ID', { helpText: "The id of a record of the association's second object (e.g. a custom object record ID)." }),
    ],
    sample: RELATION,
    outputFields: [
      { key: 'id', label: 'Relation ID' },
      { key: 'associationId', label: 'Association ID' },
      { key: 'firstRecordId', label: 'First Record ID' },
      { key: 'secondRecordId', label: 'Second Record ID' },
    ],
  },
  {
    key: 'delete_relation',
    noun: 'Relation',
    label: 'Delete Relation',
    help: 'Unlinks two records (deletes one relation). Fill Record to pick the relation from that record\'s links.',
    method: 'DELETE',
    path: '/associations/relations/{relationId}',
    version: V,
    scopes: ['associations/relation.write'],
    location: 'query',
    fields: [
      F.text('recordId', 'Record ID', { required: false, in: 'none', helpText: 'Only for the dropdown below: a record whose relations to list.' }),
      {
        key: 'relationId',
        label: 'Relation',
        type: 'string',
        required: true,
        dynamic: 'record_relations.id.label',
        helpText: 'Pick a relation of the record above, or map a Relation ID.',
      },
    ],
    sample: { relationId: RELATION_SAMPLE.id, ...RELATION },
    outputFields: [{ key: 'id', label: 'Relation ID' }],
  },

  // ---- blog posts
  blogPost(false),
  blogPost(true),
]);
