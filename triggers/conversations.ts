import { F } from '../lib/fields';
import { changeOutputs, ShapeError, timeOf, changeSample } from '../lib/items';
import { triggers, type Field, type TriggerDecl, trigger, type GhlRecord } from '../lib/op';
import { paging } from '../lib/paging';
import { cursorPages, pollPerform } from '../lib/polling';
import { subAccountInputOf } from '../lib/agency';
import { bodySnippet, channelName } from '../lib/readable';
import {
  CONVERSATIONS_VERSION as V,
  conversationFile,
  downloadCallFile,
  fileMeta,
  READ_MESSAGES,
  type FileKind,
} from '../areas/conversationFiles';
import { CONVERSATION_OUTPUTS, withConversationTimes } from '../areas/conversations';

const READ = ['conversations.readonly'];

// ---- fields other conversation operations share (candidates for lib/fields.ts)

/** A message of the chosen conversation (pick the conversation first), or a mapped Message ID. */
const messageField = (key: string): Field => ({
  key,
  label: 'Message',
  type: 'string',
  required: true,
  dynamic: 'message_choices.id.label',
  helpText: 'Pick the conversation first, or map an ID.',
});

/** Only there to narrow the Message dropdown; never sent. */
const messagePickerConversation = F.conversation({
  required: false,
  in: 'none',
  helpText: 'Narrows the message list below.',
});

const commaList = (v: unknown) => (Array.isArray(v) ? v.join(',') : v);

/** Activity entries GHL lists among a conversation's messages (both enums below end with them). */
const ACTIVITY_TYPES = [
  'TYPE_ACTIVITY_APPOINTMENT',
  'TYPE_ACTIVITY_CONTACT',
  'TYPE_ACTIVITY_INVOICE',
  'TYPE_ACTIVITY_PAYMENT',
  'TYPE_ACTIVITY_OPPORTUNITY',
  'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
  'TYPE_ACTIVITY_WHATSAPP',
];

/** The conversation-search filters the Search Conversations trigger offers: the spec's whole lastMessageType enum. */
const LAST_MESSAGE_TYPES = [
  'TYPE_CALL',
  'TYPE_SMS',
  'TYPE_RCS',
  'TYPE_EMAIL',
  'TYPE_SMS_REVIEW_REQUEST',
  'TYPE_WEBCHAT',
  'TYPE_SMS_NO_SHOW_REQUEST',
  'TYPE_CAMPAIGN_SMS',
  'TYPE_CAMPAIGN_CALL',
  'TYPE_CAMPAIGN_EMAIL',
  'TYPE_CAMPAIGN_VOICEMAIL',
  'TYPE_FACEBOOK',
  'TYPE_CAMPAIGN_FACEBOOK',
  'TYPE_CAMPAIGN_MANUAL_CALL',
  'TYPE_CAMPAIGN_MANUAL_SMS',
  'TYPE_GMB',
  'TYPE_CAMPAIGN_GMB',
  'TYPE_REVIEW',
  'TYPE_INSTAGRAM',
  'TYPE_WHATSAPP',
  'TYPE_CUSTOM_SMS',
  'TYPE_CUSTOM_EMAIL',
  'TYPE_CUSTOM_PROVIDER_SMS',
  'TYPE_CUSTOM_PROVIDER_EMAIL',
  'TYPE_IVR_CALL',
  'TYPE_LIVE_CHAT',
  'TYPE_FACEBOOK_COMMENT',
  'TYPE_INSTAGRAM_COMMENT',
  'TYPE_CUSTOM_CALL',
  'TYPE_INTERNAL_COMMENT',
  'TYPE_TIKTOK',
  'TYPE_TIKTOK_COMMENT',
  'TYPE_FORM_SUBMISSION',
  'TYPE_SMS_REACTION',
  'TYPE_LIVE_CHAT_INFO_MESSAGE',
  ...ACTIVITY_TYPES,
];
const MESSAGE_TYPES = [
  'TYPE_CALL',
  'TYPE_SMS',
  'TYPE_RCS',
  'TYPE_EMAIL',
  'TYPE_FACEBOOK',
  'TYPE_GMB',
  'TYPE_INSTAGRAM',
  'TYPE_WHATSAPP',
  'TYPE_LIVE_CHAT',
  'TYPE_INTERNAL_COMMENTS',
  'TYPE_TIKTOK',
  'TYPE_FORM_SUBMISSION',
  ...ACTIVITY_TYPES,
];
/** Each code by the name the trigger's output gives it (Channel / Last Message Channel: lib/readable.ts). */
const typeChoices = (types: string[]) => Object.fromEntries(types.map((t) => [t, channelName(t) ?? t]));

const searchFilters: Field[] = [
  F.contact({ required: false }),
  F.users('assignedTo', 'Assigned To', { to: commaList, helpText: 'Type "unassigned" for nobody.' }),
  F.users('followers', 'Followed By', { to: commaList }),
  F.text('query', 'Search', {
    required: false,
    helpText: 'Name, email, phone or message text.',
  }),
  F.choice(
    'status',
    'Status',
    { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recents' },
    { required: false },
  ),
  F.choice('lastMessageType', 'Last Message Channel', typeChoices(LAST_MESSAGE_TYPES), { required: false }),
  F.choice(
    'lastMessageDirection',
    'Last Message Direction',
    { inbound: 'Inbound (from the contact)', outbound: 'Outbound (to the contact)' },
    { required: false },
  ),
  F.choice(
    'lastMessageAction',
    'Last Outbound Message Sent',
    { manual: 'Manually', automated: 'By automation' },
    { required: false },
  ),
  F.millis('startDate', 'Created After', { required: false }),
  F.millis('endDate', 'Created Before', {
    required: false,
  }),
];

/** Newest activity first; GHL's startAfterDate cursor is the sort value of this order. */
const SEARCH_SORT = { sort: 'desc', sortBy: 'last_message_date' };

const CONVERSATION_SAMPLE = {
  id: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  fullName: 'Rosan Deo',
  email: 'rosan@deos.com',
  phone: '+14155550100',
  lastMessageBody: 'Is the annual plan still discounted?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  unreadCount: 1,
  assignedTo: 'YlWd2wuCAZQzh2cH1fVZ',
  starred: false,
  tags: ['new lead'],
  dateAddedIso: '2026-03-01T10:15:30.000Z',
  lastMessageDateIso: '2026-03-02T09:30:00.000Z',
};

const MESSAGE_SAMPLE = {
  id: 't22c6DQcTDf3MjRhwf77',
  messageType: 'TYPE_SMS',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  dateAdded: '2026-03-02T09:30:00.000Z',
  body: 'Is the annual plan still discounted?',
  direction: 'inbound',
  status: 'delivered',
  attachments: [],
};

const MESSAGE_OUTPUTS = [
  { key: 'id', label: 'Message ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'messageType', label: 'Channel Code' },
  { key: 'direction', label: 'Direction' },
  { key: 'status', label: 'Status' },
  { key: 'body', label: 'Message Text' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'dateAdded', label: 'Sent At', type: 'datetime' },
];

const EMAIL_SAMPLE = {
  id: 't22c6DQcTDf3MjRhwf77',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  dateAdded: '2026-03-02T09:30:00.000Z',
  subject: 'Your annual plan quote',
  body: '<p>Hi Rosan, here is the quote you asked for.</p>',
  direction: 'outbound',
  status: 'opened',
  attachments: ['https://storage.example.com/quote.pdf'],
  from: 'Jane Agent <jane@agency.com>',
  to: ['rosan@deos.com'],
};

/** New Conversation's pages: the startAfterDate cursor of the Conversation dropdown. */
const SEARCH_PAGES = cursorPages(paging.startAfterDate(100), 'conversations');
/**
 * The cursor is one time (the last conversation's), and a page starts strictly after it: conversations sharing that
 * millisecond but not on the page would be skipped. A poll starts 1 ms later instead (newest first: at that time),
 * re-reading the ones already read (dropped by id); more than a page sharing one millisecond stops the poll as a
 * repeated page.
 */
const tieInclusive = (cursor: unknown) => (typeof cursor === 'number' ? cursor + 1 : cursor);

/** Conversation-by-id and search answers, with ISO copies of GHL's epoch-millisecond times. */
const isoTimes = (items: GhlRecord[]) => items.map(withConversationTimes);

/**
 * GET /conversations/{id}/messages: the spec puts `{lastMessageId, nextPage, messages: []}` at the top level; live GHL
 * nests it under `messages`. Both become the top-level form, which the list shape and the lastMessageId paging read.
 */
const flattenMessagePage = (data: GhlRecord) =>
  data?.messages && !Array.isArray(data.messages) && typeof data.messages === 'object' ? { ...data.messages } : data;

/**
 * GET …/transcription: the spec documents one sentence object; GHL has been seen answering a list of them. Both
 * become `{messageId, sentences (in order), text (one line per sentence)}`.
 */
const transcriptOf = (data: GhlRecord, messageId: string) => {
  // undefined: GHL answered 404 (no transcription yet). An empty list is the same "not yet".
  if (data === undefined) return undefined;
  const list: GhlRecord[] | undefined = Array.isArray(data)
    ? data
    : Array.isArray(data?.transcriptions)
      ? data.transcriptions
      : Array.isArray(data?.sentences)
        ? data.sentences
        : data && typeof data === 'object' && data.transcript !== undefined
          ? [data]
          : undefined;
  // Any other object is not a transcription: an error naming the operation, never "nothing fired" (issue 11).
  if (!list) throw new ShapeError('had no transcription sentences');
  if (!list.length) return undefined;
  const sentences = [...list]
    .filter((s) => s && typeof s === 'object')
    .sort((a, b) => Number(a?.sentenceIndex ?? 0) - Number(b?.sentenceIndex ?? 0));
  return {
    messageId,
    text: sentences
      .map((s) => String(s?.transcript ?? '').trim())
      .filter(Boolean)
      .join('\n'),
    sentenceCount: sentences.length,
    sentences,
  };
};

/** A file trigger: fires once per message when its file is available (404: not yet, nothing fires). */
const fileTrigger =
  (kind: FileKind): TriggerDecl['perform'] =>
  async (z, bundle, req) => {
    const ids = { messageId: req.pathParams.messageId, locationId: req.pathParams.locationId };
    // The transcript text is small and useful on its own; the audio is only fetched when a later step uses the file.
    const resp = await downloadCallFile(z, kind, ids, true, kind === 'transcription');
    if (!resp) return [];
    const meta = fileMeta(resp, kind, ids.messageId);
    const text = resp.bodyText;
    if (kind === 'recording') resp.body?.destroy?.();
    return [
      {
        id: ids.messageId,
        messageId: ids.messageId,
        locationId: ids.locationId,
        ...meta,
        ...(text !== undefined ? { text, size: meta.size ?? Buffer.byteLength(text) } : {}),
        file: z.dehydrateFile(conversationFile, { kind, ...ids, ...subAccountInputOf(bundle) }),
      },
    ];
  };

/**
 * A file as the Zap editor shows it at run time: the link Zapier puts in place of z.dehydrateFile's pointer (its form
 * per zapier-platform's own tests, https://zapier.com/engine/hydrate/1/abcd/), not the `hydrate|||…` pointer itself.
 */
const FILE_SAMPLE = 'https://zapier.com/engine/hydrate/1/abcd/';

const FILE_OUTPUTS = [
  { key: 'file', label: 'File', type: 'file' },
  { key: 'filename', label: 'File Name' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'size', label: 'Size (bytes)', type: 'integer' },
  { key: 'messageId', label: 'Message ID' },
  // A recording or transcription file has no id of its own: `id` is the call's message id.
  { key: 'id', label: 'Message ID' },
];

// ---- hidden dropdown sources

const conversationChoices = trigger({
  key: 'conversation_choices',
  noun: 'Conversation',
  label: 'Conversation Choices',
  help: 'Lists the conversations of the sub-account with the latest activity first, for the Conversation dropdown.',
  hidden: true,
  method: 'GET',
  path: '/conversations/search',
  version: V,
  scopes: READ,
  location: 'query',
  defaults: { query: SEARCH_SORT },
  paging: paging.startAfterDate(100),
  list: { key: 'conversations', newest: false },
  after: (items) =>
    items.map((c: GhlRecord) => {
      const who = c.fullName || c.contactName || c.email || c.phone || c.contactId || c.id;
      const last = c.lastMessageBody ? String(c.lastMessageBody).replace(/\s+/g, ' ').slice(0, 50) : '';
      return { ...c, label: last ? `${who}: ${last}` : who };
    }),
  sample: {
    id: 'tDtDnQdgm2LXpyiqYvZ6',
    fullName: 'Rosan Deo',
    lastMessageBody: 'Is the annual plan still discounted?',
    label: 'Rosan Deo: Is the annual plan still discounted?',
  },
});

const messageChoices = trigger({
  key: 'message_choices',
  noun: 'Message',
  label: 'Message Choices',
  help: 'Lists the latest messages of the chosen conversation for the Message dropdown.',
  hidden: true,
  method: 'GET',
  path: '/conversations/{conversationId}/messages',
  version: V,
  scopes: READ_MESSAGES,
  fields: [F.conversation()],
  perform: async (_z, _b, req, send) => flattenMessagePage(await send(req)),
  paging: paging.lastMessageId(100),
  list: { key: 'messages', newest: false },
  after: (items) =>
    items.map((m: GhlRecord) => {
      const body = bodySnippet(m.body);
      return {
        ...m,
        label: [channelName(String(m.messageType ?? 'Message')), m.direction, m.dateAdded, body && `– ${body}`]
          .filter(Boolean)
          .join(' '),
      };
    }),
  sample: {
    id: 't22c6DQcTDf3MjRhwf77',
    messageType: 'TYPE_SMS',
    direction: 'inbound',
    label: 'SMS inbound 2026-03-02T09:30:00.000Z – Is the annual plan still discounted?',
  },
});

/**
 * The Email dropdown of Email Status Changed: the email messages of the chosen conversation. GET
 * /conversations/messages/email/{id} takes the email's own id, which a conversation message carries in
 * meta.email.messageIds (the latest last), not the message id.
 */
const emailChoices = trigger({
  ...messageChoices,
  key: 'email_choices',
  noun: 'Email',
  label: 'Email Choices',
  help: 'Lists the latest emails of the chosen conversation for the Email dropdown.',
  // Only emails are asked for (the spec's `type` filter): a page of 100 texts would otherwise show nothing and end the
  // dropdown's "load more" while older emails exist. Still filtered here, should GHL ignore it.
  defaults: { query: { type: 'TYPE_EMAIL' } },
  after: (items) =>
    items
      .filter(
        (m: GhlRecord) =>
          m.messageType === 'TYPE_EMAIL' && Array.isArray(m.meta?.email?.messageIds) && m.meta.email.messageIds.length,
      )
      .map((m: GhlRecord) => {
        const ids: string[] = m.meta.email.messageIds;
        const subject = m.meta?.email?.subject ?? bodySnippet(m.body);
        return {
          ...m,
          id: String(ids[ids.length - 1]),
          messageId: m.id,
          label: [m.direction, m.dateAdded, subject && `– ${subject}`].filter(Boolean).join(' '),
        };
      }),
  sample: {
    id: 'CLg7xd1bVrPn5Hm0TqYz',
    messageId: 't22c6DQcTDf3MjRhwf77',
    messageType: 'TYPE_EMAIL',
    direction: 'outbound',
    label: 'outbound 2026-03-02T09:30:00.000Z – Your quote',
  },
});

export default triggers([
  trigger({
    key: 'search_conversations',
    noun: 'Conversation',
    label: 'New Conversation',
    apiLabel: 'Search Conversations',
    help: 'Triggers when a conversation matching your filters starts.',
    method: 'GET',
    path: '/conversations/search',
    version: V,
    scopes: READ,
    location: 'query',
    fields: searchFilters,
    defaults: { query: SEARCH_SORT },
    // Conversations created in the window (`startDate`, GHL's dateAdded filter, no earlier than the user's): latest
    // message first, paged until a page reaches a message before the window (a new conversation's last message is
    // never older than it). An old conversation with a new message is not new, even if GHL ignores `startDate`.
    perform: pollPerform({
      listKey: 'conversations',
      time: (c: GhlRecord) => timeOf(c.lastMessageDate),
      born: (c: GhlRecord) => timeOf(c.dateAdded),
      order: 'desc',
      paging: { ...SEARCH_PAGES, next: (data) => tieInclusive(SEARCH_PAGES.next!(data)) },
      window: (req, since) => {
        req.query.startDate = Math.max(Number(req.query.startDate) || 0, since);
      },
    }),
    list: { key: 'conversations', newest: 'lastMessageDate' },
    after: isoTimes,
    sample: CONVERSATION_SAMPLE,
    outputFields: CONVERSATION_OUTPUTS,
  }),
  trigger({
    key: 'get_conversation',
    noun: 'Conversation',
    label: 'Conversation Updated',
    apiLabel: 'Get Conversation',
    help: 'Triggers when the chosen conversation changes, e.g. a new message.',
    method: 'GET',
    path: '/conversations/{conversationId}',
    version: V,
    scopes: READ,
    fields: [F.conversation()],
    // The record carries no reliable update time: a content hash makes any change fire again.
    record: {},
    after: isoTimes,
    sample: changeSample(CONVERSATION_SAMPLE, '5c1b2a3d4e5f6a7b'),
    outputFields: changeOutputs(CONVERSATION_OUTPUTS, 'Conversation'),
  }),
  trigger({
    key: 'get_email_message',
    noun: 'Email',
    label: 'Email Status Changed',
    apiLabel: 'Get Email by ID',
    help: "Triggers when the chosen email's status changes, e.g. to opened.",
    method: 'GET',
    path: '/conversations/messages/email/{id}',
    version: V,
    specWorkarounds: [
      {
        rule: 'version',
        why: 'The v2 spec declares no Version header for Get Email by ID; every other conversations.json operation requires 2021-04-15, which GHL accepts here too.',
      },
    ],
    // The v2 spec declares no security; the v3 document names this scope.
    scopes: READ_MESSAGES,
    fields: [
      messagePickerConversation,
      {
        key: 'id',
        label: 'Email',
        type: 'string',
        required: true,
        dynamic: 'email_choices.id.label',
        helpText: 'Pick the conversation first, or map an ID.',
      },
    ],
    record: {},
    sample: changeSample(EMAIL_SAMPLE, '0a1b2c3d4e5f6a7b'),
    outputFields: changeOutputs(
      [
        { key: 'conversationId', label: 'Conversation ID' },
        { key: 'contactId', label: 'Contact ID' },
        { key: 'subject', label: 'Subject' },
        { key: 'body', label: 'Body' },
        { key: 'from', label: 'From' },
        { key: 'to', label: 'To' },
        { key: 'status', label: 'Status' },
        { key: 'direction', label: 'Direction' },
        { key: 'dateAdded', label: 'Sent At', type: 'datetime' },
      ],
      'Email Message',
    ),
  }),
  trigger({
    key: 'get_message',
    noun: 'Message',
    label: 'Message Status Changed',
    apiLabel: 'Get Message by ID',
    help: 'Triggers when the chosen message changes, e.g. its delivery status.',
    method: 'GET',
    path: '/conversations/messages/{id}',
    version: V,
    scopes: READ_MESSAGES,
    fields: [messagePickerConversation, messageField('id')],
    record: {},
    sample: changeSample(MESSAGE_SAMPLE, '9a8b7c6d5e4f3a2b'),
    outputFields: changeOutputs(MESSAGE_OUTPUTS, 'Message'),
  }),
  trigger({
    key: 'conversation_messages',
    noun: 'Message',
    label: 'New Message in Conversation',
    apiLabel: 'Get Messages by Conversation',
    help: 'Triggers when a message is added to the chosen conversation.',
    method: 'GET',
    path: '/conversations/{conversationId}/messages',
    version: V,
    scopes: READ_MESSAGES,
    fields: [
      F.conversation(),
      F.choice('type', 'Channels', typeChoices(MESSAGE_TYPES), {
        required: false,
        list: true,
        to: commaList,
        helpText: 'Empty: all.',
      }),
    ],
    perform: async (_z, _b, req, send) => flattenMessagePage(await send(req)),
    paging: paging.lastMessageId(100),
    list: { key: 'messages', newest: 'dateAdded' },
    sample: MESSAGE_SAMPLE,
    outputFields: MESSAGE_OUTPUTS,
  }),
  trigger({
    key: 'get_message_recording',
    noun: 'Recording',
    label: 'Call Recording Available',
    apiLabel: 'Get Message Recording',
    help: "Triggers when the chosen call's recording is available.",
    method: 'GET',
    path: '/conversations/messages/{messageId}/locations/{locationId}/recording',
    version: V,
    scopes: READ_MESSAGES,
    fields: [messagePickerConversation, messageField('messageId')],
    perform: fileTrigger('recording'),
    list: { newest: false },
    sample: {
      id: 't22c6DQcTDf3MjRhwf77',
      messageId: 't22c6DQcTDf3MjRhwf77',
      filename: 'audio.wav',
      contentType: 'audio/x-wav',
      size: 482044,
      file: FILE_SAMPLE,
    },
    outputFields: FILE_OUTPUTS,
  }),
  trigger({
    key: 'get_message_transcription',
    noun: 'Transcription',
    label: 'Call Transcription Available',
    apiLabel: 'Get Message Transcription',
    help: "Triggers when the chosen call's transcription is available or changes.",
    method: 'GET',
    path: '/conversations/locations/{locationId}/messages/{messageId}/transcription',
    version: V,
    scopes: READ_MESSAGES,
    fields: [messagePickerConversation, messageField('messageId')],
    // 404 = no transcription yet: nothing fires until GHL has one.
    perform: async (_z, _b, req, send) => transcriptOf(await send(req, { allow404: true }), req.pathParams.messageId),
    record: { id: 'messageId' },
    sample: {
      id: 't22c6DQcTDf3MjRhwf77-3f2e1d0c9b8a7f6e',
      recordId: 't22c6DQcTDf3MjRhwf77',
      messageId: 't22c6DQcTDf3MjRhwf77',
      text: 'Hi, I would like to book a cleaning.\nSure, mornings work best for you?',
      sentenceCount: 2,
      sentences: [
        {
          mediaChannel: 1,
          sentenceIndex: 0,
          startTime: 0,
          endTime: 2400,
          transcript: 'Hi, I would like to book a cleaning.',
          confidence: 0.94,
        },
      ],
    },
    outputFields: changeOutputs(
      [
        { key: 'text', label: 'Transcript Text' },
        { key: 'sentenceCount', label: 'Sentence Count', type: 'integer' },
        { key: 'messageId', label: 'Message ID' },
      ],
      'Message',
    ),
  }),
  trigger({
    key: 'download_message_transcription',
    noun: 'Transcription',
    label: 'Call Transcription File Available',
    apiLabel: 'Download Transcription',
    help: "Triggers when the chosen call's transcription is available as a file.",
    method: 'GET',
    path: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
    version: V,
    scopes: READ_MESSAGES,
    fields: [messagePickerConversation, messageField('messageId')],
    perform: fileTrigger('transcription'),
    list: { newest: false },
    sample: {
      id: 't22c6DQcTDf3MjRhwf77',
      messageId: 't22c6DQcTDf3MjRhwf77',
      filename: 'transcription.txt',
      contentType: 'text/plain',
      size: 70,
      text: 'Hi, I would like to book a cleaning.\nSure, mornings work best for you?',
      file: FILE_SAMPLE,
    },
    outputFields: [...FILE_OUTPUTS, { key: 'text', label: 'Transcript Text' }],
  }),
  conversationChoices,
  messageChoices,
  emailChoices,
]);
