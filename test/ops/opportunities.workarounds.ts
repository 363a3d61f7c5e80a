import type { Workaround } from '../support/spec';

export const workarounds: Workaround[] = [
  {
    op: 'POST /opportunities/upsert',
    rule: 'body-type',
    field: 'monetaryValue',
    why: 'monetaryValue is typed object in the spec (example 220); GHL takes a number.',
  },
  {
    op: 'POST /opportunities/upsert',
    rule: 'body-required',
    field: 'followers',
    why: 'The spec marks followers / isRemoveAllFollowers / followersActionType required on upsert; they only matter when changing followers. We send followers: [] with isRemoveAllFollowers false and followersActionType "add", a no-op.',
  },
];
