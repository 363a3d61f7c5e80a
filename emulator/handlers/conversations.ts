import { badRequest, GhlError, notFound, unprocessable } from '../errors';
import { ghlId } from '../ids';
import { Answer, type Ctx, type Routes } from '../router';
import { wrapRecord } from '../shape';
import type { Rec } from '../store';
import { mustGet, ofLocation, touch } from './common';

const ms = (v: unknown) => (typeof v === 'number' ? v : Date.parse(String(v ?? '')) || 0);

/** Conversations sort by last message date; GHL's cursor (`startAfterDate`) is that sort value, returned as `sort`. */
const search = (ctx: Ctx) => {
  const q = ctx.query;
  const text = (q.get('query') ?? '').toLowerCase();
  const status = q.get('status');
  const asc = q.get('sort') === 'asc';
  let recs = ofLocation(ctx, 'conversations').filter(
    (c) =>
      (!q.get('contactId') || c.contactId === q.get('contactId')) &&
      (!q.get('assignedTo') || c.assignedTo === q.get('assignedTo')) &&
      (!q.get('id') || c.id === q.get('id')) &&
      (!q.get('lastMessageType') || c.lastMessageType === q.get('lastMessageType')) &&
      (!q.get('lastMessageDirection') || c.lastMessageDirection === q.get('lastMessageDirection')) &&
      (!status ||
        status === 'all' ||
        (status === 'unread'
          ? c.unreadCount > 0
          : status === 'read'
            ? !c.unreadCount
            : status === 'starred'
              ? c.starred
              : true)) &&
      (!text ||
        [c.fullName, c.email, c.phone, c.lastMessageBody].some((v) => v && String(v).toLowerCase().includes(text))),
  );
  recs.sort((a, b) => (ms(a.lastMessageDate) - ms(b.lastMessageDate)) * (asc ? 1 : -1));
  const total = recs.length;
  const after = q.get('startAfterDate');
  if (after)
    recs = recs.filter((c) => (asc ? ms(c.lastMessageDate) > Number(after) : ms(c.lastMessageDate) < Number(after)));
  const conversations = recs
    .slice(0, Math.min(100, q.int('limit', 20)))
    .map((c) => ({ ...c, sort: [ms(c.lastMessageDate)] }));
  return { conversations, total };
};

/** GET /conversations/{id}/messages: newest first, `lastMessageId` + `nextPage` as the cursor. */
const messagesOf = (ctx: Ctx) => {
  mustGet(ctx, 'conversations', ctx.params.conversationId, 'Conversation');
  const types = ctx.query.all('type');
  let recs = ofLocation(ctx, 'messages')
    .filter((m) => m.conversationId === ctx.params.conversationId && (!types.length || types.includes(m.messageType)))
    .sort((a, b) => ms(b.dateAdded) - ms(a.dateAdded));
  const after = ctx.query.get('lastMessageId');
  if (after) recs = recs.slice(recs.findIndex((m) => m.id === after) + 1);
  const limit = Math.min(100, ctx.query.int('limit', 20));
  const messages = recs.slice(0, limit);
  return { lastMessageId: messages[messages.length - 1]?.id ?? '', nextPage: recs.length > limit, messages };
};

const messageOf = (ctx: Ctx, id: string) => mustGet(ctx, 'messages', id, 'Message');

/**
 * Call recordings and transcripts exist only for call messages of this location. Until the file exists GHL answers
 * "… not found" with the status these operations document (400; no 404 is documented): the triggers wait on it, as
 * they wait on a 404 (README, Known API quirks).
 */
const callMessage = (ctx: Ctx) => {
  if (ctx.params.locationId !== ctx.locationId)
    throw new GhlError(403, 'The token does not have access to this location', true);
  const m = messageOf(ctx, ctx.params.messageId);
  if (m.messageType !== 'TYPE_CALL') throw notFound(ctx.op, 'Recording');
  return m;
};

const TRANSCRIPT = [
  {
    sentenceIndex: 0,
    startTime: 0,
    endTime: 2400,
    transcript: 'Hi, I would like to book a cleaning.',
    confidence: 0.94,
    mediaChannel: 1,
  },
  {
    sentenceIndex: 1,
    startTime: 2400,
    endTime: 5100,
    transcript: 'Sure, mornings work best for you?',
    confidence: 0.91,
    mediaChannel: 2,
  },
];

/** A tiny valid WAV file (header plus a little silence). */
const silence = (): Buffer => {
  const samples = 800;
  const b = Buffer.alloc(44 + samples);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(8000, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples, 40);
  b.fill(128, 44);
  return b;
};

const STATUSES = ['delivered', 'failed', 'pending', 'read'];

/** The export's `channel` values and the message types each selects. */
const EXPORT_CHANNELS: Record<string, string> = {
  Call: 'TYPE_CALL',
  SMS: 'TYPE_SMS',
  Email: 'TYPE_EMAIL',
  WhatsApp: 'TYPE_WHATSAPP',
  Instagram: 'TYPE_INSTAGRAM',
  Facebook: 'TYPE_FACEBOOK',
};

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const unb64 = (s: string): any => {
  try {
    return JSON.parse(Buffer.from(s, 'base64').toString('utf8'));
  } catch {
    throw unprocessable(['cursor must be a nextCursor returned by this endpoint']);
  }
};

/**
 * GET /conversations/messages/export: every message of the location, sorted by `sortBy` (createdAt | updatedAt) in
 * `sortOrder` (default desc), with an opaque cursor: GHL's is a base64 point-in-time + last sort value + last id
 * (see the spec's example), so a page starts strictly after the previous page's last message even when messages share
 * a timestamp or arrive while paging. Without `channel`, email is left out (the spec says so).
 */
const exportMessages = (ctx: Ctx) => {
  const q = ctx.query;
  const channel = q.get('channel');
  const field = q.get('sortBy') === 'updatedAt' ? 'dateUpdated' : 'dateAdded';
  const dir = q.get('sortOrder') === 'asc' ? 1 : -1;
  const key = (m: Rec): [number, string] => [ms(m[field] ?? m.dateAdded), m.id];
  const cmp = (a: [number, string], b: [number, string]) =>
    (a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)) * dir;
  const start = q.get('startDate') ? ms(q.get('startDate')) : -Infinity;
  const end = q.get('endDate') ? ms(q.get('endDate')) : Infinity;
  let recs = ofLocation(ctx, 'messages')
    .filter((m) => (channel ? m.messageType === EXPORT_CHANNELS[channel] : m.messageType !== 'TYPE_EMAIL'))
    .filter(
      (m) =>
        (!q.get('conversationId') || m.conversationId === q.get('conversationId')) &&
        (!q.get('contactId') || m.contactId === q.get('contactId')),
    )
    .filter((m) => ms(m.dateAdded) >= start && ms(m.dateAdded) <= end)
    .sort((a, b) => cmp(key(a), key(b)));
  const total = recs.length;
  const cursor = q.get('cursor');
  if (cursor) {
    const after = unb64(cursor) as { lastSort: [number]; lastId: string };
    recs = recs.filter((m) => cmp(key(m), [after.lastSort[0], after.lastId]) > 0);
  }
  const limit = Math.max(10, Math.min(500, q.int('limit', 100)));
  const messages = recs.slice(0, limit);
  const last = messages[messages.length - 1];
  const nextCursor = recs.length > limit && last ? b64({ lastSort: [key(last)[0]], lastId: last.id }) : null;
  return { messages, nextCursor, total };
};

/** A contact's new (phone) conversation, as POST /conversations/ and a first message create it. */
const newConversation = (ctx: Ctx, contact: Rec): Rec =>
  ctx.store.insert('conversations', {
    id: ghlId(),
    locationId: ctx.locationId,
    contactId: contact.id,
    fullName: contact.name,
    contactName: contact.name,
    email: contact.email,
    phone: contact.phone,
    type: 'TYPE_PHONE',
    unreadCount: 0,
    inbox: true,
    starred: false,
    deleted: false,
    dateAdded: ctx.clock.now(),
  });

/** Adds a message to the contact's conversation (created on first use) and moves the conversation's last message. */
const recordMessage = (ctx: Ctx, direction: 'inbound' | 'outbound') => {
  const contact = mustGet(ctx, 'contacts', ctx.body.contactId, 'Contact');
  const now = ctx.clock.now();
  const conversation: Rec =
    (ctx.body.conversationId && mustGet(ctx, 'conversations', ctx.body.conversationId, 'Conversation')) ||
    ofLocation(ctx, 'conversations').find((c) => c.contactId === contact.id) ||
    newConversation(ctx, contact);
  const messageType = `TYPE_${String(ctx.body.type ?? 'SMS').toUpperCase()}`;
  const message = ctx.store.insert('messages', {
    id: ghlId(),
    conversationId: conversation.id,
    locationId: ctx.locationId,
    contactId: contact.id,
    messageType,
    direction,
    status: direction === 'inbound' ? 'delivered' : 'pending',
    body: ctx.body.message ?? ctx.body.html ?? '',
    contentType: ctx.body.html ? 'text/html' : 'text/plain',
    attachments: ctx.body.attachments ?? [],
    source: 'api',
    dateAdded: new Date(ctx.body.date ? Date.parse(ctx.body.date) || now : now).toISOString(),
  });
  Object.assign(conversation, {
    lastMessageBody: message.body,
    lastMessageType: messageType,
    lastMessageDirection: direction,
    lastMessageDate: now,
    dateUpdated: now,
    unreadCount: (conversation.unreadCount ?? 0) + (direction === 'inbound' ? 1 : 0),
  });
  return { conversation, message };
};

/** The key of a contact's `dndSettings` each message type is held back by (GHL's DND channels). */
const DND_CHANNEL: Record<string, string> = { SMS: 'SMS', RCS: 'SMS', Email: 'Email', WhatsApp: 'WhatsApp', FB: 'FB' };

/**
 * GHL does not send a message to a contact with Do Not Disturb on (for all channels, or the message's channel), nor an
 * SMS / WhatsApp message to a contact without a phone or an email to one without an email address, unless the
 * request names its own recipient (toNumber / emailTo). GHL's help centre documents the DND refusal ("Troubleshooting
 * SMS Delivery"); its exact API wording for these cases is not published, so these 400s are the emulator's own words
 * in GHL's error shape (lib/errors.ts reads them by meaning, not by the exact text).
 */
const refuseUnreachable = (ctx: Ctx, contact: Rec) => {
  const type = String(ctx.body.type ?? '');
  const dnd = DND_CHANNEL[type];
  if (contact.dnd === true || (dnd && contact.dndSettings?.[dnd]?.status === 'active'))
    throw badRequest(`Cannot send message as DND is active for ${dnd ?? type}.`);
  if (['SMS', 'RCS', 'WhatsApp'].includes(type) && !ctx.body.toNumber && !contact.phone)
    throw badRequest('Contact does not have a phone number');
  if (type === 'Email' && !ctx.body.emailTo && !contact.email)
    throw badRequest('Contact does not have an email address');
};

export const conversationRoutes: Routes = {
  'GET /conversations/search': search,
  'GET /conversations/{conversationId}': (ctx) =>
    wrapRecord(ctx.op, mustGet(ctx, 'conversations', ctx.params.conversationId, 'Conversation')),
  'GET /conversations/{conversationId}/messages': messagesOf,
  'GET /conversations/messages/export': exportMessages,
  'GET /conversations/messages/{id}': (ctx) => wrapRecord(ctx.op, messageOf(ctx, ctx.params.id)),
  'GET /conversations/messages/email/{id}': (ctx) =>
    wrapRecord(ctx.op, mustGet(ctx, 'emails', ctx.params.id, 'Email message')),
  'PUT /conversations/messages/{messageId}/status': (ctx) => {
    if (!STATUSES.includes(ctx.body.status))
      throw unprocessable([`status must be one of the following values: ${STATUSES.join(', ')}`]);
    const m = touch(ctx, messageOf(ctx, ctx.params.messageId), { status: ctx.body.status });
    return {
      conversationId: m.conversationId,
      messageId: m.id,
      messageIds: [m.id],
      msg: 'Message status updated',
      status: m.status,
    };
  },
  'POST /conversations/providers/live-chat/typing': () => ({ success: true }),
  // Creates the contact's conversation (Add Inbound Message calls it when the contact has none): the answer names a
  // conversation that exists, so the message lands in it (issue 12: before, the spec's example id came back).
  'POST /conversations/': (ctx) => {
    const contact = mustGet(ctx, 'contacts', ctx.body.contactId, 'Contact');
    const conversation = newConversation(ctx, contact);
    const { id, locationId, contactId, dateAdded, type, unreadCount, inbox, starred, deleted, fullName, email, phone } =
      conversation;
    return {
      success: true,
      conversation: {
        id,
        locationId,
        contactId,
        dateAdded,
        dateUpdated: dateAdded,
        type,
        unreadCount,
        inbox,
        starred,
        deleted,
        fullName,
        contactName: fullName,
        email,
        phone,
      },
    };
  },
  // SendMessageResponseDto: `status` is required, `emailMessageId` is the email's own id "only for Email type" (the id
  // Get Email by ID reads and a reply threads on; the message lists it in meta.email.messageIds).
  'POST /conversations/messages': (ctx) => {
    refuseUnreachable(ctx, mustGet(ctx, 'contacts', ctx.body.contactId, 'Contact'));
    const { conversation, message } = recordMessage(ctx, 'outbound');
    const emailId = ghlId();
    const email =
      message.messageType === 'TYPE_EMAIL'
        ? ctx.store.insert('emails', {
            id: emailId,
            threadId: ctx.body.threadId ?? emailId,
            locationId: ctx.locationId,
            contactId: message.contactId,
            conversationId: conversation.id,
            dateAdded: message.dateAdded,
            subject: ctx.body.subject ?? '',
            body: message.body,
            direction: 'outbound',
            status: message.status,
            contentType: message.contentType,
            attachments: message.attachments,
            from: ctx.body.emailFrom ?? '',
            to: [ctx.store.get('contacts', message.contactId)?.email].filter(Boolean),
            cc: ctx.body.emailCc ?? [],
            bcc: ctx.body.emailBcc ?? [],
            replyToMessageId: ctx.body.replyMessageId ?? '',
            source: 'api',
          })
        : undefined;
    if (email) message.meta = { email: { messageIds: [email.id] } };
    return {
      conversationId: conversation.id,
      messageId: message.id,
      ...(email ? { emailMessageId: email.id } : {}),
      msg: 'Message queued successfully.',
      status: message.status,
    };
  },
  // Inbound messages come from a custom conversation provider (or the API) and land in the contact's conversation.
  'POST /conversations/messages/inbound': (ctx) => {
    const { conversation, message } = recordMessage(ctx, 'inbound');
    return {
      success: true,
      conversationId: conversation.id,
      messageId: message.id,
      message: 'Message added',
      contactId: message.contactId,
      dateAdded: message.dateAdded,
    };
  },
  'PUT /conversations/{conversationId}': (ctx) => {
    const conv = mustGet(ctx, 'conversations', ctx.params.conversationId, 'Conversation');
    const patch: Record<string, unknown> = {};
    if (ctx.body.unreadCount !== undefined) patch.unreadCount = ctx.body.unreadCount;
    if (ctx.body.starred !== undefined) patch.starred = ctx.body.starred;
    if (ctx.body.feedback !== undefined) patch.feedback = ctx.body.feedback;
    return { success: true, conversation: touch(ctx, conv, patch) };
  },
  'GET /conversations/messages/{messageId}/locations/{locationId}/recording': (ctx) => {
    callMessage(ctx);
    return new Answer(200, silence(), 'audio/x-wav', {
      'Content-Disposition': `attachment; filename="${ctx.params.messageId}.wav"`,
    });
  },
  // The spec documents one sentence object; the emulator follows it (live GHL has been seen answering a list).
  'GET /conversations/locations/{locationId}/messages/{messageId}/transcription': (ctx) => {
    callMessage(ctx);
    return TRANSCRIPT[0];
  },
  'GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download': (ctx) => {
    callMessage(ctx);
    return new Answer(200, TRANSCRIPT.map((s) => `${s.transcript}`).join('\n'), 'text/plain', {
      'Content-Disposition': `attachment; filename="${ctx.params.messageId}.txt"`,
    });
  },
};
