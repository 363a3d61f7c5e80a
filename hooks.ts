/**
 * The app's top-level functions outside the steps and the connection: request middleware and file hydrators. Kept in
 * one light module because the shipped app (lib/lazy.ts) loads them with the app itself: middleware runs on every
 * request, and `z.dehydrateFile` finds a hydrator by identity in the app definition.
 */
import { hydrators as conversationFiles } from './areas/conversationFiles';
import { useSubAccountToken } from './lib/agency';
import { addAuthHeaders, handleErrors } from './lib/client';

// An agency connection's sub-account steps are signed with a location token first; everything else gets the
// connection's own token from addAuthHeaders.
export const beforeRequest = [useSubAccountToken, addAuthHeaders];
export const afterResponse = [handleErrors];
// Recording / transcription downloads are dehydrated by their triggers and stashed here when a step uses them.
export const hydrators = { ...conversationFiles };
