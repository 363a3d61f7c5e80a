import type { HttpResponse } from 'zapier-platform-core';
import { parseBody, readBody } from './client';
import { lostAnswer, mapErrorResponse, mayHaveHappened, ranOutOfTime, serverFailure } from './errors';
import { customFieldValue } from './customFields';
import { looksLike } from './items';
import { sameEmail, shown } from './normalize';
import { andList, isEmpty } from './values';
import type { B, Field, GhlRecord, Req, Send, Z } from './op';

/**
 * Creates that are safe under Zapier's replays and parallel runs. Zapier replays a step after a timeout, a user
 * replays a failed run, and two Zap runs for the same lead can race. A create therefore:
 * - returns the existing record when GHL answers with its duplicate error naming it (unless the step says to fail);
 * - is never blindly re-sent after a 5xx or a lost answer: GHL may have stored it (GoHighLevel/highlevel-api-docs
 *   issue #64: Create Contact answered an error and still created the contact), so the natural key is looked up and
 *   what the first attempt wrote is returned; when nothing is found (or nothing can be looked up) the outcome stays
 *   unknown, and the step ends in an error Zapier does not replay by itself.
 */

/**
 * GHL's duplicate answers, which name the existing record:
 * - contacts, when the sub-account's "Allow Duplicate Contact" setting is off: HTTP 400 `{"statusCode": 400,
 *   "message": "This location does not allow duplicated contacts.", "meta": {"contactId": "…", "contactName": "…",
 *   "matchingField": "email"}}`;
 * - opportunities, one per contact and pipeline unless duplicates are allowed: HTTP 400 `{"statusCode": 400,
 *   "message": "Can not create duplicate opportunity for the contact.", "code": "OPPORTUNITY_NO_DUPLICATE",
 *   "meta": {"existingId": "…"}}`.
 * Neither is in the spec; the shapes are the ones public GHL integrations parse and record from production (code
 * found on GitHub by these message texts). `meta.contact.id` is accepted too.
 */
export const duplicateOf = (answer: unknown): { id: string; matchingField?: string } | undefined => {
  const data = (answer ?? {}) as DuplicateAnswer;
  const message = Array.isArray(data.message) ? data.message.join(' ') : String(data.message ?? '');
  if (!/duplicat/i.test(message) && data.code !== 'OPPORTUNITY_NO_DUPLICATE') return undefined;
  const id = data.meta?.contactId ?? data.meta?.existingId ?? data.meta?.contact?.id;
  return typeof id === 'string' && id ? { id, matchingField: data.meta?.matchingField } : undefined;
};

/** The parts of GHL's duplicate answers read above. */
interface DuplicateAnswer {
  message?: string | string[];
  code?: string;
  meta?: { contactId?: string; existingId?: string; matchingField?: string; contact?: { id?: string } };
}

/** A GHL answer keyed by record type (`{contact: {...}}`, `{opportunity: {...}}`). */
export type Answer = Record<string, Record<string, unknown> | undefined>;

/**
 * Statuses after which a write's outcome is unknown: GHL may have stored it before failing to answer (a 408 from a
 * proxy in front of GHL too).
 */
const UNKNOWN_OUTCOME = [408, 500, 502, 503, 504];

interface CreateOnce {
  /** The step's label, for sentences. */
  label: string;
  /** What a record is called in sentences ("contact"). */
  noun: string;
  /** GHL's duplicate answer → the existing record's id (contacts: duplicateOf). */
  duplicate?: (data: unknown) => { id: string; matchingField?: string } | undefined;
  /** Reads a record by id (the one GHL's duplicate answer names), in the shape the create answers with. */
  fetch?: (id: string) => Promise<Answer>;
  /**
   * Finds what an earlier attempt wrote by the natural key, with the `send` given; undefined when there is none, or
   * when the record has no key to look for (then it sends nothing).
   */
  findExisting?: (send: Send) => Promise<Answer | undefined>;
  /** The natural key in words, for "it has no … to look it up by" ("email or phone"). */
  key: string;
  /** The step says "fail on duplicates". */
  failOnDuplicate?: boolean;
  /**
   * Client-error statuses after which findExisting is asked too: a replayed booking is refused because its slot is
   * taken, by the appointment the first delivery booked.
   */
  recoverOn?: number[];
  /** …and only when GHL's answer says so (e.g. the slot is taken, not a validation error). */
  recoverIf?: (data: unknown) => boolean;
}

/** What createOnce answers: GHL's create response, or the existing record and that it was one. */
export interface Created {
  data: Answer;
  duplicate: boolean;
}

/**
 * After a lost answer or a 5xx: the record the first attempt wrote, found by its natural key, or a HaltedError
 * (lib/errors.ts mayHaveHappened) saying that GHL may have created it. Finding nothing proves nothing (GHL's search
 * lists a new record with a delay, and a record without a key cannot be looked up), and a failed lookup must not
 * end in an error Zapier retries, which would send the create again.
 */
const recover = async (z: Z, send: Send, o: CreateOnce, why: string, said = ''): Promise<Created> => {
  let looked = false;
  const counted: Send = (r, options) => {
    looked = true;
    return send(r, options);
  };
  let note: string;
  try {
    const found = o.findExisting ? await o.findExisting(counted) : undefined;
    if (found) return { data: found, duplicate: true };
    note = looked
      ? ` No ${o.noun} matching this one was found afterwards, but GHL can take a minute to list a new one.`
      : ` It has no ${o.key} to look it up by, so whether the ${o.noun} was created could not be checked.`;
  } catch (e) {
    note = ranOutOfTime(e)
      ? ` The step had no time left to check whether the ${o.noun} was created.`
      : ` Checking afterwards whether the ${o.noun} was created failed too.`;
  }
  throw mayHaveHappened(z, o.label, why, `${said}${note}`);
};

/** Sends a create once, turning GHL's duplicate answer and unknown outcomes into the record that exists. */
export const createOnce = async (z: Z, req: Req, send: Send, o: CreateOnce): Promise<Created> => {
  let resp: HttpResponse;
  try {
    resp = await send(req, { raw: true, keep: [400, 409, ...(o.recoverOn ?? []), ...UNKNOWN_OUTCOME] });
  } catch (e) {
    // A request that never got an answer (timeout, reset connection): the write may or may not have happened. callGhl
    // maps these (lib/client.ts requestGhl) and marks them; lostAnswer also reads a raw FetchError / AbortError, and a
    // TimeoutError (AbortSignal.timeout) is one too.
    const lost =
      lostAnswer(e) ?? ((e as Error | undefined)?.name === 'TimeoutError' ? 'GHL did not answer' : undefined);
    if (lost === undefined) throw e;
    return recover(z, send, o, lost);
  }
  // A success must be readable JSON (lib/client.ts readBody): an empty or HTML 2xx is an unknown outcome, not {}.
  if (resp.status < 400) return { data: readBody(z, resp, o.label, false, false) as Answer, duplicate: false };
  const data = parseBody(resp);
  const dup = o.duplicate?.(data);
  if (dup && o.fetch) {
    if (o.failOnDuplicate) {
      throw new z.errors.Error(
        `${o.label}: a ${o.noun} with this ${dup.matchingField ?? 'email or phone'} already exists (id "${dup.id}"), and this ` +
          'step is set to fail on duplicates.',
        'GHL_DUPLICATE',
        resp.status,
      );
    }
    return { data: await o.fetch(dup.id), duplicate: true };
  }
  if (UNKNOWN_OUTCOME.includes(resp.status)) {
    const { why, said } = serverFailure(resp);
    return recover(z, send, o, why, said);
  }
  // A refused replay (the slot is taken): GHL did not write this time, so a failing lookup may simply be retried.
  if (o.recoverOn?.includes(resp.status) && (o.recoverIf?.(data) ?? true) && o.findExisting) {
    const found = await o.findExisting(send);
    if (found) return { data: found, duplicate: true };
  }
  mapErrorResponse(resp, z); // throws the sentence users get for this status
  throw new z.errors.Error(`${o.label} failed (HTTP ${resp.status}).`, 'GHL_ERROR', resp.status);
};

/**
 * A create answered with the record that already exists (GHL's duplicate answer, or what a lost attempt wrote) stored
 * none of the step's values: those the step was given that the record does not hold are named in Skipped Values, so a
 * returning lead's new name, tags or deal value do not vanish unnamed (Find or Create Contact's search missed the
 * contact: it matched another key, or another contact has the lead's phone). A replayed delivery names none.
 */
export const notStored = (req: Req, bundle: B, record: GhlRecord | undefined, fields: Field[], noun: string): void => {
  const body = (req.body ?? {}) as GhlRecord;
  const held = record ?? {};
  const has = (k: string, v: unknown): boolean => {
    // A contact's full name: GHL answers it as `name` / `contactName`, or only as its first and last name.
    const h =
      k === 'name' ? [held.name, held.contactName, [held.firstName, held.lastName].filter(Boolean).join(' ')] : held[k];
    if (typeof v === 'boolean' || typeof h === 'boolean') return h === v;
    // An email held with its domain in the other form (Unicode, typed in GHL) is the address sent.
    if (k === 'email') return sameEmail(h, v);
    if (Array.isArray(v)) return v.every((x) => looksLike(h, x));
    // A day stored as a time ("1990-09-25T00:00:00.000Z") holds the day sent.
    return (
      looksLike(h, v) ||
      (typeof h === 'string' && typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) && h.startsWith(v))
    );
  };
  const left: string[] = [];
  for (const f of fields) {
    const v = body[f.as ?? f.key];
    if (v === undefined || isEmpty(bundle.inputData?.[f.key]) || has(f.as ?? f.key, v)) continue;
    // Tags: only those the record lacks.
    const shownValue = Array.isArray(v) ? v.filter((x) => !looksLike(held[f.as ?? f.key], x)).join(', ') : v;
    left.push(`"${f.label ?? f.key}" ${shown(shownValue)}`);
  }
  const cfs: GhlRecord[] = Array.isArray(held.customFields) ? held.customFields : [];
  const custom = (Array.isArray(body.customFields) ? (body.customFields as GhlRecord[]) : []).filter((c) => {
    const h = cfs.find((x) => x?.id === c.id);
    return (
      !h ||
      !(Array.isArray(c.fieldValue) ? c.fieldValue : [c.fieldValue]).every((x) => looksLike(customFieldValue(h), x))
    );
  }).length;
  if (custom) left.push(`${custom} custom field value${custom === 1 ? '' : 's'}`);
  if (!left.length) return;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  (req.skipped ??= []).push(
    `${andList(left)} ${left.length > 1 || custom > 1 ? 'were' : 'was'} not stored: the ${noun} already existed (ID "${held.id}"), and a create does not change it. Update ${Noun} writes ${left.length > 1 || custom > 1 ? 'them' : 'it'}.`,
  );
};
