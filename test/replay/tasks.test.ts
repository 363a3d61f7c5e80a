/**
 * Dedupe replay: task and appointment triggers (see harness.ts). Its own file: core's handler exits a process that served 250 runs
 * above 450 MB, counted per file, and each replay run is 23 polls.
 */
import { replaySuite } from './run';

replaySuite('tasks and appointments', ['new_task', 'new_appointment']);
