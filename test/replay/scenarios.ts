/**
 * GHL-side event streams for the dedupe replay, one per polling trigger that GHL events drive. Each makes
 * creations, updates and deletions between polls, a burst bigger than one page between two polls, events sharing a
 * timestamp, and (setup) more than a page of old records that must never fire.
 */
import { DEFAULT_SEED } from '../../emulator/seed';
import type { Rec } from '../../emulator/store';
import { drop, put, rid, type Scenario, type World } from './harness';

const DAY = 86_400_000;
const loc = (w: World) => w.emu.seed.meta.locationId;
/** The records of the location the Zap's connection acts for (the seed holds other sub-accounts too). */
const mine = (w: World, coll: string): Rec[] =>
  w.store.all(coll).filter((r) => !r.locationId || r.locationId === loc(w));
const first = (w: World, coll: string): Rec => mine(w, coll)[0];
const exists = (w: World, coll: string, id: string) => () => !!w.store.get(coll, id);

/** The poll whose interval holds the burst (more items than one page of the trigger's endpoint). */
const BURST_POLL = 7;

// ---- Messages: one export item per message; inbound and outbound, every channel, email included.

const TYPES = ['TYPE_SMS', 'TYPE_SMS', 'TYPE_EMAIL', 'TYPE_WHATSAPP', 'TYPE_CALL', 'TYPE_FACEBOOK', 'TYPE_INSTAGRAM'];

const messageStream =
  (direction: 'inbound' | 'outbound') =>
  (w: World): void => {
    const conv = first(w, 'conversations');
    const n = w.poll === BURST_POLL ? 620 : w.rng.int(0, 6);
    const same = w.poll === BURST_POLL || w.rng.chance(0.3);
    const created: Rec[] = [];
    for (const t of w.times(n, same)) {
      const m = put(w, 'messages', {
        id: rid('msg'),
        locationId: loc(w),
        conversationId: conv.id,
        contactId: conv.contactId,
        type: 2,
        messageType: w.rng.pick(TYPES),
        direction: w.rng.chance(0.5) ? 'inbound' : 'outbound',
        status: 'delivered',
        body: 'replayed message',
        contentType: 'text/plain',
        attachments: [],
        source: w.rng.pick(['app', 'workflow', 'api']),
        dateAdded: w.iso(t),
      });
      created.push(m);
      if (m.direction === direction) w.expectNew(m.id, exists(w, 'messages', m.id));
    }
    // Deletions: sometimes a message from this interval (never visible), sometimes an older one.
    if (created.length && w.rng.chance(0.3)) drop(w, 'messages', w.rng.pick(created).id);
    if (w.rng.chance(0.2)) {
      const old = mine(w, 'messages');
      if (old.length) drop(w, 'messages', w.rng.pick(old).id);
    }
  };

const messageScenario = (trigger: string, direction: 'inbound' | 'outbound'): Scenario => ({
  trigger,
  fires: 'new',
  step: messageStream(direction),
  keyOf: (item) => item.messageId ?? item.id,
  modes: [{}],
});

// ---- Opportunities

const pipeline = (w: World): Rec => first(w, 'pipelines');

const newOpp = (w: World, t: number): Rec => {
  const p = pipeline(w);
  const contact = first(w, 'contacts');
  return put(w, 'opportunities', {
    id: rid('opp'),
    locationId: loc(w),
    name: 'Replayed deal',
    monetaryValue: 100,
    pipelineId: p.id,
    pipelineStageId: p.stages[0].id,
    status: 'open',
    source: 'replay',
    contactId: contact.id,
    followers: [],
    customFields: [],
    createdAt: w.iso(t),
    updatedAt: w.iso(t),
    lastStageChangeAt: w.iso(t),
    lastStatusChangeAt: w.iso(t),
  });
};

/** More than a page (and more than one advanced-search page of 500) of deals made weeks ago. */
const oldOpps = (n: number) => (w: World) => {
  for (let i = 0; i < n; i++) newOpp(w, w.now - 30 * DAY - i * 60_000);
};

const newOpportunityStep = (w: World): void => {
  const n = w.poll === BURST_POLL ? 230 : w.rng.int(0, 4);
  const made = w.times(n, w.poll === BURST_POLL || w.rng.chance(0.3)).map((t) => newOpp(w, t));
  for (const o of made) w.expectNew(o.id, exists(w, 'opportunities', o.id));
  if (made.length && w.rng.chance(0.3)) drop(w, 'opportunities', w.rng.pick(made).id);
  if (w.rng.chance(0.2)) drop(w, 'opportunities', w.rng.pick(mine(w, 'opportunities')).id);
};

const STATUSES = ['open', 'won', 'lost', 'abandoned'];

/** Creations (never a change), moves of deals of any age, double moves between two polls, deletions. */
const changeStep =
  (what: 'pipelineStageId' | 'status', when: 'lastStageChangeAt' | 'lastStatusChangeAt') =>
  (w: World): void => {
    for (const t of w.times(w.rng.int(0, 3))) newOpp(w, t);
    const all = mine(w, 'opportunities');
    const moves = w.poll === BURST_POLL ? 1500 : w.rng.int(0, 5);
    const times = w.times(moves, w.poll === BURST_POLL);
    for (const t of times) {
      const o = w.rng.pick(all);
      // A change within a second of creation is GHL stamping the new deal, not a change (see lib/polling.ts).
      if (t <= Date.parse(o.createdAt) + 1000 || t <= Date.parse(o[when])) continue;
      const values = what === 'status' ? STATUSES : pipeline(w).stages.map((s: Rec) => s.id);
      const to = w.rng.pick(values.filter((v: string) => v !== o[what]));
      w.event();
      Object.assign(o, { [what]: to, [when]: w.iso(t), updatedAt: w.iso(t) });
      w.expectChange(o.id, `${o.id}|${to}|${w.iso(t)}`, exists(w, 'opportunities', o.id));
    }
    if (w.rng.chance(0.2)) drop(w, 'opportunities', w.rng.pick(mine(w, 'opportunities')).id);
  };

const changeScenario = (
  trigger: string,
  what: 'pipelineStageId' | 'status',
  when: 'lastStageChangeAt' | 'lastStatusChangeAt',
): Scenario => ({
  trigger,
  fires: 'changed',
  setup: oldOpps(1300),
  step: changeStep(what, when),
  keyOf: (item) => `${item.opportunityId}|${item[what]}|${item[when]}`,
  modes: [
    {},
    { opportunitySearchSort: 'ignored' },
    { opportunitySearchRange: 'ignored' },
    { opportunitySearchSort: 'ignored', opportunitySearchRange: 'ignored' },
  ],
});

// ---- Form and survey submissions

const submissionScenario = (
  trigger: string,
  coll: 'formSubmissions' | 'surveySubmissions',
  parent: 'formId' | 'surveyId',
  parentColl: string,
): Scenario => {
  const submit = (w: World, t: number) =>
    put(w, coll, {
      id: rid('sub'),
      locationId: loc(w),
      [parent]: first(w, parentColl).id,
      contactId: first(w, 'contacts').id,
      name: 'Replayed Person',
      email: 'replay@example.com',
      createdAt: w.iso(t),
      others: {},
    });
  return {
    trigger,
    fires: 'new',
    setup: (w) => {
      for (let i = 0; i < 150; i++) submit(w, w.now - 3 * DAY - i * 60_000);
    },
    step: (w) => {
      const n = w.poll === BURST_POLL ? 260 : w.rng.int(0, 5);
      const made = w.times(n, w.poll === BURST_POLL || w.rng.chance(0.3)).map((t) => submit(w, t));
      for (const s of made) w.expectNew(s.id, exists(w, coll, s.id));
      if (made.length && w.rng.chance(0.3)) drop(w, coll, w.rng.pick(made).id);
    },
    keyOf: (item) => item.id,
    modes: [{ submissionOrder: 'desc' }, { submissionOrder: 'asc' }, { submissionOrder: 'shuffled' }],
  };
};

// ---- Contacts

const newContact = (w: World, t: number): Rec => {
  const id = rid('ctc');
  return put(w, 'contacts', {
    id,
    locationId: loc(w),
    firstName: 'Replay',
    lastName: id,
    firstNameLowerCase: 'replay',
    lastNameLowerCase: id.toLowerCase(),
    contactName: `replay ${id.toLowerCase()}`,
    email: `${id.toLowerCase()}@example.com`,
    tags: [],
    customFields: [],
    followers: [],
    dateAdded: w.iso(t),
    dateUpdated: w.iso(t),
  });
};

const oldContacts = (n: number) => (w: World) => {
  for (let i = 0; i < n; i++) newContact(w, w.now - 60 * DAY - i * 60_000);
};

const CONTACT_MODES = [
  {},
  { contactSort: 'ignored' as const },
  { contactRange: 'ignored' as const },
  { contactSort: 'ignored' as const, contactRange: 'ignored' as const },
];

const newContactScenario: Scenario = {
  trigger: 'new_contact',
  fires: 'new',
  setup: oldContacts(620),
  step: (w) => {
    const n = w.poll === BURST_POLL ? 620 : w.rng.int(0, 5);
    const made = w.times(n, w.poll === BURST_POLL || w.rng.chance(0.3)).map((t) => newContact(w, t));
    for (const c of made) w.expectNew(c.id, exists(w, 'contacts', c.id));
    if (made.length && w.rng.chance(0.3)) drop(w, 'contacts', w.rng.pick(made).id);
    // An update of an old contact is not a new contact.
    const old = w.rng.pick(mine(w, 'contacts'));
    w.event();
    old.dateUpdated = w.iso(w.now);
  },
  keyOf: (item) => item.id,
  modes: CONTACT_MODES,
};

const updatedContactScenario: Scenario = {
  trigger: 'updated_contact',
  fires: 'changed',
  setup: oldContacts(1300),
  step: (w) => {
    // New contacts are not updates.
    for (const t of w.times(w.rng.int(0, 3))) newContact(w, t);
    const all = mine(w, 'contacts');
    const n = w.poll === BURST_POLL ? 1500 : w.rng.int(0, 5);
    for (const t of w.times(n, w.poll === BURST_POLL)) {
      const c = w.rng.pick(all);
      if (t <= Date.parse(c.dateAdded) + 1000 || t <= Date.parse(c.dateUpdated)) continue;
      w.event();
      c.companyName = `Company ${t}`;
      c.dateUpdated = w.iso(t);
      w.expectChange(c.id, `${c.id}|${c.dateUpdated}`, exists(w, 'contacts', c.id));
    }
    if (w.rng.chance(0.2)) drop(w, 'contacts', w.rng.pick(mine(w, 'contacts')).id);
  },
  keyOf: (item) => `${item.contactId ?? item.recordId}|${item.dateUpdated}`,
  modes: CONTACT_MODES,
};

// ---- Tag Added to Contact (GHL gives no time for a tag: adding or removing one updates the contact)

const TAG = 'replay vip';
/** Additions of the tag per contact so far: each one is a separate event that must fire once. */
const tagAdds = new Map<string, number>();
/** Contacts whose tag was removed at an earlier poll. */
const untagged = new Set<string>();
const tagged = (c: Rec) => Array.isArray(c.tags) && c.tags.includes(TAG);

const tagAdded: Scenario = {
  trigger: 'contact_tag_added',
  fires: 'new',
  input: { tag: TAG },
  // More tagged contacts than one old-style page (100), none of which may fire, among more untagged ones.
  setup: (w) => {
    oldContacts(900)(w);
    mine(w, 'contacts')
      .filter((c) => c.id.includes('Rpl'))
      .slice(0, 180)
      .forEach((c) => (c.tags = [TAG]));
  },
  step: (w) => {
    // Only the replay's own contacts (the seed's are shared by every run, the counts are not).
    const own = mine(w, 'contacts').filter((c) => c.id.includes('Rpl'));
    // Tagged before this interval: removing a tag added since would hide the addition from every poll.
    const withTag = own.filter(tagged);
    const add = (c: Rec, t: number) => {
      w.event();
      c.tags = [...c.tags, TAG];
      c.dateUpdated = w.iso(t);
      const n = (tagAdds.get(c.id) ?? 0) + 1;
      tagAdds.set(c.id, n);
      w.expectNew(`${c.id}#${n}`, exists(w, 'contacts', c.id));
    };
    // A bulk action: more contacts tagged in one go than a search page holds, sharing a timestamp.
    const n = w.poll === BURST_POLL ? 620 : w.rng.int(0, 4);
    const never = own.filter((c) => !tagged(c) && !tagAdds.has(c.id) && !untagged.has(c.id));
    w.times(Math.min(n, never.length), w.poll === BURST_POLL || w.rng.chance(0.3)).forEach((t, i) => add(never[i], t));
    // New contacts created with the tag (a form adding it), which also fire.
    for (const t of w.times(w.rng.int(0, 2))) {
      const c = newContact(w, t);
      c.tags = [];
      add(c, t);
    }
    // Tag removed; added back at a later poll (a poll must have seen it gone, which needs every tagged contact on
    // the pages one poll reads: at most 500).
    const back = own.filter((c) => untagged.has(c.id));
    if (withTag.length < 450 && back.length && w.rng.chance(0.7)) {
      const c = w.rng.pick(back);
      untagged.delete(c.id);
      add(c, w.now);
    }
    if (w.rng.chance(0.7)) {
      const c = w.rng.pick(withTag);
      w.event();
      c.tags = c.tags.filter((t: string) => t !== TAG);
      c.dateUpdated = w.iso(w.now);
      untagged.add(c.id);
    }
    // Other changes of a tagged contact, a deletion: nothing fires.
    const c = w.rng.pick(withTag);
    w.event();
    c.companyName = `Company ${w.now}`;
    c.dateUpdated = w.iso(w.now);
    if (w.rng.chance(0.2)) drop(w, 'contacts', w.rng.pick(withTag).id);
  },
  keyOf: (item) => `${item.contactId}#${tagAdds.get(item.contactId) ?? 0}`,
  modes: [{}, { contactSort: 'ignored' as const }],
};

// ---- New Conversation (conversations created since the last poll; GHL lists them by latest message)

const newConversation = (w: World, t: number): Rec =>
  put(w, 'conversations', {
    id: rid('cnv'),
    locationId: loc(w),
    contactId: first(w, 'contacts').id,
    fullName: 'Replay',
    type: 'TYPE_PHONE',
    unreadCount: 1,
    lastMessageBody: 'replayed',
    lastMessageType: 'TYPE_SMS',
    lastMessageDirection: 'inbound',
    dateAdded: t,
    dateUpdated: t,
    lastMessageDate: t,
  });

const newConversationScenario: Scenario = {
  trigger: 'search_conversations',
  fires: 'new',
  setup: (w) => {
    for (let i = 0; i < 250; i++) newConversation(w, w.now - 30 * DAY - i * 60_000);
  },
  step: (w) => {
    // The burst in groups of 30 sharing a millisecond, so some straddle a page boundary (GHL's cursor is a time).
    const times =
      w.poll === BURST_POLL
        ? w.times(8).flatMap((t) => Array(30).fill(t))
        : w.times(w.rng.int(0, 4), w.rng.chance(0.3));
    const made = times.map((t) => newConversation(w, t));
    for (const c of made) w.expectNew(c.id, exists(w, 'conversations', c.id));
    // A reply in a new conversation, or a message in an old one (not a new conversation), and a deletion.
    for (const c of [w.rng.pick(made.length ? made : mine(w, 'conversations')), w.rng.pick(mine(w, 'conversations'))]) {
      w.event();
      c.lastMessageDate = c.dateUpdated = w.now;
    }
    if (made.length && w.rng.chance(0.3)) drop(w, 'conversations', w.rng.pick(made).id);
  },
  keyOf: (item) => item.id,
  modes: [{}],
};

// ---- Tasks (pending, the trigger's default)

const newTask = (w: World, t: number, completed = false): Rec =>
  put(w, 'tasks', {
    id: rid('tsk'),
    contactId: first(w, 'contacts').id,
    title: 'Replayed task',
    body: '',
    assignedTo: first(w, 'users').id,
    dueDate: w.iso(t + DAY),
    completed,
    dateAdded: w.iso(t),
    dateUpdated: w.iso(t),
  });

const newTaskScenario: Scenario = {
  trigger: 'new_task',
  fires: 'new',
  setup: (w) => {
    for (let i = 0; i < 150; i++) newTask(w, w.now - 5 * DAY - i * 60_000);
  },
  step: (w) => {
    const n = w.poll === BURST_POLL ? 230 : w.rng.int(0, 4);
    const made = w.times(n, w.poll === BURST_POLL || w.rng.chance(0.3)).map((t) => newTask(w, t));
    for (const t of made) w.expectNew(t.id, exists(w, 'tasks', t.id));
    // Completed tasks are not watched by default (status pending); a deletion now and then.
    for (const t of w.times(w.rng.int(0, 2))) newTask(w, t, true);
    if (made.length && w.rng.chance(0.3)) drop(w, 'tasks', w.rng.pick(made).id);
  },
  keyOf: (item) => item.id,
  modes: [{ taskOrder: 'desc' }, { taskOrder: 'asc' }, { taskOrder: 'shuffled' }],
};

// ---- Appointments (one calendar; the trigger reads the bookings of a window from yesterday to 90 days ahead)

const book = (w: World, t: number): Rec => {
  const start = w.now + w.rng.int(1, 60) * DAY + w.rng.int(0, 20) * 1_800_000;
  const cal = first(w, 'calendars');
  return put(w, 'appointments', {
    id: rid('apt'),
    locationId: loc(w),
    calendarId: cal.id,
    contactId: first(w, 'contacts').id,
    title: 'Replayed booking',
    appointmentStatus: 'confirmed',
    assignedUserId: first(w, 'users').id,
    users: [],
    isRecurring: false,
    startTime: w.iso(start),
    endTime: w.iso(start + 1_800_000),
    dateAdded: w.iso(t),
    dateUpdated: w.iso(t),
  });
};

const newAppointmentScenario: Scenario = {
  trigger: 'new_appointment',
  fires: 'new',
  input: { calendarId: DEFAULT_SEED.collections.calendars[0].id },
  setup: (w) => {
    for (let i = 0; i < 150; i++) book(w, w.now - 10 * DAY - i * 60_000);
  },
  step: (w) => {
    const n = w.poll === BURST_POLL ? 160 : w.rng.int(0, 4);
    const made = w.times(n, w.poll === BURST_POLL || w.rng.chance(0.3)).map((t) => book(w, t));
    for (const a of made) w.expectNew(a.id, exists(w, 'appointments', a.id));
    if (made.length && w.rng.chance(0.3)) drop(w, 'appointments', w.rng.pick(made).id);
    // A rescheduled booking is not a new one.
    const old = w.rng.pick(mine(w, 'appointments'));
    w.event();
    old.dateUpdated = w.iso(w.now);
  },
  keyOf: (item) => item.id,
  modes: [{}],
};

const newOpportunityScenario: Scenario = {
  trigger: 'new_opportunity',
  fires: 'new',
  setup: oldOpps(250),
  step: newOpportunityStep,
  keyOf: (item) => item.id,
  modes: [{ opportunityOrder: 'honoured' }, { opportunityOrder: 'ignored' }],
};

/** Every replayed trigger; a trigger not here must be in the test's classification table with a reason. */
export const SCENARIOS: Scenario[] = [
  messageScenario('new_inbound_message', 'inbound'),
  messageScenario('new_outbound_message', 'outbound'),
  newOpportunityScenario,
  // The same new records through the triggers that add the user's search or filters.
  { ...newOpportunityScenario, trigger: 'search_opportunities', input: { status: 'open' } },
  { ...newContactScenario, trigger: 'search_contacts', input: { query: 'example.com' } },
  newConversationScenario,
  changeScenario('opportunity_stage_changed', 'pipelineStageId', 'lastStageChangeAt'),
  changeScenario('opportunity_status_changed', 'status', 'lastStatusChangeAt'),
  submissionScenario('new_form_submission', 'formSubmissions', 'formId', 'forms'),
  submissionScenario('new_survey_submission', 'surveySubmissions', 'surveyId', 'surveys'),
  newContactScenario,
  updatedContactScenario,
  tagAdded,
  newTaskScenario,
  newAppointmentScenario,
];
