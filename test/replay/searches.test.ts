/**
 * Dedupe replay: the triggers that watch new records matching the user's search or filters (see harness.ts). Its own
 * file: core's handler exits a process that served 250 runs above 450 MB, counted per file.
 */
import { replaySuite } from './run';

replaySuite('searches', ['search_opportunities', 'search_contacts', 'search_conversations']);
