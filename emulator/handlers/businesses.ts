import type { Routes } from '../router';
import { crud } from './common';

/**
 * Businesses are plain CRUD. Their quirk is in the spec and so handled by the shaper: create and update answer under
 * the misspelled key `buiseness` (`{success, buiseness}`), get under `business`.
 */
export const businessRoutes: Routes = crud({
  coll: 'businesses',
  noun: 'Business',
  id: 'businessId',
  list: 'GET /businesses/',
  create: 'POST /businesses/',
  get: 'GET /businesses/{businessId}',
  update: 'PUT /businesses/{businessId}',
  remove: 'DELETE /businesses/{businessId}',
});
