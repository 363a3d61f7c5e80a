import { createHash } from 'crypto';
import type { Store } from './store';

/**
 * Where GHL's documentation leaves a behaviour open, the emulator can play each plausible one, and the dedupe replay
 * runs the triggers under every combination they must survive. Defaults are what GHL documents (or, where it
 * documents nothing, what its docs' examples imply). Set them per emulator (`setBehaviours`) or for a whole process
 * with `GHL_EMULATOR_BEHAVIOURS="opportunityOrder=ignored,submissionOrder=asc"`.
 */
export interface Behaviours {
  /** GET /opportunities/search `order`: honoured, or ignored (oldest first, the collection's natural order). */
  opportunityOrder: 'honoured' | 'ignored';
  /** POST /opportunities/search `sort`: honoured, or ignored (newest created first). */
  opportunitySearchSort: 'honoured' | 'ignored';
  /** POST /opportunities/search `filters` with the `range` operator: honoured, or ignored (matches everything). */
  opportunitySearchRange: 'honoured' | 'ignored';
  /** GET /forms|surveys/submissions: order undocumented: newest first, oldest first, or no order at all. */
  submissionOrder: 'desc' | 'asc' | 'shuffled';
  /** POST /locations/{locationId}/tasks/search: order undocumented: newest first, oldest first, or none. */
  taskOrder: 'desc' | 'asc' | 'shuffled';
  /** POST /contacts/search `sort`: honoured, or ignored (newest created first). */
  contactSort: 'honoured' | 'ignored';
  /** POST /contacts/search `filters` with the `range` operator: honoured, or ignored (matches everything). */
  contactRange: 'honoured' | 'ignored';
  /**
   * Plain lists GHL documents no order for (businesses, a business's contacts, blog posts, appointment notes,
   * calendar notifications and resources): newest first, oldest first, or none.
   */
  listOrder: 'desc' | 'asc' | 'shuffled';
}

export const DEFAULT_BEHAVIOURS: Behaviours = {
  opportunityOrder: 'honoured',
  opportunitySearchSort: 'honoured',
  opportunitySearchRange: 'honoured',
  submissionOrder: 'desc',
  taskOrder: 'desc',
  contactSort: 'honoured',
  contactRange: 'honoured',
  listOrder: 'desc',
};

/** `key=value,key=value` from GHL_EMULATOR_BEHAVIOURS; unknown keys are refused so a typo is not silently ignored. */
export const behavioursFromEnv = (text = process.env.GHL_EMULATOR_BEHAVIOURS ?? ''): Partial<Behaviours> => {
  const out: Record<string, string> = {};
  for (const pair of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [k, v] = pair.split('=').map((s) => s.trim());
    if (!(k in DEFAULT_BEHAVIOURS))
      throw new Error(
        `GHL_EMULATOR_BEHAVIOURS: unknown behaviour "${k}" (known: ${Object.keys(DEFAULT_BEHAVIOURS).join(', ')})`,
      );
    out[k] = v;
  }
  return out as Partial<Behaviours>;
};

/** The emulator's current behaviours (kept with its state, so handlers read them from the store they already have). */
export const behaviours = (store: Store): Behaviours =>
  store.section<Behaviours>('behaviours', () => ({ ...DEFAULT_BEHAVIOURS, ...behavioursFromEnv() }));

/** Switches behaviours for this emulator. */
export const setBehaviours = (store: Store, b: Partial<Behaviours>): Behaviours => Object.assign(behaviours(store), b);

/**
 * A deterministic shuffle (same records, same order every call) for "no order at all": by a hash of the id, so
 * sequential ids (and creation order) say nothing about the position.
 */
export const scrambled = <T extends { id: string }>(recs: T[]): T[] => {
  const h = (s: string) => createHash('md5').update(s).digest('hex');
  return [...recs].sort((a, b) => (h(a.id) < h(b.id) ? -1 : h(a.id) > h(b.id) ? 1 : 0));
};

/** Newest-first records in the order `listOrder` plays. */
export const inListOrder = <T extends { id: string }>(store: Store, newestFirst: T[]): T[] => {
  const order = behaviours(store).listOrder;
  return order === 'asc' ? [...newestFirst].reverse() : order === 'shuffled' ? scrambled(newestFirst) : newestFirst;
};
