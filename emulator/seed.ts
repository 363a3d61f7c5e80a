import * as fs from 'fs';
import type { Grant } from './oauth';
import type { Rec, StateData } from './store';
import defaultSeed from './seed.json';

/** A seed: the location tokens act for, and the records it starts with. */
export interface Seed {
  meta: { locationId: string; companyId: string; userId: string; scope?: string };
  collections: Record<string, Rec[]>;
}

export const DEFAULT_SEED: Seed = defaultSeed as unknown as Seed;

/** A seed from a JSON file in the same format as emulator/seed.json. */
export const loadSeed = (file?: string): Seed =>
  file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Seed) : DEFAULT_SEED;

export const initialState = (seed: Seed): StateData => ({ collections: seed.collections, sections: {} });

/** The grant every token gets unless a test asks otherwise: a Location token for the seeded location. */
export const defaultGrant = (seed: Seed): Grant => ({
  userType: 'Location',
  locationId: seed.meta.locationId,
  companyId: seed.meta.companyId,
  userId: seed.meta.userId,
  scope: seed.meta.scope ?? '',
});
