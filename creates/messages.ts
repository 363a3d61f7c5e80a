import { F } from '../lib/fields';
import { afterWrite } from '../lib/errors';
import { ShapeError } from '../lib/items';
import { bodyHas, bodyOf, convert, creates, type B, type Field, type Req, create, type GhlRecord } from '../lib/op';
import { cleanText } from '../lib/normalize';
import { andList, InputError, toDate } from '../lib/values';

/**
 * Messaging actions: send a message from GHL, log a message that arrived elsewhere into the contact's conversation,
 * and mark a conversation read / unread / starred. The conversations API requires Version 2021-04-15.
 */

const V = '2021-04-15' as const;

/**
 * The `type` enum of POST /conversations/messages (SendMessageBodyDto). Labels are the channel names the message
 * triggers output (lib/readable.ts channelName), so a reply maps the trigger's Channel in (test/readable.test.ts).
 */
const SEND_TYPES: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  RCS: 'RCS',
  FB: 'Facebook',
  IG: 'Instagram',
  Live_Chat: 'Live Chat',
  TIKTOK: 'TikTok',
  Custom: 'Custom conversation provider',
};

/** The text types of POST /conversations/messages/inbound (call types need call details and are left out). */
const INBOUND_TYPES: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  RCS: 'RCS',
  GMB: 'Google Business Profile',
  FB: 'Facebook',
  IG: 'Instagram',
  WebChat: 'Web Chat',
  Live_Chat: 'Live Chat',
  TIKTOK: 'TikTok',
  Custom: 'Custom conversation provider',
};

/**
 * Body keys that only mean something for email. Not threadId: the spec gives it to every message ("ID of message
 * thread. For email messages, this is the message ID…").
 */
const EMAIL_ONLY = [
  'subject',
  'html',
  'emailFrom',
  'emailTo',
  'emailCc',
  'emailBcc',
  'emailReplyMode',
  'emailMessageId',
];
/** Body keys that only mean something for SMS-like phone channels, and those channels. */
const PHONE_ONLY = ['fromNumber', 'toNumber'];
const PHONE_TYPES = ['SMS', 'RCS', 'WhatsApp'];

/**
 * Refuses fields of another channel (`keys` given in the body), naming them by label and the channels they belong
 * to: dropping them would lose what the user wrote without a word.
 */
const refuseOtherChannel = (req: Req, label: string, fields: Field[], keys: string[], channels: string[]) => {
  const names = keys.filter((k) => bodyHas(req, k)).map((k) => `"${fields.find((f) => f.key === k)?.label ?? k}"`);
  if (!names.length) return;
  const one = names.length === 1;
  throw new InputError(
    `${label}: ${andList(names)} ${one ? 'applies' : 'apply'} only to ${andList(channels)} messages, not ` +
      `${String(bodyOf(req).type)}: clear ${one ? 'it' : 'them'} or choose ` +
      `${channels.length > 1 ? 'one of those' : channels[0]} as the Channel.`,
  );
};

/**
 * Validates a message for its channel before any request. The channel is already one of the declared values (the
 * factory matched "email" or "Instagram" to its value: lib/op.ts convert); fields of another channel are refused.
 */
const checkMessage = (req: Req, label: string, fields: Field[], needSubject: boolean) => {
  const b = bodyOf(req);
  const type = String(b.type);
  if (type !== 'Email') refuseOtherChannel(req, label, fields, EMAIL_ONLY, ['Email']);
  if (!PHONE_TYPES.includes(type)) refuseOtherChannel(req, label, fields, PHONE_ONLY, PHONE_TYPES);
  if (type === 'Email') {
    if (needSubject && !bodyHas(req, 'subject') && !bodyHas(req, 'templateId')) {
      throw new InputError(`${label}: an Email needs a Subject. Fill it in (or choose a Template ID).`);
    }
    if (!bodyHas(req, 'html') && !bodyHas(req, 'message') && !bodyHas(req, 'templateId')) {
      throw new InputError(`${label}: an Email needs an HTML Body or a Message (plain text). Fill one in.`);
    }
  } else if (!bodyHas(req, 'message') && !bodyHas(req, 'attachments') && !bodyHas(req, 'templateId')) {
    throw new InputError(`${label}: a ${type} message needs a Message or an Attachment URL. Fill one in.`);
  }
  if (type === 'Custom' && !bodyHas(req, 'conversationProviderId')) {
    throw new InputError(
      `${label}: the Custom channel needs the Conversation Provider ID of your custom provider (Settings > Conversation Providers).`,
    );
  }
};

const SEND_CHANNEL = F.choice('type', 'Channel', SEND_TYPES, { required: true, default: 'SMS' });

const SEND_FIELDS = [
  SEND_CHANNEL,
  F.contact(),
  F.longText('message', 'Message', {
    required: false,
    helpText: 'Email: the body unless HTML Body is set.',
  }),
  F.text('subject', 'Subject (Email)', { required: false }),
  F.longText('html', 'HTML Body (Email)', { required: false }),
  F.email('emailFrom', 'From Email (Email)', {
    required: false,
    helpText: 'Empty: the default sender.',
  }),
  F.email('emailTo', 'To Email (Email)', {
    required: false,
    helpText: "Empty: the contact's email.",
  }),
  F.emails('emailCc', 'CC (Email)', { required: false }),
  F.emails('emailBcc', 'BCC (Email)', { required: false }),
  F.text('threadId', 'Reply in Thread', {
    required: false,
  }),
  F.urls('attachments', 'Attachment URLs', { required: false }),
  F.phone('fromNumber', 'From Number (SMS)', {
    required: false,
    helpText: 'Empty: the default number.',
  }),
  F.phone('toNumber', 'To Number (SMS)', {
    required: false,
    helpText: "Empty: the contact's phone.",
  }),
  F.text('templateId', 'Template ID', {
    required: false,
    helpText: 'WhatsApp: needed after 24 hours.',
  }),
  F.text('conversationProviderId', 'Conversation Provider ID (Custom)', {
    required: false,
    helpText: 'Custom channel only.',
  }),
  F.datetime('scheduledTimestamp', 'Send At', {
    required: false,
    helpText: 'Empty: now.',
    // The spec wants UTC epoch seconds.
    to: (v: unknown) => Math.floor(toDate(v, '"Send At"').getTime() / 1000),
  }),
];

const INBOUND_FIELDS = [
  F.choice('type', 'Channel', INBOUND_TYPES, {
    required: true,
    default: 'SMS',
  }),
  F.contact(),
  F.longText('message', 'Message', { required: false }),
  F.conversation({ required: false, helpText: "Empty: the contact's conversation." }),
  F.text('subject', 'Subject (Email)', { required: false }),
  F.longText('html', 'HTML Body (Email)', { required: false }),
  F.email('emailFrom', 'From Email (Email)', {
    required: false,
  }),
  F.email('emailTo', 'To Email (Email)', { required: false }),
  F.text('emailMessageId', 'In Reply To (Email)', {
    required: false,
    dynamic: 'email_choices.id.label',
    helpText: 'Pick the conversation first.',
  }),
  F.urls('attachments', 'Attachment URLs', { required: false }),
  F.datetime('date', 'Received At', { required: false, helpText: 'Empty: now.' }),
  F.text('altId', 'External Message ID', {
    required: false,
  }),
  F.text('conversationProviderId', 'Conversation Provider ID', {
    required: false,
    helpText: 'Custom channel only.',
  }),
];

const SEND_SAMPLE = {
  id: 't22c6DQcTDf3MjRhwf77',
  messageId: 't22c6DQcTDf3MjRhwf77',
  conversationId: 'ABC12h2F6uBrIkfXYazb',
  contactId: 'ocQHyuzHvysMo5N5VsXc',
  type: 'SMS',
  msg: 'Message queued successfully.',
  status: 'pending',
};

/**
 * The contact's conversation: the phone/email one if several, created when the contact has none yet (`created`: the
 * step has written it).
 */
const conversationFor = async (
  bundle: B,
  contactId: string,
  send: (req: Req) => Promise<GhlRecord>,
): Promise<{ id: string; created?: boolean }> => {
  const locationId = bundle.authData.locationId;
  const found = await send({
    method: 'GET',
    path: '/conversations/search',
    pathParams: {},
    query: { locationId, contactId },
    body: undefined,
  });
  // An answer without the list is not "no conversation": creating one then would duplicate it (issue 11).
  if (!Array.isArray(found?.conversations))
    throw new ShapeError('to the conversation lookup had no "conversations" list', true);
  const list: GhlRecord[] = found.conversations;
  const mine = list.filter((c) => c?.id && (!c.contactId || c.contactId === contactId));
  const best =
    mine.find((c) => c.type === 'TYPE_PHONE') ??
    mine.find((c) => !['TYPE_REVIEW', 'TYPE_GROUP_SMS'].includes(c.type)) ??
    mine[0];
  if (best) return { id: String(best.id) };
  const created = await send({
    method: 'POST',
    path: '/conversations/',
    pathParams: {},
    query: {},
    body: { locationId, contactId },
  });
  const id = created?.conversation?.id ?? created?.id;
  // The conversation may exist now: GHL's answer just did not say which (the factory says "may or may not").
  if (!id) throw new ShapeError('to creating the conversation had no conversation id');
  return { id: String(id), created: true };
};

export default creates([
  create({
    key: 'send_message',
    noun: 'Message',
    label: 'Send Message',
    help: 'Sends an SMS, email, WhatsApp, social or chat message to a contact.',
    method: 'POST',
    path: '/conversations/messages',
    once: 'sent',
    version: V,
    scopes: ['conversations/message.write'],
    fields: SEND_FIELDS,
    specWorkarounds: [
      {
        rule: 'body-type',
        field: 'subType',
        why: 'subType is typed object in SendMessageBodyDto, but its description ("Type of message being sent") and example ("Email") are the channel name: GHL takes a string.',
      },
    ],
    // The spec (SendMessageBodyDto) requires subType and status besides type and contactId. subType is typed object
    // there but GHL takes the channel name as a string (the workaround above); status is the new message's state,
    // which is "pending" until GHL's provider reports delivery.
    before: (req) => {
      const b = bodyOf(req);
      b.subType = b.type;
      b.status = 'pending';
      checkMessage(req, 'Send Message', SEND_FIELDS, true);
    },
    after: (result, bundle) => ({
      ...result,
      id: result.messageId ?? result.messageIds?.[0] ?? result.id,
      contactId: cleanText(bundle.inputData.contactId), // as the request sent it
      // The channel as sent ("email" mapped in is Email), by the factory's own choice matching.
      type: convert(SEND_CHANNEL, bundle.inputData.type, bundle),
    }),
    sample: SEND_SAMPLE,
    outputFields: [
      { key: 'messageId', label: 'Message ID' },
      { key: 'conversationId', label: 'Conversation ID' },
      { key: 'emailMessageId', label: 'Email Message ID' },
      { key: 'contactId', label: 'Contact ID' },
      { key: 'status', label: 'Status' },
      { key: 'msg', label: 'Send Result' },
    ],
  }),
  create({
    key: 'add_inbound_message',
    noun: 'Message',
    label: 'Add Inbound Message',
    help: 'Logs a message a contact sent elsewhere, without sending anything.',
    method: 'POST',
    path: '/conversations/messages/inbound',
    once: 'added',
    version: V,
    scopes: ['conversations/message.write', 'conversations.readonly', 'conversations.write'],
    fields: INBOUND_FIELDS,
    specWorkarounds: [
      {
        rule: 'body-required',
        field: 'conversationProviderId',
        why: 'The spec marks conversationProviderId required, but GHL only needs it for custom conversation providers (type Custom); SMS, Email and the built-in channels use the sub-account default provider (GoHighLevel/highlevel-api-docs PR #24, issue #70). Add Inbound Message requires it for type Custom only.',
      },
      {
        rule: 'body-type',
        field: 'direction',
        why: 'direction is typed object in the spec (default "outbound"); GHL takes the string "inbound" / "outbound". Add Inbound Message always sends "inbound".',
      },
    ],
    // The spec marks conversationProviderId required, but GHL only needs it for custom providers; `direction` is typed
    // object there but GHL takes "inbound" / "outbound" (and defaults to outbound, so it is always sent). Both are the
    // workarounds above.
    before: (req) => {
      const b = bodyOf(req);
      b.direction = 'inbound';
      checkMessage(req, 'Add Inbound Message', INBOUND_FIELDS, false);
    },
    perform: async (z, bundle, req, send) => {
      const b = bodyOf(req);
      if (b.conversationId) return send(req);
      const { id, created } = await conversationFor(bundle, String(b.contactId), send);
      b.conversationId = id;
      // The conversation this run created is found by the lookup when the step runs again (lib/errors.ts afterWrite).
      return send(req).catch((e: unknown) => {
        throw created
          ? afterWrite(z, e, `A conversation (${id}) was created for the contact, then adding the message failed.`)
          : e;
      });
    },
    after: (result, bundle) => ({
      ...result,
      id: result.messageId ?? result.id,
      contactId: result.contactId ?? bundle.inputData.contactId,
    }),
    sample: {
      id: 't22c6DQcTDf3MjRhwf77',
      success: true,
      conversationId: 'ABC12h2F6uBrIkfXYazb',
      messageId: 't22c6DQcTDf3MjRhwf77',
      message: 'Message added successfully',
      contactId: 'ocQHyuzHvysMo5N5VsXc',
      dateAdded: '2026-03-01T10:15:30.000Z',
    },
    outputFields: [
      { key: 'messageId', label: 'Message ID' },
      { key: 'conversationId', label: 'Conversation ID' },
      { key: 'contactId', label: 'Contact ID' },
      { key: 'emailMessageId', label: 'Email Message ID' },
      { key: 'dateAdded', label: 'Added At', type: 'datetime' },
      // GHL's confirmation ("Message added successfully"), not the message's text.
      { key: 'message', label: 'Result' },
    ],
  }),
  create({
    key: 'update_message_status',
    noun: 'Message Status',
    label: 'Update Message Status',
    help: 'Reports the delivery status of a message your provider app sent.',
    method: 'PUT',
    path: '/conversations/messages/{messageId}/status',
    version: V,
    scopes: ['conversations/message.write'],
    fields: [
      F.id('messageId', 'Message ID', {
        helpText: 'The message id your provider received.',
      }),
      F.choice(
        'status',
        'Status',
        { delivered: 'Delivered', read: 'Read', failed: 'Failed', pending: 'Pending' },
        { required: true },
      ),
      F.text('errorCode', 'Error Code', {
        required: false,
        as: 'error.code',
        helpText: 'Failed only, e.g. 30003.',
      }),
      F.text('errorType', 'Error Type', {
        required: false,
        as: 'error.type',
        helpText: 'Failed only, e.g. saas.',
      }),
      F.text('errorMessage', 'Error Message', {
        required: false,
        as: 'error.message',
        helpText: 'Failed only.',
      }),
      F.text('emailMessageId', 'Email Message ID', {
        required: false,
        helpText: 'Email only.',
      }),
      F.list('recipients', 'Email Recipients', {
        required: false,
        helpText: 'Email only: the other recipients it applies to.',
      }),
    ],
    before: (req) => {
      const error = (req.body as GhlRecord).error as Record<string, string> | undefined;
      // The spec's ErrorDto needs all three parts.
      if (error && !(error.code && error.type && error.message)) {
        throw new InputError(
          'Update Message Status needs all of "Error Code", "Error Type" and "Error Message" when reporting an error.',
        );
      }
    },
    sample: { conversationId: 'tDtDnQdgm2LXpyiqYvZ6', messageId: 't22c6DQcTDf3MjRhwf77', status: 'delivered' },
    outputFields: [
      { key: 'messageId', label: 'Message ID' },
      { key: 'conversationId', label: 'Conversation ID' },
      { key: 'status', label: 'Status' },
    ],
  }),
  create({
    key: 'live_chat_agent_typing',
    noun: 'Typing Indicator',
    label: 'Live Chat Agent Typing Indicator',
    apiLabel: 'Agent Typing Indicator',
    help: 'Shows or hides the "agent is typing" indicator to a live-chat visitor.',
    method: 'POST',
    path: '/conversations/providers/live-chat/typing',
    version: V,
    scopes: ['conversations/livechat.write'],
    location: 'body',
    fields: [
      F.conversation(),
      F.id('visitorId', 'Visitor ID', {
        helpText: 'From the chat widget or live-chat webhook.',
      }),
      // The spec types isTyping as a string: send "true" / "false".
      F.boolean('isTyping', 'Typing', {
        required: true,
        default: 'true',
        to: (v: boolean) => String(v),
      }),
    ],
    sample: { success: true },
    outputFields: [{ key: 'success', label: 'Indicator Updated', type: 'boolean' }],
  }),
]);
