import { customFieldOutputs, flattenCustomFields } from '../lib/customFields';
import { F } from '../lib/fields';
import { searches } from '../lib/op';
import { CONTACT_OUTPUTS, CONTACT_SAMPLE } from '../areas/contacts';
import { InputError } from '../lib/values';

export default searches([
  {
    key: 'find_contact',
    noun: 'Contact',
    label: 'Find Contact',
    help: "Finds a contact by ID, email or phone; email and phone follow the sub-account's duplicate contact setting.",
    method: 'GET',
    path: '/contacts/search/duplicate',
    version: '2021-07-28',
    scopes: ['contacts.readonly'],
    location: 'query',
    fields: [
      F.text('email', 'Email', { required: false }),
      F.text('number', 'Phone', { required: false, helpText: 'E.g. +14155550100.' }),
      F.text('contactId', 'Contact ID', { required: false, in: 'none', helpText: 'Looks the contact up directly; email and phone are then ignored.' }),
    ],
    // An id is a direct GET /contacts/{contactId}; email / phone go to the duplicate lookup.
    perform: (_z, bundle, req, send) => {
      const contactId = bundle.inputData.contactId;
      if (contactId) return send({ method: 'GET', path: '/contacts/{contactId}', pathParams: { contactId: String(contactId) }, query: {}, body: undefined });
      if (!req.query.email && !req.query.number) throw new InputError('Find Contact needs a Contact ID, an Email or a Phone.');
      return send(req);
    },
    record: { key: 'contact' },
    after: (items) => items.map(flattenCustomFields),
    orCreate: 'create_contact',
    // Found: Update Contact writes the step's fields onto it (the found id fills its Contact). Only the id is an
    // exact-match key: an exact email filter would drop a match whose stored email differs in case or spacing.
    orUpdate: { update: 'update_contact', input: { contactId: 'id' }, unique: { contactId: 'id' } },
    sample: CONTACT_SAMPLE,
    outputFields: [...CONTACT_OUTPUTS, customFieldOutputs('contact')],
  },
]);
