import type { OpFixture } from '../support/harness';

const sent = { conversationId: 'cv1', messageId: 'm1', status: 'pending', msg: 'Message queued successfully.' };

export const fixtures: OpFixture[] = [
  // ---- send_message
  {
    key: 'send_message',
    name: 'SMS: subType and status sent as GHL needs them; the result carries the message id',
    input: {
      type: 'SMS',
      contactId: 'c1',
      message: 'Hi Rosan!',
      fromNumber: '+14155550100',
      subject: 'ignored for SMS',
    },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'SMS',
          subType: 'SMS',
          status: 'pending',
          contactId: 'c1',
          message: 'Hi Rosan!',
          fromNumber: '+14155550100',
        },
        status: 201,
        response: sent,
      },
    ],
    expect: { ...sent, id: 'm1', contactId: 'c1', type: 'SMS' },
  },
  {
    key: 'send_message',
    name: 'Email with HTML, CC/BCC lists, attachments and a scheduled time (epoch seconds)',
    input: {
      type: 'Email',
      contactId: 'c1',
      subject: 'Your quote',
      html: '<p>Here it is</p>',
      emailFrom: 'Sales <sales@deos.com>',
      emailCc: 'a@deos.com, b@deos.com',
      emailBcc: ['boss@deos.com'],
      attachments: ['https://files.deos.com/quote.pdf'],
      toNumber: '+14155550100',
      scheduledTimestamp: '2026-03-05T09:00:00Z',
    },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'Email',
          subType: 'Email',
          status: 'pending',
          contactId: 'c1',
          subject: 'Your quote',
          html: '<p>Here it is</p>',
          emailFrom: 'Sales <sales@deos.com>',
          emailCc: ['a@deos.com', 'b@deos.com'],
          emailBcc: ['boss@deos.com'],
          attachments: ['https://files.deos.com/quote.pdf'],
          scheduledTimestamp: 1772701200,
        },
        status: 201,
        response: { ...sent, emailMessageId: 'em1' },
      },
    ],
    check: (r) => expect(r).toMatchObject({ id: 'm1', conversationId: 'cv1', emailMessageId: 'em1', type: 'Email' }),
  },
  {
    key: 'send_message',
    name: 'WhatsApp with a template and no text',
    input: { type: 'WhatsApp', contactId: 'c1', templateId: 'tpl1' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: { type: 'WhatsApp', subType: 'WhatsApp', status: 'pending', contactId: 'c1', templateId: 'tpl1' },
        response: sent,
      },
    ],
    check: (r) => expect(r.messageId).toBe('m1'),
  },
  {
    key: 'send_message',
    name: 'Email without a subject is refused before any request',
    input: { type: 'Email', contactId: 'c1', message: 'hello' },
    requests: [],
    error: /Send Message: an Email needs a Subject/,
  },
  {
    key: 'send_message',
    name: 'Email without a body is refused before any request',
    input: { type: 'Email', contactId: 'c1', subject: 'Hi' },
    requests: [],
    error: /an Email needs an HTML Body or a Message/,
  },
  {
    key: 'send_message',
    name: 'SMS without text is refused before any request',
    input: { type: 'SMS', contactId: 'c1' },
    requests: [],
    error: /a SMS message needs a Message or an Attachment URL/,
  },
  {
    key: 'send_message',
    name: 'Custom channel needs its provider id',
    input: { type: 'Custom', contactId: 'c1', message: 'x' },
    requests: [],
    error: /Custom channel needs the Conversation Provider ID/,
  },
  {
    key: 'send_message',
    name: 'an attachment that is not a URL is named',
    input: { type: 'SMS', contactId: 'c1', attachments: 'quote.pdf' },
    requests: [],
    error: /"Attachment URLs" must be public http\(s\) URLs; "quote\.pdf" is not one/,
  },
  {
    key: 'send_message',
    name: 'missing contact',
    input: { type: 'SMS', message: 'hi' },
    requests: [],
    error: /Send Message needs "Contact"/,
  },
  {
    key: 'send_message',
    name: "GHL's refusal (DND) is passed on",
    input: { type: 'SMS', contactId: 'c1', message: 'hi' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c1', message: 'hi' },
        status: 400,
        response: { statusCode: 400, message: 'Cannot send message as DND is active for SMS.' },
      },
    ],
    error: /Send Message was rejected by GHL \(HTTP 400\)\. GHL says: Cannot send message as DND is active for SMS\./,
  },

  // ---- add_inbound_message
  {
    key: 'add_inbound_message',
    name: "finds the contact's phone conversation, then logs the SMS as inbound",
    input: {
      type: 'SMS',
      contactId: 'c1',
      message: 'Is the plan still on offer?',
      date: '2026-03-01T10:15:30Z',
      altId: 'salesmsg-42',
    },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { locationId: 'loc123', contactId: 'c1' },
        response: {
          conversations: [
            { id: 'cvReview', contactId: 'c1', type: 'TYPE_REVIEW' },
            { id: 'cvPhone', contactId: 'c1', type: 'TYPE_PHONE' },
          ],
          total: 2,
        },
      },
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        body: {
          type: 'SMS',
          contactId: 'c1',
          message: 'Is the plan still on offer?',
          date: '2026-03-01T10:15:30Z',
          altId: 'salesmsg-42',
          direction: 'inbound',
          conversationId: 'cvPhone',
        },
        response: {
          success: true,
          conversationId: 'cvPhone',
          messageId: 'm9',
          message: 'Message added',
          contactId: 'c1',
          dateAdded: '2026-03-01T10:15:31.000Z',
        },
      },
    ],
    expect: {
      success: true,
      conversationId: 'cvPhone',
      messageId: 'm9',
      id: 'm9',
      message: 'Message added',
      contactId: 'c1',
      dateAdded: '2026-03-01T10:15:31.000Z',
    },
  },
  {
    key: 'add_inbound_message',
    name: 'no conversation yet: one is created for the contact first',
    input: { type: 'Live_Chat', contactId: 'c2', message: 'Chatbot lead: wants a demo' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { locationId: 'loc123', contactId: 'c2' },
        response: { conversations: [], total: 0 },
      },
      {
        method: 'POST',
        path: '/conversations/',
        body: { locationId: 'loc123', contactId: 'c2' },
        status: 201,
        response: { success: true, conversation: { id: 'cvNew', contactId: 'c2', locationId: 'loc123' } },
      },
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        body: {
          type: 'Live_Chat',
          contactId: 'c2',
          message: 'Chatbot lead: wants a demo',
          direction: 'inbound',
          conversationId: 'cvNew',
        },
        response: { success: true, conversationId: 'cvNew', messageId: 'm10', message: 'Message added' },
      },
    ],
    expect: {
      success: true,
      conversationId: 'cvNew',
      messageId: 'm10',
      id: 'm10',
      message: 'Message added',
      contactId: 'c2',
    },
  },
  {
    key: 'add_inbound_message',
    name: 'a given conversation id and an Email: no lookup, email fields sent',
    input: {
      type: 'Email',
      contactId: 'c1',
      conversationId: 'cv7',
      subject: 'Re: quote',
      html: '<p>Yes please</p>',
      emailFrom: 'rosan@deos.com',
      emailTo: 'sales@acme.com',
    },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        body: {
          type: 'Email',
          contactId: 'c1',
          conversationId: 'cv7',
          subject: 'Re: quote',
          html: '<p>Yes please</p>',
          emailFrom: 'rosan@deos.com',
          emailTo: 'sales@acme.com',
          direction: 'inbound',
        },
        response: {
          success: true,
          conversationId: 'cv7',
          messageId: 'm11',
          message: 'Message added',
          emailMessageId: 'em11',
        },
      },
    ],
    check: (r) => expect(r).toMatchObject({ id: 'm11', emailMessageId: 'em11', contactId: 'c1' }),
  },
  {
    key: 'add_inbound_message',
    name: 'Custom channel with its provider id',
    input: { type: 'Custom', contactId: 'c1', conversationId: 'cv7', message: 'hi', conversationProviderId: 'prov1' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages/inbound',
        body: {
          type: 'Custom',
          contactId: 'c1',
          conversationId: 'cv7',
          message: 'hi',
          conversationProviderId: 'prov1',
          direction: 'inbound',
        },
        response: { success: true, conversationId: 'cv7', messageId: 'm12', message: 'Message added' },
      },
    ],
    check: (r) => expect(r.id).toBe('m12'),
  },
  {
    key: 'add_inbound_message',
    name: 'no text is refused before the conversation lookup',
    input: { type: 'SMS', contactId: 'c1' },
    requests: [],
    error: /Add Inbound Message: a SMS message needs a Message or an Attachment URL/,
  },
  {
    key: 'add_inbound_message',
    name: 'Custom channel without a provider id is refused',
    input: { type: 'Custom', contactId: 'c1', message: 'hi' },
    requests: [],
    error: /Custom channel needs the Conversation Provider ID/,
  },
  {
    key: 'add_inbound_message',
    name: 'an unknown contact: creating its conversation fails with a sentence',
    input: { type: 'SMS', contactId: 'ghost', message: 'hi' },
    requests: [
      {
        method: 'GET',
        path: '/conversations/search',
        query: { locationId: 'loc123', contactId: 'ghost' },
        response: { conversations: [], total: 0 },
      },
      {
        method: 'POST',
        path: '/conversations/',
        body: { locationId: 'loc123', contactId: 'ghost' },
        status: 400,
        response: { statusCode: 400, message: 'Contact not found' },
      },
    ],
    error: /Add Inbound Message was rejected by GHL \(HTTP 400\)\. GHL says: Contact not found\./,
  },

  // ---- update_conversation
  {
    key: 'update_conversation',
    name: 'mark read and star',
    input: { conversationId: 'cv1', read: 'read', star: 'starred' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/cv1',
        body: { unreadCount: 0, starred: true, locationId: 'loc123' },
        response: {
          success: true,
          conversation: {
            id: 'cv1',
            locationId: 'loc123',
            contactId: 'c1',
            unreadCount: 0,
            starred: true,
            deleted: false,
          },
        },
      },
    ],
    expect: { id: 'cv1', locationId: 'loc123', contactId: 'c1', unreadCount: 0, starred: true, deleted: false },
  },
  {
    key: 'update_conversation',
    name: 'mark unread only',
    input: { conversationId: 'cv1', read: 'unread' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/cv1',
        body: { unreadCount: 1, locationId: 'loc123' },
        response: {
          success: true,
          conversation: { id: 'cv1', locationId: 'loc123', contactId: 'c1', unreadCount: 1, deleted: false },
        },
      },
    ],
    check: (r) => expect(r).toMatchObject({ id: 'cv1', unreadCount: 1 }),
  },
  {
    key: 'update_conversation',
    name: 'remove the star',
    input: { conversationId: 'cv1', star: 'unstarred' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/cv1',
        body: { starred: false, locationId: 'loc123' },
        response: {
          success: true,
          conversation: { id: 'cv1', locationId: 'loc123', contactId: 'c1', starred: false, deleted: false },
        },
      },
    ],
    check: (r) => expect(r.starred).toBe(false),
  },
  {
    key: 'update_conversation',
    name: 'nothing to change is refused before any request',
    input: { conversationId: 'cv1' },
    requests: [],
    error: /needs a Read Status or a Star choice/,
  },
  {
    key: 'update_conversation',
    name: 'a mapped value that is not a choice is named',
    input: { conversationId: 'cv1', read: 'yes' },
    requests: [],
    error: /"Read Status" must be one of "read" \(Mark as read\), "unread" \(Mark as unread\), not "yes"\./,
  },
  {
    key: 'update_conversation',
    name: 'unknown conversation: the 404 names it',
    input: { conversationId: 'gone', read: 'read' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/gone',
        body: { unreadCount: 0, locationId: 'loc123' },
        status: 404,
        response: { statusCode: 404, message: 'Conversation not found' },
      },
    ],
    error: /Update Conversation: GHL found no record for conversationId "gone"/,
  },
];
