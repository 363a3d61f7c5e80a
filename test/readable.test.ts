/** lib/readable: the readable twins added beside GHL's raw codes (spec enums of apps/conversations.json). */
import { choiceOf, type Field } from '../lib/op';
import { channelName, conversationChannel, directionName, withReadable } from '../lib/readable';
import { operations } from '../registry';

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

test("a message trigger's Channel maps into Send / Add Inbound Message's Channel (a reply on the same channel)", () => {
  const channelOf = (key: string) =>
    operations.find((o) => o.decl.key === key)!.decl.fields!.find((f) => 'key' in f && f.key === 'type') as Field;
  const read = (key: string, codes: string[]) => codes.map((c) => choiceOf(channelOf(key), channelName(c)!));
  const both = [
    'TYPE_SMS',
    'TYPE_EMAIL',
    'TYPE_WHATSAPP',
    'TYPE_RCS',
    'TYPE_FACEBOOK',
    'TYPE_INSTAGRAM',
    'TYPE_LIVE_CHAT',
    'TYPE_TIKTOK',
  ];
  const sent = ['SMS', 'Email', 'WhatsApp', 'RCS', 'FB', 'IG', 'Live_Chat', 'TIKTOK'];
  expect(read('send_message', both)).toEqual(sent);
  expect(read('add_inbound_message', [...both, 'TYPE_GMB', 'TYPE_WEBCHAT'])).toEqual([...sent, 'GMB', 'WebChat']);
});

// The conversation triggers' channel filters spelled GHL's codes their own way ("Whatsapp", "Tiktok", "GMB",
// "Webchat") while the outputs a Zap maps say "WhatsApp", "TikTok", "Google Business Profile", "Web Chat": a builder
// filtering on one name got the other. One channel, one name.
test("the conversation triggers' channel filters name each channel as their outputs do", () => {
  const choicesOf = (key: string, field: string) =>
    (
      operations
        .find((o) => o.kind === 'trigger' && o.decl.key === key)!
        .decl.fields!.find((f) => 'key' in f && f.key === field) as Field
    ).choices as Record<string, string>;
  for (const [key, field] of [
    ['search_conversations', 'lastMessageType'],
    ['conversation_messages', 'type'],
  ]) {
    const choices = choicesOf(key, field);
    expect(Object.keys(choices).length).toBeGreaterThan(10);
    expect(Object.entries(choices).filter(([code, label]) => label !== channelName(code))).toEqual([]);
    expect([choices.TYPE_WHATSAPP, choices.TYPE_TIKTOK, choices.TYPE_GMB]).toEqual([
      'WhatsApp',
      'TikTok',
      'Google Business Profile',
    ]);
  }
});
