import type { Workaround } from '../support/spec';

// POST /conversations/messages subType (typed object, sent as a string) is already listed in conversations.workarounds.ts.
export const workarounds: Workaround[] = [
  {
    op: 'POST /conversations/messages/inbound',
    rule: 'body-required',
    field: 'conversationProviderId',
    why: 'The spec marks conversationProviderId required, but GHL only needs it for custom conversation providers (type Custom); SMS, Email and the built-in channels use the sub-account default provider (GoHighLevel/highlevel-api-docs PR #24, issue #70). Add Inbound Message requires it for type Custom only.',
  },
  {
    op: 'POST /conversations/messages/inbound',
    rule: 'body-type',
    field: 'direction',
    why: 'direction is typed object in the spec (default "outbound"); GHL takes the string "inbound" / "outbound". Add Inbound Message always sends "inbound".',
  },
];
