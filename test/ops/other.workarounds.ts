import type { Workaround } from '../support/spec';

export const workarounds: Workaround[] = [
  {
    op: 'POST /associations/',
    rule: 'body-type',
    field: 'firstObjectLabel',
    why: 'Association labels are typed object in the spec; GHL takes strings.',
  },
  {
    op: 'POST /associations/',
    rule: 'body-type',
    field: 'secondObjectLabel',
    why: 'Association labels are typed object in the spec; GHL takes strings.',
  },
  {
    op: 'PUT /associations/{associationId}',
    rule: 'body-type',
    field: 'firstObjectLabel',
    why: 'Association labels are typed object in the spec; GHL takes strings.',
  },
  {
    op: 'PUT /associations/{associationId}',
    rule: 'body-type',
    field: 'secondObjectLabel',
    why: 'Association labels are typed object in the spec; GHL takes strings.',
  },
];
