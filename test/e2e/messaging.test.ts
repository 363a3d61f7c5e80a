/**
 * Messaging a contact GHL cannot reach, end to end against the emulator: the emulator refuses as GHL does (a 400 in
 * GHL's error shape) and the step's sentence names the contact and what to change.
 */
import { failureText } from '../support/harness';
import { useEmulator } from './support';

describe('Send Message to a contact GHL cannot reach', () => {
  const ref = useEmulator();

  const refusal = failureText;

  it('names the contact without a phone, then the one with DND on; an email still goes out', async () => {
    const r = ref.runner();
    const created = await r.perform('create', 'create_contact', { firstName: 'Noor', email: 'noor@example.com' });
    const id = created.id as string;

    expect(await refusal(r.perform('create', 'send_message', { type: 'SMS', contactId: id, message: 'Hi' }))).toBe(
      `Send Message: Contact "${id}" has no phone number GHL can send an SMS to: add or correct the contact's phone ` +
        'in GHL, or choose another channel. GHL says: Contact does not have a phone number.',
    );
    const sent = await r.perform('create', 'send_message', {
      type: 'Email',
      contactId: id,
      subject: 'Welcome',
      message: 'Hi',
    });
    expect(sent).toMatchObject({ contactId: id, type: 'Email', status: 'pending' });

    await r.perform('create', 'update_contact', { contactId: id, dnd: 'true' });
    expect(
      await refusal(r.perform('create', 'send_message', { type: 'Email', contactId: id, subject: 'S', message: 'Hi' })),
    ).toBe(
      `Send Message: Contact "${id}" has Do Not Disturb (DND) on, so GHL will not send it an email. Turn DND off for ` +
        'this channel on the contact in GHL only if they agreed to hear from you again, or choose another channel. ' +
        'GHL says: Cannot send message as DND is active for Email.',
    );
    // Nothing was sent for the refused messages: one message (the email) in the contact's conversation.
    expect(ref.emu.store.where('messages', { contactId: id })).toHaveLength(1);
  });
});

describe('a call file GHL does not have (yet)', () => {
  const ref = useEmulator();

  it('answers the 400 "… not found" the spec documents, and the file triggers wait on it: nothing fires', async () => {
    const r = ref.runner();
    const sms = ref.emu.seed.collections.messages.find((m) => m.messageType !== 'TYPE_CALL')!;
    const answer = await fetch(
      `${ref.emu.url}/conversations/messages/${sms.id}/locations/${sms.locationId}/recording`,
      {
        headers: { Authorization: `Bearer ${ref.emu.authData().access_token}`, Version: '2021-04-15' },
      },
    );
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ message: 'Recording not found' });
    expect(await r.perform('trigger', 'get_message_recording', { messageId: sms.id })).toEqual([]);
    expect(await r.perform('trigger', 'download_message_transcription', { messageId: sms.id })).toEqual([]);
  });
});
