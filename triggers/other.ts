import { F } from '../lib/fields';
import { paging } from '../lib/paging';
import { triggers } from '../lib/op';

export default triggers([
  {
    key: 'blogs',
    noun: 'Blog',
    label: 'Get Blogs by Location',
    help: 'Triggers when a blog is added to the sub-account. Also feeds the Blog dropdown.',
    method: 'GET',
    path: '/blogs/site/all',
    version: '2021-07-28',
    scopes: ['blogs/list.readonly'],
    location: 'query',
    fields: [F.text('searchTerm', 'Search Term', { required: false })],
    paging: paging.skip(100),
    list: { key: 'data', id: '_id', newest: false },
    sample: { id: '66a7c4b3e0b5c1a2b3c4d5e6', _id: '66a7c4b3e0b5c1a2b3c4d5e6', name: 'Company News' },
  },
  {
    key: 'blog_authors',
    noun: 'Blog Author',
    label: 'Get Blog Authors',
    help: 'Triggers when a blog author is added. Also feeds the Author dropdown of blog posts.',
    method: 'GET',
    path: '/blogs/authors',
    version: '2021-07-28',
    scopes: ['blogs/author.readonly'],
    location: 'query',
    paging: paging.offset(100),
    list: { key: 'authors', id: '_id', newest: false },
    sample: { id: '66a7c4b3e0b5c1a2b3c4d5e7', _id: '66a7c4b3e0b5c1a2b3c4d5e7', name: 'Jane Writer', locationId: 've9EPM428h8vShlRW1KT', updatedAt: '2026-03-01T10:00:00.000Z' },
  },
  {
    key: 'blog_categories',
    noun: 'Blog Category',
    label: 'Get Blog Categories',
    help: 'Triggers when a blog category is added. Also feeds the Categories dropdown of blog posts.',
    method: 'GET',
    path: '/blogs/categories',
    version: '2021-07-28',
    scopes: ['blogs/category.readonly'],
    location: 'query',
    paging: paging.offset(100),
    list: { key: 'categories', id: '_id', newest: false },
    sample: { id: '66a7c4b3e0b5c1a2b3c4d5e8', _id: '66a7c4b3e0b5c1a2b3c4d5e8', label: 'Guides', urlSlug: 'guides', locationId: 've9EPM428h8vShlRW1KT' },
  },
]);
