import type { OpFixture } from '../support/harness';
import { ago, beforeWindow } from './window';

/** A message as GET /conversations/messages/export lists it. */
const msg = (
  id: string,
  direction: 'inbound' | 'outbound',
  dateAdded: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: 'loc123',
  contactId: 'c1',
  conversationId: 'cv1',
  dateAdded,
  body: `text of ${id}`,
  direction,
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [],
  source: 'app',
  ...extra,
});

const EXPORT = { sortBy: 'createdAt', sortOrder: 'desc', locationId: 'loc123', limit: '500' };
const T1 = ago(40);
const T2 = ago(20);
const T3 = ago(5);

export const fixtures: OpFixture[] = [
  {
    key: 'new_inbound_message',
    name: 'every channel: the export plus its email list; one item per inbound message, newest first',
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: EXPORT,
        response: {
          messages: [msg('m3', 'inbound', T3), msg('m2', 'outbound', T2), msg('m1', 'inbound', T1)],
          nextCursor: null,
          total: 3,
        },
      },
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: { ...EXPORT, channel: 'Email' },
        response: {
          messages: [msg('e1', 'inbound', T2, { messageType: 'TYPE_EMAIL', type: 3 })],
          nextCursor: null,
          total: 1,
        },
      },
    ],
    check: (r) => {
      // Two SMS in one conversation between polls fire twice; the reply in between does not hide the first.
      expect(r.map((m: any) => m.id)).toEqual(['m3', 'e1', 'm1']);
      expect(r[0]).toMatchObject({
        messageId: 'm3',
        conversationId: 'cv1',
        contactId: 'c1',
        body: 'text of m3',
        messageType: 'TYPE_SMS',
      });
    },
  },
  {
    key: 'new_inbound_message',
    name: "the editor's sample run, every channel: the first page of the export and of its email list, older ones too",
    meta: { isLoadingSample: true },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: EXPORT,
        response: { messages: [msg('m2', 'outbound', beforeWindow())], nextCursor: 'cur-2', total: 9 },
      },
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: { ...EXPORT, channel: 'Email' },
        response: {
          messages: [msg('e1', 'inbound', beforeWindow(), { messageType: 'TYPE_EMAIL', type: 3 })],
          nextCursor: 'cur-e2',
          total: 4,
        },
      },
    ],
    check: (r) => expect(r.map((m: any) => m.id)).toEqual(['e1']),
  },
  {
    key: 'new_inbound_message',
    name: 'one channel and contact; a full page inside the window is followed by its nextCursor, stopping at the window start',
    input: { channel: 'SMS', contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: { ...EXPORT, channel: 'SMS', contactId: 'c1' },
        response: { messages: [msg('m3', 'inbound', T3), msg('m2', 'inbound', T2)], nextCursor: 'cur-2', total: 5 },
      },
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: { ...EXPORT, channel: 'SMS', contactId: 'c1', cursor: 'cur-2' },
        // The page reaches back past the window start: nothing older can be new, so cur-3 is not followed.
        response: {
          messages: [msg('m1', 'inbound', T1), msg('m0', 'inbound', beforeWindow())],
          nextCursor: 'cur-3',
          total: 5,
        },
      },
    ],
    check: (r) => expect(r.map((m: any) => m.id)).toEqual(['m3', 'm2', 'm1']),
  },
  {
    key: 'new_outbound_message',
    name: 'sent messages only (workflows included); activity entries and internal comments are not messages',
    input: { channel: 'Email' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: { ...EXPORT, channel: 'Email' },
        response: {
          messages: [
            msg('a1', 'outbound', T3, { messageType: 'TYPE_ACTIVITY_OPPORTUNITY' }),
            msg('o2', 'outbound', T2, { messageType: 'TYPE_EMAIL', source: 'workflow' }),
            msg('i1', 'inbound', T2, { messageType: 'TYPE_EMAIL' }),
            msg('n1', 'outbound', T1, { messageType: 'TYPE_INTERNAL_COMMENT' }),
          ],
          nextCursor: null,
          total: 4,
        },
      },
    ],
    check: (r) => {
      expect(r.map((m: any) => m.id)).toEqual(['o2']);
      expect(r[0]).toMatchObject({ messageId: 'o2', direction: 'outbound', source: 'workflow' });
    },
  },
  {
    key: 'new_outbound_message',
    name: 'missing scope: the message names conversations/message.readonly',
    input: { channel: 'SMS' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/export',
        query: { ...EXPORT, channel: 'SMS' },
        status: 401,
        response: { statusCode: 401, message: 'The token is not authorized for this scope.' },
      },
    ],
    error: /conversations\/message\.readonly/,
  },
];
