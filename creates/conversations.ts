import { LAST_MESSAGE_AT, withConversationTimes } from '../areas/conversations';
import { F } from '../lib/fields';
import { bodyHas, creates, create } from '../lib/op';
import { InputError } from '../lib/values';

const V = '2021-04-15' as const;

export default creates([
  create({
    key: 'update_conversation',
    noun: 'Conversation',
    label: 'Update Conversation',
    help: 'Marks a conversation read or unread, starred or unstarred.',
    method: 'PUT',
    path: '/conversations/{conversationId}',
    version: V,
    scopes: ['conversations.write'],
    location: 'body',
    fields: [
      F.conversation(),
      F.choice(
        'read',
        'Read Status',
        { read: 'Mark as read', unread: 'Mark as unread' },
        {
          required: false,
          as: 'unreadCount',
          // GHL keeps a count of unread messages: 0 is read; 1 shows the conversation as unread. The factory has
          // matched the value to a choice or refused it (lib/op.ts convert).
          to: (v: string) => (v === 'read' ? 0 : 1),
        },
      ),
      F.choice(
        'star',
        'Star',
        { starred: 'Star', unstarred: 'Remove star' },
        {
          required: false,
          as: 'starred',
          to: (v: string) => v === 'starred',
        },
      ),
    ],
    before: (req) => {
      if (!bodyHas(req, 'unreadCount') && !bodyHas(req, 'starred')) {
        throw new InputError(
          'Update Conversation needs a Read Status or a Star choice: nothing would change otherwise.',
        );
      }
    },
    result: 'conversation',
    // GHL's epoch-millisecond times get their ISO twins, as in the conversation triggers and Find Conversation.
    after: withConversationTimes,
    sample: {
      id: 'ABC12h2F6uBrIkfXYazb',
      contactId: 'ocQHyuzHvysMo5N5VsXc',
      assignedTo: 'YlWd2wuCAZQzh2cH1fVZ',
      lastMessageBody: 'Hi, is the annual plan still on offer?',
      lastMessageType: 'TYPE_SMS',
      lastMessageDate: 1772360130000,
      lastMessageDateIso: '2026-03-01T10:15:30.000Z',
      dateAdded: 1772273730000,
      dateAddedIso: '2026-02-28T10:15:30.000Z',
      unreadCount: 0,
      inbox: true,
      starred: true,
      deleted: false,
    },
    outputFields: [
      { key: 'id', label: 'Conversation ID' },
      { key: 'contactId', label: 'Contact ID' },
      LAST_MESSAGE_AT,
      { key: 'unreadCount', label: 'Unread Messages', type: 'integer' },
      { key: 'starred', label: 'Starred', type: 'boolean' },
    ],
  }),
]);
