import { F } from '../lib/fields';
import { triggers, type Req, type TriggerDecl, trigger, type GhlRecord } from '../lib/op';
import { timeOf } from '../lib/items';
import { pollPerform } from '../lib/polling';

/**
 * New Inbound / New Outbound Message: one item per message from GET /conversations/messages/export, the location-wide
 * message list (spec: conversations.json, "Export messages by location ID"): `sortBy=createdAt`, `sortOrder=desc`
 * (both documented, desc the default), up to 500 a page, `nextCursor` until null. One item per message, so two SMS
 * between polls fire twice and a reply never hides the message it answers (what a conversation list could not do).
 */

/** The export's `channel` filter values (spec enum). */
const CHANNELS: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  Call: 'Phone call',
  Instagram: 'Instagram',
  Facebook: 'Facebook Messenger',
};

const MESSAGE_SAMPLE = {
  id: 'hXq3mB8kTz2RwP5yLc7N',
  messageId: 'hXq3mB8kTz2RwP5yLc7N',
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  dateAdded: '2026-03-02T09:30:00.000Z',
  body: 'Is the annual plan still discounted?',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [],
  source: 'app',
};

const OUTPUTS = [
  { key: 'messageId', label: 'Message ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'messageType', label: 'Channel Code' },
  { key: 'direction', label: 'Direction' },
  { key: 'status', label: 'Status' },
  { key: 'body', label: 'Message Text' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'source', label: 'Sent By (app, workflow, campaign, api, bulk_actions)' },
  { key: 'userId', label: 'User ID' },
  { key: 'dateAdded', label: 'Sent At', type: 'datetime' },
];

/**
 * Without `channel` the export lists every type *except email* (spec description of `channel`), so "every channel"
 * takes two requests a poll: the default list and `channel=Email`.
 */
const everyChannel = (req: Req): Req[] =>
  req.query.channel ? [req] : [req, { ...req, query: { ...req.query, channel: 'Email' } }];

/**
 * Activity entries (opportunity updates, appointments… the export mixes them in) and internal comments are not
 * messages anybody sent or received.
 */
const isMessage = (m: GhlRecord) => !/^TYPE_(ACTIVITY_|INTERNAL_COMMENT)/.test(String(m.messageType ?? ''));

/** One declaration for both directions. */
const messageTrigger = (direction: 'inbound' | 'outbound'): TriggerDecl =>
  trigger({
    key: `new_${direction}_message`,
    noun: 'Message',
    label: direction === 'inbound' ? 'New Inbound Message' : 'New Outbound Message',
    help:
      direction === 'inbound'
        ? 'Triggers when a contact sends a message, on any channel.'
        : 'Triggers when a message is sent to a contact (user, workflow or API).',
    method: 'GET',
    path: '/conversations/messages/export',
    version: '2021-04-15',
    scopes: ['conversations/message.readonly'],
    location: 'query',
    fields: [
      F.choice('channel', 'Channel', CHANNELS, {
        required: false,
        helpText: 'Empty: every channel.',
      }),
      F.contact({ required: false }),
    ],
    defaults: { query: { sortBy: 'createdAt', sortOrder: 'desc' } },
    perform: pollPerform({
      listKey: 'messages',
      time: (m: GhlRecord) => timeOf(m.dateAdded),
      order: 'desc',
      paging: {
        size: 500,
        apply: (req, at) => Object.assign(req.query, { limit: 500, ...(at.cursor ? { cursor: at.cursor } : {}) }),
        next: (data) => data?.nextCursor ?? null,
      },
      variants: everyChannel,
    }),
    list: { key: 'messages', newest: 'dateAdded' },
    after: (items) =>
      items
        .filter((m: GhlRecord) => m.direction === direction && isMessage(m))
        .map((m: GhlRecord) => ({ ...m, messageId: m.id })),
    sample: {
      ...MESSAGE_SAMPLE,
      direction,
      ...(direction === 'outbound' ? { status: 'sent', source: 'workflow' } : {}),
    },
    outputFields: OUTPUTS,
  });

export default triggers([messageTrigger('inbound'), messageTrigger('outbound')]);
