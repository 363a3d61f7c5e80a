import { F } from '../lib/fields';
import { changeOutputs, listOf, toChangeItem } from '../lib/items';
import { paging } from '../lib/paging';
import { triggers, type Field } from '../lib/op';
import { InputError } from '../lib/values';

const V = '2021-07-28' as const;

// ---- samples shaped like GHL's responses (spec examples)

export const LOCATION_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  name: 'Deo Dental',
  email: 'rane@deodental.com',
  phone: '+14155550100',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  country: 'US',
  postalCode: '35061',
  website: 'https://deodental.com',
  timezone: 'America/Chicago',
  settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
};

export const LOCATION_OUTPUTS = [
  { key: 'id', label: 'Location ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'country', label: 'Country' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'companyId', label: 'Company (Agency) ID' },
];

export const ASSOCIATION_SAMPLE = {
  id: '6718a5d2f1e7b4c9a0d3e2f1',
  locationId: 've9EPM428h8vShlRW1KT',
  key: 'student_teacher',
  firstObjectKey: 'contact',
  firstObjectLabel: 'Student',
  secondObjectKey: 'custom_objects.teachers',
  secondObjectLabel: 'Teacher',
  associationType: 'USER_DEFINED',
  label: 'student_teacher: contact (Student) ↔ custom_objects.teachers (Teacher)',
};

export const ASSOCIATION_OUTPUTS = [
  { key: 'id', label: 'Association ID' },
  { key: 'key', label: 'Association Key' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'firstObjectLabel', label: 'First Object Label' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'secondObjectLabel', label: 'Second Object Label' },
  { key: 'associationType', label: 'Association Type (USER_DEFINED / SYSTEM_DEFINED)' },
];

export const RELATION_SAMPLE = {
  id: '6718a7e4c2b1d0f9e8a7b6c5',
  locationId: 've9EPM428h8vShlRW1KT',
  associationId: '6718a5d2f1e7b4c9a0d3e2f1',
  firstRecordId: 'ocQHyuzHvysMo5N5VsXc',
  secondRecordId: '6718a6b3d4e5f6a7b8c9d0e1',
  label: '6718a5d2f1e7b4c9a0d3e2f1: ocQHyuzHvysMo5N5VsXc ↔ 6718a6b3d4e5f6a7b8c9d0e1',
};

export const BLOG_POST_SAMPLE = {
  id: '66c381b38be80858b9af62b6',
  _id: '66c381b38be80858b9af62b6',
  title: 'Banana is good source of energy',
  description: 'Why bananas keep you going.',
  imageUrl: 'https://storage.googleapis.com/ghl-test/fACm0Ojm5oC70G3DcFmE/media/66b5aa3b1745b2713a8d033f.jpeg',
  imageAltText: 'A bunch of bananas',
  status: 'PUBLISHED',
  urlSlug: 'banana-good-energy',
  canonicalLink: 'https://blog.deodental.com/post/banana-good-energy',
  author: '659ec9634a3796e4e47cc360',
  categories: ['659ecabc4a37969a2b7cc370'],
  tags: ['health', 'food'],
  archived: false,
  publishedAt: '2026-03-01T17:14:57.000Z',
  updatedAt: '2026-03-01T17:32:36.182Z',
};

export const BLOG_POST_OUTPUTS = [
  { key: 'id', label: 'Post ID' },
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'status', label: 'Status' },
  { key: 'urlSlug', label: 'URL Slug' },
  { key: 'canonicalLink', label: 'Canonical Link' },
  { key: 'imageUrl', label: 'Image URL' },
  { key: 'author', label: 'Author ID' },
  { key: 'categories', label: 'Category IDs' },
  { key: 'tags', label: 'Tags' },
  { key: 'publishedAt', label: 'Published At' },
  { key: 'updatedAt', label: 'Updated At' },
];

// ---- shared pieces

/** "key: first (label) ↔ second (label)", the Association dropdown's text. */
const associationLabel = (a: any) =>
  `${a.key ?? a.id}: ${a.firstObjectKey ?? '?'}${a.firstObjectLabel ? ` (${a.firstObjectLabel})` : ''} ↔ ${a.secondObjectKey ?? '?'}${a.secondObjectLabel ? ` (${a.secondObjectLabel})` : ''}`;
const withAssociationLabels = (items: any[]) => items.map((a) => ({ ...a, label: associationLabel(a) }));

/**
 * Associations by object key: the spec documents a single association object, GHL answers with a list
 * (`{associations: [...]}`); both become one item per association that fires again when the association changes.
 */
const associationChangeItems = (data: unknown) => {
  const list = listOf(data);
  const records = list.length ? list : [data];
  return withAssociationLabels(records.flatMap((r) => toChangeItem(r, { changedBy: 'updatedAt' })));
};

/** The Association picker (from Find Associations); its value is the association id. */
export const associationField = (opts: Partial<Field> = {}): Field => ({
  key: 'associationId',
  label: 'Association',
  type: 'string',
  required: true,
  dynamic: 'associations.id.label',
  helpText: 'Pick an association of this sub-account, or map an Association ID.',
  ...opts,
});

/** Object keys GHL knows in associations: `contact`, `opportunity`, `business`, `custom_objects.<name>`. */
export const objectKeyField = (key: string, label: string, opts: Partial<Field> = {}): Field => ({
  key,
  label,
  type: 'string',
  required: true,
  dynamic: 'association_object_key_choices.id.label',
  helpText: 'The object\'s key: `contact`, `opportunity`, `business` or a custom object such as `custom_objects.teachers` (pick one used by existing associations, or type it).',
  ...opts,
});

export default triggers([
  // ---- sub-accounts, company, custom fields
  {
    key: 'locations',
    noun: 'Location',
    label: 'List Locations',
    help:
      'Triggers when a sub-account (location) is added to your agency. Needs an agency connection: with a sub-account connection GHL only ever returns that one sub-account, so this step refuses it. Filter by email to watch one sub-account.',
    method: 'GET',
    path: '/locations/search',
    version: V,
    scopes: ['locations.readonly'],
    // The catalog allows Location tokens too, but they only see their own sub-account: treated as agency-only.
    agencyOnly: true,
    company: 'query',
    fields: [F.text('email', 'Email', { required: false, helpText: 'Only the sub-account with this email.' })],
    // Descending order puts the newest sub-accounts on the first page (GHL's default is ascending).
    defaults: { query: { order: 'desc' } },
    paging: paging.skip(100),
    list: { key: 'locations' },
    sample: LOCATION_SAMPLE,
    outputFields: LOCATION_OUTPUTS,
  },
  {
    key: 'custom_fields',
    noun: 'Custom Field',
    label: 'List Custom Fields',
    help: "Triggers when a custom field is added to the sub-account's contacts or opportunities (choose which). Use it to keep a field list in sync or to look up a field's key.",
    method: 'GET',
    path: '/locations/{locationId}/customFields',
    version: V,
    scopes: ['locations/customFields.readonly'],
    fields: [
      F.choice('model', 'Object', { contact: 'Contact fields', opportunity: 'Opportunity fields', all: 'Contact and opportunity fields' }, {
        required: false,
        default: 'all',
        helpText: 'Which object\'s custom fields to watch (default: both).',
      }),
    ],
    defaults: { query: { model: 'all' } },
    // No dates on custom fields: GHL's order is kept.
    list: { key: 'customFields', newest: false },
    sample: {
      id: '3sv6UEo51C9Bmpo1cKTq',
      name: 'Pincode',
      fieldKey: 'contact.pincode',
      placeholder: 'Pin code',
      dataType: 'TEXT',
      position: 0,
      picklistOptions: [],
      model: 'contact',
      locationId: 've9EPM428h8vShlRW1KT',
    },
    outputFields: [
      { key: 'id', label: 'Custom Field ID' },
      { key: 'name', label: 'Name' },
      { key: 'fieldKey', label: 'Field Key (for merge tags)' },
      { key: 'dataType', label: 'Data Type' },
      { key: 'model', label: 'Object (contact / opportunity)' },
      { key: 'picklistOptions', label: 'Options' },
      { key: 'placeholder', label: 'Placeholder' },
    ],
  },
  {
    key: 'get_company',
    noun: 'Company',
    label: 'Get Company',
    help: "Triggers when your agency's company profile changes (name, contact details, domain, plan, status…), with the full record. Needs an agency connection.",
    method: 'GET',
    path: '/companies/{companyId}',
    version: V,
    scopes: ['companies.readonly'],
    agencyOnly: true,
    // No update time on the company: a content hash makes any change fire.
    record: { key: 'company' },
    sample: {
      id: 'seD4PfOuKoVMLkEZqohJ-1a2b3c4d5e6f7a8b',
      recordId: 'seD4PfOuKoVMLkEZqohJ',
      name: 'Deo Marketing',
      email: 'john@deo.com',
      phone: '+12025550107',
      website: 'https://deo.com',
      domain: 'https://app.deo.com',
      address: '3500 Deer Creek Road',
      city: 'Palo Alto',
      state: 'CA',
      postalCode: '94304',
      country: 'US',
      timezone: 'US/Central',
      plan: 1,
      status: 'active',
      locationCount: 12,
      isReselling: true,
    },
    outputFields: changeOutputs([
      { key: 'name', label: 'Name' },
      { key: 'email', label: 'Email' },
      { key: 'phone', label: 'Phone' },
      { key: 'website', label: 'Website' },
      { key: 'domain', label: 'White-label Domain' },
      { key: 'plan', label: 'Plan' },
      { key: 'status', label: 'Status' },
      { key: 'locationCount', label: 'Number of Sub-accounts' },
    ], 'Company'),
  },

  // ---- associations and relations
  {
    key: 'associations',
    noun: 'Association',
    label: 'Find Associations',
    help: 'Triggers when an association type (a link definition such as contact ↔ custom object) is added to the sub-account; lists system and user-defined ones. Also feeds the Association dropdowns.',
    method: 'GET',
    path: '/associations/',
    version: V,
    scopes: ['associations.readonly'],
    location: 'query',
    paging: paging.skip(100),
    // The spec documents a single association object; GHL answers with a list ({associations: [...]}), read either way.
    list: {},
    after: withAssociationLabels,
    sample: ASSOCIATION_SAMPLE,
    outputFields: ASSOCIATION_OUTPUTS,
  },
  {
    key: 'get_association',
    noun: 'Association',
    label: 'Get Association',
    help: 'Triggers when the chosen association changes (its labels), with its full definition.',
    method: 'GET',
    path: '/associations/{associationId}',
    version: V,
    scopes: ['associations.readonly'],
    fields: [associationField()],
    record: { changedBy: 'updatedAt' },
    after: withAssociationLabels,
    sample: { ...ASSOCIATION_SAMPLE, id: `${ASSOCIATION_SAMPLE.id}-1a2b3c4d5e6f7a8b`, recordId: ASSOCIATION_SAMPLE.id },
    outputFields: changeOutputs(ASSOCIATION_OUTPUTS, 'Association'),
  },
  {
    key: 'get_association_by_key',
    noun: 'Association',
    label: 'Get Association Key',
    help: 'Triggers when the association with the chosen key (e.g. student_teacher, or a system key) changes, with its full definition. Use it to turn an association key into its id.',
    method: 'GET',
    path: '/associations/key/{key_name}',
    version: V,
    scopes: ['associations.readonly'],
    location: 'query',
    fields: [
      {
        key: 'key_name',
        label: 'Association Key',
        type: 'string',
        required: true,
        dynamic: 'associations.key.label',
        helpText: 'The association\'s unique key, e.g. student_teacher.',
      },
    ],
    record: { changedBy: 'updatedAt' },
    after: withAssociationLabels,
    sample: { ...ASSOCIATION_SAMPLE, id: `${ASSOCIATION_SAMPLE.id}-1a2b3c4d5e6f7a8b`, recordId: ASSOCIATION_SAMPLE.id },
    outputFields: changeOutputs(ASSOCIATION_OUTPUTS, 'Association'),
  },
  {
    key: 'associations_by_object_key',
    noun: 'Association',
    label: 'Get Association by Keys',
    help: 'Triggers when an association involving the chosen object (contact, opportunity, business or a custom object) is added or changes, one item per association.',
    method: 'GET',
    path: '/associations/objectKey/{objectKey}',
    version: V,
    scopes: ['associations.readonly'],
    // The spec marks locationId optional; GHL scopes the lookup to the sub-account, so it is always sent.
    location: 'query',
    fields: [objectKeyField('objectKey', 'Object Key')],
    list: {},
    after: (_items, _bundle, _z, data) => associationChangeItems(data),
    sample: { ...ASSOCIATION_SAMPLE, id: `${ASSOCIATION_SAMPLE.id}-1a2b3c4d5e6f7a8b`, recordId: ASSOCIATION_SAMPLE.id },
    outputFields: changeOutputs(ASSOCIATION_OUTPUTS, 'Association'),
  },
  {
    key: 'record_relations',
    noun: 'Relation',
    label: 'Get Relations by Record',
    help: 'Triggers when the chosen record (contact, opportunity or custom object record) is linked to another record. Optionally only for some associations. Also feeds the Relation dropdown of Delete Relation.',
    method: 'GET',
    path: '/associations/relations/{recordId}',
    version: V,
    scopes: ['associations/relation.readonly'],
    location: 'query',
    fields: [
      F.id('recordId', 'Record ID', { helpText: 'The id of a contact, opportunity or custom object record.' }),
      associationField({ key: 'associationIds', label: 'Only These Associations', required: false, list: true, helpText: 'Leave empty for every association.' }),
    ],
    paging: paging.skip(100),
    // The spec documents a single association object; GHL answers with a list ({relations: [...]}), read either way.
    list: {},
    after: (items) =>
      items.map((r: any) => ({ ...r, label: `${r.associationId ?? 'relation'}: ${r.firstRecordId ?? '?'} ↔ ${r.secondRecordId ?? '?'}` })),
    sample: RELATION_SAMPLE,
    outputFields: [
      { key: 'id', label: 'Relation ID' },
      { key: 'associationId', label: 'Association ID' },
      { key: 'firstRecordId', label: 'First Record ID' },
      { key: 'secondRecordId', label: 'Second Record ID' },
    ],
  },
  {
    key: 'association_object_key_choices',
    noun: 'Object',
    label: 'Association Object Key Choices',
    help: 'Lists the object keys used by the sub-account\'s associations for the Object Key dropdowns.',
    hidden: true,
    method: 'GET',
    path: '/associations/',
    version: V,
    scopes: ['associations.readonly'],
    location: 'query',
    paging: paging.skip(100),
    list: { newest: false },
    after: (items) => {
      const keys = [...new Set(['contact', ...items.flatMap((a: any) => [a.firstObjectKey, a.secondObjectKey])].filter((k) => typeof k === 'string' && k))];
      return keys.map((k) => ({ id: k, label: k }));
    },
    sample: { id: 'custom_objects.teachers', label: 'custom_objects.teachers' },
  },

  // ---- blogs
  {
    key: 'check_blog_post_slug',
    noun: 'URL Slug',
    label: 'Check Blog URL Slug',
    help: 'Triggers when the chosen blog URL slug becomes taken or free again (output: exists / available). Create and Update Blog Post run the same check themselves.',
    method: 'GET',
    path: '/blogs/posts/url-slug-exists',
    version: V,
    scopes: ['blogs/check-slug.readonly'],
    location: 'query',
    fields: [
      F.text('urlSlug', 'URL Slug', { required: true, helpText: 'The slug to check, e.g. banana-good-energy.' }),
      F.text('postId', 'Ignore Post ID', { required: false, helpText: 'A post whose own slug does not count (when renaming that post).' }),
    ],
    before: (req) => {
      if (!req.query.urlSlug) throw new InputError('Check Blog URL Slug needs "URL Slug".');
    },
    record: {},
    // One item per slug and state: it fires again when the slug flips between taken and available.
    after: (_items, bundle, _z, data) => {
      const urlSlug = String(bundle.inputData.urlSlug).trim();
      const exists = data?.exists === true;
      return [{ id: `${urlSlug}-${exists ? 'taken' : 'available'}`, urlSlug, exists, available: !exists }];
    },
    sample: { id: 'banana-good-energy-available', urlSlug: 'banana-good-energy', exists: false, available: true },
    outputFields: [
      { key: 'urlSlug', label: 'URL Slug' },
      { key: 'exists', label: 'Already Used', type: 'boolean' },
      { key: 'available', label: 'Available', type: 'boolean' },
    ],
  },
  {
    key: 'blog_authors',
    noun: 'Blog Author',
    label: 'Get Blog Authors',
    help: 'Triggers when a blog author is added to the sub-account. Also feeds the Author dropdown of blog posts.',
    method: 'GET',
    path: '/blogs/authors',
    version: V,
    scopes: ['blogs/author.readonly'],
    location: 'query',
    paging: paging.offset(100),
    list: { key: 'authors', id: '_id', newest: false },
    sample: {
      id: '66a7c4b3e0b5c1a2b3c4d5e7',
      _id: '66a7c4b3e0b5c1a2b3c4d5e7',
      name: 'Jane Writer',
      locationId: 've9EPM428h8vShlRW1KT',
      canonicalLink: 'https://blog.deodental.com/author/jane-writer',
      updatedAt: '2026-03-01T10:00:00.000Z',
    },
    outputFields: [
      { key: 'id', label: 'Author ID' },
      { key: 'name', label: 'Name' },
      { key: 'canonicalLink', label: 'Author Page' },
    ],
  },
  {
    key: 'blog_categories',
    noun: 'Blog Category',
    label: 'Get Blog Categories',
    help: 'Triggers when a blog category is added to the sub-account. Also feeds the Categories dropdown of blog posts.',
    method: 'GET',
    path: '/blogs/categories',
    version: V,
    scopes: ['blogs/category.readonly'],
    location: 'query',
    paging: paging.offset(100),
    list: { key: 'categories', id: '_id', newest: false },
    sample: {
      id: '66a7c4b3e0b5c1a2b3c4d5e8',
      _id: '66a7c4b3e0b5c1a2b3c4d5e8',
      label: 'Guides',
      urlSlug: 'guides',
      locationId: 've9EPM428h8vShlRW1KT',
      canonicalLink: 'https://blog.deodental.com/category/guides',
      updatedAt: '2026-03-01T10:00:00.000Z',
    },
    outputFields: [
      { key: 'id', label: 'Category ID' },
      { key: 'label', label: 'Name' },
      { key: 'urlSlug', label: 'URL Slug' },
    ],
  },
  {
    key: 'blog_posts',
    noun: 'Blog Post',
    label: 'Get Blog Posts',
    help: 'Triggers when a post is added to the chosen blog, newest first; optionally only posts with a status or matching a search. Also feeds the Post dropdown of Update Blog Post.',
    method: 'GET',
    path: '/blogs/posts/all',
    version: V,
    scopes: ['blogs/posts.readonly'],
    location: 'query',
    fields: [
      F.blog(),
      F.choice('status', 'Status', { PUBLISHED: 'Published', SCHEDULED: 'Scheduled', DRAFT: 'Draft', ARCHIVED: 'Archived' }, { required: false }),
      F.text('searchTerm', 'Search', { required: false, helpText: 'Only posts whose title matches.' }),
    ],
    paging: paging.offset(100),
    list: { key: 'blogs', id: '_id', newest: 'publishedAt' },
    sample: BLOG_POST_SAMPLE,
    outputFields: BLOG_POST_OUTPUTS,
  },
  {
    key: 'blogs',
    noun: 'Blog',
    label: 'Get Blogs by Location',
    help: 'Triggers when a blog is added to the sub-account. Also feeds the Blog dropdown.',
    method: 'GET',
    path: '/blogs/site/all',
    version: V,
    scopes: ['blogs/list.readonly'],
    location: 'query',
    fields: [F.text('searchTerm', 'Search Term', { required: false, helpText: 'Only blogs whose name matches.' })],
    paging: paging.skip(100),
    list: { key: 'data', id: '_id', newest: false },
    sample: { id: '66a7c4b3e0b5c1a2b3c4d5e6', _id: '66a7c4b3e0b5c1a2b3c4d5e6', name: 'Company News' },
    outputFields: [
      { key: 'id', label: 'Blog ID' },
      { key: 'name', label: 'Name' },
    ],
  },
]);
