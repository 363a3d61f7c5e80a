/**
 * The seed zaps `npm start` runs (and the e2e suite checks): a Writesonic lead arriving in GHL, the lead being
 * updated, and enrichment triggers polling with Zapier's dedupe. Each step calls the app through the app tester.
 */
import { AppRunner, describeError, type Kind } from './runner';

/** A lead as Writesonic would hand it over (its copy becomes the contact's intro note). */
export interface Lead {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  source: string;
  intro: string;
}

export const DEMO_LEAD: Lead = {
  firstName: 'Lin',
  lastName: 'Writer',
  email: 'lin.writer@example.com',
  phone: '+15555550177',
  source: 'Writesonic',
  intro:
    'Hi Lin! Thanks for trying our smile makeover guide. Reply with a good time and we will book your free consult.',
};

/** What the flows learn along the way (ids created by earlier steps, what each poll fired). */
export interface DemoState {
  runner: AppRunner;
  lead: Lead;
  /** Seeded ids the flows use (a calendar with free time). */
  calendarId: string;
  /** The redirect URI Zapier would send with the code. */
  redirectUri: string;
  contactId?: string;
  createdContact?: boolean;
  taskId?: string;
  noteIds: string[];
  appointmentId?: string;
  /** Items each poll fired (after dedupe), by trigger key. */
  fired: Record<string, string[][]>;
  /** Dedupe memory per trigger, keyed by item id, as Zapier keeps it. */
  seen: Record<string, Set<string>>;
  /** The agency connection of flow 4 (its own runner: its own stored connection and z.cache). */
  agency: AppRunner;
  /** Sub-accounts the agency's Sub-Account dropdown offered, by name. */
  subAccounts: Record<string, string>;
  agencyContactId?: string;
}

export interface Step {
  flow: string;
  title: string;
  /** Does the work and returns a one-line result for the log. */
  run: (s: DemoState) => Promise<string>;
}

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined || value === null || value === '') throw new Error(`an earlier step did not produce ${what}`);
  return value;
};

/** Runs an operation after checking its inputs against the app's declared fields. */
const call = async (s: DemoState, kind: Kind, key: string, input: Record<string, unknown>, runner = s.runner) => {
  await runner.checkInputs(kind, key, input);
  return runner.perform(kind, key, input);
};

/**
 * One poll with Zapier's dedupe: items whose id was seen before do not fire. The first poll only records what
 * exists (Zapier does not fire on what was already there when the Zap was turned on).
 */
const poll = async (
  s: DemoState,
  key: string,
  input: Record<string, unknown>,
  runner = s.runner,
  zap = key,
): Promise<{ fired: string[]; total: number; first: boolean }> => {
  const items: Array<{ id: unknown }> = await call(s, 'trigger', key, input, runner);
  if (!Array.isArray(items)) throw new Error(`trigger ${key} returned ${typeof items}, not a list`);
  const first = !s.seen[zap];
  const seen = (s.seen[zap] ??= new Set());
  const fresh = items.map((i) => String(i.id)).filter((id) => !seen.has(id));
  fresh.forEach((id) => seen.add(id));
  const fired = first ? [] : fresh;
  (s.fired[zap] ??= []).push(fired);
  return { fired, total: items.length, first };
};

const describePoll = (noun: string, r: { fired: string[]; total: number; first: boolean }) =>
  r.first
    ? `${r.total} existing ${noun}(s) remembered; nothing fires on the first poll`
    : r.fired.length
      ? `fired ${r.fired.length} new ${noun}: ${r.fired.join(', ')}`
      : `nothing new (all ${r.total} ${noun}(s) already seen)`;

/** Next weekday at 16:00 UTC, at least two days out: inside the seeded calendar's open hours (09–17 UTC). */
const nextSlot = (from = Date.now()): { startTime: string; endTime: string } => {
  const d = new Date(from + 2 * 86_400_000);
  d.setUTCHours(16, 0, 0, 0);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return { startTime: d.toISOString(), endTime: new Date(d.getTime() + 30 * 60_000).toISOString() };
};

export const CONNECT: Step[] = [
  {
    flow: 'Connect',
    title: 'OAuth token exchange (authentication.oauth2Config.getAccessToken)',
    run: async (s) => {
      const auth = await s.runner.exchangeCode('demo-authorization-code', s.redirectUri);
      if (!auth.access_token || !auth.refresh_token) throw new Error('the token exchange returned no tokens');
      return `connected to location ${auth.locationId} (${auth.userType} token, company ${auth.companyId})`;
    },
  },
  {
    flow: 'Connect',
    title: 'Connection test (authentication.test)',
    run: async (s) => `label: ${(await s.runner.testConnection()).label}`,
  },
];

export const NEW_LEAD: Step[] = [
  {
    flow: '1. New Writesonic lead',
    title: 'Find Contact by email (find_contact)',
    run: async (s) => {
      const found: any[] = await call(s, 'search', 'find_contact', { email: s.lead.email });
      if (found.length) {
        s.contactId = found[0].id;
        s.createdContact = false;
        return `found existing contact ${s.contactId}`;
      }
      return 'no contact with that email yet';
    },
  },
  {
    flow: '1. New Writesonic lead',
    title: 'Create Contact when none was found (create_contact)',
    run: async (s) => {
      if (s.contactId) return 'skipped: the contact exists';
      const { firstName, lastName, email, phone, source } = s.lead;
      const c = await call(s, 'create', 'create_contact', { firstName, lastName, email, phone, source });
      s.contactId = need(c.id, 'a contact id');
      s.createdContact = true;
      return `created contact ${c.id} (${c.firstName} ${c.lastName}, ${c.email})`;
    },
  },
  {
    flow: '1. New Writesonic lead',
    title: 'Add Tags to Contact (add_contact_tags)',
    run: async (s) => {
      const r = await call(s, 'create', 'add_contact_tags', {
        contactId: need(s.contactId, 'a contact'),
        tags: ['writesonic', 'new lead'],
      });
      return `tags now: ${(r.tags ?? []).join(', ')}`;
    },
  },
  {
    flow: '1. New Writesonic lead',
    title: 'Create Contact Note with the intro copy (create_contact_note)',
    run: async (s) => {
      const n = await call(s, 'create', 'create_contact_note', {
        contactId: need(s.contactId, 'a contact'),
        body: s.lead.intro,
      });
      s.noteIds.push(need(n.id, 'a note id'));
      return `note ${n.id}: "${String(n.body).slice(0, 48)}…"`;
    },
  },
];

export const LEAD_UPDATED: Step[] = [
  {
    flow: '2. Lead updated',
    title: 'Update Contact (update_contact)',
    run: async (s) => {
      const c = await call(s, 'create', 'update_contact', {
        contactId: need(s.contactId, 'a contact'),
        lastName: 'Writer-Smith',
        city: 'Springfield',
      });
      return `contact ${c.id} is now ${c.firstName} ${c.lastName} in ${c.city}`;
    },
  },
  {
    flow: '2. Lead updated',
    title: 'Create Contact Task (create_contact_task)',
    run: async (s) => {
      const due = new Date(Date.now() + 86_400_000).toISOString();
      const t = await call(s, 'create', 'create_contact_task', {
        contactId: need(s.contactId, 'a contact'),
        title: 'Call Lin about the consult',
        body: 'Lead came from Writesonic; mention the smile makeover guide.',
        dueDate: due,
      });
      s.taskId = need(t.id, 'a task id');
      return `task ${t.id} "${t.title}" due ${t.dueDate}, completed: ${t.completed}`;
    },
  },
  {
    flow: '2. Lead updated',
    title: 'Complete Contact Task (complete_contact_task)',
    run: async (s) => {
      const t = await call(s, 'create', 'complete_contact_task', {
        contactId: need(s.contactId, 'a contact'),
        taskId: need(s.taskId, 'a task'),
        completed: true,
      });
      if (t.completed !== true) throw new Error(`the task is not completed: ${JSON.stringify(t)}`);
      return `task ${t.id} completed: ${t.completed}`;
    },
  },
];

/** A trigger polled twice, a new item added, then polled again: only that item fires. */
const pollingSteps = (
  flow: string,
  key: string,
  noun: string,
  add: { title: string; run: (s: DemoState) => Promise<string> },
): Step[] => {
  const input = (s: DemoState) => ({ contactId: need(s.contactId, 'a contact') });
  const pollStep = (n: number): Step => ({
    flow,
    title: `Poll ${key} (#${n})`,
    run: async (s) => describePoll(noun, await poll(s, key, input(s))),
  });
  return [
    pollStep(1),
    pollStep(2),
    { flow, ...add },
    {
      flow,
      title: `Poll ${key} (#3)`,
      run: async (s) => {
        const r = await poll(s, key, input(s));
        const expected = key === 'contact_notes' ? s.noteIds[s.noteIds.length - 1] : s.appointmentId;
        if (r.fired.length !== 1 || r.fired[0] !== expected)
          throw new Error(`expected exactly ${expected} to fire, got [${r.fired.join(', ')}]`);
        return describePoll(noun, r);
      },
    },
  ];
};

export const ENRICHMENT: Step[] = [
  ...pollingSteps('3. Enrichment', 'contact_notes', 'note', {
    title: 'Add a note (create_contact_note)',
    run: async (s) => {
      const n = await call(s, 'create', 'create_contact_note', {
        contactId: need(s.contactId, 'a contact'),
        body: 'Enriched: works at Acme Dental Labs, 40 staff.',
      });
      s.noteIds.push(need(n.id, 'a note id'));
      return `note ${n.id} added`;
    },
  }),
  ...pollingSteps('3. Enrichment', 'contact_appointments', 'appointment', {
    title: 'Book an appointment (create_appointment)',
    run: async (s) => {
      const a = await call(s, 'create', 'create_appointment', {
        calendarId: s.calendarId,
        contactId: need(s.contactId, 'a contact'),
        title: 'Free consult: Lin Writer',
        ...nextSlot(),
      });
      s.appointmentId = need(a.id, 'an appointment id');
      return `appointment ${a.id} at ${a.startTime}`;
    },
  }),
];

/**
 * One agency connection for every sub-account: connect as the agency, pick sub-accounts from the dropdown, poll New
 * Contact in one and create a contact in another. Each step runs with its sub-account's location token, exchanged
 * once per sub-account (POST /oauth/locationToken) and then read from the connection's z.cache.
 */
const AGENCY_FLOW = '4. Agency connection: one connection, every sub-account';
const sub = (s: DemoState, name: string) => need(s.subAccounts[name], `the sub-account "${name}" in the dropdown`);
const AGENCY_SUB_A = 'Demo Dental Studio';
const AGENCY_SUB_B = 'Riverside Plumbing';

export const AGENCY: Step[] = [
  {
    flow: AGENCY_FLOW,
    title: 'Connect the agency: Account Type Agency (getAccessToken)',
    run: async (s) => {
      const auth = await s.agency.exchangeCode('demo-agency-code', s.redirectUri, { accountType: 'Company' });
      if (auth.userType !== 'Company' || auth.locationId)
        throw new Error(`expected an agency (Company) token without a sub-account, got ${JSON.stringify(auth)}`);
      return `agency connection for company ${auth.companyId} (Company token, no sub-account of its own)`;
    },
  },
  {
    flow: AGENCY_FLOW,
    title: 'Connection test (authentication.test)',
    run: async (s) => `label: ${(await s.agency.testConnection()).label}`,
  },
  {
    flow: AGENCY_FLOW,
    title: 'New Contact asks for the sub-account first (inputFields)',
    run: async (s) => {
      const fields = await s.agency.inputFields('trigger', 'new_contact');
      if (fields[0]?.key !== 'subAccountId')
        throw new Error(`the first field is ${fields[0]?.key}, not the Sub-Account dropdown`);
      return `fields: ${fields.map((f) => f.key).join(', ')}`;
    },
  },
  {
    flow: AGENCY_FLOW,
    title: 'Sub-Account dropdown: where the app is installed (sub_account_choices)',
    run: async (s) => {
      const items: Array<{ id: string; name: string }> = await s.agency.perform('trigger', 'sub_account_choices', {});
      s.subAccounts = Object.fromEntries(items.map((i) => [i.name, i.id]));
      return `offers ${items.map((i) => `${i.name} (${i.id})`).join(', ')}`;
    },
  },
  {
    flow: AGENCY_FLOW,
    title: `Poll New Contact in "${AGENCY_SUB_A}" (new_contact #1)`,
    run: async (s) =>
      describePoll(
        'contact',
        await poll(s, 'new_contact', { subAccountId: sub(s, AGENCY_SUB_A) }, s.agency, 'new_contact@A'),
      ),
  },
  {
    flow: AGENCY_FLOW,
    title: `Create Contact in "${AGENCY_SUB_B}" (create_contact)`,
    run: async (s) => {
      const c = await call(
        s,
        'create',
        'create_contact',
        { subAccountId: sub(s, AGENCY_SUB_B), firstName: 'Ria', lastName: 'Agency', email: 'ria@example.com' },
        s.agency,
      );
      if (c.locationId !== sub(s, AGENCY_SUB_B))
        throw new Error(`the contact landed in ${c.locationId}, not in ${sub(s, AGENCY_SUB_B)}`);
      s.agencyContactId = c.id;
      return `created contact ${c.id} in sub-account ${c.locationId}`;
    },
  },
  {
    flow: AGENCY_FLOW,
    title: `Poll New Contact in "${AGENCY_SUB_A}" (new_contact #2)`,
    run: async (s) => {
      const r = await poll(s, 'new_contact', { subAccountId: sub(s, AGENCY_SUB_A) }, s.agency, 'new_contact@A');
      if (r.fired.length) throw new Error(`a contact of another sub-account fired: ${r.fired.join(', ')}`);
      return `${describePoll('contact', r)}: the new contact belongs to "${AGENCY_SUB_B}"`;
    },
  },
];

export const ALL_STEPS: Step[] = [...CONNECT, ...NEW_LEAD, ...LEAD_UPDATED, ...ENRICHMENT, ...AGENCY];

export const newState = (runner: AppRunner, calendarId: string, lead: Lead = DEMO_LEAD): DemoState => ({
  runner,
  lead,
  calendarId,
  redirectUri: 'https://zapier.com/dashboard/auth/oauth/return/GoHighLevelCLIAPI/',
  noteIds: [],
  fired: {},
  seen: {},
  agency: new AppRunner(runner.app),
  subAccounts: {},
});

/** Runs steps in order; `onStep` sees each one before (result undefined) and after it runs. */
export const runSteps = async (
  steps: Step[],
  state: DemoState,
  onStep: (event: {
    index: number;
    total: number;
    step: Step;
    result?: string;
    error?: Error;
    ms?: number;
  }) => void = () => undefined,
): Promise<DemoState> => {
  for (const [index, step] of steps.entries()) {
    onStep({ index, total: steps.length, step });
    const started = Date.now();
    try {
      const result = await step.run(state);
      onStep({ index, total: steps.length, step, result, ms: Date.now() - started });
    } catch (e) {
      const { name, message } = describeError(e);
      const error = Object.assign(new Error(`${name}: ${message}`), { name });
      onStep({ index, total: steps.length, step, error, ms: Date.now() - started });
      throw Object.assign(new Error(`step "${step.title}" failed: ${error.message}`), { step, cause: e });
    }
  }
  return state;
};
