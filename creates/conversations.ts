import { F } from '../lib/fields';
import { creates } from '../lib/op';
import { InputError } from '../lib/values';

const V = '2021-04-15' as const;

export default creates([
  {
    key: 'update_message_status',
    noun: 'Message Status',
    label: 'Update Message Status',
    help:
      'For conversation-provider apps: reports the delivery status of a message your provider sent. Delivered = the recipient received it; ' +
      'Read = the recipient opened it; Failed = it could not be delivered (give the provider error); Pending = still on its way. ' +
      'To mark a conversation read or unread in the inbox, use the Update Conversation action instead.',
    method: 'PUT',
    path: '/conversations/messages/{messageId}/status',
    version: V,
    scopes: ['conversations/message.write'],
    fields: [
      F.id('messageId', 'Message ID', { helpText: 'The GHL message id your provider received with the outbound message.' }),
      F.choice('status', 'Status', { delivered: 'Delivered', read: 'Read', failed: 'Failed', pending: 'Pending' }, { required: true }),
      F.text('errorCode', 'Error Code', { required: false, as: 'error.code', helpText: 'Failed only: the provider error code, e.g. 30003.' }),
      F.text('errorType', 'Error Type', { required: false, as: 'error.type', helpText: 'Failed only: the error category, e.g. saas.' }),
      F.text('errorMessage', 'Error Message', { required: false, as: 'error.message', helpText: 'Failed only: why the message failed, in words.' }),
      F.text('emailMessageId', 'Email Message ID', { required: false, helpText: 'Email messages: the email message id the status is for.' }),
      F.list('recipients', 'Email Recipients', { required: false, helpText: 'Email messages: the additional recipients this status applies to.' }),
    ],
    before: (req) => {
      const error = (req.body as Record<string, any>).error as Record<string, string> | undefined;
      // The spec's ErrorDto needs all three parts.
      if (error && !(error.code && error.type && error.message)) {
        throw new InputError('Update Message Status needs all of "Error Code", "Error Type" and "Error Message" when reporting an error.');
      }
    },
    sample: { conversationId: 'tDtDnQdgm2LXpyiqYvZ6', messageId: 've9EPM428h8vShlRW1KT', status: 'delivered' },
    outputFields: [
      { key: 'messageId', label: 'Message ID' },
      { key: 'conversationId', label: 'Conversation ID' },
      { key: 'status', label: 'Status' },
    ],
  },
  {
    key: 'live_chat_agent_typing',
    noun: 'Typing Indicator',
    label: 'Agent Typing Indicator',
    help: 'Shows (or hides) the "agent is typing" indicator to a live-chat visitor in the chosen chat-widget conversation.',
    method: 'POST',
    path: '/conversations/providers/live-chat/typing',
    version: V,
    scopes: ['conversations/livechat.write'],
    location: 'body',
    fields: [
      F.conversation(),
      F.id('visitorId', 'Visitor ID', { helpText: "The live-chat visitor's id (from the chat widget / live-chat webhook)." }),
      // The spec types isTyping as a string: send "true" / "false".
      F.boolean('isTyping', 'Typing', { required: true, default: 'true', to: (v: boolean) => String(v), helpText: 'Yes shows the indicator, No hides it.' }),
    ],
    sample: { success: true },
  },
]);
