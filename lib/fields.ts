import { heldTags, locationCountry, unreadFact, userIdFor, userIdsFor } from './location';
import {
  cleanText,
  emailLabel,
  emailName,
  listItems,
  normalizeEmail,
  normalizeEmails,
  normalizePhone,
  phoneExtension,
  phoneLabel,
  normalizeTags,
  phoneNeedsCountry,
  postalCode,
  postalNeedsCountry,
  shown,
  tagName,
  timezoneName,
  toCountryCode,
  URL_SEPARATORS,
} from './normalize';
import { ON_UNREADABLE, type B, type Field, type Z } from './op';
import { InputError, isEmpty, toDay, toIsoSeconds, toJson, toMillis, toMoney } from './values';

/** Gender words lower-cased (Field `aliases`), in English, Spanish, Portuguese, French, German, Italian and Dutch. */
const GENDER_ALIASES: Record<string, string> = {};
for (const w of 'm man h hombre varón varon masculino homme masculin männlich mannlich maennlich mann herr maschio uomo'.split(
  ' ',
))
  GENDER_ALIASES[w] = 'male';
for (const w of 'f woman w mujer femenino feminino femme féminin feminin weiblich frau femmina donna vrouw'.split(' '))
  GENDER_ALIASES[w] = 'female';
/** Where a form's "M" may be Mujer: the countries whose official language is Spanish (F.gender). */
const SPANISH_SPEAKING = 'AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PY SV UY VE'.split(' ');

/** Options a field helper takes: anything but the key, which the helper's first argument (or name) fixes. */
type Opts = Partial<Omit<Field, 'key'>>;

/**
 * The Skipped Values sentence for the parts of a value read that its GHL field cannot hold (a phone's label and
 * extension, an email's label), or undefined when nothing was lost.
 */
const notStored = (label: string, v: unknown, what: string, ...parts: Array<string | false | undefined>) => {
  const lost = parts.filter(Boolean);
  return lost.length
    ? `"${label}" ${shown(v)}: ${lost.join(' and ')} ${lost.length > 1 ? 'were' : 'was'} not stored, as GHL's ${what} holds none.`
    : undefined;
};

/**
 * The Country the step itself is given (a contact's, a business's), when it can be read: a national phone number of
 * a lead from abroad is read in the lead's country, not the sub-account's.
 */
const stepCountry = (bundle: B): string | undefined => {
  const given = bundle.inputData?.country;
  if (isEmpty(given)) return undefined;
  try {
    return toCountryCode(given);
  } catch {
    return undefined; // named by the Country field itself
  }
};

/**
 * The country a national value (a phone without +code, a postal code that lost its zeros) is read in: the step's
 * Country, else the sub-account's (one lookup per run, cached); asked only when `needed`.
 */
const countryFor = async (needed: boolean, bundle: B, z?: Z): Promise<string | undefined> =>
  needed ? (stepCountry(bundle) ?? (z ? await locationCountry(z, bundle) : undefined)) : undefined;

/**
 * A list field's `dropped`: the sentences of its items that lose a part (a label, an extension), each item read as the
 * one-value field `one` and split as the list reads them (`at`).
 */
const eachDropped =
  (one: Field, at?: RegExp) =>
  (v: unknown): string | undefined =>
    listItems(v, at)
      .map((item) => one.dropped?.(item))
      .filter(Boolean)
      .join(' ') || undefined;

const field = <K extends string>(key: K, label: string, base: Opts, opts: Opts = {}): Field<K> => ({
  key,
  label,
  ...base,
  ...opts,
});

/** A required dropdown of the GHL record its key names, fed by a list trigger (`dynamic`: trigger.idField.labelField). */
const picker =
  <K extends string>(key: K, label: string, dynamic: string, more: Opts = {}) =>
  (opts?: Opts) =>
    field(key, label, { type: 'string', required: true, dynamic, ...more }, opts);

/**
 * The field and dropdown library: one place that knows how GHL ids are picked (dynamic dropdowns backed by the
 * app's own list triggers) and how values are typed. Declarations say `F.contact()`, `F.text('title', 'Title')`.
 */
export const F = {
  /** Free text (one line). */
  text: <K extends string>(key: K, label: string, opts?: Opts) => field(key, label, { type: 'string' }, opts),
  /** Long text (multi-line box). */
  longText: <K extends string>(key: K, label: string, opts?: Opts) => field(key, label, { type: 'text' }, opts),
  number: <K extends string>(key: K, label: string, opts?: Opts) => field(key, label, { type: 'number' }, opts),
  integer: <K extends string>(key: K, label: string, opts?: Opts) => field(key, label, { type: 'integer' }, opts),
  boolean: <K extends string>(key: K, label: string, opts?: Opts) => field(key, label, { type: 'boolean' }, opts),
  /**
   * ISO 8601 date-time text (keeps the user's offset): the `datetime` type alone, which lib/op.ts convert reads with
   * toIso. Zapier's relative dates ("tomorrow 9am") arrive as ISO.
   */
  datetime: <K extends string>(key: K, label: string, opts?: Opts) => field(key, label, { type: 'datetime' }, opts),
  /** ISO 8601 without milliseconds, for fields GHL rejects them in (a task's dueDate). */
  datetimeSeconds: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'datetime', to: (v: unknown) => toIsoSeconds(v, `"${label}"`) }, opts),
  /** Date-time sent as epoch milliseconds (calendars API). */
  millis: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'datetime', to: (v: unknown) => toMillis(v, `"${label}"`) }, opts),
  /** A calendar date sent as YYYY-MM-DD. */
  day: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'string', to: (v: unknown) => toDay(v, `"${label}"`), placeholder: 'YYYY-MM-DD' }, opts),
  /**
   * An email address: trimmed, domain lower-cased, validated (lib/normalize.ts). Skippable: on a step offering
   * F.onUnreadable(), an unreadable email is left out instead of stopping the step.
   */
  email: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        skippable: true,
        to: (v: unknown) => normalizeEmail(v, `"${label}"`),
        dropped: (v: unknown) => {
          const [tag, name] = [emailLabel(v), emailName(v)];
          return notStored(label, v, 'email', tag && `its label "${tag}"`, name && `the name "${name}"`);
        },
      },
      opts,
    ),
  /** Email addresses (CC, BCC): a list; text mapped into it is split at `,` `;` and line breaks, each read as F.email. */
  emails: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        list: true,
        to: (v: unknown) => normalizeEmails(v, `"${label}"`),
        dropped: eachDropped(F.email(key, label), /[,;\n\r]/),
      },
      opts,
    ),
  /**
   * A phone number sent as E.164. Without a country code it is read in the sub-account's country (one
   * GET /locations/{locationId} per run, cached). Skippable like F.email.
   */
  phone: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        skippable: true,
        standIn: 'number',
        helpText: "Without +code: the sub-account's country.",
        to: async (v: unknown, bundle: B, z?: Z) =>
          normalizePhone(
            v,
            `"${label}"`,
            await countryFor(phoneNeedsCountry(v), bundle, z),
            unreadFact(bundle, 'country'),
          ),
        dropped: (v: unknown) => {
          const ext = phoneExtension(v);
          const tag = phoneLabel(v);
          return notStored(label, v, 'phone', tag && `its label "${tag}"`, ext && `its extension ${ext}`);
        },
      },
      opts,
    ),
  /**
   * A postal code: text, its leading zeros given back where a number lost them (2134 in the US is 02134), read in the
   * step's Country, else the sub-account's (asked only for a short run of digits, as for F.phone).
   */
  postalCode: (opts?: Opts) =>
    field(
      'postalCode',
      'Postal Code',
      {
        type: 'string',
        required: false,
        to: async (v: unknown, bundle: B, z?: Z) => postalCode(v, await countryFor(postalNeedsCountry(v), bundle, z)),
      },
      opts,
    ),
  /** Phone numbers (a calendar notification's extra numbers): a list, each item read as F.phone. */
  phones: <K extends string>(key: K, label: string, opts?: Opts) => {
    const one = F.phone(key, label);
    return field(
      key,
      label,
      {
        type: 'string',
        list: true,
        // Each distinct number read once, in order, the first unreadable one ending the step (1 MB of "a," is 500,000).
        to: async (v: string[], bundle: B, z?: Z) => {
          const read = new Map<string, unknown>();
          for (const p of v) if (!read.has(p)) read.set(p, await one.to!(p as never, bundle, z));
          return v.map((p) => read.get(p));
        },
        dropped: eachDropped(one),
      },
      opts,
    );
  },
  /**
   * A money amount: text as people write it (€1.250,00, $1,250.50, 1'250.50, 1,25,000, 1 250,50) read by the rule
   * table of lib/normalize.ts. Typed as text for Zapier so the value reaches us exactly as written.
   */
  money: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'string', placeholder: '1250.50', to: (v: unknown) => toMoney(v, `"${label}"`) }, opts),
  /** The per-step choice for Create / Update / Upsert Contact: an unreadable phone or email is left out, or stops it. */
  onUnreadable: (opts?: Opts) =>
    field(
      ON_UNREADABLE,
      "If a Phone, Email or Country Can't Be Read",
      {
        type: 'string',
        in: 'none',
        required: false,
        default: 'skip',
        choices: { skip: 'Skip that field and save the rest (default)', error: 'Stop with an error' },
        helpText: 'E.g. "12345". Skipped values are listed in the output.',
      },
      opts,
    ),
  /**
   * Public http(s) URLs (attachments): a list; text mapped into it is split only where the next URL starts, so a URL
   * keeps its own commas (lib/normalize.ts URL_SEPARATORS). An item that is no URL is refused, named.
   */
  urls: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        list: true,
        split: URL_SEPARATORS,
        helpText: 'Public file URLs.',
        to: (v: string[]) => {
          const bad = v.find((u) => !/^https?:\/\/\S+$/i.test(u));
          if (bad) throw new InputError(`"${label}" must be public http(s) URLs; ${shown(bad)} is not one.`);
          return v;
        },
      },
      opts,
    ),
  /** A list of text values (comma-separated text mapped into it is split). */
  list: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'string', list: true }, opts),
  /** A fixed choice. */
  choice: <K extends string>(key: K, label: string, choices: Record<string, string> | string[], opts?: Opts) =>
    field(key, label, { type: 'string', choices }, opts),
  /**
   * A contact's gender, as GHL offers it (male / female), also as forms write it in English and the languages of GHL's
   * agencies ("F", "Hombre", "Feminino", "Femme", "Männlich", "Femmina", "Vrouw"); an initial only where it is one
   * gender in every one of them ("H": Hombre, Homme, Herr; "W": Woman, Weiblich; not "V": Vrouw but Varón). "M" is
   * Male in English and as ID documents write it (ICAO 9303), and the Masculino / Masculin / Maschio / Männlich of
   * M / F forms, but Mujer (female) in a Spanish form's H / M: read in a Spanish-speaking country (the step's Country,
   * else the sub-account's) it is refused, naming both readings. A title ("Mrs.", "Dr.") is no gender. GHL offers two:
   * a form's other answers ("Non-binary", "Prefer not to say") are left out and named, never lose a lead.
   */
  gender: () =>
    field('gender', 'Gender', {
      type: 'string',
      required: false,
      choices: { male: 'Male', female: 'Female' },
      skippable: 'always',
      aliases: GENDER_ALIASES,
      to: async (v: string, bundle: B, z?: Z) => {
        const raw = bundle.inputData?.gender;
        if (v !== 'male' || typeof raw !== 'string' || cleanText(raw).toLowerCase() !== 'm') return v;
        const country = await countryFor(true, bundle, z);
        if (!country || !SPANISH_SPEAKING.includes(country)) return v;
        throw new InputError(
          `"Gender" ${shown(raw)} is ambiguous in ${country}: a Spanish form's H / M is Hombre / Mujer (M is female), ` +
            'its M / F Masculino / Femenino (M is male). Map Male or Female (or Hombre / Mujer).',
        );
      },
    }),
  /** JSON typed into a text box (objects GHL wants nested). */
  json: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'text', to: (v: unknown) => toJson(v, `"${label}"`) }, opts),
  /** A bare id typed or mapped by the user (no list endpoint exists to pick it from). */
  id: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(key, label, { type: 'string', required: true }, opts),

  // Dropdowns backed by list triggers (`trigger.idField.labelField`); Zapier passes the form's other values to the
  // trigger, so dependent pickers (stage ← pipeline, task ← contact) work.
  contact: picker('contactId', 'Contact', 'contact_choices.id.label', { search: 'find_contact.id' }),
  /** A user by id, or by email (lib/location.ts userIdFor: a lead's owner mapped from another app). */
  user: <K extends string = 'assignedTo'>(key: K = 'assignedTo' as K, label = 'Assigned User', opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        dynamic: 'user_choices.id.label',
        to: (v: unknown, bundle: B, z?: Z) => userIdFor(v, `"${label}"`, bundle, z),
      },
      opts,
    ),
  users: <K extends string = 'followers'>(key: K = 'followers' as K, label = 'Users', opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        list: true,
        dynamic: 'user_choices.id.label',
        to: (v: string[], bundle: B, z?: Z) => userIdsFor(v, `"${label}"`, bundle, z),
      },
      opts,
    ),
  tags: <K extends string = 'tags'>(key: K = 'tags' as K, label = 'Tags', opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        list: true,
        dynamic: 'tag_choices.name.name',
        to: (v: unknown, bundle: B, z?: Z) => heldTags(normalizeTags(v, true), bundle, z),
        helpText: 'Commas separate tags.',
      },
      opts,
    ),
  /**
   * One tag's name (Create Tag): the name a contact's tag gets from F.tags, not split at commas, in the sub-account's
   * spelling of a same-looking one.
   */
  tag: <K extends string>(key: K, label: string, opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        to: async (v: unknown, bundle: B, z?: Z) => (await heldTags([tagName(v, true)], bundle, z))[0],
      },
      opts,
    ),
  calendar: picker('calendarId', 'Calendar', 'calendars.id.name'),
  calendarGroup: picker('groupId', 'Calendar Group', 'calendar_groups.id.name'),
  pipeline: picker('pipelineId', 'Pipeline', 'pipelines.id.name', { altersDynamicFields: true }),
  stage: (opts?: Opts) =>
    field(
      'pipelineStageId',
      'Stage',
      { type: 'string', dynamic: 'pipeline_stage_choices.id.label', helpText: 'Pick the pipeline first.' },
      opts,
    ),
  workflow: picker('workflowId', 'Workflow', 'workflows.id.name'),
  campaign: picker('campaignId', 'Campaign', 'campaigns.id.name'),
  business: picker('businessId', 'Business', 'businesses.id.name'),
  /**
   * A country as GHL stores it: a two-letter code, also given by name ("United States", "Deutschland", "UK").
   * Skippable like F.email: an unknown country does not stop a lead where the step offers the choice.
   */
  country: (opts?: Opts) =>
    field(
      'country',
      'Country',
      {
        type: 'string',
        required: false,
        skippable: true,
        helpText: 'E.g. US or Germany.',
        to: (v: unknown) => toCountryCode(v),
      },
      opts,
    ),
  timezone: <K extends string = 'timezone'>(key: K = 'timezone' as K, label = 'Timezone', opts?: Opts) =>
    field(
      key,
      label,
      {
        type: 'string',
        dynamic: 'timezone_choices.id.label',
        placeholder: 'America/New_York',
        to: (v: string) => timezoneName(v, `"${label}"`),
      },
      opts,
    ),
  task: picker('taskId', 'Task', 'contact_tasks.id.title', { helpText: 'Pick the contact first.' }),
  note: <K extends string = 'id'>(key: K = 'id' as K, opts?: Opts) =>
    field(
      key,
      'Note',
      { type: 'string', required: true, dynamic: 'contact_notes.id.body', helpText: 'Pick the contact first.' },
      opts,
    ),
  conversation: picker('conversationId', 'Conversation', 'conversation_choices.id.label', {
    search: 'find_conversation.id',
  }),
  blog: picker('blogId', 'Blog', 'blogs.id.name'),
  blogAuthor: <K extends string = 'author'>(key: K = 'author' as K, opts?: Opts) =>
    field(key, 'Author', { type: 'string', dynamic: 'blog_authors.id.name' }, opts),
  blogCategories: <K extends string = 'categories'>(key: K = 'categories' as K, opts?: Opts) =>
    field(key, 'Categories', { type: 'string', list: true, dynamic: 'blog_categories.id.label' }, opts),
};
