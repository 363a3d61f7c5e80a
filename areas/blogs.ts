/** Blogs, their posts, authors and categories. */

export const BLOG_POST_SAMPLE = {
  id: '66c381b38be80858b9af62b6',
  title: 'Banana is good source of energy',
  description: 'Why bananas keep you going.',
  imageUrl: 'https://storage.googleapis.com/ghl-test/fACm0Ojm5oC70G3DcFmE/media/66b5aa3b1745b2713a8d033f.jpeg',
  status: 'PUBLISHED',
  urlSlug: 'banana-good-energy',
  canonicalLink: 'https://blog.deodental.com/post/banana-good-energy',
  author: '659ec9634a3796e4e47cc360',
  categories: ['659ecabc4a37969a2b7cc370'],
  tags: ['health', 'food'],
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
