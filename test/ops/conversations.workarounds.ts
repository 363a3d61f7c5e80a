import type { Workaround } from '../support/spec';

export const workarounds: Workaround[] = [
  {
    op: 'GET /conversations/messages/email/{id}',
    rule: 'version',
    value: '2021-04-15',
    why: 'The v2 spec declares no Version header for Get Email by ID; every other conversations.json operation requires 2021-04-15, which GHL accepts here too.',
  },
  {
    op: 'POST /conversations/messages',
    rule: 'body-type',
    field: 'subType',
    why: 'subType is typed object in the spec; GHL takes a string.',
  },
];
