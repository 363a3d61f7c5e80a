/**
 * Every polling trigger of the registry is either replayed (test/replay/scenarios.ts, run by the other files here)
 * or listed below with its kind and the reason it is not, so a new trigger must be classified or covered.
 * The kind comes from the declaration (TriggerDecl.fires; default: hidden → static, single record → changed,
 * list → new).
 */
import { firesOf, type TriggerDecl } from '../../lib/op';
import { operations } from '../../registry';
import type { Fires } from './harness';
import { SCENARIOS } from './scenarios';

const DROPDOWN = 'hidden dropdown feed: Zapier never polls it for a Zap, it only fills a picker';
const RECORD =
  'one chosen record per poll (no list, no paging, no order): the id is the record id + its update time or content hash, checked in test/lib.test.ts (toChangeItem)';
const CONFIG =
  'configuration list of the sub-account (tens of items, read whole every poll: a full first page is read on, lib/polling.ts listPoll); GHL-side events are setup changes, not activity';
const CHILDREN =
  "one record's children (a contact's notes, a conversation's messages…): one page holds them, read whole every poll (a full paged one read on: lib/polling.ts listPoll)";
const SEARCH =
  'catalog search exposed as a trigger for its results (one page, newest first where GHL sorts); the activity triggers replayed here are the ones to watch for new records';
const WINDOW = 'time-window list (slots / events around now) for one calendar, read whole every poll';
const FILE = 'a file of one message (recording / transcript): fires once for the chosen message, nothing GHL adds to';

/** Triggers not replayed, with their kind and why. */
const NOT_REPLAYED: Record<string, { fires: Fires; why: string }> = {
  // dropdown feeds
  opportunity_choices: { fires: 'static', why: DROPDOWN },
  lost_reason_choices: { fires: 'static', why: DROPDOWN },
  conversation_choices: { fires: 'static', why: DROPDOWN },
  message_choices: { fires: 'static', why: DROPDOWN },
  association_object_key_choices: { fires: 'static', why: DROPDOWN },
  form_choices: { fires: 'static', why: DROPDOWN },
  survey_choices: { fires: 'static', why: DROPDOWN },
  custom_object_schemas: { fires: 'static', why: DROPDOWN },
  contact_choices: { fires: 'static', why: DROPDOWN },
  user_choices: { fires: 'static', why: DROPDOWN },
  pipeline_stage_choices: { fires: 'static', why: DROPDOWN },
  tag_choices: { fires: 'static', why: DROPDOWN },
  timezone_choices: { fires: 'static', why: DROPDOWN },
  sub_account_choices: { fires: 'static', why: DROPDOWN },
  email_choices: { fires: 'static', why: DROPDOWN },
  object_record_choices: { fires: 'static', why: DROPDOWN },
  // single records ("Get …")
  get_contact: { fires: 'changed', why: RECORD },
  get_duplicate_contact: { fires: 'changed', why: RECORD },
  get_contact_task: { fires: 'changed', why: RECORD },
  get_contact_note: { fires: 'changed', why: RECORD },
  get_calendar: { fires: 'changed', why: RECORD },
  get_appointment: { fires: 'changed', why: RECORD },
  get_calendar_notification: { fires: 'changed', why: RECORD },
  get_calendar_resource: { fires: 'changed', why: RECORD },
  get_opportunity: { fires: 'changed', why: RECORD },
  get_user: { fires: 'changed', why: RECORD },
  get_business: { fires: 'changed', why: RECORD },
  get_conversation: { fires: 'changed', why: RECORD },
  get_email_message: { fires: 'changed', why: RECORD },
  get_message: { fires: 'changed', why: RECORD },
  get_message_transcription: { fires: 'changed', why: RECORD },
  get_company: { fires: 'changed', why: RECORD },
  get_association: { fires: 'changed', why: RECORD },
  get_association_by_key: { fires: 'changed', why: RECORD },
  check_blog_post_slug: { fires: 'changed', why: RECORD },
  // files
  get_message_recording: { fires: 'new', why: FILE },
  download_message_transcription: { fires: 'new', why: FILE },
  // configuration lists
  calendar_groups: { fires: 'new', why: CONFIG },
  calendars: { fires: 'new', why: CONFIG },
  calendar_notifications: { fires: 'new', why: CONFIG },
  calendar_resources: { fires: 'new', why: CONFIG },
  pipelines: { fires: 'new', why: CONFIG },
  users_by_location: { fires: 'new', why: CONFIG },
  businesses: { fires: 'new', why: CONFIG },
  workflows: { fires: 'new', why: CONFIG },
  snapshots: { fires: 'new', why: CONFIG },
  campaigns: { fires: 'new', why: CONFIG },
  locations: { fires: 'new', why: CONFIG },
  custom_fields: { fires: 'new', why: CONFIG },
  associations: { fires: 'new', why: CONFIG },
  associations_by_object_key: { fires: 'new', why: CONFIG },
  blogs: { fires: 'new', why: CONFIG },
  blog_authors: { fires: 'new', why: CONFIG },
  blog_categories: { fires: 'new', why: CONFIG },
  blog_posts: { fires: 'new', why: CONFIG },
  // one record's children
  contacts_by_business: { fires: 'new', why: CHILDREN },
  contact_appointments: { fires: 'new', why: CHILDREN },
  contact_tasks: { fires: 'new', why: CHILDREN },
  contact_notes: { fires: 'new', why: CHILDREN },
  appointment_notes: { fires: 'new', why: CHILDREN },
  conversation_messages: { fires: 'new', why: CHILDREN },
  record_relations: { fires: 'new', why: CHILDREN },
  // catalog searches
  list_contacts_deprecated: { fires: 'new', why: SEARCH },
  search_users: { fires: 'new', why: SEARCH },
  users_by_email: { fires: 'new', why: SEARCH },
  // calendar windows
  calendar_free_slots: { fires: 'new', why: WINDOW },
  calendar_events: { fires: 'new', why: WINDOW },
  calendar_blocked_slots: { fires: 'new', why: WINDOW },
};

const triggers = operations.filter((o) => o.kind === 'trigger').map((o) => o.decl as TriggerDecl);
const replayed = new Map(SCENARIOS.map((s) => [s.trigger, s]));

describe('dedupe replay coverage', () => {
  test('every polling trigger is replayed or classified with a reason, never both', () => {
    const unclassified = triggers.filter((d) => !replayed.has(d.key) && !NOT_REPLAYED[d.key]).map((d) => d.key);
    const both = triggers.filter((d) => replayed.has(d.key) && NOT_REPLAYED[d.key]).map((d) => d.key);
    const stale = [...Object.keys(NOT_REPLAYED), ...replayed.keys()].filter((k) => !triggers.some((d) => d.key === k));
    expect({ unclassified, both, stale }).toEqual({ unclassified: [], both: [], stale: [] });
  });

  test("each trigger's kind in the table / scenario is the one its declaration states", () => {
    const wrong = triggers
      .map((d) => ({
        key: d.key,
        declared: firesOf(d),
        listed: replayed.get(d.key)?.fires ?? NOT_REPLAYED[d.key]?.fires,
      }))
      .filter((x) => x.listed !== undefined && x.listed !== x.declared);
    expect(wrong).toEqual([]);
  });

  test('the replayed triggers include every activity trigger the issue names', () => {
    for (const key of [
      'new_inbound_message',
      'new_outbound_message',
      'new_opportunity',
      'opportunity_stage_changed',
      'opportunity_status_changed',
      'new_form_submission',
      'new_survey_submission',
      'updated_contact',
    ]) {
      expect(replayed.has(key)).toBe(true);
    }
  });
});
