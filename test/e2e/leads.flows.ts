/**
 * The seed Zaps of README "Zaps people build" as the e2e corpus tests drive them: Find or Create Contact, then the
 * flow's steps, each through the app's handler the way the Zap editor maps them.
 */
import type { AppRunner, Kind } from '../../emulator/demo/runner';
import type { Emulator } from '../../emulator/index';
import type { MessyLead } from './leads.corpus';
import { failure } from './support';

/** What one delivery of a lead did: the contact it landed on, the create step's output, the step that refused it. */
export interface Delivery {
  contactId?: string;
  created?: Record<string, any>;
  refused?: { step: string; message: string };
}

/** Runs a step the way the Zap editor would (declared inputs only, empty values left out). */
export const step = async (runner: AppRunner, kind: Kind, key: string, input: Record<string, unknown>) => {
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  runner.checkInputs(kind, key, given);
  return runner.perform(kind, key, given);
};

/** A seed Zap for one lead; a refused step ends the run (as Zapier stops a Zap run at a failed step). */
export const deliver = async (emu: Emulator, runner: AppRunner, m: MessyLead): Promise<Delivery> => {
  const { firstName, lastName, email, phone, tags, dateOfBirth, value, text, media } = m.lead;
  const { companyName, address1, city, state, postalCode, country, gender, dnd } = m.lead;
  const d: Delivery = {};
  let current = '';
  const run = async (kind: Kind, key: string, input: Record<string, unknown>) => {
    current = key;
    return step(runner, kind, key, input);
  };
  try {
    // Find or Create Contact: the search, then the create when it found nothing (Zapier's searchOrCreate). The
    // builder maps the lead's Country into both halves: Zapier hands the search only its own inputs.
    const search = m.flow === 'salesmsg' ? { number: phone, country } : { email, number: phone, country };
    const found: any[] = await run('search', 'find_contact', search);
    if (found.length) d.contactId = found[0].id;
    else {
      const source = m.lead.source ?? { writesonic: 'Writesonic', salesmsg: 'Salesmsg', botsonic: 'Botsonic' }[m.flow];
      d.created = await run('create', 'create_contact', {
        firstName,
        lastName,
        email,
        phone,
        tags,
        dateOfBirth,
        companyName,
        address1,
        city,
        state,
        postalCode,
        country,
        source,
        gender,
        dnd,
      });
      d.contactId = d.created!.id;
    }
    const contactId = d.contactId;
    if (m.flow === 'writesonic') {
      await run('create', 'add_contact_tags', { contactId, tags: 'new lead' });
      if (text) await run('create', 'create_contact_note', { contactId, body: text });
    } else {
      await run('create', 'add_inbound_message', {
        contactId,
        type: m.flow === 'salesmsg' ? 'SMS' : 'Live_Chat',
        message: text,
        attachments: media,
      });
    }
    if (m.flow === 'botsonic') {
      const pipeline = emu.seed.collections.pipelines[0] as Record<string, any>;
      const opps: any[] = await run('search', 'find_opportunity', { contactId, pipelineId: pipeline.id });
      if (!opps.length) {
        await run('create', 'create_opportunity', {
          contactId,
          pipelineId: pipeline.id,
          pipelineStageId: pipeline.stages[0].id,
          name: `Chatbot lead: ${firstName}`,
          monetaryValue: value,
        });
      }
    }
  } catch (e) {
    const f = await failure(Promise.reject(e));
    d.refused = { step: current, message: f.message };
  }
  return d;
};
