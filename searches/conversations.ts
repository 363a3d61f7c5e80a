import { F } from '../lib/fields';
import { CONVERSATION_OUTPUTS, withConversationTimes } from '../areas/conversations';
import { givenId, searches, search } from '../lib/op';
import { InputError } from '../lib/values';

/** Read in perform: trimmed, blank = not given (the contact is searched), a list or object refused by its label. */
const ID = F.text('conversationId', 'Conversation ID', {
  required: false,
  in: 'none',
  ids: true,
  helpText: 'Contact is then ignored.',
});

export default searches([
  search({
    key: 'find_conversation',
    noun: 'Conversation',
    label: 'Find Conversation',
    help: "Finds a conversation by ID, or a contact's latest conversations.",
    method: 'GET',
    path: '/conversations/search',
    version: '2021-04-15',
    scopes: ['conversations.readonly'],
    location: 'query',
    fields: [ID, F.contact({ required: false })],
    defaults: { query: { sort: 'desc', sortBy: 'last_message_date' } },
    // An id is a direct GET /conversations/{conversationId} (404 → no result); a contact goes to the search.
    perform: async (z, bundle, req, send) => {
      const id = await givenId(ID, bundle, z);
      if (id) {
        const one = await send({
          method: 'GET',
          path: '/conversations/{conversationId}',
          pathParams: { conversationId: id },
          query: {},
          body: undefined,
        });
        return one && { conversations: [one] };
      }
      if (!req.query.contactId) throw new InputError('Find Conversation needs a Conversation ID or a Contact.');
      return send(req);
    },
    list: { key: 'conversations', newest: 'lastMessageDate' },
    // The contact's conversations only, should GHL ignore the filter.
    exact: { contactId: 'contactId' },
    after: (items) => items.map(withConversationTimes),
    sample: {
      id: 'tDtDnQdgm2LXpyiqYvZ6',
      contactId: 'ocQHyuzHvysMo5N5VsXc',
      fullName: 'Rosan Deo',
      email: 'rosan@deos.com',
      phone: '+14155550100',
      type: 'TYPE_PHONE',
      lastMessageBody: 'Is the annual plan still discounted?',
      lastMessageType: 'TYPE_SMS',
      unreadCount: 1,
      lastMessageDate: 1772443800000,
      lastMessageDateIso: '2026-03-02T09:30:00.000Z',
    },
    outputFields: CONVERSATION_OUTPUTS,
  }),
]);
