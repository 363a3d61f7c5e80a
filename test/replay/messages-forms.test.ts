/** Dedupe replay: message and submission triggers (see harness.ts). */
import { replaySuite } from './run';

replaySuite('messages and submissions', [
  'new_inbound_message',
  'new_outbound_message',
  'new_form_submission',
  'new_survey_submission',
]);
