/**
 * Readable values next to GHL's raw codes, so a Zap can say "SMS" or "Inbound" without a lookup table of its own.
 * The raw value stays (filters and API calls need it); the readable one is added beside it.
 *
 * Sources: GHL's conversations spec (GoHighLevel/highlevel-api-docs apps/conversations.json): `messageType` /
 * `lastMessageType` enums (TYPE_SMS, TYPE_CALL, …), the conversation `type` ("1 (Phone), 2 (Email), 3 (Facebook
 * Messenger), 4 (Review), 5 (Group SMS), 6 (Internal Chat)" on GetConversationByIdResponse; TYPE_PHONE… on
 * ConversationSchema) and `direction` (inbound | outbound).
 */

/** Words GHL's codes abbreviate or spell in capitals; the rest are title-cased. */
const WORDS: Record<string, string> = {
  SMS: 'SMS',
  RCS: 'RCS',
  IVR: 'IVR',
  GMB: 'Google Business Profile',
  WHATSAPP: 'WhatsApp',
  TIKTOK: 'TikTok',
  WEBCHAT: 'Web Chat',
  FB: 'Facebook',
  IG: 'Instagram',
  VOICEMAIL: 'Voicemail',
};

/** "TYPE_CAMPAIGN_SMS" → "Campaign SMS", "TYPE_LIVE_CHAT" → "Live Chat", "TYPE_GMB" → "Google Business Profile". */
export const channelName = (code: unknown): string | undefined => {
  if (typeof code !== 'string' || !code.trim()) return undefined;
  return code
    .replace(/^TYPE_/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => WORDS[w.toUpperCase()] ?? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
};

/** A conversation's channel: numeric (GET /conversations/{id}) or TYPE_… (search results). */
const CONVERSATION_TYPES: Record<string, string> = {
  '1': 'Phone',
  '2': 'Email',
  '3': 'Facebook Messenger',
  '4': 'Review',
  '5': 'Group SMS',
  '6': 'Internal Chat',
};
export const conversationChannel = (type: unknown): string | undefined =>
  type === undefined || type === null || type === ''
    ? undefined
    : (CONVERSATION_TYPES[String(type)] ?? channelName(String(type)));

/** "inbound" → "Inbound". */
export const directionName = (d: unknown): string | undefined =>
  typeof d === 'string' && /^(inbound|outbound)$/i.test(d)
    ? d.charAt(0).toUpperCase() + d.slice(1).toLowerCase()
    : undefined;

/**
 * A message body's first 50 characters as a dropdown shows them: its HTML tags and line breaks as spaces. Tags are
 * looked for only up to the body's last ">": from a "<" with none after it ("a < b", "<3") the search would read to the
 * end, once for each such "<" (a long body: time growing with the square of its length, a dropdown that never loads).
 */
export const bodySnippet = (body: unknown): string => {
  const text = body ? String(body) : '';
  const end = text.lastIndexOf('>') + 1;
  return (text.slice(0, end).replace(/<[^>]+>/g, ' ') + text.slice(end)).replace(/\s+/g, ' ').trim().slice(0, 50);
};

/** The readable twins this module adds, with their output labels. */
export const READABLE_OUTPUTS = [
  { key: 'channel', label: 'Channel' },
  { key: 'lastChannel', label: 'Last Message Channel' },
  { key: 'directionName', label: 'Direction (Readable)' },
  { key: 'lastDirectionName', label: 'Last Message Direction (Readable)' },
  { key: 'conversationChannel', label: 'Conversation Channel' },
];

/**
 * Adds readable twins to a record: `channel` beside `messageType`, `lastChannel` beside `lastMessageType`,
 * `directionName` / `lastDirectionName` beside `direction` / `lastMessageDirection`, and for conversations
 * `conversationChannel` beside the numeric / TYPE_… `type`. Anything else passes through untouched.
 */
export const withReadable = <T>(record: T, noun?: string): T => {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  const r = record as Record<string, unknown>;
  // Most records have none of the coded fields: nothing to add (this runs for every item and every sample).
  if (
    r.messageType === undefined &&
    r.lastMessageType === undefined &&
    r.direction === undefined &&
    r.lastMessageDirection === undefined &&
    noun !== 'Conversation'
  )
    return record;
  const twins: Record<string, string | undefined> = {
    channel: r.channel === undefined ? channelName(r.messageType) : undefined,
    lastChannel: r.lastChannel === undefined ? channelName(r.lastMessageType) : undefined,
    directionName: directionName(r.direction),
    lastDirectionName: directionName(r.lastMessageDirection),
    conversationChannel: noun === 'Conversation' ? conversationChannel(r.type) : undefined,
  };
  const add = Object.fromEntries(Object.entries(twins).filter(([, v]) => v !== undefined));
  return Object.keys(add).length ? ({ ...r, ...add } as T) : record;
};
