import type { Bundle, ZObject } from 'zapier-platform-core';
import {
  chosenSubAccount,
  isAgencyConnection,
  prepareSubAccount,
  subAccountInput,
  subAccountMode,
  subAccountUnfilled,
  withSubAccount,
  withoutSubAccount,
} from './agency';
import { callGhl, pathValue, type Method } from './client';
import type { ApiVersion } from './config';
import { badAnswer, ghlSays, networkError, redactError, secretsOf, type RequestContext } from './errors';
import {
  exactMatches,
  finalItems,
  ownId,
  ShapeError,
  strictListOf,
  toChangeItem,
  toItems,
  type Exact,
  type ListShape,
  type RecordShape,
} from './items';
import { pageParams, saveCursor, type Paging } from './paging';
import { claimOnce, type Claim } from './once';
import { countedChanges, listPoll } from './polling';
import {
  type AddressPart,
  type StandIn,
  addressParts,
  cleanText,
  controlsOf,
  isFormulaError,
  isPlaceholder,
  longText,
  looks,
  parseNumber,
  placeholderIs,
  placeholderSaid,
  shown,
  unquoted,
} from './normalize';
import { READABLE_OUTPUTS, withReadable } from './readable';
import { InputError, isEmpty, perObject, setPath, toBoolean, toIso, toJson, toList, toNumber, getPath } from './values';

type Kind = 'trigger' | 'create' | 'search';
export type Z = ZObject;

/**
 * A GHL JSON record as hooks read it. GHL's shapes vary by endpoint and the spec leaves many fields untyped or
 * unspecified, so hooks read fields defensively; this one alias is where that looseness is admitted.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GHL records: spec-incomplete shapes, read defensively
export type GhlRecord = Record<string, any>;

/** The input a step receives: by default any key (dynamic fields, shared helpers); declarations narrow it. */
type Input = Record<string, unknown>;

/** A bundle whose inputData is typed from the operation's fields (see InputOf). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the default admits every key of every helper's bundle
export type B<I extends Input = Record<string, any>> = Bundle<I>;

/** A Zapier input field plus where its value goes on the wire. */
export interface Field<K extends string = string> {
  key: K;
  label?: string;
  helpText?: string;
  type?: 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'datetime' | 'file' | 'password' | 'copy' | 'code';
  required?: boolean;
  list?: boolean;
  /** Where text mapped into a list field splits into items (default: at commas). */
  split?: RegExp;
  dict?: boolean;
  default?: string;
  placeholder?: string;
  choices?: Record<string, string> | Array<{ value: string; sample: string; label: string }> | string[];
  dynamic?: string;
  search?: string;
  altersDynamicFields?: boolean;
  computed?: boolean;
  /** Where the value goes: query or JSON body (default: query for GET/DELETE, body otherwise); `none` = UI only. */
  in?: 'query' | 'body' | 'none';
  /** Wire name or dotted body path when it differs from `key`. */
  as?: string;
  /**
   * Converts the user's value to what GHL expects, after the type's own conversion (so a list field's `to` gets a
   * string[], a boolean's a boolean). `never` lets each field declare the type it receives.
   */
  to?: (value: never, bundle: B, z?: Z) => unknown;
  /**
   * A value that cannot be read may be dropped instead of stopping the step, when the step offers the choice
   * "If a Phone, Email or Country Can't Be Read" (F.onUnreadable) and it is not set to stop. `'always'`: left out
   * and named whatever that choice says, for a detail of a record whose real answers GHL's choices do not all take
   * (a lead's Gender "Non-binary"): the lead is stored without it rather than lost over it.
   */
  skippable?: boolean | 'always';
  /**
   * What a value that was read still loses on its way to GHL (a phone's extension): a sentence added to the step's
   * `skippedValues`, so nothing the user sent disappears unnamed.
   */
  dropped?: (value: unknown) => string | undefined;
  /**
   * Other ways people and forms write a fixed choice, lower-cased, to the choice's value (Gender's "F"): matched after
   * the choices' values and labels (choiceOf), never shown.
   */
  aliases?: Record<string, string>;
  /**
   * The spec's maxLength for the text (for each item of a list): longer text is refused naming the limit before any
   * request, never sent for GHL to refuse or cut.
   */
  max?: number;
  /** The spec's maxItems for a list: more items are refused with their count before any request. */
  maxItems?: number;
  /** GHL ids (a list, or one) with no dropdown that says so (`dynamic` "trigger.id.label"): see holdsIds, oneId. */
  ids?: boolean;
  /**
   * GHL fills merge fields in this text ("{{contact.name}}" in a calendar's title template): a value that is only a
   * merge tag is the template, kept as written, not a placeholder left unfilled (noAnswer).
   */
  template?: boolean;
  /**
   * The kind of a lead's value this field holds (a contact's names and email, a phone): what stands in for one nobody
   * gave ("WIRELESS CALLER", "Website Visitor", +266696687, "0000000000", "test@test.com") is no value here, as a
   * placeholder is (lib/normalize.ts standInOf).
   */
  standIn?: StandIn;
  /**
   * An address as one labelled text in this field (Jotform's "Street Address: …\nCity: …": lib/normalize.ts
   * addressParts) keeps its street here, and each other part goes to the step's field named for it (spreadParts).
   */
  parts?: Partial<Record<AddressPart, string>>;
}

/**
 * Input fields computed at edit time (custom fields), and how their values join the request. `step.label` names the
 * step in sentences about requests `apply` makes itself; `step.unreadable` is the step's "If a Phone, Email or Country Can't
 * Be Read" choice for a skippable value's error: the sentence to add to `req.skipped`, or it throws the error.
 */
export interface DynamicFields {
  load: (z: Z, bundle: B) => Promise<Field[]>;
  apply: (
    req: Req,
    bundle: B,
    z: Z,
    step: { label: string; unreadable: (e: unknown) => string },
  ) => Promise<void> | void;
}

/** The request the factory builds before sending; hooks may adjust it. */
export interface Req {
  method: Method;
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  body: GhlRecord | GhlRecord[] | undefined;
  /** The paging cursor this page was built from (cursor styles, page > 0). */
  cursor?: string | null;
  /**
   * Sentences for what the step leaves out or cuts short (the "skip that field" choice, a field's `dropped`: a phone's
   * extension); added to the step's output.
   */
  skipped?: string[];
}

/**
 * Why a mapped value that reads as empty ("null", "undefined": lib/values.ts isEmpty) was not taken, for a required
 * field's refusal: the user mapped something, so "needs" alone would not say what is wrong. '' for a blank value.
 */
const mappedEmpty = (v: unknown): string =>
  isPlaceholder(v)
    ? ` It was mapped as ${shown(v)}, ${placeholderIs(v)}.`
    : typeof v === 'string' && cleanText(v)
      ? ` It was mapped as ${shown(v)}, which stands for no value: the field it comes from was empty in this run.`
      : '';

/** A "load more" page after the last one: the factory answers [] without a request. */
class PagingEnded extends Error {}

/**
 * Sends a request for the operation. A secondary call (a lookup before the write) names the scopes it needs itself,
 * so a permission error points at the right one; `allow404` lets GHL's "no such record" through as `undefined`
 * (a search's lookups by id get it by default, see byId).
 */
export type Send = (
  req: Req,
  options?: { scopes?: string[]; allow404?: boolean; raw?: boolean; keep?: number[] },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- what callGhl answers: JSON, raw response or undefined, per the options
) => Promise<any>;

/**
 * One reviewed exception to GHL's OpenAPI document for the declaration's endpoint (method + path): the checker
 * (emulator/spec.ts, used by the fixture suite and the emulator) tolerates exactly these and nothing else.
 * `version`: the spec declares no Version header, the declaration's `version` is accepted; `query` / `body`: a key
 * the spec omits (no `field`: the whole body is unchecked); `body-type`: a field the spec mistypes; `body-required`:
 * a field the spec marks required that GHL does not need.
 */
export interface SpecWorkaround {
  rule: 'version' | 'query' | 'body' | 'body-type' | 'body-required';
  /** The field the exception is about (omit for the whole rule). */
  field?: string;
  /** Why the spec is wrong here, with the evidence. */
  why: string;
}

/** What a declaration's `fields` may hold: plain fields and dynamic (custom-field) groups. */
type AnyField = Field | DynamicFields;

type KeysOf<Fs extends readonly AnyField[]> = Fs[number] extends infer E
  ? E extends Field<infer K>
    ? K
    : never
  : never;

/**
 * inputData typed from a declaration's fields, as zapier-platform-core's InferInputData does: one optional key per
 * field, `unknown` because a mapped value can be anything until the factory converts it; dynamic fields add any key.
 */
type InputOf<Fs extends readonly AnyField[]> = { [K in KeysOf<Fs>]?: unknown } & (Extract<
  Fs[number],
  DynamicFields
> extends never
  ? unknown
  : Input);

/** An output field label (what the Zap editor shows for a key of the result). */
interface OutputField {
  key: string;
  label?: string;
  type?: string;
}

/** A declaration: the facts of one GHL operation plus how its result is shaped. `Fs` types the hooks' inputData. */
export interface OpDecl<Fs extends readonly AnyField[] = readonly AnyField[]> {
  key: string;
  noun: string;
  label: string;
  /**
   * GHL's name for the call (the catalog's label) when `label` names the event a Zap builder waits for instead
   * ("Contact Note Updated" for Get Contact Note by ID), or what an action acts on where GHL's name leaves it out
   * ("Add Opportunity Followers" for Add Followers).
   */
  apiLabel?: string;
  /** What it does and when to use it (Zapier shows this under the label). */
  help: string;
  method: Method;
  path: string;
  version: ApiVersion;
  scopes?: string[];
  fields?: Fs;
  /** Where the connection's locationId goes besides the path (which is always filled): query or body. */
  location?: 'query' | 'body';
  /** Wire name of locationId when GHL spells it otherwise (e.g. `location_id`). */
  locationKey?: string;
  /** Where the connection's companyId goes. */
  company?: 'query' | 'body';
  /** Needs an agency (Company) connection: a location connection gets one clear sentence before any request. */
  agencyOnly?: boolean;
  /**
   * A create whose POST / PUT only reads (a search or a check): safe to replay, so a gateway error or a lost
   * connection is retried by Zapier. Triggers, searches and GETs are reads already.
   */
  read?: boolean;
  /**
   * On an agency connection, whether the step asks for a sub-account and runs with its location token. Derived when
   * omitted (lib/agency.ts subAccountMode): required unless the step is agency-only or sends the companyId.
   */
  subAccount?: 'required' | 'optional' | 'none';
  /** Constant query / body parts (e.g. a sort order, `completed: true`); a user's field value of the same key wins. */
  defaults?: { query?: Record<string, unknown>; body?: Record<string, unknown> };
  /** Send `{}` when no body field is set (DELETEs whose spec declares a body). */
  emptyBody?: boolean;
  /** The spec wants a JSON array of the body object. */
  bodyArray?: boolean;
  /** Small typed hook to adjust the request (validation across fields, derived values). */
  before?: (req: Req, bundle: B<InputOf<Fs>>, z: Z) => Promise<void> | void;
  /** Replace the single call (multi-step operations); gets the built request and the sender. */
  perform?: (z: Z, bundle: B<InputOf<Fs>>, req: Req, send: Send) => Promise<unknown>;
  sample: Record<string, unknown>;
  /** Output labels; a function entry computes labels at edit time (custom field names). */
  outputFields?: Array<OutputField | ((z: Z, bundle: B) => Promise<OutputField[]>)>;
  hidden?: boolean;
  /** Where GHL's OpenAPI document is wrong for this endpoint, and why (see SpecWorkaround). */
  specWorkarounds?: SpecWorkaround[];
}

/** A per-list hook: the shaped items (and GHL's whole answer) in, the items Zapier gets out. */
type ItemsHook<Fs extends readonly AnyField[]> = (
  items: GhlRecord[],
  bundle: B<InputOf<Fs>>,
  z: Z,
  data: GhlRecord,
) => GhlRecord[] | Promise<GhlRecord[]>;

export interface TriggerDecl<Fs extends readonly AnyField[] = readonly AnyField[]> extends OpDecl<Fs> {
  /** Small typed hook on the shaped items. */
  after?: ItemsHook<Fs>;
  /**
   * What makes it fire (the dedupe replay checks each kind differently): `new` records, `changed` records (once per
   * change, never on creation) or `static` (dropdown feeds and files, nothing a GHL event adds to). Default: hidden →
   * static, single record → changed, list → new.
   */
  fires?: 'new' | 'changed' | 'static';
  /** A list endpoint: items with stable ids, newest first. */
  list?: ListShape;
  /** A single-record endpoint that fires when the record changes. */
  record?: RecordShape;
  paging?: Paging;
  /**
   * A "New …" list that pages (`paging`) in an order GHL does not document: each poll reads it on past a full first
   * page (lib/polling.ts listPoll), by `time`, the records' creation time (omitted: none to tell, read to the end), or
   * by `updated`, an update time that orders the walk but answers every record read (an edit moves it).
   */
  poll?: { time?: string; updated?: string };
}

export interface CreateDecl<Fs extends readonly AnyField[] = readonly AnyField[]> extends OpDecl<Fs> {
  /** Small typed hook on the shaped result (the record, or the confirmation with the ids acted on). */
  after?: (result: GhlRecord, bundle: B<InputOf<Fs>>, z: Z, data: GhlRecord) => GhlRecord | Promise<GhlRecord>;
  /** Key of the created / updated record in the response (e.g. `contact`); omitted: the whole response. */
  result?: string;
  /**
   * A write GHL carries out again for the same request (a second SMS, note, enrollment) and nothing can find again:
   * sent once per delivery (lib/once.ts). What it does in the past tense, for sentences ("sent"); with what it makes
   * when that is not the noun (`['started', 'campaign enrollment']`: "the same campaign enrollment … was started").
   */
  once?: string | [did: string, what: string];
}

export interface SearchDecl<Fs extends readonly AnyField[] = readonly AnyField[]> extends OpDecl<Fs> {
  /** Small typed hook on the matches. */
  after?: ItemsHook<Fs>;
  /** The search answers with a list… */
  list?: ListShape;
  /** …or with one record (key in the response). */
  record?: { key?: string };
  /**
   * What a match must equal (GHL's search endpoints match loosely, or could ignore a filter): the search request's
   * key (query or body) → the record's field, compared as it looks (lib/items.ts exactMatches). Matches that differ
   * are dropped, so Zapier and Find or Create never take a near miss; lookups by id (another path) are kept as is.
   */
  exact?: Record<string, Exact>;
  /** Pair with this create as "Find or Create". */
  orCreate?: string;
  /**
   * …and update what it finds with this action (Zapier's search-or-create `update`; schema 19 marks it
   * EXPERIMENTAL): `input` maps the update's input keys to the search's output keys (updateInputFromSearchOutput).
   * No searchUniqueInputToOutputConstraint: `exact` already drops near misses, and tied to an input the step may
   * leave empty (Contact ID, when the search is by email) Zapier's undocumented filtering could drop every match.
   */
  orUpdate?: { update: string; input: Record<string, string> };
}

export type AnyDecl = TriggerDecl | CreateDecl | SearchDecl;

/** Declares a trigger; its hooks' inputData is typed from its fields. */
export const trigger = <Fs extends readonly AnyField[] = []>(decl: TriggerDecl<Fs>): TriggerDecl => decl as TriggerDecl;
/** Declares a create (action); its hooks' inputData is typed from its fields. */
export const create = <Fs extends readonly AnyField[] = []>(decl: CreateDecl<Fs>): CreateDecl => decl as CreateDecl;
/** Declares a search; its hooks' inputData is typed from its fields. */
export const search = <Fs extends readonly AnyField[] = []>(decl: SearchDecl<Fs>): SearchDecl => decl as SearchDecl;

const isDynamic = (f: Field | DynamicFields): f is DynamicFields => typeof (f as DynamicFields).load === 'function';
/** The declaration's plain fields (its custom-field groups left out). */
const staticFields = (decl: OpDecl): Field[] => (decl.fields ?? []).filter((f): f is Field => !isDynamic(f));

/**
 * Values Zapier assumes when a field leaves them out (a field is an optional, single, plain-text input unless it
 * says otherwise). Writing them out cost ~15 KB of definition that core copies and freezes on every run.
 */
const FIELD_DEFAULTS: Record<string, unknown> = {
  type: 'string',
  required: false,
  list: false,
  dict: false,
  computed: false,
  altersDynamicFields: false,
};

/** Our own field properties (how a value goes on the wire): never sent to Zapier. */
const WIRE_HINTS = new Set([
  'in',
  'as',
  'to',
  'split',
  'skippable',
  'dropped',
  'aliases',
  'max',
  'maxItems',
  'ids',
  'template',
  'standIn',
  'parts',
]);

/** The Zapier field without our wire hints and without properties that only restate Zapier's defaults. */
const zapierField = (f: Field): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k in f) {
    const v = (f as unknown as Record<string, unknown>)[k];
    if (v !== undefined && !WIRE_HINTS.has(k) && FIELD_DEFAULTS[k] !== v) out[k] = v;
  }
  return out;
};

/**
 * A declared (static) field as Zapier gets it, one object for the operations that declare the same field (see
 * `shared`): the Contact picker is copied once per run rather than once for each of the ~30 operations that offer it.
 * Fields loaded at edit time are not kept.
 */
const sharedZapierField = (f: Field) => shared(zapierField(f));

const fieldLabel = (f: Field) => f.label ?? f.key;

/** A list or an object: what a field that takes one value cannot hold (a Date is one value). */
const isStructured = (x: unknown): boolean => x !== null && typeof x === 'object' && !(x instanceof Date);

/** A field's fixed choices as [value, label] pairs, whichever of Zapier's three shapes declares them. */
const choiceEntries = (choices: NonNullable<Field['choices']>): Array<[string, string]> =>
  Array.isArray(choices)
    ? choices.map((c): [string, string] => (typeof c === 'string' ? [c, c] : [c.value, c.label]))
    : Object.entries(choices);

/**
 * The choice `x` names (its value as declared or in any case, its label, or one of the field's `aliases`), or
 * undefined. Accents compare composed (NFC), as cleanText sends them: an option GHL keeps as "Zoe\u0308" is still "Zoë".
 */
export const choiceOf = (f: Field, x: string): string | undefined => {
  const lower = plain(x);
  const [exact, byValue, byLabel] = choiceIndex(f.choices ?? []);
  const hit = exact.get(x) ?? byValue.get(lower) ?? byLabel.get(lower);
  return hit ?? (f.aliases && Object.hasOwn(f.aliases, lower) ? f.aliases[lower] : undefined);
};

const plain = (s: string) => s.normalize().toLowerCase();
type ChoiceIndex = [Map<string, string>, Map<string, string>, Map<string, string>];
/**
 * A field's choices by value, by value in any case and by label in any case (the first of two alike), made once per
 * list of choices: comparing every choice again for each item made 10,000 items against a custom field's 10,000
 * options take seconds.
 */
const choiceIndex = perObject((choices: NonNullable<Field['choices']>): ChoiceIndex => {
  const index: ChoiceIndex = [new Map(), new Map(), new Map()];
  for (const [v, l] of choiceEntries(choices).reverse()) {
    index[0].set(v, v);
    index[1].set(plain(v), v);
    index[2].set(plain(l), v);
  }
  return index;
});

/**
 * The value of a field with fixed choices: a choice's value as declared or in any case ("WON"), or a choice's label
 * ("Won", "Phone call"), which is what a Zap maps in from another app. Anything else is refused listing the choices:
 * GHL would answer a 422 naming its wire key, or store a value its own UI does not know, and a search would quietly
 * find nothing.
 */
export const chosen = (f: Field, x: string, label: string): string => {
  const hit = choiceOf(f, x);
  if (hit !== undefined) return hit;
  const entries = choiceEntries(f.choices!);
  const names = entries.map(([v, l]) => (v === l ? `"${v}"` : `"${v}" (${l})`));
  const listed =
    names.length > 12
      ? `${names.slice(0, 12).join(', ')} or ${names.length - 12} more in its dropdown`
      : names.join(', ');
  throw new InputError(`${label} must be one of ${listed}, not ${shown(x)}.`);
};

/**
 * The one value a list holds where one value belongs (line items mapped into a one-value field): its only item, or
 * the same item repeated (each line item names the same contact), empty items aside; '' (no value) for a list of only
 * empty items (line items none of which has it); undefined for anything else.
 */
const soleItem = (raw: unknown): unknown => {
  if (!Array.isArray(raw)) return undefined;
  const items = raw.filter((i) => !isEmpty(i));
  if (!items.length) return '';
  if (items.some(isStructured)) return undefined;
  return new Set(items.map(cleanText)).size === 1 ? items[0] : undefined;
};

/**
 * Empty through and through: isEmpty, or a list or an object holding only such (Zapier's line items `['']`, `[{}]`,
 * `[{key: '', value: ''}]`, a dict field left `{}` or `{'': ''}`, now that cleanInputData is off).
 */
const blank = (v: unknown): boolean => isEmpty(v) || (isStructured(v) && Object.values(v as object).every(blank));

/** Only a pair of quotes: a CSV's empty cell (`""`), or an SQL export's (`''`), mapped as a whole value. */
const quotesOnly = (v: unknown): boolean =>
  typeof v === 'string' && v.length < 50 && /["']{2}/.test(v) && /^(["'])\1$/.test(cleanText(v));

/**
 * A field whose value may be two quote characters meant as such: a password (whatever the user chose). Anywhere else
 * a lone pair is a CSV's empty cell, also in long text (a note or an SMS reading `""` says nothing, as a formula's
 * error does not: noAnswer) and in JSON (an empty string is no object of settings); a list reads its items' quotes
 * itself (convert).
 */
const mayBeQuotes = (f: Field): boolean => f.type === 'password' || !!f.list;

/**
 * One id in a field that takes one (a dropdown of records by id, a path value) given as Zapier writes line items,
 * joined by commas: the same id repeated is that id (as soleItem), empty pieces and a CSV cell's quotes aside;
 * different ids are refused naming the field. Text whose pieces are not all id-like (`"Doe, Jane" <j@d.com>`, a
 * user's email) is left as it is.
 */
const oneId = (v: unknown, label: string): unknown => {
  if (typeof v !== 'string' || !v.includes(',')) return v;
  const ids = [
    ...new Set(
      v
        .split(',')
        .map(unquoted)
        .filter((i) => !isEmpty(i)),
    ),
  ];
  if (!ids.every((i) => /^[\w.-]+$/.test(i))) return v;
  if (ids.length > 1) throw new InputError(`${label} holds ${ids.length} ids (${ids.join(', ')}): map one.`);
  return ids[0] ?? '';
};

/**
 * A field taking one record's id: its dropdown lists records by id or key (`dynamic` "contact_choices.id.label"), or
 * it says so (`ids`: a search's ID).
 */
const takesOneId = (f: Field): boolean =>
  !f.list && !f.choices && (!!f.ids || /^\w+\.(id|key)\./.test(f.dynamic ?? ''));

/**
 * The step's input without what is empty (blank: `''`, `'  '`, null, `[]`, `['']`, `{}`, `[{}]`, `{'': ''}`), nor
 * a pair of quotes in a field of one value that is not free text (mayBeQuotes): Zapier hands every mapped value over,
 * empties included (cleanInputData off), and every rule and hook reads an empty field as one left out. The words that
 * stand for no value ("null") stay, for a required field's refusal to say it was mapped so (mappedEmpty).
 */
const withoutEmpties = (decl: AnyDecl, bundle: B): B => {
  const input = bundle.inputData ?? {};
  const fields = new Map(staticFields(decl).map((f) => [f.key, f]));
  const empty = (k: string, v: unknown) =>
    typeof v === 'string'
      ? !cleanText(v) || (quotesOnly(v) && fields.has(k) && !mayBeQuotes(fields.get(k)!))
      : blank(v);
  const kept = Object.entries(input).filter(([k, v]) => !empty(k, v));
  return kept.length === Object.keys(input).length ? bundle : { ...bundle, inputData: Object.fromEntries(kept) };
};

/** Refuses a list or an object where one value (or, for a list field, one item) belongs, naming the field. */
export const oneValue = (x: unknown, label: string, list = false): void => {
  if (!isStructured(x)) return;
  const what = Array.isArray(x) ? 'a list' : 'an object';
  throw new InputError(`${label} takes ${list ? 'text items' : 'one value'}, not ${what}: ${shown(x)}.`);
};

/** A list of GHL ids: its dropdown lists records by id (`dynamic` "trigger.id.label"), or it says so (`ids`). */
const holdsIds = (f: Field): boolean => !!f.list && (!!f.ids || /^\w+\.id\./.test(f.dynamic ?? ''));

/**
 * The items of a list of ids (holdsIds): out of a CSV cell's double quotes (`"abc"` is abc, `""` an empty cell,
 * dropped as empty items are), and a placeholder ("N/A", "-", "#N/A", "{{user_id}}") refused naming it: no GHL id is
 * one, and GHL would answer it with an opaque 400 or store it (a follower "N/A"). Tags and other lists keep it.
 */
const idItems = (items: string[], label: string): string[] => {
  const ids = items.map(unquoted).filter((i) => !isEmpty(i));
  const bad = ids.find((i) => isPlaceholder(i));
  if (bad !== undefined)
    throw new InputError(`${label} holds ${shown(bad)}, ${placeholderIs(bad)}, not an id: remove it from the list.`);
  return ids;
};

/**
 * Converts a field's value by its type, then by its own `to` (the normalization rules of lib/normalize.ts): one-line
 * text is trimmed, numbers follow the number rule table, date-times are parsed strictly, list items are trimmed and
 * empty ones dropped, a fixed choice is matched to its value. Long text (`text`) is kept exactly. A list or an object
 * where one value belongs (also as a list's item) is refused, never sent as GHL would store it ("[object Object]").
 * The result may be a promise (see Field.to).
 */
export const convert = (f: Field, value: unknown, bundle: B, z?: Z): unknown => {
  const label = `"${fieldLabel(f)}"`;
  const single = (x: unknown) => f.type !== 'file' && oneValue(x, label, f.list);
  const one = (raw: unknown) => {
    // A list of one value is that value (a search mapped from a step that returned one line item), also beside empty
    // items (line items of which only one has the field: ["", "+14155550100"]) or repeated (soleItem).
    const sole = soleItem(raw) ?? raw;
    const given = takesOneId(f) ? oneId(sole, label) : sole;
    // A CSV's empty cell ('""') is no value where two quotes cannot be meant (mayBeQuotes).
    if (quotesOnly(given) && !mayBeQuotes(f)) return '';
    const x = f.type === 'text' && typeof given === 'string' ? longText(given) : given;
    single(x);
    const text = typeof x === 'string' && f.type !== 'text' ? cleanText(x) : x;
    if (f.max && typeof text === 'string' && text.length > f.max) {
      throw new InputError(
        `${label} is ${text.length.toLocaleString('en-US')} characters long, and GHL takes at most ` +
          `${f.max.toLocaleString('en-US')} there: shorten it (or map a shorter value).`,
      );
    }
    switch (f.type) {
      case 'integer':
        return parseNumber(x, label, { integer: true });
      case 'number':
        return toNumber(x, label);
      case 'boolean':
        return toBoolean(x, label);
      case 'datetime':
        return toIso(x, label);
      case 'string':
      case undefined: {
        // A number or a yes/no mapped into text is its text (GHL refuses `"firstName": 123`); a `to` reads its own,
        // unless it is a fixed choice's: its `to` gets a choice, so `true` is matched as "true" (or refused) like any
        // text, never handed on to read as no choice at all (Star's `v === 'starred'` took it for "Remove star").
        const asText = (!f.to || !!f.choices) && /^(number|boolean)$/.test(typeof x);
        const s = typeof x === 'string' ? text : asText ? String(x) : x;
        return f.choices && (typeof s === 'string' || typeof s === 'number') ? chosen(f, String(s), label) : s;
      }
      default:
        return x;
    }
  };
  let v: unknown;
  if (f.list) {
    (Array.isArray(value) ? value : [value]).forEach(single);
    // A CSV's empty cell ('""') is an empty item in any list (tags and ids unquote their items themselves).
    const listed = toList(value, f.split).filter((i) => !quotesOnly(i));
    const items = holdsIds(f) ? idItems(listed, label) : listed;
    if (f.maxItems && items.length > f.maxItems)
      throw new InputError(
        `${label} holds ${items.length.toLocaleString('en-US')} items, and GHL takes at most ` +
          `${f.maxItems.toLocaleString('en-US')} there: map fewer.`,
      );
    v = items.map(one);
    // No item at all (" , ", '""'): nothing to send (buildRequest), never a `to`'s reading of none ("all permissions off").
    if (!items.length) return v;
  } else v = f.dict ? toJson(value, label) : one(value); // toJson passes a value that is not text through
  // Text that held nothing (only quotes, or control characters) is no value either: no `to` reads it as one.
  return f.to && v !== '' ? f.to(v as never, bundle, z) : v;
};

/**
 * The Skipped Values sentences for what reading `raw` as `f` leaves out of a value that is stored: control characters
 * (lib/normalize.ts controlsOf: in text, of each item of a list), and the field's own `dropped` (a phone's extension).
 */
export const lostParts = (f: Field, raw: unknown): string[] => {
  const text = !f.type || f.type === 'string' || f.type === 'text';
  const said = (text ? (Array.isArray(raw) ? raw : [raw]) : []).flatMap((t) => {
    const c = controlsOf(t, f.type === 'text');
    return c ? [`"${fieldLabel(f)}" ${shown(t)}: ${c}.`] : [];
  });
  const lost = f.dropped?.(raw);
  return lost ? [...said, lost] : said;
};

/**
 * Converts the given values of some fields (declared `in: 'none'`, so buildRequest leaves them alone) and reports
 * the unreadable ones instead of throwing: a search that can use any one of several keys (email or phone) searches
 * by the readable ones and refuses only when none is.
 */
export const readGiven = async (
  fields: Field[],
  bundle: B,
  z: Z,
): Promise<{ values: Record<string, unknown>; refused: string[] }> => {
  const values: Record<string, unknown> = {};
  const refused: string[] = [];
  for (const f of fields) {
    const raw = bundle.inputData?.[f.key];
    if (isEmpty(raw)) continue;
    if (isPlaceholder(raw, f.standIn)) {
      refused.push(placeholderSaid(`"${fieldLabel(f)}"`, raw, f.standIn));
      continue;
    }
    try {
      const v = await convert(f, raw, bundle, z);
      if (v !== '') values[f.as ?? f.key] = v; // only quotes ('""'): no value
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      refused.push(e.message);
    }
  }
  return { values, refused };
};

/**
 * The value of one field a hook reads itself (declared `in: 'none'`: an id that replaces the search, a number the
 * hook computes with), by the factory's rules (convert): text trimmed, whitespace-only empty (undefined), a list or
 * an object where one value belongs refused naming the field's label, numbers by the number rule table.
 */
export const given = async (f: Field, bundle: B, z?: Z): Promise<unknown> => {
  const raw = bundle.inputData?.[f.key];
  const v = isEmpty(raw) ? undefined : await convert(f, raw, bundle, z);
  return v === '' ? undefined : v; // only quotes ('""'), or ids only commas: no value
};

/** An id a hook reads itself (see `given`): trimmed text, or undefined when the field is empty. */
export const givenId = async (f: Field, bundle: B, z?: Z): Promise<string | undefined> => {
  const v = await given(f, bundle, z);
  return v === undefined ? undefined : String(v);
};

/**
 * A placeholder ("N/A", "{{email}}") written into a one-value field of a write is no answer: the Skipped Values
 * sentence saying it was left out, else undefined. Long text and a merge-field template (`template`: "{{contact.name}}"
 * is the title GHL fills) keep it ("none" may answer a question there) but for a spreadsheet formula's error ("#N/A" as
 * a whole message, note or subject is never one: GHL would send it to the lead); lists keep it, and so do a password
 * (it is whatever the user chose, and is never quoted back) and a field with a choice it `names` (a custom field's
 * option "N/A").
 */
export const noAnswer = (
  f: Field,
  raw: unknown,
  names = (x: string) => !!f.choices && choiceOf(f, x) !== undefined,
): string | undefined =>
  f.type !== 'password' &&
  !f.list &&
  (f.type === 'text' || f.template ? isFormulaError(raw) : isPlaceholder(raw, f.standIn)) &&
  !names(cleanText(raw))
    ? `${placeholderSaid(`"${fieldLabel(f)}"`, raw, f.standIn)} It was left out.`
    : undefined;

/** The key of the per-step choice "If a Phone, Email or Country Can't Be Read" (F.onUnreadable). */
export const ON_UNREADABLE = 'onUnreadable';

const pathNames = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
/** The connection's own ids, filled from authData rather than from the step's inputs. */
const isConnectionKey = (name: string) => name === 'locationId' || name === 'companyId';
/** The path values that name the record and its parents (not the connection's ids). */
const recordPathNames = (decl: OpDecl) => pathNames(decl.path).filter((n) => !isConnectionKey(n));

/** The sentence for a step whose connection lacks the locationId / companyId it needs. */
const missingFromConnection = (label: string, key: string, auth: Record<string, unknown>) =>
  key === 'companyId'
    ? new InputError(
        `${label} needs a connection with a company: this connection has no companyId. Reconnect GHL and choose your agency.`,
      )
    : isAgencyConnection(auth)
      ? pickSubAccount(label)
      : new InputError(
          `${label} needs a sub-account (location) connection: this connection has no locationId. Reconnect GHL and choose a sub-account.`,
        );

/** An agency connection's step that runs in a sub-account but has none chosen. */
const pickSubAccount = (label: string) =>
  new InputError(
    `${label} works in one sub-account, and this is an agency connection: choose the sub-account in the step's ` +
      `"Sub-Account" field (it lists the sub-accounts where the app is installed).`,
  );

/** The sentences of what the request left out (`req.skipped`) without their "It was left out, as …" tail. */
export const skippedSaid = (req: Req): string[] => (req.skipped ?? []).map((m) => m.replace(/ It was left out.*$/, ''));

/** An input error followed by what the request left out and it does not name yet; any other error as it is. */
const withSkipped = (e: unknown, req: Req): unknown => {
  const unsaid = e instanceof InputError ? skippedSaid(req).filter((m) => !e.message.includes(m)) : [];
  return unsaid.length ? new InputError(`${(e as Error).message} ${unsaid.join(' ')}`) : e;
};

/**
 * The bundle with each address given as one labelled text (a field's `parts`) spread over the step's fields: the
 * street stays, a part goes to its field when that is empty or holds a placeholder (and is read there by its rule: a
 * ZIP's lost zeros, a country's name); a part the step gave otherwise, or has no field for, is named in `skipped`.
 */
const spreadParts = (fields: Field[], byKey: Map<string, Field>, bundle: B, skipped: string[]): B => {
  let input: Record<string, unknown> = bundle.inputData ?? {};
  for (const f of fields) {
    const read = f.parts && addressParts(input[f.key]);
    if (!read) continue;
    const raw = input[f.key];
    input = { ...input, [f.key]: read.street };
    for (const { part, label, value } of read.parts) {
      const into = byKey.get(f.parts![part] ?? '');
      // A placeholder mapped there ("N/A") is left out as no answer (noAnswer): the part is the answer.
      if (into && (isEmpty(input[into.key]) || noAnswer(into, input[into.key])))
        input = { ...input, [into.key]: value };
      else if (!into || looks(input[into.key]) !== looks(value))
        skipped.push(
          `"${fieldLabel(f)}" ${shown(raw)}: its ${label} "${value}" was not stored` +
            (into
              ? `, as "${fieldLabel(into)}" was given ${shown(input[into.key])}.`
              : ': this step has no field for it.'),
        );
    }
  }
  return { ...bundle, inputData: input };
};

/** Builds the request for a declaration from the bundle: path values, declared query/body keys only, locationId. */
const buildRequest = async (decl: AnyDecl, z: Z, asGiven: B, kind: Kind): Promise<Req> => {
  const auth = asGiven.authData ?? {};
  if (decl.agencyOnly && !isAgencyConnection(auth) && !isEmpty(auth.locationId)) {
    throw new InputError(
      `${decl.label} needs an agency (Company) connection, and this Zap uses a sub-account (location) connection. ` +
        `Connect GHL again choosing your agency, and use that connection for this step.`,
    );
  }
  // Before any request: GHL would answer an agency token on a sub-account endpoint with an opaque 401.
  if (isAgencyConnection(auth) && subAccountMode(decl) === 'required' && !chosenSubAccount(asGiven))
    throw pickSubAccount(decl.label);
  const fields = staticFields(decl);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const req: Req = {
    method: decl.method,
    path: decl.path,
    pathParams: {},
    query: { ...decl.defaults?.query },
    body: undefined,
  };
  const body: GhlRecord = structuredClone(decl.defaults?.body ?? {});
  const skipped: string[] = [];
  // The step's values with an address block spread over its fields: what every rule below reads.
  const bundle = spreadParts(fields, byKey, asGiven, skipped);
  const input = bundle.inputData;

  for (const name of pathNames(decl.path)) {
    const fromConnection = name === 'locationId' ? auth.locationId : name === 'companyId' ? auth.companyId : undefined;
    // An agency connection stores locationId '' — then a user-supplied id (e.g. Find Sub-Account by ID) is used.
    // A list of one id (or of one id repeated) is that id, as in a one-value field of the body (convert).
    const given = isEmpty(fromConnection) ? input[name] : fromConnection;
    const label = fieldLabel(byKey.get(name) ?? { key: name });
    // Ids joined by commas as Zapier writes line items: one id repeated is that id (oneId); not API Request's Path.
    const sole = soleItem(given) ?? given;
    const v = byKey.get(name)?.in === 'none' || byKey.get(name)?.choices ? sole : oneId(sole, `"${label}"`);
    // A placeholder ("[contact id]") is no record's id either, nor a CSV's empty cell ('""').
    if (isEmpty(v) || isPlaceholder(v) || quotesOnly(v)) {
      if (isConnectionKey(name)) throw missingFromConnection(decl.label, name, auth);
      throw new InputError(
        `${decl.label} needs "${label}".${mappedEmpty(v) || ' Fill it in or map it from an earlier step.'}`,
      );
    }
    // One check for every path value (lib/client.ts pathValue): no ".", "..", blank, object or list reaches the URL.
    const source = fromConnection === v ? `The connection's ${name}` : `"${label}"`;
    const checked = pathValue(source, v);
    const f = byKey.get(name);
    req.pathParams[name] = pathValue(source, f ? await convert(f, checked, bundle, z) : checked);
    if (f) skipped.push(...lostParts(f, v));
  }

  const defaultIn = decl.method === 'GET' || decl.method === 'DELETE' ? 'query' : 'body';
  // F.onUnreadable: skip that field (default) or stop — only where the step offers the choice, named by its label.
  const choice = byKey.get(ON_UNREADABLE);
  const unreadable = (e: unknown): string => {
    if (!(e instanceof InputError) || !choice || input[ON_UNREADABLE] === 'error') throw e;
    return `${e.message} It was left out, as this step's "${fieldLabel(choice)}" choice says.`;
  };
  // A dropdown (a hidden trigger) may run before the step's other fields are filled; any other step needs its own.
  const dropdown = kind === 'trigger' && !!decl.hidden;
  for (const f of fields) {
    if (f.in === 'none' || req.pathParams[f.key] !== undefined || f.type === 'copy') continue;
    const raw = input[f.key];
    const needs = () => new InputError(`${decl.label} needs "${fieldLabel(f)}".${mappedEmpty(raw)}`);
    const none = onlyReads(kind, decl) ? undefined : noAnswer(f, raw);
    if (isEmpty(raw) || none) {
      if (f.required && !dropdown) throw needs();
      if (none) skipped.push(none);
      continue;
    }
    let value: unknown;
    try {
      value = await convert(f, raw, bundle, z);
    } catch (e) {
      if (!f.skippable) throw e;
      skipped.push(
        f.skippable === 'always' && e instanceof InputError ? `${e.message} It was left out.` : unreadable(e),
      );
      continue;
    }
    skipped.push(...lostParts(f, raw));
    // A list that held only separators (" , , ") or "null" items, or text only quotes (a CSV cell's '""' as Create Tag's name), is no
    // value: refused where required, otherwise not sent (an empty list would mean "remove all": Update Contact's tags).
    if (f.list ? Array.isArray(value) && !value.length : value === '') {
      if (f.required && !dropdown) {
        throw new InputError(
          `${decl.label} needs "${fieldLabel(f)}": ${shown(raw)} holds no value, only separators, quotes, spaces or "null".`,
        );
      }
      continue;
    }
    if ((f.in ?? defaultIn) === 'query') req.query[f.as ?? f.key] = value;
    else setPath(body, f.as ?? f.key, value);
  }
  req.skipped = skipped;

  const place = (where: 'query' | 'body' | undefined, connectionKey: 'locationId' | 'companyId', wireKey: string) => {
    if (!where) return;
    const value = auth[connectionKey];
    // An agency-level request (it sends the companyId) without a sub-account covers the whole agency: GHL takes the
    // locationId as a filter there (GET /users/search), so it is left out rather than demanded.
    if (isEmpty(value) && connectionKey === 'locationId' && decl.company && isAgencyConnection(auth)) return;
    if (isEmpty(value)) throw missingFromConnection(decl.label, connectionKey, auth);
    if (where === 'query') req.query[wireKey] = value;
    else body[wireKey] = value;
  };
  place(decl.location, 'locationId', decl.locationKey ?? 'locationId');
  place(decl.company, 'companyId', 'companyId');

  // Hooks see the body as an object; it is dropped at the end if nothing went into it.
  req.body = body;
  for (const f of decl.fields ?? []) if (isDynamic(f)) await f.apply(req, bundle, z, { label: decl.label, unreadable });
  if (!req.skipped.length) delete req.skipped;
  // Only triggers page (Zapier's "load more" in a dropdown): makeTrigger answers PagingEnded with [].
  const p = (decl as TriggerDecl).paging;
  if (p) {
    const page = await pageParams(p, z, bundle);
    if (page.ended) throw new PagingEnded();
    req.cursor = page.cursor;
    if (p.in === 'query') Object.assign(req.query, page.params);
    else Object.assign(req.body as object, page.params);
  }
  // A hook's refusal ("needs a Message") names what was filled but left out ("#REF!" in Message), or it reads as unfilled.
  try {
    if (decl.before) await decl.before(req, bundle, z);
  } catch (e) {
    throw withSkipped(e, req);
  }
  // An update whose body carries nothing to change (only the ids, or only the connection's locationId / companyId,
  // also when a hook put it there: Update User) is refused before any request: GHL's spec requires a body for these
  // PUT / PATCH calls, and an empty one would "succeed" while changing nothing, which hides a mapping mistake (issue 12).
  if ((req.method === 'PUT' || req.method === 'PATCH') && kind === 'create' && !decl.bodyArray) {
    const body = req.body as GhlRecord;
    const connectionValue = (k: string) =>
      (decl.location === 'body' && k === (decl.locationKey ?? 'locationId')) ||
      (decl.company === 'body' && k === 'companyId') ||
      (isConnectionKey(k) && body[k] === auth[k]);
    if (body && !Array.isArray(body) && Object.keys(body).every(connectionValue)) {
      const ids = Object.keys(req.pathParams)
        .filter((k) => !isConnectionKey(k))
        .map((k) => `"${fieldLabel(byKey.get(k) ?? { key: k })}"`);
      // What was filled but left out (an unreadable phone skipped, a value the update does not take) is named.
      const left = req.skipped?.length ? ` ${req.skipped.join(' ')}` : '';
      throw new InputError(
        `${decl.label} has nothing to change: fill in at least one field to update${ids.length ? ` besides ${ids.join(' and ')}` : ''}.${left}`,
      );
    }
  }
  if (req.body && !Array.isArray(req.body) && !Object.keys(req.body).length && !decl.emptyBody) req.body = undefined;
  if (decl.bodyArray && req.body && !Array.isArray(req.body)) req.body = [req.body];
  return req;
};

/**
 * A declaration's inputs by the wire name each is sent under (its path parameter, query key or dotted body path; an
 * input a hook sends itself, `in: 'none'`, by its key): what a GHL refusal naming `contactId` calls "Contact"
 * (lib/errors.ts RequestContext.inputs). Built once per declaration.
 */
const inputsOf = perObject((decl: AnyDecl): RequestContext['inputs'] => {
  const inputs: RequestContext['inputs'] = {};
  for (const f of staticFields(decl)) {
    if (f.type === 'copy') continue;
    const wire = f.in === 'none' || decl.path.includes(`{${f.key}}`) ? f.key : (f.as ?? f.key);
    inputs[wire] = { label: fieldLabel(f), ...(f.type === 'password' ? { secret: true } : {}) };
  }
  return inputs;
});

/**
 * A GET of one record by its id (`/contacts/{contactId}`; not the connection's own `/locations/{locationId}`): the
 * one request whose "no such record" answer a search reads as no match. A 404 from a search endpoint or a sub-path
 * (`/calendars/{calendarId}/free-slots`) means a missing parent or endpoint, which `[]` would hide.
 */
const byId = (r: Pick<Req, 'method' | 'path'>): boolean =>
  r.method === 'GET' && /\/\{(?!locationId\}|companyId\})[^/{}]+\}$/.test(r.path);

/** Calls of triggers and searches, and of creates marked `read`, only read: safe for Zapier to retry. */
const onlyReads = (kind: Kind, decl: AnyDecl) => kind !== 'create' || decl.read === true;

/**
 * What leaves a step when something goes wrong, with the connection's tokens and the app's client secret masked: an
 * unreadable GHL answer (ShapeError) and a lost connection become sentences naming the step (retried by Zapier only
 * where the step only reads), an input problem Zapier's INVALID_INPUT error; anything else leaves as it is.
 */
const stepError = (z: Z, decl: AnyDecl, bundle: B, e: unknown, read: boolean) =>
  redactError(
    e instanceof ShapeError
      ? badAnswer(z, decl.label, e.problem, e.read ?? read)
      : e instanceof InputError
        ? new z.errors.Error(e.message, 'INVALID_INPUT', 400)
        : (networkError(z, e, decl.label, read) ?? e),
    secretsOf(bundle.authData),
  );

/**
 * Runs a declaration: InputErrors become a Zapier error naming the field; GHL errors are mapped by middleware. Every
 * GET is a read too. A network failure from a request made outside callGhl (a hook's own z.request) is still mapped.
 * `allow404` (searches): a lookup by id (byId) answers GHL's "no such record" as `undefined`.
 */
const run = async (
  kind: Kind,
  decl: AnyDecl,
  z: Z,
  bundle: B,
  allow404?: boolean,
  claim?: (req: Req) => Promise<void>,
) => {
  try {
    // An agency connection's sub-account token, obtained before any of the step's requests (see lib/agency.ts),
    // including the lookups that reading its values makes (the sub-account's country for a national phone, its
    // custom-field list): a dropdown of a sub-account step runs with that step's sub-account even when its own
    // declaration would not ask for one.
    await prepareSubAccount(z, bundle);
    const req = await buildRequest(decl, z, bundle, kind);
    // A write sent once per delivery claims the request as built, before anything of it is sent (lib/once.ts).
    if (claim) await claim(req);
    const reads = onlyReads(kind, decl);
    /** The requests sent to the declaration's own endpoint (a search's own search, not its lookup by id). */
    const own: Req[] = [];
    // The declaration's scopes unless the call names its own; an option the call gives wins.
    const send: Send = (r, { scopes = decl.scopes, ...options } = {}) => {
      if (r.method === decl.method && r.path === decl.path) own.push(r);
      return callGhl(z, {
        method: r.method,
        path: r.path,
        version: decl.version,
        pathParams: r.pathParams,
        query: r.query,
        body: r.body,
        context: { label: decl.label, scopes, inputs: inputsOf(decl) },
        allow404: allow404 && byId(r),
        read: reads || r.method === 'GET',
        ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
      });
    };
    const data = decl.perform ? await decl.perform(z, bundle, req, send) : await send(req);
    return { req, data, read: reads || req.method === 'GET', own };
  } catch (e) {
    if (e instanceof PagingEnded) throw e;
    throw stepError(z, decl, bundle, e, onlyReads(kind, decl));
  }
};

/** Shapes a result; a body without what the operation reads is an error naming it (never a fake item or `[]`). */
const shaped = <T>(z: Z, bundle: B, decl: AnyDecl, read: boolean, shape: () => T): T => {
  try {
    return shape();
  } catch (e) {
    throw stepError(z, decl, bundle, e, read);
  }
};

/** Runs the declaration's `after` hook with the same error mapping and secret masking as the request. */
const afterHook = async <T extends GhlRecord | GhlRecord[]>(
  kind: Kind,
  decl: AnyDecl,
  result: T,
  bundle: B,
  z: Z,
  data: GhlRecord,
): Promise<T> => {
  if (!decl.after) return result;
  // The kind decides the hook's shape: items (GhlRecord[]) for triggers and searches, one record for creates.
  const after = decl.after as unknown as (r: T, b: B, z: Z, d: GhlRecord) => T | Promise<T>;
  try {
    return await after(result, bundle, z, data);
  } catch (e) {
    throw stepError(z, decl, bundle, e, onlyReads(kind, decl));
  }
};

/**
 * The step's input fields: a delete's warning first, then on agency connections the "Sub-Account" dropdown; computed
 * fields (custom fields) are loaded for the chosen sub-account.
 */
const inputFields = (decl: OpDecl): unknown[] => {
  const sub = subAccountInput(decl);
  const own = (decl.fields ?? []).map((f) =>
    isDynamic(f)
      ? (z: Z, bundle: B) => onSubAccount(z, bundle, (b) => f.load(z, b)).then((fs) => fs.map(zapierField))
      : sharedZapierField(f),
  );
  return [...(isDeleteDecl(decl) ? [deleteWarning(decl)] : []), ...(sub ? [sub] : []), ...own];
};

/**
 * The label Zapier gives a result key by itself: "By default, Zapier will try to make a friendly version of the
 * response by capitalizing words and replacing underscores with spaces" (Zapier's integration publishing
 * requirements §4.8 / §5.5, zapier/visual-builder docs/_publish/launch-process/integration-publishing-requirements.md).
 * A nested key's "__" is one space too: Zapier shows `commit__message` as "Commit Message" (its Partner API docs,
 * "Get Output Fields").
 */
export const defaultLabel = (key: string): string =>
  key
    .split(/_+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** Whether the sample shows a value at a Zapier output key (nested objects joined by "__": contact__name). */
const sampleShows = (sample: unknown, key: string): boolean => {
  let at: unknown = sample;
  for (const k of key.split('__')) {
    if (!at || typeof at !== 'object' || Array.isArray(at) || !Object.prototype.hasOwnProperty.call(at, k))
      return false;
    at = (at as GhlRecord)[k];
  }
  return true;
};

/**
 * Output labels worth sending: a label that only restates Zapier's own for a key the sample already shows
 * (`{key: 'email', label: 'Email'}`, `contact__name` "Contact Name", `deleted` "Deleted") changes nothing in the Zap
 * editor but costs definition bytes on every run: it goes, and so does an entry left with only its key (a type stays).
 * One is kept where none would be left: every visible operation shows at least one labelled output.
 */
export const outputsWorthSending = (decl: Pick<OpDecl, 'outputFields' | 'sample'>): OpDecl['outputFields'] => {
  const all = decl.outputFields ?? [];
  const restates = (o: (typeof all)[number]): o is OutputField =>
    typeof o !== 'function' && !!o.label && o.label === defaultLabel(o.key) && sampleShows(decl.sample, o.key);
  const labelled = all.some((o) => typeof o !== 'function' && o.label && !restates(o));
  const keep = labelled ? undefined : all.find(restates);
  return all.flatMap((o) => {
    if (!restates(o) || o === keep) return [o];
    const { label: _restated, ...rest } = o;
    return Object.keys(rest).length > 1 ? [rest] : [];
  });
};

/** The declaration's output labels; computed ones (custom field names) are read from the chosen sub-account. */
const outputFields = (decl: OpDecl): GhlRecord[] =>
  (decl.outputFields ?? []).map((o) =>
    typeof o === 'function' ? (z: Z, bundle: B) => onSubAccount(z, bundle, (b) => o(z, b)) : o,
  );

/**
 * Runs edit-time code (custom-field loaders) in the chosen sub-account, with its token at hand; as with none chosen
 * while the Sub-Account is mapped from an earlier step (the editor has no value for it yet).
 */
const onSubAccount = async <T>(z: Z, bundle: B, fn: (b: B) => Promise<T>): Promise<T> => {
  if (subAccountUnfilled(bundle)) return fn(withoutSubAccount(bundle));
  await prepareSubAccount(z, bundle);
  return fn(withSubAccount(bundle));
};

/**
 * What the Zap editor shows. A hidden operation (dropdown helper) is never shown, and Zapier's schema wants a
 * description only of visible ones, so its help stays in the declaration (and the README) only.
 */
const display = (decl: OpDecl) =>
  decl.hidden ? { label: decl.label, hidden: true } : { label: decl.label, description: decl.help };

/** A delete action (DELETE of a record, not "remove from"): answers one shape and warns before it runs. */
const isDeleteDecl = (decl: OpDecl): boolean => decl.method === 'DELETE' && decl.key.startsWith('delete_');

/** "an" before a vowel sound: an opportunity, an API request; but a user, a URL slug. */
export const article = (noun: string) => (/^(?:[aeio]|u(?!s|rl|ni))/i.test(noun) ? 'an' : 'a');

/**
 * What every delete action answers, whatever GHL says ({succeded} / {succeeded} / {success} / a message / the
 * deleted record): the deleted record's id (the last path value), the ids of its parents (e.g. the note's contactId)
 * and `deleted: true`. A failed delete (an error status, or a flag saying so: notDone) is an error, never a result.
 */
const deleteShape = (decl: OpDecl, values: Record<string, unknown>) => {
  const names = recordPathNames(decl);
  const own = names[names.length - 1];
  const parents = Object.fromEntries(names.slice(0, -1).map((n) => [n, values[n]]));
  return { ...parents, id: values[own] ?? values.id, deleted: true };
};

/** Output labels of a delete: its id, its parents' ids, Deleted. */
const deleteOutputs = (decl: OpDecl) => {
  const names = recordPathNames(decl);
  return [
    { key: 'id', label: `Deleted ${decl.noun} ID` },
    ...names.slice(0, -1).map((n) => ({ key: n, label: idLabel(n, decl.noun) })),
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ];
};

/** The warning a delete shows above its fields (a Zapier `copy` field: text only, never sent). */
const deleteWarning = (decl: OpDecl) => ({
  key: 'deleteWarning',
  label: 'Warning',
  type: 'copy',
  helpText: `**This cannot be undone.** Each run permanently deletes the ${decl.noun.toLowerCase()}.`,
});

/** "contactId" → "Contact ID", "userIds" → "User IDs", "createdBy__userId" → "Created By User ID". */
const idLabel = (zapierKey: string, noun: string) => {
  const parts = zapierKey.split('__');
  const last = parts[parts.length - 1];
  if (parts.length === 1 && (last === 'id' || last === '_id')) return `${noun} ID`;
  if (parts.length === 1 && last === 'locationId') return 'Sub-Account ID';
  const words = [...parts.slice(0, -1), last === 'id' || last === '_id' ? 'ID' : last].map((w) =>
    w
      .replace(/^_/, '')
      .replace(/Ids$/, ' IDs')
      .replace(/Id$/, ' ID')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/^./, (c) => c.toUpperCase()),
  );
  return words.join(' ');
};

/** The sample's values by Zapier output key: nested objects joined by `__` down to a value, a list or `{}`. */
const outputValues = (value: GhlRecord, prefix = ''): Array<[string, unknown]> =>
  Object.entries(value).flatMap(([k, v]): Array<[string, unknown]> => {
    const key = prefix ? `${prefix}__${k}` : k;
    return v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length
      ? outputValues(v as GhlRecord, key)
      : [[key, v]];
  });

/** Sets a value at a Zapier output key (`contact__id`), making the nested objects on the way. */
const setOutput = (target: GhlRecord, key: string, value: unknown) => {
  const path = key.split('__');
  let at = target;
  for (const k of path.slice(0, -1)) at = at[k] = at[k] && typeof at[k] === 'object' ? at[k] : {};
  at[path[path.length - 1]] = value;
};

/** Whether an output key names an id (its last `__` part: `id`, `_id`, `contactId`, `userIds`, `location_id`). */
const namesId = (key: string) => /^(_?id|.*Ids?|.*_id)$/.test(key.split('__').pop() ?? key);

/** The sample's ids (not lists of them) by output key: `id`, `contact__id`. */
const sampleIds = (sample: GhlRecord) =>
  outputValues(sample).filter(([k, v]) => !(v && typeof v === 'object') && namesId(k));

/**
 * Output labels: the declaration's, then the readable twins' (lib/readable) and a label for every id the sample
 * carries that has none yet (Zapier's publishing requirements 4.8 / 5.5 / 6.6: label fields represented by an ID).
 */
const withOutputLabels = (decl: OpDecl, sample: Record<string, unknown>) => {
  // Hidden dropdown helpers are never listed in the Zap editor's field picker: no output labels at all (the
  // definition's size is paid on every run, issue 16). Their sample stays (integration check D010 reads its id).
  if (decl.hidden) return undefined;
  const own = outputFields(decl);
  const labelled = new Set(own.map((o) => (typeof o === 'function' ? '' : o.key)));
  const twins = READABLE_OUTPUTS.filter((o) => sample[o.key] !== undefined && !labelled.has(o.key));
  const ids = sampleIds(sample)
    .map(([k]) => k)
    .filter((k) => !labelled.has(k))
    .map((key) => ({ key, label: idLabel(key, decl.noun) }));
  const all = outputsWorthSending({ sample, outputFields: [...own, ...twins, ...ids] as OutputField[] }) ?? [];
  return all.length ? all : undefined;
};

/**
 * One frozen object for equal input fields, samples and output labels (e.g. the contact sample of eight steps,
 * "Contact ID" in forty): core's per-run deep copy (lodash, which copies a shared object once) then visits each once. The first value seen is
 * frozen in place (no copy: structured-cloning every sample and label was a measurable part of the cold start), so the
 * objects handed in must be the declaration's own constants, never mutated afterwards.
 */
const sharedValues = new Map<string, unknown>();
/** The same object handed in again (an area's label or sample constant) skips the serialization. */
const sharedByRef = new WeakMap<object, unknown>();
const shared = <T>(value: T): T => {
  if (!value || typeof value !== 'object') return value;
  const seen = sharedByRef.get(value);
  if (seen) return seen as T;
  const id = JSON.stringify(value);
  let known = sharedValues.get(id);
  if (!known) {
    const freeze = (v: unknown): void => {
      if (v && typeof v === 'object' && !Object.isFrozen(v)) {
        Object.freeze(v);
        Object.values(v).forEach(freeze);
      }
    };
    freeze(value);
    sharedValues.set(id, (known = value));
  }
  sharedByRef.set(value, known);
  return known as T;
};
const sharedLabels = (labels: Array<GhlRecord | ((...args: never[]) => unknown)> | undefined) =>
  labels?.map((o) => (typeof o === 'function' ? o : shared(o)));

/**
 * What a dynamic dropdown reads of a hidden helper's items (`contact_choices.id.label`): the value it sends and the
 * text it shows. A hidden helper's sample keeps only these: the Zap editor never shows it (Zapier's schema waives the
 * sample of a hidden operation), and its `id` stays for integration check D010.
 */
const DROPDOWN_KEYS = ['id', 'key', 'name', 'label'];
const dropdownSample = (sample: GhlRecord) =>
  Object.fromEntries(Object.entries(sample).filter(([k]) => DROPDOWN_KEYS.includes(k)));

/**
 * A step's sample and labels, split by who reads them (issue 16). Core compiles, deep-clones and deep-freezes the
 * whole definition on every run, yet only the Zap editor reads the labels and sample values. The definition keeps
 * what anything else reads: the sample's ids (dedupe, integration check D010, Find or Create's id) and their labels;
 * the other labels and values come from one outputFields function of no arguments, which the editor calls when it
 * shows the step's fields, as it does for custom fields: Zapier combines each field's `sample` with the operation's,
 * the field's taking precedence (zapier-platform-schema, PlainOutputFieldSchema `sample`: "most useful when using a
 * function to generate dynamic outputFields"). `editorView` puts the two together again; test/perf.test.ts checks
 * that it is, for every step, the whole sample and every label.
 */
const splitForEditor = (sample: GhlRecord, labels: GhlRecord[]) => {
  const ids = sampleIds(sample);
  const kept: GhlRecord = ids.length ? {} : sample;
  for (const [key, value] of ids) setOutput(kept, key, value);
  const plain = labels.filter((o) => typeof o !== 'function') as OutputField[];
  const fields = new Map<string, GhlRecord>();
  for (const [key, value] of outputValues(sample)) if (!sampleShows(kept, key)) fields.set(key, { key, sample: value });
  // An id's label stays beside its value: a list of ids (`calendarIds`) is served with its label, so the editor gets
  // each key once, never a labelled field in the definition and a bare one from the function.
  const held = plain.filter((f) => namesId(f.key) && !fields.has(f.key));
  for (const o of plain.filter((f) => !held.includes(f))) fields.set(o.key, { ...o, ...fields.get(o.key) });
  const served = [...fields.values()];
  const outputFields = [
    ...(sharedLabels(held) ?? []),
    ...labels.filter((o) => typeof o === 'function'),
    ...(served.length ? [() => served] : []),
  ];
  return { sample: shared(kept), ...(outputFields.length ? { outputFields } : {}) };
};

/**
 * What the Zap editor shows of a step: its sample and labels with what its editor-fields function (splitForEditor,
 * the only function of no arguments in outputFields) serves, combined as Zapier combines them. Custom-field
 * functions, which need a connection, are left out.
 */
export const editorView = (operation: GhlRecord): { sample: GhlRecord; outputFields: GhlRecord[] } => {
  const sample = structuredClone(operation.sample ?? {}) as GhlRecord;
  const outputFields: GhlRecord[] = [];
  for (const f of (operation.outputFields ?? []) as unknown[]) {
    const fields = typeof f === 'function' ? (f.length === 0 ? (f as () => GhlRecord[])() : []) : [f as GhlRecord];
    for (const served of fields) {
      const { sample: value, ...field } = served;
      if (Object.keys(field).length > 1) outputFields.push(field);
      if (Object.hasOwn(served, 'sample')) setOutput(sample, String(field.key), value);
    }
  }
  return { sample, outputFields };
};

/**
 * A visible trigger that also feeds dropdowns (`campaigns.id.name`) keeps the keys they read in its definition's
 * sample, as a hidden helper does (its editor function serves them too, with the same values).
 */
export const keepInSample = (op: Operation, keys: string[]) => {
  const { sample } = op.zapier.operation;
  const whole = shownOutputs(op.decl).sample;
  const missing = keys.filter((k) => !Object.hasOwn(sample, k) && Object.hasOwn(whole, k));
  if (missing.length)
    op.zapier.operation.sample = shared({ ...sample, ...Object.fromEntries(missing.map((k) => [k, whole[k]])) });
};

/** A visible step's sample and output labels as the Zap editor shows them: readable twins added, deletes in their one shape. */
export const shownOutputs = (decl: OpDecl): { sample: GhlRecord; labels: GhlRecord[] } => {
  if (isDeleteDecl(decl)) {
    const sample = deleteShape(decl, decl.sample);
    return { sample, labels: outputsWorthSending({ sample, outputFields: deleteOutputs(decl) }) as GhlRecord[] };
  }
  const sample = withReadable(decl.sample, decl.noun);
  return { sample, labels: withOutputLabels(decl, sample) ?? [] };
};

/** Sample and output fields in the definition: a hidden helper's for its dropdowns, a visible step's split. */
const samples = (decl: OpDecl) => {
  if (decl.hidden) return { sample: shared(dropdownSample(decl.sample)) };
  const { sample, labels } = shownOutputs(decl);
  return splitForEditor(sample, labels);
};

/** The registry entry of an operation: its Zapier definition and the declaration behind it. */
export interface Operation {
  kind: Kind;
  decl: AnyDecl;
  zapier: GhlRecord;
}

/**
 * The step's input with each fixed choice its hooks read themselves (`in: 'none'`: a mode such as Bulk Business
 * Update's Action, a unit turned into a nested value) read as the factory reads the others (convert): a choice's label
 * or any case ("Remove from their business", "Hours") is its value, a value standing for none ("null", blank) is
 * absent, anything else is refused listing the choices. Hooks compare these with their values, so the raw text took
 * another branch unseen (a label linked contacts it was mapped to remove) or reached GHL as typed. Likewise one id
 * given joined or as line items ("c1,c1", ["c1", "c1"]: oneId, soleItem) is that id, as the request sends it: a
 * hook's output never says "c1,c1".
 */
const choicesRead = (decl: AnyDecl, bundle: B): B => {
  const joined = (f: Field, v = bundle.inputData?.[f.key]) =>
    (typeof v === 'string' ? v.includes(',') : Array.isArray(v)) && takesOneId(f);
  const modes = staticFields(decl).filter(
    (f) => (f.in === 'none' && !!f.choices && !f.list && bundle.inputData?.[f.key] != null) || joined(f),
  );
  if (!modes.length) return bundle;
  const inputData = { ...bundle.inputData };
  for (const f of modes) {
    if (joined(f)) inputData[f.key] = oneId(soleItem(inputData[f.key]) ?? inputData[f.key], `"${fieldLabel(f)}"`);
    else if (isEmpty(inputData[f.key])) delete inputData[f.key];
    else inputData[f.key] = convert(f, inputData[f.key], bundle);
  }
  return { ...bundle, inputData };
};

/**
 * The one shell every kind shares: key, noun, display, inputs and the shared sample / output labels around the
 * kind's own perform (which runs with the step's sub-account, on an agency connection, and its fixed choices read).
 * `operation`: what the kind adds to Zapier's operation (a paging trigger's canPaginate).
 */
const shell = (
  kind: Kind,
  decl: AnyDecl,
  perform: (z: Z, bundle: B) => Promise<unknown>,
  operation: GhlRecord = {},
): Operation => ({
  kind,
  decl,
  zapier: {
    key: decl.key,
    noun: decl.noun,
    display: display(decl),
    operation: {
      ...operation,
      inputFields: inputFields(decl),
      perform: (z: Z, stepBundle: B) => {
        const given = withoutEmpties(decl, stepBundle);
        const bundle = decl.agencyOnly ? withoutSubAccount(given) : withSubAccount(given);
        let read: B;
        try {
          read = choicesRead(decl, bundle);
        } catch (e) {
          return Promise.reject(stepError(z, decl, bundle, e, onlyReads(kind, decl)));
        }
        return perform(z, read);
      },
      ...samples(decl),
    },
  },
});

/**
 * The ids a write acted on: its path values, less the connection's own and any UI-only (`in: 'none'`) value that
 * only shapes the request (API Request's free-form Path).
 */
const idsActedOn = (decl: AnyDecl, req: Req): Record<string, string> => {
  const uiOnly = new Set(
    staticFields(decl)
      .filter((f) => f.in === 'none')
      .map((f) => f.key),
  );
  return Object.fromEntries(Object.entries(req.pathParams).filter(([k]) => !isConnectionKey(k) && !uiOnly.has(k)));
};

/** A polling trigger: newest-first items with stable ids, one request per poll (a `poll` list: lib/polling.ts listPoll). */
export const makeTrigger = (declared: TriggerDecl): Operation => {
  const decl =
    declared.poll && declared.paging
      ? { ...declared, perform: listPoll(declared.paging, declared.list, declared.poll) }
      : declared;
  return shell(
    'trigger',
    decl,
    async (z, bundle) => {
      let ran;
      try {
        ran = await run('trigger', decl, z, bundle);
      } catch (e) {
        if (e instanceof PagingEnded) return [];
        throw e;
      }
      const { req, data, read } = ran;
      let items: GhlRecord[];
      if (decl.record) items = shaped(z, bundle, decl, read, () => toChangeItem(data, decl.record, true));
      else {
        items = shaped(z, bundle, decl, read, () => toItems(data, decl.list, true, !decl.hidden));
        if (decl.paging)
          await saveCursor(decl.paging, z, data, toItems(data, { ...decl.list, newest: false }), req.cursor ?? null);
      }
      // Dropdowns and polls only ever see items with an id, each id once, after the declaration's own shaping.
      items = finalItems(await afterHook('trigger', decl, items, bundle, z, data));
      // A record without update time: its content hash is counted, so a return to an earlier content fires.
      if (decl.record)
        items = await countedChanges(
          z,
          bundle,
          [decl.key, ...items.map((i) => `${i.recordId}`)],
          items,
          decl.record,
          decl.noun,
        );
      return items.map((i) => withReadable(i, decl.noun));
    },
    // `type` is left out: "polling" is the schema's default, and every byte here is copied on every run.
    decl.paging ? { canPaginate: true } : {},
  );
};

/** The flags GHL's specs document on a write's answer for whether it was carried out (booleans; `succeded` sic). */
const DONE_FLAGS = ['succeded', 'succeeded', 'success'];

/**
 * A write GHL answers with one of its DONE_FLAGS false: not done, whatever the status. The step says so, for the ids
 * it acted on, with GHL's message (never a confirmation, nor a delete's `deleted: true`).
 */
const notDone = (z: Z, decl: AnyDecl, req: Req, data: GhlRecord): Error | undefined => {
  const flag = DONE_FLAGS.find((k) => data?.[k] === false);
  if (!flag) return undefined;
  const ids = idsNamed(decl, idsActedOn(decl, req));
  const message = typeof data.message === 'string' ? data.message.trim() : '';
  const said = ghlSays(message ? [message] : []);
  return new z.errors.Error(
    `${decl.label}: GHL answered "${flag}": false, so it did not carry this out${ids.length ? ` for ${ids.join(', ')}` : ''}.${said} Check the step's values in GHL, then replay the run.`,
    'GHL_NOT_DONE',
    400,
  );
};

/** An action: POST / PUT / DELETE returning the record GHL answers with (or its confirmation). */
export const makeCreate = (decl: CreateDecl): Operation =>
  shell('create', decl, async (z, bundle) => {
    if (!decl.once) return createResult(decl, z, bundle);
    const [once, noun] = typeof decl.once === 'string' ? [decl.once, decl.noun] : decl.once;
    // Sent once per delivery (lib/once.ts): the request is claimed once built, and the claim settled by the outcome.
    let claimed: Claim | undefined;
    const claim = async (req: Req) => {
      claimed = await claimOnce(z, bundle, { key: decl.key, label: decl.label, noun, once }, req, whom(decl, req));
    };
    try {
      const result = await createResult(decl, z, bundle, claim);
      await claimed?.done(result.id);
      return result;
    } catch (e) {
      throw claimed ? await claimed.failed(e) : e;
    }
  });

/** Ids by the labels of the inputs they were given in ('Contact "c1"'; inputsOf names path values by their keys). */
const idsNamed = (decl: AnyDecl, ids: Record<string, string>): string[] =>
  Object.entries(ids).map(([k, v]) => `${inputsOf(decl)?.[k]?.label ?? k} "${v}"`);

/** Whom a write is for, by its inputs' labels (' for Contact "c1", Workflow "w1"'), or ''. */
const whom = (decl: AnyDecl, req: Req): string => {
  const body = req.body as GhlRecord | undefined;
  const contact: Record<string, string> = typeof body?.contactId === 'string' ? { contactId: body.contactId } : {};
  const named = idsNamed(decl, { ...contact, ...idsActedOn(decl, req) });
  return named.length ? ` for ${named.join(', ')}` : '';
};

/** A create's result: the request sent (after `claim`, for a `once` write), GHL's answer shaped. */
const createResult = async (decl: CreateDecl, z: Z, bundle: B, claim?: (req: Req) => Promise<void>) => {
  const { req, data, read } = await run('create', decl, z, bundle, undefined, claim);
  const failed = notDone(z, decl, req, data);
  if (failed) throw stepError(z, decl, bundle, failed, read);
  // A delete answers with its ids whatever GHL says ({succeded} / {success} / a message / nothing).
  if (isDeleteDecl(decl)) return deleteShape(decl, req.pathParams);
  let result = data;
  if (decl.result) {
    const own = getPath(data, decl.result);
    // Any other create must carry the record it names, with its id (a DELETE without the delete_ key may answer
    // nothing): `{contact: {isDuplicate: false}}` is no contact.
    if (own && typeof own === 'object' && !Array.isArray(own) && ownId(own) !== undefined) result = own;
    else if (decl.method !== 'DELETE')
      throw stepError(z, decl, bundle, new ShapeError(`had no "${decl.result}" record with an id`), read);
  }
  if (Array.isArray(result)) result = { items: result, count: result.length };
  if (!result || typeof result !== 'object') result = { success: true, result };
  // Confirmations ({succeded: true}) carry the ids acted on, so later steps can still map them.
  if (result.id === undefined) result = { ...idsActedOn(decl, req), ...result };
  result = await afterHook('create', decl, result, bundle, z, data);
  // What was left out or cut short (req.skipped) is named in the output, so the Zap history shows it.
  if (req.skipped?.length && result && typeof result === 'object' && !Array.isArray(result)) {
    for (const s of req.skipped) z.console.log(s);
    result = { ...result, skippedValues: req.skipped };
  }
  return withReadable(result, decl.noun);
};

/** A search: a list of matches, `[]` when GHL finds nothing or a lookup by id finds no such record (byId). */
export const makeSearch = (decl: SearchDecl): Operation =>
  shell('search', decl, async (z, bundle) => {
    const { data, read, own } = await run('search', decl, z, bundle, true);
    let items: GhlRecord[];
    if (data === undefined) items = [];
    else if (decl.list) {
      items = shaped(z, bundle, decl, read, () => {
        const raw = strictListOf(data, decl.list!.key);
        // A match must be a real record: one without an id is no answer (and Find or Create would trust it).
        if (raw.some((r) => ownId(r, decl.list!.id) === undefined))
          throw new ShapeError('listed a record without an id');
        return toItems(data, decl.list, true);
      });
    } else {
      items = shaped(z, bundle, decl, read, () => {
        const key = decl.record?.key;
        const rec = key ? getPath(data, key) : data;
        // `{contact: null}` is GHL's "no match"; a missing key, an empty record or one without an id is no answer.
        if (key && rec === null) return [];
        if (key && rec === undefined) throw new ShapeError(`had no "${key}" record`);
        if (!rec || typeof rec !== 'object' || Array.isArray(rec) || !Object.keys(rec).length)
          throw new ShapeError('had no record');
        if (ownId(rec) === undefined) throw new ShapeError('had a record without an id');
        return [rec.id === undefined || rec.id === null ? { ...rec, id: ownId(rec) } : rec];
      });
    }
    // A search request whose answer the declaration narrows to exact matches (a lookup by id is not one).
    const sent = own.at(-1);
    if (decl.exact && sent) items = exactMatches(items, decl.exact, { ...sent.query, ...(sent.body as GhlRecord) });
    return finalItems(await afterHook('search', decl, items, bundle, z, data)).map((i) => withReadable(i, decl.noun));
  });

/** How a trigger fires (see TriggerDecl.fires). */
export const firesOf = (decl: TriggerDecl): 'new' | 'changed' | 'static' =>
  decl.fires ?? (decl.hidden ? 'static' : decl.record ? 'changed' : 'new');

/** Typed identity helpers: a category file's array is checked against the right declaration type. */
export const triggers = (decls: TriggerDecl[]) => decls;
export const creates = (decls: CreateDecl[]) => decls;
export const searches = (decls: SearchDecl[]) => decls;

/** The request's JSON body as an object, for hooks that read or complete it. */
export const bodyOf = (req: Req): GhlRecord => req.body as GhlRecord;

/** True when the request body carries a non-empty value at `key`. */
export const bodyHas = (req: Req, key: string): boolean => !isEmpty(bodyOf(req)[key]);
