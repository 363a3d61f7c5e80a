/** lib/readable: the readable twins added beside GHL's raw codes (spec enums of apps/conversations.json). */
import { channelName, conversationChannel, directionName, withReadable } from '../lib/readable';

test('message types become channel names, acronyms and brand spellings kept', () => {
  expect(
    [
      'TYPE_SMS',
      'TYPE_CAMPAIGN_SMS',
      'TYPE_LIVE_CHAT',
      'TYPE_GMB',
      'TYPE_WHATSAPP',
      'TYPE_IVR_CALL',
      'TYPE_TIKTOK_COMMENT',
    ].map(channelName),
  ).toEqual(['SMS', 'Campaign SMS', 'Live Chat', 'Google Business Profile', 'WhatsApp', 'IVR Call', 'TikTok Comment']);
  expect(channelName(undefined)).toBeUndefined();
  expect(channelName(2)).toBeUndefined();
});

test('conversation types: the numeric codes of GET /conversations/{id} and the TYPE_ names of search', () => {
  expect([1, '2', 3, 5, 'TYPE_PHONE', 'TYPE_FB_MESSENGER'].map(conversationChannel)).toEqual([
    'Phone',
    'Email',
    'Facebook Messenger',
    'Group SMS',
    'Phone',
    'Facebook Messenger',
  ]);
  expect(conversationChannel(null)).toBeUndefined();
});

test('directions are capitalised; anything else is left alone', () => {
  expect([directionName('inbound'), directionName('OUTBOUND'), directionName('sideways')]).toEqual([
    'Inbound',
    'Outbound',
    undefined,
  ]);
});

test('withReadable adds twins beside the raw values and keeps everything else', () => {
  const message = { id: 'm1', type: 2, messageType: 'TYPE_EMAIL', direction: 'outbound' };
  expect(withReadable(message, 'Message')).toEqual({ ...message, channel: 'Email', directionName: 'Outbound' });
  const conversation = { id: 'cv1', type: 1, lastMessageType: 'TYPE_SMS', lastMessageDirection: 'inbound' };
  expect(withReadable(conversation, 'Conversation')).toEqual({
    ...conversation,
    lastChannel: 'SMS',
    lastDirectionName: 'Inbound',
    conversationChannel: 'Phone',
  });
  // `type` means something else on other records: only conversations get conversationChannel.
  expect(withReadable({ id: 'x', type: 1 }, 'Contact')).toEqual({ id: 'x', type: 1 });
  const plain = { id: 'c1', name: 'Rosan' };
  expect(withReadable(plain, 'Contact')).toBe(plain);
});
