import type { OpFixture } from '../support/harness';

const sent = { conversationId: 'cv1', messageId: 'm1', status: 'pending', msg: 'Message queued successfully.' };

export const fixtures: OpFixture[] = [
  // ---- send_message
  {
    key: 'send_message',
    name: 'SMS in a thread: Reply in Thread is for every channel, as the spec has it',
    input: { type: 'SMS', contactId: 'c1', message: 'Following up', threadId: 'thr1' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'SMS',
          subType: 'SMS',
          status: 'pending',
          contactId: 'c1',
          message: 'Following up',
          threadId: 'thr1',
        },
        status: 201,
        response: sent,
      },
    ],
    expect: { ...sent, id: 'm1', contactId: 'c1', type: 'SMS' },
  },
  {
    key: 'send_message',
    name: 'SMS: subType and status sent as GHL needs them; the result carries the message id and the contact as sent',
    input: {
      type: 'SMS',
      contactId: ' c1 ',
      message: 'Hi Rosan!',
      fromNumber: '+14155550100',
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
          emailFrom: 'sales@deos.com',
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
    name: "an SMS whose Message is a formula's error is refused naming what was mapped, not only 'Fill one in'",
    input: { type: 'SMS', contactId: 'c1', message: '#REF!' },
    requests: [],
    error:
      /^Send Message: a SMS message needs a Message or an Attachment URL\. Fill one in\. "Message" "#REF!" is a spreadsheet formula's error, not a value\.$/,
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
    name: 'national To / From Numbers are sent as E.164, read in the sub-account country (one lookup)',
    input: {
      type: 'SMS',
      contactId: 'c1',
      message: 'hi',
      toNumber: '(415) 555-0100',
      fromNumber: '415.555.0199 ext 2',
    },
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123',
        version: '2021-07-28',
        response: { location: { id: 'loc123', country: 'US' } },
      },
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'SMS',
          subType: 'SMS',
          status: 'pending',
          contactId: 'c1',
          message: 'hi',
          toNumber: '+14155550100',
          fromNumber: '+14155550199',
        },
        response: sent,
      },
    ],
    check: (r) => expect(r.id).toBe('m1'),
  },
  {
    key: 'send_message',
    name: 'a To Number that is no phone number is refused naming the field',
    input: { type: 'SMS', contactId: 'c1', message: 'hi', toNumber: 'call me' },
    requests: [],
    error: /^"To Number \(SMS\)" "call me" is not a phone number/,
  },
  {
    key: 'send_message',
    name: 'email addresses are normalized; CC text split at ";" and each address checked',
    input: {
      type: 'Email',
      contactId: 'c1',
      subject: 'S',
      message: 'x',
      emailTo: ' Zoe <ZOE@Example.COM> ',
      emailCc: 'a@b.com; C@D.com',
      emailBcc: ['x@y.com\nz@w.com'],
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
          subject: 'S',
          message: 'x',
          emailTo: 'ZOE@example.com',
          emailCc: ['a@b.com', 'C@d.com'],
          emailBcc: ['x@y.com', 'z@w.com'],
        },
        response: sent,
      },
    ],
    check: (r) => expect(r.type).toBe('Email'),
  },
  {
    key: 'send_message',
    name: 'a From Email that is no address is refused naming the field',
    input: { type: 'Email', contactId: 'c1', subject: 'S', message: 'x', emailFrom: 'sales at deos dot com' },
    requests: [],
    error: /^"From Email \(Email\)" "sales at deos dot com" is not an email address/,
  },
  {
    key: 'send_message',
    name: 'each BCC item is checked: one that is no address is named',
    input: { type: 'Email', contactId: 'c1', subject: 'S', message: 'x', emailBcc: ['ok@deos.com', 'not an email'] },
    requests: [],
    error: /^"BCC \(Email\)" "not an email" is not an email address/,
  },
  {
    key: 'send_message',
    name: 'a lower-case channel ("email") is read as Email: Subject and HTML are sent, the output says Email',
    input: { type: 'email', contactId: 'c1', subject: 'S', html: '<b>x</b>', message: 'plain' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'Email',
          subType: 'Email',
          status: 'pending',
          contactId: 'c1',
          subject: 'S',
          html: '<b>x</b>',
          message: 'plain',
        },
        response: sent,
      },
    ],
    expect: { ...sent, id: 'm1', contactId: 'c1', type: 'Email' },
  },
  {
    key: 'send_message',
    name: 'Subject and HTML on an SMS ("sms") are refused naming them and their channel, not dropped',
    input: { type: 'sms', contactId: 'c1', message: 'hi', subject: 'dropped?', html: '<p>x</p>' },
    requests: [],
    error:
      /^Send Message: "Subject \(Email\)" and "HTML Body \(Email\)" apply only to Email messages, not SMS: clear them or choose Email as the Channel\.$/,
  },
  {
    key: 'send_message',
    name: 'a To Number on an Email is refused naming it and its channels',
    input: { type: 'Email', contactId: 'c1', subject: 'S', message: 'x', toNumber: '+14155550100' },
    requests: [],
    error:
      /^Send Message: "To Number \(SMS\)" applies only to SMS, RCS and WhatsApp messages, not Email: clear it or choose one of those as the Channel\.$/,
  },
  {
    key: 'send_message',
    name: 'attachment URLs keep their own commas (a Cloudinary transformation); text is split only where the next URL starts',
    input: {
      type: 'SMS',
      contactId: 'c1',
      message: 'x',
      attachments: [
        'https://res.cloudinary.com/deos/image/upload/c_fill,w_300,h_200/quote.jpg',
        'https://files.deos.com/a.pdf, https://files.deos.com/b.pdf\nhttps://files.deos.com/c,d.pdf',
      ],
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
          message: 'x',
          attachments: [
            'https://res.cloudinary.com/deos/image/upload/c_fill,w_300,h_200/quote.jpg',
            'https://files.deos.com/a.pdf',
            'https://files.deos.com/b.pdf',
            'https://files.deos.com/c,d.pdf',
          ],
        },
        response: sent,
      },
    ],
    check: (r) => expect(r.id).toBe('m1'),
  },
  {
    key: 'send_message',
    name: 'an attachment given as an object is refused showing it readably',
    input: { type: 'SMS', contactId: 'c1', message: 'x', attachments: [{ url: 'https://x.example/a.png' }] },
    requests: [],
    error: /^"Attachment URLs" takes text items, not an object: "\{\\"url\\":\\"https:\/\/x\.example\/a\.png\\"\}"\.$/,
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
    // The contact is named with what to change; GHL's own words follow, and "message" in them is no field to check.
    error:
      /^Send Message: Contact "c1" has Do Not Disturb \(DND\) on, so GHL will not send it an SMS\. Turn DND off for this channel on the contact in GHL only if they agreed to hear from you again, or choose another channel\. GHL says: Cannot send message as DND is active for SMS\.$/,
  },
  {
    key: 'send_message',
    name: 'an SMS to a contact without a phone names the contact and what to add',
    input: { type: 'SMS', contactId: 'c1', message: 'hi' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: { type: 'SMS', subType: 'SMS', status: 'pending', contactId: 'c1', message: 'hi' },
        status: 400,
        response: { statusCode: 400, message: 'Contact does not have a phone number' },
      },
    ],
    error:
      /^Send Message: Contact "c1" has no phone number GHL can send an SMS to: add or correct the contact's phone in GHL, or choose another channel\. GHL says: Contact does not have a phone number\.$/,
  },
  {
    key: 'send_message',
    name: 'a WhatsApp message to a contact whose phone GHL finds invalid (422) names the channel',
    input: { type: 'whatsapp', contactId: 'c1', message: 'hi' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: { type: 'WhatsApp', subType: 'WhatsApp', status: 'pending', contactId: 'c1', message: 'hi' },
        status: 422,
        response: { statusCode: 422, message: ['Invalid phone number for contact'], error: 'Unprocessable Entity' },
      },
    ],
    error:
      /^Send Message: Contact "c1" has no phone number GHL can send a WhatsApp message to: .* GHL says: Invalid phone number for contact\.$/,
  },
  {
    key: 'send_message',
    name: 'an email to a contact without an email address names the contact',
    input: { type: 'Email', contactId: 'c1', subject: 'Hello', message: 'hi' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'Email',
          subType: 'Email',
          status: 'pending',
          contactId: 'c1',
          subject: 'Hello',
          message: 'hi',
        },
        status: 400,
        response: { statusCode: 400, message: 'Email not found for the contact' },
      },
    ],
    error:
      /^Send Message: Contact "c1" has no email address GHL can send an email to: add or correct the contact's email in GHL, or choose another channel\. GHL says: Email not found for the contact\.$/,
  },
  {
    key: 'send_message',
    name: "a refusal of the To Email typed in names that field, not the contact's address",
    input: { type: 'Email', contactId: 'c1', subject: 'Hello', message: 'hi', emailTo: 'ann@example.com' },
    requests: [
      {
        method: 'POST',
        path: '/conversations/messages',
        body: {
          type: 'Email',
          subType: 'Email',
          status: 'pending',
          contactId: 'c1',
          subject: 'Hello',
          message: 'hi',
          emailTo: 'ann@example.com',
        },
        status: 400,
        response: { statusCode: 400, message: 'emailTo is not an email of the contact, email missing' },
      },
    ],
    error:
      /^Send Message was rejected by GHL \(HTTP 400\)\. GHL says: emailTo is not an email of the contact, email missing\. Check the field "To Email \(Email\)" \(sent "ann@example\.com"\)\.$/,
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
    name: 'the message refused after a conversation was created for it: the sentence says the conversation exists',
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
        status: 422,
        response: { message: ['type must be one of SMS, Email'] },
      },
    ],
    error:
      /^A conversation \(cvNew\) was created for the contact, then adding the message failed\. Add Inbound Message was rejected by GHL \(HTTP 422\)\. GHL says: type must be one of SMS, Email\. Check the field "Channel" \(sent "Live_Chat"\)\.$/,
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
    name: 'a From Email on a Live_Chat message is refused naming it and its channel, not dropped',
    input: { type: 'Live_Chat', contactId: 'c1', conversationId: 'cv7', message: 'hi', emailFrom: 'x@y.com' },
    requests: [],
    error:
      /^Add Inbound Message: "From Email \(Email\)" applies only to Email messages, not Live_Chat: clear it or choose Email as the Channel\.$/,
  },
  {
    key: 'add_inbound_message',
    name: 'a To Email that is no address is refused naming the field',
    input: {
      type: 'Email',
      contactId: 'c1',
      conversationId: 'cv7',
      subject: 'S',
      message: 'x',
      emailTo: 'sales at deos dot com',
    },
    requests: [],
    error: /^"To Email \(Email\)" "sales at deos dot com" is not an email address/,
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
    error:
      /^Add Inbound Message: GHL found no record for Contact "ghost"\. Check that the id is right and belongs to this sub-account\. GHL says: Contact not found\./,
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
    name: "GHL's epoch-millisecond times get ISO twins, as in the conversation triggers and Find Conversation",
    input: { conversationId: 'cv1', star: 'starred' },
    requests: [
      {
        method: 'PUT',
        path: '/conversations/cv1',
        body: { starred: true, locationId: 'loc123' },
        response: {
          success: true,
          conversation: {
            id: 'cv1',
            locationId: 'loc123',
            contactId: 'c1',
            starred: true,
            deleted: false,
            lastMessageDate: 1759654800000,
            dateAdded: '1759568400000',
            dateUpdated: '2026-12-01T19:14:09.224Z',
          },
        },
      },
    ],
    expect: {
      id: 'cv1',
      locationId: 'loc123',
      contactId: 'c1',
      starred: true,
      deleted: false,
      lastMessageDate: 1759654800000,
      lastMessageDateIso: '2025-10-05T09:00:00.000Z',
      dateAdded: '1759568400000',
      dateAddedIso: '2025-10-04T09:00:00.000Z',
      dateUpdated: '2026-12-01T19:14:09.224Z',
    },
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
    error: /Update Conversation: GHL found no record for Conversation "gone"/,
  },
];
