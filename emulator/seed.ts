import * as fs from 'fs';
import type { Grant } from './oauth';
import type { Rec, StateData } from './store';
import defaultSeed from './seed.json';
import { appointmentNoteStamps } from './handlers/calendars';
import { withDerived } from './handlers/contacts';

/** A seed: the location tokens act for, and the records it starts with. */
export interface Seed {
  meta: { locationId: string; companyId: string; userId: string; scope?: string };
  collections: Record<string, Rec[]>;
}

export const DEFAULT_SEED: Seed = defaultSeed as unknown as Seed;

/** A seed from a JSON file in the same format as emulator/seed.json. */
export const loadSeed = (file?: string): Seed =>
  file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Seed) : DEFAULT_SEED;

/**
 * The seed's records as GHL would hold them: the fields GHL derives itself are filled in as the handlers fill them on
 * new records (a contact's `name` and search fields, an appointment note's contact and author), so a seed lists only
 * what a user would type.
 */
export const initialState = (seed: Seed): StateData => {
  const c = seed.collections;
  const get = (coll: string, id: string) => c[coll]?.find((r) => r.id === id);
  const complete = (coll: string, fill: (r: Rec) => Record<string, unknown>) =>
    c[coll] ? { [coll]: c[coll].map((r) => ({ ...fill(r), ...r })) } : {};
  return {
    collections: {
      ...c,
      ...complete('contacts', (r) => withDerived({ ...r })),
      ...complete('appointmentNotes', (r) => appointmentNoteStamps(get, r.appointmentId, r.userId)),
    },
    sections: {},
  };
};

/** The grant every token gets unless a test asks otherwise: a Location token for the seeded location. */
export const defaultGrant = (seed: Seed): Grant => ({
  userType: 'Location',
  locationId: seed.meta.locationId,
  companyId: seed.meta.companyId,
  userId: seed.meta.userId,
  scope: seed.meta.scope ?? '',
});
