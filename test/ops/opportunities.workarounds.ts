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
];
