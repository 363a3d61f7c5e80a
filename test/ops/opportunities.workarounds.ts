import type { Workaround } from '../support/spec';

export const workarounds: Workaround[] = [
  {
    op: 'POST /opportunities/upsert',
    rule: 'body-type',
    field: 'monetaryValue',
    why: 'monetaryValue is typed object in the spec (example 220); GHL takes a number, as create and update declare.',
  },
  {
    op: 'POST /opportunities/upsert',
    rule: 'body',
    field: 'contactId',
    why: "UpsertOpportunityDto omits contactId (its `followers` property carries contactId's description and example); GHL matches the opportunity to update by contact + pipeline, so Upsert Opportunity sends it.",
  },
  // POST /opportunities/search (advanced): GHL documents the body outside the spec (ClickUp doc linked from the spec;
  // GoHighLevel/highlevel-api-docs#256: "due to complexity of the filters" they are not in the OpenAPI file; #74 shows
  // `sort: [{field: 'date_added', direction: 'desc'}]` and `filters: [{field: 'pipeline_id', operator: 'eq', …}]`).
  {
    op: 'POST /opportunities/search',
    rule: 'body',
    field: 'filters',
    why: 'OpportunitySearchBodyDTO omits `filters`; GHL documents them outside the spec (highlevel-api-docs#256, #74).',
  },
  {
    op: 'POST /opportunities/search',
    rule: 'body',
    field: 'sort',
    why: 'OpportunitySearchBodyDTO omits `sort`; GHL documents [{field, direction}] outside the spec (highlevel-api-docs#74).',
  },
  {
    op: 'POST /opportunities/search',
    rule: 'body-required',
    field: 'page',
    why: "Marked required, but GHL's search docs make page optional and say not to send it with searchAfter (cursor paging).",
  },
  {
    op: 'POST /opportunities/search',
    rule: 'body-required',
    field: 'searchAfter',
    why: "Marked required, but GHL's search docs make searchAfter optional: the first page has no cursor.",
  },
];
