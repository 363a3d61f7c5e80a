import { contentHash } from '../../lib/values';
import type { OpFixture } from '../support/harness';
import { windowStart } from '../../lib/polling';
import { lazy } from './window';

/** A conversation as GHL's search answers it (epoch-millisecond times, `sort` = the cursor value). */
const conv = (id: string, lastMessageDate: number, extra: Record<string, unknown> = {}) => ({
  id,
  contactId: 'c1',
  locationId: 'loc123',
  fullName: 'Rosan Deo',
  email: 'rosan@deos.com',
  type: 'TYPE_PHONE',
  lastMessageBody: `last of ${id}`,
  lastMessageType: 'TYPE_SMS',
  unreadCount: 1,
  dateAdded: 1772323200000,
  lastMessageDate,
  sort: [lastMessageDate],
  ...extra,
});

const msg = (id: string, dateAdded: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: 'loc123',
  contactId: 'c1',
  conversationId: 'cv1',
  dateAdded,
  body: `text of ${id}`,
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  ...extra,
});

/** Conversation by id, as GET /conversations/{conversationId} answers it (top-level object). */
const record = {
  id: 'cv1',
  contactId: 'c1',
  locationId: 'loc123',
  deleted: false,
  inbox: true,
  type: 1,
  unreadCount: 0,
  starred: false,
  dateUpdated: 1772443800000,
};
const recordUnread = { ...record, unreadCount: 2 };

const email = {
  id: 'e1',
  threadId: 't1',
  locationId: 'loc123',
  contactId: 'c1',
  conversationId: 'cv1',
  dateAdded: '2026-03-02T09:30:00.000Z',
  subject: 'Your quote',
  body: '<p>Hi</p>',
  direction: 'outbound',
  status: 'opened',
  contentType: 'text/html',
  from: 'jane@agency.com',
  to: ['rosan@deos.com'],
};

/** The hydration pointer z.dehydrateFile puts in a file field (plain JSON in tests: no signing secret is set). */
const pointer = (file: string) =>
  JSON.parse(
    String(file)
      .replace(/^hydrate\|\|\|/, '')
      .replace(/\|\|\|hydrate$/, ''),
  );

const SENTENCES = [
  {
    mediaChannel: 2,
    sentenceIndex: 1,
    startTime: 2400,
    endTime: 5100,
    transcript: 'Sure, mornings work best for you?',
    confidence: 0.91,
  },
  {
    mediaChannel: 1,
    sentenceIndex: 0,
    startTime: 0,
    endTime: 2400,
    transcript: 'Hi, I would like to book a cleaning.',
    confidence: 0.94,
  },
];

/** A full page of conversations created in the last hour, latest message first. */
const NOW = Date.now();
const FULL_PAGE = Array.from({ length: 100 }, (_, i) =>
  conv(`f${i}`, NOW - (i + 1) * 10_000, { dateAdded: NOW - 3_600_000 }),
);
/** The query of the full-page fixture: a Created After later than the window start is kept. */
const QUERY = {
  sort: 'desc',
  sortBy: 'last_message_date',
  status: 'unread',
  lastMessageType: 'TYPE_EMAIL',
  startDate: String(Date.parse('2099-01-01T00:00:00Z')),
  locationId: 'loc123',
  limit: '100',
};

export const fixtures: OpFixture[] = [
  // ---- New Conversation
  {
    key: 'search_conversations',
    name: 'filters, created in the window (startDate), latest activity first, ISO times; an old one with a new message is not new',
    input: {
      contactId: 'c1',
      assignedTo: ['u1', 'u2'],
      status: 'unread',
      lastMessageDirection: 'inbound',
      startDate: '2026-03-01T00:00:00Z',
    },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: lazy(
          {
            sort: 'desc',
            sortBy: 'last_message_date',
            contactId: 'c1',
            assignedTo: 'u1,u2',
            status: 'unread',
            lastMessageDirection: 'inbound',
            locationId: 'loc123',
            limit: '100',
          },
          // The user's Created After is older than the window: the window's start is asked for.
          'startDate',
          () => String(windowStart()),
        ),
        response: {
          conversations: [
            conv('new', Date.now() - 60_000, { dateAdded: Date.now() - 120_000 }),
            // GHL ignoring startDate: created long ago, its new message makes it no new conversation.
            conv('revived', Date.now() - 90_000),
          ],
          total: 2,
        },
      },
    ],
    check: (r) => {
      expect(r.map((c: any) => c.id)).toEqual(['new']);
      expect(r[0].lastMessageDateIso).toBe(new Date(r[0].lastMessageDate).toISOString());
    },
  },
  {
    key: 'search_conversations',
    name: 'a full page: the next one starts at its last time (startAfterDate + 1 ms), keeps the filters, until the window start',
    input: { status: 'unread', lastMessageType: 'TYPE_EMAIL', startDate: '2099-01-01T00:00:00Z' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: QUERY,
        response: { conversations: FULL_PAGE, total: 102 },
      },
      {
        method: 'GET',
        path: '/conversations/search',
        query: { ...QUERY, startAfterDate: String(FULL_PAGE[99].lastMessageDate + 1) },
        response: {
          conversations: [
            // Read again (dropped by id), and one sharing its millisecond that a start after it would skip.
            FULL_PAGE[99],
            conv('tie', FULL_PAGE[99].lastMessageDate, { dateAdded: FULL_PAGE[99].dateAdded }),
            conv('last', FULL_PAGE[99].lastMessageDate - 1000, { dateAdded: FULL_PAGE[99].dateAdded }),
            conv('before', 1772300000000),
          ],
          total: 102,
        },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(102);
      expect(r.slice(-3).map((c: any) => c.id)).toEqual(['f99', 'tie', 'last']);
    },
  },
  {
    key: 'search_conversations',
    name: 'a date GHL cannot read is refused before any request',
    input: { startDate: 'next blue moon' },
    requests: [],
    error: /"Created After" must be a date-time/,
  },

  // ---- Conversation Updated (fires when the record changes)
  {
    key: 'get_conversation',
    name: 'fires with id + content hash and ISO times',
    input: { conversationId: 'cv1' },
    requests: [{ method: 'GET', path: '/conversations/cv1', response: record }],
    // type 1 is a phone conversation (spec: GetConversationByIdResponse.type); lib/readable adds the name.
    expect: [
      {
        ...record,
        dateUpdatedIso: '2026-03-02T09:30:00.000Z',
        id: `cv1-${contentHash(record)}`,
        recordId: 'cv1',
        conversationChannel: 'Phone',
      },
    ],
  },
  {
    key: 'get_conversation',
    name: 'a change (new unread messages) gives a new dedupe id',
    input: { conversationId: 'cv1' },
    requests: [{ method: 'GET', path: '/conversations/cv1', response: recordUnread }],
    check: (r) => {
      expect(r).toHaveLength(1);
      expect(r[0].id).toBe(`cv1-${contentHash(recordUnread)}`);
      expect(r[0].id).not.toBe(`cv1-${contentHash(record)}`);
      expect(r[0].recordId).toBe('cv1');
    },
  },
  {
    key: 'get_conversation',
    name: '404 names the conversation',
    input: { conversationId: 'gone' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/gone',
        status: 404,
        response: { statusCode: 404, message: 'Conversation not found' },
      },
    ],
    error: /Conversation Updated: GHL found no record for Conversation "gone".*Conversation not found/,
  },

  // ---- Email Status Changed
  {
    key: 'get_email_message',
    name: 'fires with id + content hash (Version 2021-04-15, undeclared in the spec)',
    input: { id: 'e1' },
    requests: [{ method: 'GET', path: '/conversations/messages/email/e1', version: '2021-04-15', response: email }],
    expect: [{ ...email, id: `e1-${contentHash(email)}`, recordId: 'e1', directionName: 'Outbound' }],
  },
  {
    key: 'get_email_message',
    name: 'a status change (sent → opened) gives a new dedupe id',
    input: { id: 'e1' },
    requests: [
      { method: 'GET', path: '/conversations/messages/email/e1', response: { ...email, status: 'delivered' } },
    ],
    check: (r) => {
      expect(r[0].id).toBe(`e1-${contentHash({ ...email, status: 'delivered' })}`);
      expect(r[0].id).not.toBe(`e1-${contentHash(email)}`);
    },
  },
  {
    key: 'get_email_message',
    name: 'missing id is refused before any request',
    input: {},
    requests: [],
    error: /Email Status Changed needs "Email"/,
  },

  // ---- Message Status Changed
  {
    key: 'get_message',
    name: 'the conversation only narrows the picker and is not sent',
    input: { conversationId: 'cv1', id: 'm1' },
    requests: [{ method: 'GET', path: '/conversations/messages/m1', response: msg('m1', '2026-03-02T09:30:00.000Z') }],
    expect: [
      {
        ...msg('m1', '2026-03-02T09:30:00.000Z'),
        id: `m1-${contentHash(msg('m1', '2026-03-02T09:30:00.000Z'))}`,
        recordId: 'm1',
        channel: 'SMS',
        directionName: 'Inbound',
      },
    ],
  },
  {
    key: 'get_message',
    name: 'a delivery-status change gives a new dedupe id',
    input: { id: 'm1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/m1',
        response: msg('m1', '2026-03-02T09:30:00.000Z', { status: 'read' }),
      },
    ],
    check: (r) => {
      expect(r[0].status).toBe('read');
      expect(r[0].id).not.toBe(`m1-${contentHash(msg('m1', '2026-03-02T09:30:00.000Z'))}`);
    },
  },

  // ---- New Message in Conversation
  {
    key: 'conversation_messages',
    name: "GHL's nested page: newest first, channels comma-separated, lastMessageId cursor",
    input: { conversationId: 'cv1', type: ['TYPE_SMS', 'TYPE_EMAIL'] },
    requests: [
      {
        method: 'GET',
        path: '/conversations/cv1/messages',
        query: { type: 'TYPE_SMS,TYPE_EMAIL', limit: '100' },
        response: {
          messages: {
            lastMessageId: 'm1',
            nextPage: true,
            messages: [
              msg('m2', '2026-03-02T09:30:00.000Z'),
              msg('m3', '2026-03-02T10:00:00.000Z', { messageType: 'TYPE_EMAIL' }),
              msg('m1', '2026-03-01T08:00:00.000Z'),
            ],
          },
        },
      },
    ],
    check: (r) => {
      expect(r.map((m: any) => m.id)).toEqual(['m3', 'm2', 'm1']);
      expect(r[0].messageType).toBe('TYPE_EMAIL');
    },
    expectCursor: 'm1',
  },
  {
    key: 'conversation_messages',
    name: "page 2 sends lastMessageId and keeps the channel filter; the spec's flat page shape works too",
    input: { conversationId: 'cv1', type: 'TYPE_SMS' },
    meta: { page: 1 },
    cursor: JSON.stringify('m1'),
    requests: [
      {
        method: 'GET',
        path: '/conversations/cv1/messages',
        query: { type: 'TYPE_SMS', limit: '100', lastMessageId: 'm1' },
        response: { lastMessageId: 'm0', nextPage: false, messages: [msg('m0', '2026-02-28T08:00:00.000Z')] },
      },
    ],
    check: (r) => expect(r.map((m: any) => m.id)).toEqual(['m0']),
  },
  {
    key: 'conversation_messages',
    name: 'no conversation: one sentence, no request',
    input: {},
    requests: [],
    error: /New Message in Conversation needs "Conversation"/,
  },

  // ---- Call Recording Available (file)
  {
    key: 'get_message_recording',
    name: 'fires once per message with a file pointer the hydrator downloads later',
    input: { messageId: 'm1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/m1/locations/loc123/recording',
        response: 'RIFF-wav-bytes',
        headers: {
          'content-type': 'audio/x-wav',
          'content-disposition': 'attachment; filename=audio.wav',
          'content-length': '16',
        },
      },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      const { file, ...rest } = r[0];
      expect(rest).toEqual({
        id: 'm1',
        messageId: 'm1',
        locationId: 'loc123',
        filename: 'audio.wav',
        contentType: 'audio/x-wav',
        size: 16,
      });
      expect(pointer(file)).toEqual({
        type: 'file',
        method: 'hydrators.conversationFile',
        bundle: { kind: 'recording', messageId: 'm1', locationId: 'loc123' },
      });
    },
  },
  {
    key: 'get_message_recording',
    name: 'no recording yet (404): nothing fires',
    input: { messageId: 'm2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/m2/locations/loc123/recording',
        status: 404,
        response: { statusCode: 404, message: 'Recording not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'get_message_recording',
    name: 'no recording yet, in the status the spec documents (400 "… not found"): nothing fires',
    input: { messageId: 'm2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/m2/locations/loc123/recording',
        status: 400,
        response: { statusCode: 400, message: 'Recording not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'get_message_recording',
    name: 'any other 400 is an error, not "no recording yet"',
    input: { messageId: 'm2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/m2/locations/loc123/recording',
        status: 400,
        response: { statusCode: 400, message: 'messageId must be a mongodb id' },
      },
    ],
    error: /^Call Recording Available was rejected by GHL \(HTTP 400\)\. GHL says: messageId must be a mongodb id\./,
  },
  {
    key: 'get_message_recording',
    name: "a refused download is one sentence with GHL's reason",
    input: { messageId: 'm3' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/messages/m3/locations/loc123/recording',
        status: 403,
        response: { statusCode: 403, message: 'The token does not have access to this location' },
      },
    ],
    error: /Call Recording Available was refused \(403\).*GHL says: The token does not have access to this location\./,
  },
  {
    key: 'get_message_recording',
    name: 'an agency connection without a chosen sub-account is told to choose one',
    input: { messageId: 'm1' },
    auth: { userType: 'Company', locationId: '' },
    requests: [],
    error:
      /Call Recording Available works in one sub-account, and this is an agency connection: choose the sub-account in the step's "Sub-Account" field/,
  },

  // ---- Call Transcription Available
  {
    key: 'get_message_transcription',
    name: 'a list of sentences: ordered, joined into text, id changes with the content',
    input: { messageId: 'm1' },
    requests: [
      { method: 'GET', path: '/conversations/locations/loc123/messages/m1/transcription', response: SENTENCES },
    ],
    check: (r) => {
      expect(r).toHaveLength(1);
      const expected = {
        messageId: 'm1',
        text: 'Hi, I would like to book a cleaning.\nSure, mornings work best for you?',
        sentenceCount: 2,
        sentences: [SENTENCES[1], SENTENCES[0]],
      };
      expect(r[0]).toEqual({ ...expected, id: `m1-${contentHash(expected)}`, recordId: 'm1' });
    },
  },
  {
    key: 'get_message_transcription',
    name: "the spec's single sentence object",
    input: { messageId: 'm1' },
    requests: [
      { method: 'GET', path: '/conversations/locations/loc123/messages/m1/transcription', response: SENTENCES[1] },
    ],
    check: (r) => {
      expect(r[0].text).toBe('Hi, I would like to book a cleaning.');
      expect(r[0].sentenceCount).toBe(1);
      expect(r[0].recordId).toBe('m1');
    },
  },
  {
    key: 'get_message_transcription',
    name: 'no transcription yet (404): nothing fires',
    input: { messageId: 'm2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/locations/loc123/messages/m2/transcription',
        status: 404,
        response: { statusCode: 404, message: 'Transcription not found' },
      },
    ],
    expect: [],
  },

  // ---- Call Transcription File Available (file)
  {
    key: 'download_message_transcription',
    name: 'fires with the text and a file pointer',
    input: { messageId: 'm1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/locations/loc123/messages/m1/transcription/download',
        // The harness sends JSON text; the exact plain-text body is covered in test/conversations-files.test.ts.
        response: 'Hi, I would like to book a cleaning.',
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          'content-disposition': 'attachment; filename="transcription.txt"',
        },
      },
    ],
    check: (r) => {
      const { file, text, size, ...rest } = r[0];
      expect(rest).toEqual({
        id: 'm1',
        messageId: 'm1',
        locationId: 'loc123',
        filename: 'transcription.txt',
        contentType: 'text/plain',
      });
      expect(text).toContain('Hi, I would like to book a cleaning.');
      expect(size).toBe(Buffer.byteLength(text));
      expect(pointer(file)).toEqual({
        type: 'file',
        method: 'hydrators.conversationFile',
        bundle: { kind: 'transcription', messageId: 'm1', locationId: 'loc123' },
      });
    },
  },
  {
    key: 'download_message_transcription',
    name: 'no transcription yet (404): nothing fires',
    input: { messageId: 'm2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/locations/loc123/messages/m2/transcription/download',
        status: 404,
        response: { statusCode: 404, message: 'Not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'download_message_transcription',
    name: 'no transcription yet, in the status the spec documents (400 "… not found"): nothing fires',
    input: { messageId: 'm2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/locations/loc123/messages/m2/transcription/download',
        status: 400,
        response: { statusCode: 400, message: 'Transcription not found' },
      },
    ],
    expect: [],
  },

  // ---- Update Message Status
  {
    key: 'update_message_status',
    name: 'failed with the provider error',
    input: {
      messageId: 'm1',
      status: 'failed',
      errorCode: '30003',
      errorType: 'saas',
      errorMessage: 'Unreachable handset',
    },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/messages/m1/status',
        body: { status: 'failed', error: { code: '30003', type: 'saas', message: 'Unreachable handset' } },
        response: { conversationId: 'cv1', messageId: 'm1', status: 'failed' },
      },
    ],
    expect: { messageId: 'm1', conversationId: 'cv1', status: 'failed' },
  },
  {
    key: 'update_message_status',
    name: 'delivered for an email with its recipients',
    input: { messageId: 'm1', status: 'delivered', emailMessageId: 'e1', recipients: 'a@x.com, b@x.com' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/messages/m1/status',
        body: { status: 'delivered', emailMessageId: 'e1', recipients: ['a@x.com', 'b@x.com'] },
        response: { conversationId: 'cv1', messageId: 'm1', emailMessageId: 'e1', status: 'delivered' },
      },
    ],
    expect: { messageId: 'm1', conversationId: 'cv1', emailMessageId: 'e1', status: 'delivered' },
  },
  {
    key: 'update_message_status',
    name: 'a partial provider error is refused before any request',
    input: { messageId: 'm1', status: 'failed', errorMessage: 'Unreachable' },
    requests: [],
    error: /needs all of "Error Code", "Error Type" and "Error Message"/,
  },
  {
    key: 'update_message_status',
    name: "GHL's rejection of a status is a sentence",
    input: { messageId: 'm1', status: 'read' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/messages/m1/status',
        body: { status: 'read' },
        status: 400,
        response: { statusCode: 400, message: 'Message is not from a custom conversation provider' },
      },
    ],
    error:
      /Update Message Status was rejected by GHL \(HTTP 400\)\. GHL says: Message is not from a custom conversation provider\./,
  },

  // ---- Live Chat Agent Typing Indicator
  {
    key: 'live_chat_agent_typing',
    name: 'isTyping is sent as text, as the spec types it',
    input: { conversationId: 'cv1', visitorId: 'v1', isTyping: true },
    requests: [
      {
        method: 'POST',
        path: '/conversations/providers/live-chat/typing',
        body: { conversationId: 'cv1', visitorId: 'v1', isTyping: 'true', locationId: 'loc123' },
        status: 201,
        response: { success: true },
      },
    ],
    expect: { success: true },
  },
  {
    key: 'live_chat_agent_typing',
    name: 'hiding the indicator',
    input: { conversationId: 'cv1', visitorId: 'v1', isTyping: 'no' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/providers/live-chat/typing',
        body: { conversationId: 'cv1', visitorId: 'v1', isTyping: 'false', locationId: 'loc123' },
        response: { success: true },
      },
    ],
    expect: { success: true },
  },
  {
    key: 'live_chat_agent_typing',
    name: 'no visitor: one sentence, no request',
    input: { conversationId: 'cv1', isTyping: true },
    requests: [],
    error: /Live Chat Agent Typing Indicator needs "Visitor ID"/,
  },

  // ---- Find Conversation
  {
    key: 'find_conversation',
    name: 'by id',
    input: { conversationId: 'cv1', contactId: 'ignored' },
    requests: [{ method: 'GET', path: '/conversations/cv1', response: record }],
    expect: [{ ...record, dateUpdatedIso: '2026-03-02T09:30:00.000Z', conversationChannel: 'Phone' }],
  },
  {
    key: 'find_conversation',
    name: 'by id, unknown: no result',
    input: { conversationId: 'gone' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/gone',
        status: 404,
        response: { statusCode: 404, message: 'Conversation not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_conversation',
    name: "by contact: the contact's conversations, latest activity first",
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { sort: 'desc', sortBy: 'last_message_date', contactId: 'c1', locationId: 'loc123' },
        response: { conversations: [conv('a', 1772360130000), conv('b', 1772443800000)], total: 2 },
      },
    ],
    check: (r) => {
      expect(r.map((c: any) => c.id)).toEqual(['b', 'a']);
      expect(r[0].lastMessageDateIso).toBe('2026-03-02T09:30:00.000Z');
    },
  },
  {
    key: 'find_conversation',
    name: "only the contact's conversations, should GHL ignore the contact filter",
    input: { contactId: 'c1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { sort: 'desc', sortBy: 'last_message_date', contactId: 'c1', locationId: 'loc123' },
        response: {
          conversations: [conv('theirs', 1772443800000, { contactId: 'c9' }), conv('mine', 1772360130000)],
          total: 2,
        },
      },
    ],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual(['mine']),
  },
  {
    key: 'find_conversation',
    name: 'by contact, none: no result',
    input: { contactId: 'c2' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { sort: 'desc', sortBy: 'last_message_date', contactId: 'c2', locationId: 'loc123' },
        response: { conversations: [], total: 0 },
      },
    ],
    expect: [],
  },
  {
    key: 'find_conversation',
    name: 'a padded id is trimmed',
    input: { conversationId: ' cv1 ' },
    requests: [{ method: 'GET', path: '/conversations/cv1', response: record }],
    check: (r) => expect(r.map((c: any) => c.id)).toEqual([record.id]),
  },
  {
    key: 'find_conversation',
    name: 'an object mapped into Conversation ID is refused by its label (never GET /conversations/[object Object])',
    input: { conversationId: { id: 'cv1' }, contactId: 'c1' },
    requests: [],
    error: /^"Conversation ID" takes one value, not an object: /,
  },
  {
    key: 'find_conversation',
    name: 'neither id nor contact',
    input: {},
    requests: [],
    error: /Find Conversation needs a Conversation ID or a Contact/,
  },

  // ---- hidden dropdown sources
  {
    key: 'conversation_choices',
    name: 'latest activity first, labelled by contact and last message',
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { sort: 'desc', sortBy: 'last_message_date', locationId: 'loc123', limit: '100' },
        response: {
          conversations: [
            conv('new', 1772443800000),
            conv('old', 1772360130000, {
              fullName: '',
              contactName: '',
              email: '',
              phone: '+1555',
              lastMessageBody: 'x\n  y',
            }),
          ],
          total: 2,
        },
      },
    ],
    check: (r) =>
      expect(r.map((c: any) => [c.id, c.label])).toEqual([
        ['new', 'Rosan Deo: last of new'],
        ['old', '+1555: x y'],
      ]),
    expectCursor: 1772360130000,
  },
  {
    key: 'message_choices',
    name: 'messages of the chosen conversation, labelled',
    input: { conversationId: 'cv1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/cv1/messages',
        query: { limit: '100' },
        response: {
          messages: {
            lastMessageId: 'm1',
            nextPage: false,
            messages: [msg('m1', '2026-03-02T09:30:00.000Z', { body: '<p>Hello <b>there</b></p>' })],
          },
        },
      },
    ],
    check: (r) =>
      expect(r.map((m: any) => [m.id, m.label])).toEqual([
        ['m1', 'SMS inbound 2026-03-02T09:30:00.000Z – Hello there'],
      ]),
  },
  {
    key: 'email_choices',
    name: "only the conversation's emails (asked for by type: a page of texts would end the list), each by its email id",
    input: { conversationId: 'cv1' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/cv1/messages',
        query: { type: 'TYPE_EMAIL', limit: '100' },
        response: {
          messages: {
            lastMessageId: 'm2',
            nextPage: false,
            messages: [
              msg('m2', '2026-03-02T10:00:00.000Z'),
              msg('m1', '2026-03-02T09:30:00.000Z', {
                messageType: 'TYPE_EMAIL',
                direction: 'outbound',
                meta: { email: { messageIds: ['e0', 'e1'], subject: 'Your quote' } },
              }),
            ],
          },
        },
      },
    ],
    check: (r) =>
      expect(r.map((m: any) => [m.id, m.messageId, m.label])).toEqual([
        ['e1', 'm1', 'outbound 2026-03-02T09:30:00.000Z – Your quote'],
      ]),
  },
  {
    key: 'message_choices',
    name: 'no conversation chosen yet',
    input: {},
    requests: [],
    error: /Message Choices needs "Conversation"/,
  },
];
