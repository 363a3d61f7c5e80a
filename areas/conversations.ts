import { withIsoTimes } from '../lib/items';
import type { GhlRecord } from '../lib/op';

/**
 * Conversations: GHL answers a conversation's times in epoch milliseconds (`lastMessageDate: 1772443800000`, the
 * spec's example is the same number as text). Every step that returns conversations keeps them and adds their ISO
 * twins `<field>Iso` (README *Publishing*: ISO dates, an epoch value only beside its `…Iso` twin).
 */
const CONVERSATION_TIMES = ['lastMessageDate', 'dateAdded', 'dateUpdated', 'lastManualMessageDate'];

/** A conversation with ISO copies of its epoch-millisecond times. */
export const withConversationTimes = (c: GhlRecord): GhlRecord => withIsoTimes(c, CONVERSATION_TIMES);

/** The output label a Zap maps for the last message's time. */
export const LAST_MESSAGE_AT = { key: 'lastMessageDateIso', label: 'Last Message At', type: 'datetime' };

/** A conversation's output labels, alike in every step that answers one (triggers and Find Conversation). */
export const CONVERSATION_OUTPUTS = [
  { key: 'id', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'fullName', label: 'Contact Name' },
  { key: 'email', label: 'Contact Email' },
  { key: 'phone', label: 'Contact Phone' },
  { key: 'lastMessageBody', label: 'Last Message' },
  { key: 'lastMessageType', label: 'Last Message Channel Code' },
  { key: 'lastMessageDirection', label: 'Last Message Direction' },
  LAST_MESSAGE_AT,
  { key: 'unreadCount', label: 'Unread Messages', type: 'integer' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'starred', label: 'Starred', type: 'boolean' },
];
