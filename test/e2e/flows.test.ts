/** The three seed zaps of `npm start`, run through the app tester against the emulator. */
import {
  CONNECT,
  DEMO_LEAD,
  ENRICHMENT,
  LEAD_UPDATED,
  NEW_LEAD,
  newState,
  runSteps,
  type DemoState,
} from '../../emulator/demo/flows';
import { AppRunner } from '../../emulator/demo/runner';
import { App, useEmulator } from './support';

describe('seed zaps against the emulator', () => {
  const ref = useEmulator();
  let state: DemoState;

  beforeAll(async () => {
    state = newState(new AppRunner(App), ref.emu.seed.collections.calendars[0].id);
    await runSteps(CONNECT, state);
  });

  const contact = () => ref.emu.store.get('contacts', state.contactId!)!;

  it('connects through the OAuth token exchange', () => {
    expect(state.runner.authData).toMatchObject({ locationId: ref.emu.seed.meta.locationId, userType: 'Location' });
    expect(state.runner.authData.access_token).toMatch(/^at\./);
  });

  it('1. a new Writesonic lead: find (none) → create → tag → intro note', async () => {
    await runSteps(NEW_LEAD, state);
    expect(state.createdContact).toBe(true);
    expect(contact()).toMatchObject({
      email: DEMO_LEAD.email,
      firstName: 'Lin',
      tags: expect.arrayContaining(['writesonic', 'new lead']),
    });
    expect(contact().id).toMatch(/^[A-Za-z0-9]{20}$/);
    const notes = ref.emu.store.where('notes', { contactId: state.contactId });
    expect(notes.map((n) => n.body)).toEqual([DEMO_LEAD.intro]);
  });

  it('1b. the same lead again is found, not created twice', async () => {
    const again = newState(state.runner, state.calendarId);
    await runSteps(NEW_LEAD.slice(0, 2), again);
    expect(again).toMatchObject({ contactId: state.contactId, createdContact: false });
    expect(ref.emu.store.where('contacts', { email: DEMO_LEAD.email })).toHaveLength(1);
  });

  it('2. the lead is updated: update → task → complete', async () => {
    await runSteps(LEAD_UPDATED, state);
    expect(contact()).toMatchObject({ lastName: 'Writer-Smith', city: 'Springfield' });
    expect(Date.parse(contact().dateUpdated)).toBeGreaterThanOrEqual(Date.parse(contact().dateAdded));
    expect(ref.emu.store.get('tasks', state.taskId!)).toMatchObject({ completed: true, contactId: state.contactId });
  });

  it("1c. Find or Create Contact's update of a returning lead adds the step's tags and keeps the others", async () => {
    // Zapier's searchOrCreate with `update`: the search finds the contact, then the update runs with the create's
    // values and the found id (updateInputFromSearchOutput). GHL's update would overwrite the tags (UpdateContactDto).
    const runner = state.runner;
    const before = [...contact().tags];
    const [found] = (await runner.perform('search', 'find_contact', { email: DEMO_LEAD.email })) as any[];
    expect(found.id).toBe(state.contactId);
    const updated: any = await runner.perform('create', 'update_contact', {
      contactId: found.id,
      email: DEMO_LEAD.email,
      firstName: 'Lin',
      tags: 'Webinar, writesonic',
    });
    expect(before).toEqual(expect.arrayContaining(['writesonic', 'new lead']));
    expect(contact().tags).toEqual([...before, 'webinar']);
    expect(updated.tags).toEqual(contact().tags);
  });

  it('1d. Upsert Contact of a returning lead adds its tags and keeps the others; a new lead is created with them', async () => {
    const before = [...contact().tags];
    const again: any = await state.runner.perform('create', 'upsert_contact', { email: DEMO_LEAD.email, tags: 'Demo' });
    expect(again).toMatchObject({ id: state.contactId, isNew: false });
    expect(contact().tags).toEqual([...before, 'demo']);
    const fresh: any = await state.runner.perform('create', 'upsert_contact', {
      email: 'kai@example.com',
      tags: 'demo',
    });
    expect(fresh.isNew).toBe(true);
    expect(ref.emu.store.get('contacts', fresh.id)).toMatchObject({ tags: ['demo'] });
  });

  it('3. enrichment triggers fire only new notes / appointments (dedupe by id)', async () => {
    await runSteps(ENRICHMENT, state);
    expect(state.fired.contact_notes).toEqual([[], [], [state.noteIds[1]]]);
    expect(state.fired.contact_appointments).toEqual([[], [], [state.appointmentId]]);
  });
});
