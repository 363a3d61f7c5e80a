/** Dedupe replay: opportunity triggers (see harness.ts). */
import { replaySuite } from './run';

replaySuite('opportunities', ['new_opportunity', 'opportunity_stage_changed', 'opportunity_status_changed']);
