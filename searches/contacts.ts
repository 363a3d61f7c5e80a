import { customFieldOutputs } from '../lib/customFields';
import { F } from '../lib/fields';
import { givenId, readGiven, searches, search } from '../lib/op';
import { CONTACT_OUTPUTS, CONTACT_SAMPLE, duplicateLookup, eachContactOutput } from '../areas/contacts';
import { InputError } from '../lib/values';

/** The lookup keys, read by readGiven in perform (not by the factory), so one unreadable key does not stop the search. */
const KEYS = [
  F.email('email', 'Email', { required: false, in: 'none', standIn: 'email' }),
  F.phone('number', 'Phone', {
    required: false,
    in: 'none',
    helpText: "No +code: read in Country, else the sub-account's.",
  }),
];
/**
 * Create Contact's Country (the same field): a national phone is read in it, as Find or Create's create reads it
 * (lib/fields.ts countryFor). Zapier gives the search only its own inputs, so the builder maps it into both halves.
 */
const COUNTRY = F.country({ in: 'none' });
/** Read in perform too: trimmed, blank = not given, a list or object refused by its label (lib/op.ts givenId). */
const ID = F.text('contactId', 'Contact ID', {
  required: false,
  in: 'none',
  ids: true,
  helpText: 'Email and phone are then ignored.',
});

export default searches([
  search({
    key: 'find_contact',
    noun: 'Contact',
    label: 'Find Contact',
    help: 'Finds a contact by ID, email or phone.',
    method: 'GET',
    path: '/contacts/search/duplicate',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'query',
    fields: [...KEYS, COUNTRY, ID],
    // An id is a direct GET /contacts/{contactId}; email / phone go to the duplicate lookup, normalized like Create
    // Contact's (so " Zoe@Example.com " finds zoe@example.com, "(415) 555-0100" finds +14155550100). An unreadable
    // key is left out when the other one is readable, so Find or Create still finds or creates the lead.
    perform: async (z, bundle, req, send) => {
      const contactId = await givenId(ID, bundle, z);
      if (contactId)
        return send({
          method: 'GET',
          path: '/contacts/{contactId}',
          pathParams: { contactId },
          query: {},
          body: undefined,
        });
      const { values, refused } = await readGiven(KEYS, bundle, z);
      if (!Object.keys(values).length) {
        // An unreadable Country is named beside them: the phone was read in the sub-account's country instead.
        const country = refused.length ? (await readGiven([COUNTRY], bundle, z)).refused : [];
        throw new InputError(
          refused.length
            ? `Find Contact has nothing to search by: ${[...refused, ...country].join(' ')}`
            : 'Find Contact needs a Contact ID, an Email or a Phone.',
        );
      }
      for (const m of refused) z.console.log(`${m} Searched by the other value instead.`);
      return duplicateLookup(send, { ...req, query: { ...req.query, ...values } });
    },
    record: { key: 'contact' },
    after: eachContactOutput,
    orCreate: 'create_contact',
    // Found: Update Contact writes the step's fields onto it (the found id fills its Contact). Only the id is an
    // exact-match key: an exact email filter would drop a match whose stored email differs in case or spacing.
    orUpdate: { update: 'update_contact', input: { contactId: 'id' } },
    sample: CONTACT_SAMPLE,
    outputFields: [...CONTACT_OUTPUTS, customFieldOutputs('contact')],
  }),
]);
