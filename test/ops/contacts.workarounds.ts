import type { Workaround } from '../support/spec';

export const workarounds: Workaround[] = [
  {
    op: 'POST /contacts/search',
    rule: 'body',
    why: 'SearchBodyV2DTO declares no properties; GHL documents the body (locationId, pageLimit, query, filters, sort, searchAfter) only outside the spec.',
  },
  {
    op: 'POST /contacts/',
    rule: 'body-type',
    field: 'dateOfBirth',
    why: 'dateOfBirth is typed object in the spec but GHL takes a date string (YYYY-MM-DD).',
  },
  {
    op: 'PUT /contacts/{contactId}',
    rule: 'body-type',
    field: 'dateOfBirth',
    why: 'dateOfBirth is typed object in the spec but GHL takes a date string (YYYY-MM-DD).',
  },
  {
    op: 'POST /contacts/upsert',
    rule: 'body-type',
    field: 'dateOfBirth',
    why: 'dateOfBirth is typed object in the spec but GHL takes a date string (YYYY-MM-DD).',
  },
];
