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
