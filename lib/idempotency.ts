import type { HttpResponse } from 'zapier-platform-core';
import { parseBody, readBody } from './client';
import { lostAnswer, mapErrorResponse } from './errors';
import type { Req, Send, Z } from './op';

/**
 * Creates that are safe under Zapier's replays and parallel runs. Zapier replays a step after a timeout, a user
 * replays a failed run, and two Zap runs for the same lead can race. A create therefore:
 * - returns the existing record when GHL answers with its duplicate error naming it (unless the step says to fail);
 * - is never blindly re-sent after a 5xx or a lost answer: GHL may have stored it (GoHighLevel/highlevel-api-docs
 *   issue #64: Create Contact answered an error and still created the contact), so the natural key is looked up and
 *   what the first attempt wrote is returned; only when nothing is found is the failure reported.
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

/** Statuses after which a write's outcome is unknown: GHL may have stored it before failing to answer. */
const UNKNOWN_OUTCOME = [500, 502, 503, 504];

/**
 * A request that never got an answer (timeout, reset connection): the write may or may not have happened. callGhl
 * maps these (lib/client.ts requestGhl) and marks them; a raw FetchError / AbortError is recognised too.
 */
const isLostAnswer = (e: unknown): boolean => {
  const err = e as { name?: string; code?: string; type?: string };
  return (
    lostAnswer(e) !== undefined ||
    ['FetchError', 'AbortError', 'TimeoutError'].includes(err?.name ?? '') ||
    ['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET'].includes(err?.code ?? '') ||
    err?.type === 'request-timeout'
  );
};

interface CreateOnce {
  /** The step's label, for sentences. */
  label: string;
  /** What a record is called in sentences ("contact"). */
  noun: string;
  /** GHL's duplicate answer → the existing record's id (contacts: duplicateOf). */
  duplicate?: (data: unknown) => { id: string; matchingField?: string } | undefined;
  /** Reads a record by id (the one GHL's duplicate answer names), in the shape the create answers with. */
  fetch?: (id: string) => Promise<Answer>;
  /** Finds what an earlier attempt wrote by the natural key; undefined when there is none. */
  findExisting?: () => Promise<Answer | undefined>;
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

/** Sends a create once, turning GHL's duplicate answer and unknown outcomes into the record that exists. */
export const createOnce = async (z: Z, req: Req, send: Send, o: CreateOnce): Promise<Created> => {
  let resp: HttpResponse;
  try {
    resp = await send(req, { raw: true, keep: [400, 409, ...(o.recoverOn ?? []), ...UNKNOWN_OUTCOME] });
  } catch (e) {
    if (!isLostAnswer(e)) throw e;
    const found = o.findExisting ? await o.findExisting() : undefined;
    if (found) return { data: found, duplicate: true };
    throw new z.errors.Error(
      `${o.label}: GHL did not answer (${lostAnswer(e) ?? 'no answer'}). No ${o.noun} matching this one was found afterwards, so ` +
        'it was not created; replay the Zap run.',
      'GHL_NO_ANSWER',
      504,
    );
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
  const refusedAsTaken = o.recoverOn?.includes(resp.status) && (o.recoverIf?.(data) ?? true);
  if ((UNKNOWN_OUTCOME.includes(resp.status) || refusedAsTaken) && o.findExisting) {
    const found = await o.findExisting();
    if (found) return { data: found, duplicate: true };
  }
  mapErrorResponse(resp, z); // throws the sentence users get for this status
  throw new z.errors.Error(`${o.label} failed (HTTP ${resp.status}).`, 'GHL_ERROR', resp.status);
};
