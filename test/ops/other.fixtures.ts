import type { OpFixture } from '../support/harness';

export const fixtures: OpFixture[] = [
  {
    key: 'blogs',
    input: { searchTerm: 'news' },
    requests: [
      { method: 'GET', path: '/blogs/site/all', query: { searchTerm: 'news', locationId: 'loc123', limit: '100', skip: '0' }, response: { data: [{ _id: 'bl1', name: 'News' }] } },
    ],
    expect: [{ _id: 'bl1', id: 'bl1', name: 'News' }],
  },
  {
    key: 'blog_authors',
    meta: { page: 1 },
    requests: [{ method: 'GET', path: '/blogs/authors', query: { locationId: 'loc123', limit: '100', offset: '100' }, response: { authors: [{ _id: 'a1', name: 'Jane' }] } }],
    expect: [{ _id: 'a1', id: 'a1', name: 'Jane' }],
  },
  {
    key: 'blog_categories',
    requests: [{ method: 'GET', path: '/blogs/categories', query: { locationId: 'loc123', limit: '100', offset: '0' }, response: { categories: [{ _id: 'k1', label: 'Guides' }] } }],
    expect: [{ _id: 'k1', id: 'k1', label: 'Guides' }],
  },
];
