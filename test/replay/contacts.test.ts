/** Dedupe replay: contact triggers (see harness.ts). */
import { replaySuite } from './run';

replaySuite('contacts', ['new_contact', 'updated_contact', 'contact_tag_added']);
