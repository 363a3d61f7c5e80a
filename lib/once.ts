import { createHash, randomUUID } from 'crypto';
import type { CacheApi } from './agency';
import type { B, Req, Z } from './op';
import { canonicalJson } from './values';

/**
 * Writes without a natural key, done once per delivery. A lead delivered twice (its webhook retried, its form sent
 * twice, the Zap run twice) would send a second SMS, add a second note or task, or enroll the contact again, and
 * nothing could find the first one again (lib/idempotency.ts does that for contacts, opportunities and appointments).
 * A step declared `once` claims its request in z.cache before sending it: the same request of the same Zap in the same
 * sub-account within ONCE_WINDOW_SECONDS is not sent again, and the duplicate run halts saying so (a HaltedError also
 * stops its later steps, and does not count toward Zapier turning the Zap off).
 */

/** How long the same request is not sent again: duplicate deliveries come within seconds to minutes. */
export const ONCE_WINDOW_SECONDS = 10 * 60;

/** A claim older than this without an outcome belongs to a run that ended without one (Zapier stops a step at 30 s). */
const SENDING_MS = 60_000;

/** One entry per connection, as lib/agency.ts and lib/polling.ts keep theirs. */
const SCOPE = ['auth'];

interface Entry {
  state: 'sending' | 'done' | 'unknown';
  /** When it was claimed or settled (epoch ms). */
  at: number;
  /** The record the write made (done). */
  id?: string;
  /** Which run claimed it (sending): a cache that stored the claim but answered no still lets that run send. */
  by?: string;
}

/** What a guarded write says once it knows its outcome. */
export interface Claim {
  /** Sent: the same request is refused for the window, naming the record (`id`). */
  done: (id: unknown) => Promise<void>;
  /**
   * Failed: the claim is released, or kept when GHL may have done it (see `failed` below); answers the error to throw
   * (then saying when a replay is sent).
   */
  failed: (e: unknown) => Promise<unknown>;
}

/** The step as sentences name it: its label, its noun, what it does in the past tense ("sent"). */
export interface OnceStep {
  key: string;
  label: string;
  noun: string;
  once: string;
}

/**
 * The z.cache key of a request: a hash (never the values themselves: they hold emails, phones and messages) of the
 * step, the sub-account, the Zap (two Zaps sending the same text are not duplicates of each other) and the request as
 * built, after normalization (" ann@x.com" and "ann@x.com" are one request).
 */
export const onceKey = (step: Pick<OnceStep, 'key'>, bundle: B, req: Req): string => {
  const zap = (bundle.meta as { zap?: { id?: unknown } } | undefined)?.zap?.id ?? null;
  const what = [step.key, bundle.authData?.locationId ?? null, zap, req.method, req.path, req.pathParams, req.query];
  return `ghl:once:v1:${createHash('sha256')
    .update(canonicalJson([...what, req.body ?? null]) as string)
    .digest('hex')}`;
};

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
/** When a request claimed (or settled) at `at` may be sent again: the minute the window has ended by (rounded up). */
const until = (at: number) => `${clock(Math.ceil((at + ONCE_WINDOW_SECONDS * 1000) / 60_000) * 60_000)} UTC`;
const ago = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 120 ? `${s} s ago` : `${Math.round(s / 60)} min ago`;
};

/** The sentence of a duplicate: what the other run did, and how to do it twice on purpose. */
const duplicate = (z: Z, step: OnceStep, about: string, e: Entry, byZap: boolean): Error => {
  const what = `${step.label}: the same ${step.noun.toLowerCase()}${about}`;
  const by = `by another run${byZap ? ' of this Zap' : ''}`;
  const since = Date.now() - e.at;
  const twice = `To have it ${step.once} twice, change a value or replay this run after ${until(e.at)}.`;
  if (e.state === 'done') {
    const id = e.id ? ` (${step.noun} ID "${e.id}")` : '';
    return new z.errors.HaltedError(
      `${what} was ${step.once} ${ago(since)} ${by}${id}, so it was not ${step.once} again. ${twice}`,
    );
  }
  if (e.state === 'sending' && since < SENDING_MS)
    return new z.errors.HaltedError(
      `${what} is being ${step.once} right now ${by} (started ${ago(since)}), so it was not ${step.once} twice. If that run fails, replay this one.`,
    );
  return new z.errors.HaltedError(
    `${what} was being ${step.once} ${ago(since)} ${by}, which got no clear answer from GHL: it may or may not have ` +
      `been ${step.once}, so it was not ${step.once} again. Check for it in GHL; to have it ${step.once} anyway, change ` +
      `a value or replay this run after ${until(e.at)}.`,
  );
};

/**
 * Claims the request before it is sent (z.cache's `nx`: set only when absent, answering whether it did, so of two
 * racing runs one wins). Answers the claim to settle, or throws the HaltedError of a duplicate. Without z.cache (a
 * local run) or when it fails, the write is sent as before: a convenience must never stop a write.
 * `about`: whom the write is for, for the sentence (' for Contact "c1"').
 */
export const claimOnce = async (
  z: Z,
  bundle: B,
  step: OnceStep,
  req: Req,
  about: string,
): Promise<Claim | undefined> => {
  // A test run in the Zap editor is someone asking for it: sent, and not counted as a delivery.
  if (bundle.meta?.isLoadingSample) return undefined;
  const cache = z.cache as unknown as CacheApi;
  const key = onceKey(step, bundle, req);
  const note = (e: unknown) =>
    z.console.log(`${step.label}: could not check for a duplicate delivery (z.cache): ${(e as Error)?.message ?? e}`);
  const keep = (value: Entry) => cache.set(key, value, ONCE_WINDOW_SECONDS, SCOPE).then(undefined, note);
  try {
    const by = randomUUID();
    // Twice at most: an entry released between the claim and the read (its run failed) is claimed again.
    for (let attempt = 0; attempt < 2; attempt++) {
      const won = await cache.set(key, { state: 'sending', at: Date.now(), by }, ONCE_WINDOW_SECONDS, SCOPE, true);
      const entry = won ? undefined : ((await cache.get(key, SCOPE)) as Entry | null);
      // Core types the answer `boolean | null`: a claim read back as this run's is won, whatever the set answered.
      if (won || entry?.by === by) {
        return {
          done: async (id) => {
            await keep({ state: 'done', at: Date.now(), ...(typeof id === 'string' && id ? { id } : {}) });
          },
          // A write that failed is released, so the user's replay (or Zapier's retry of a throttled step, or its
          // refresh of an expired token) sends it. A HaltedError of the write means the outcome is unknown (a lost
          // answer, a 5xx, an unreadable answer: lib/errors.ts mayHaveHappened): GHL may have sent it, so, as
          // lib/idempotency.ts never sends a create again blindly, the claim is kept for the window and a duplicate
          // delivery halts saying so. The user, told to check in GHL first, replays after the window or changes a value:
          // the write's sentence, which says to check before replaying, says when a replay is sent.
          failed: async (e) => {
            if ((e as Error)?.name !== 'HaltedError') {
              await cache.delete(key, SCOPE).then(undefined, note);
              return e;
            }
            const at = Date.now();
            await keep({ state: 'unknown', at });
            const said = new z.errors.HaltedError(
              `${(e as Error).message} A replay before ${until(at)} halts as a duplicate; to have it ${step.once} ` +
                'sooner, change a value.',
            );
            // The sentence stays the user's, as the write's was (lib/errors.ts redactError): no "What happened" after it.
            return Object.assign(said, { doNotContextify: true });
          },
        };
      }
      if (entry && typeof entry.at === 'number')
        throw duplicate(z, step, about, entry, bundle.meta?.zap?.id !== undefined);
    }
  } catch (e) {
    if ((e as Error)?.name === 'HaltedError') throw e;
    note(e);
  }
  return undefined;
};
