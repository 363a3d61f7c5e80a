import { F } from '../lib/fields';
import { creates, create } from '../lib/op';
import { InputError } from '../lib/values';

const V = '2021-07-28' as const;
const WRITE = ['contacts.write'];

export default creates([
  create({
    key: 'add_contact_to_workflow',
    noun: 'Workflow Enrollment',
    label: 'Add Contact to Workflow',
    help: 'Enrolls a contact in a workflow.',
    method: 'POST',
    path: '/contacts/{contactId}/workflow/{workflowId}',
    once: 'made',
    version: V,
    scopes: WRITE,
    fields: [
      F.contact(),
      F.workflow(),
      F.datetime('eventStartTime', 'Event Start Time', {
        required: false,
        helpText: 'E.g. 2026-03-05T15:00:00-05:00.',
      }),
    ],
    // The spec requires a JSON body even when no event time is given.
    emptyBody: true,
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', succeded: true },
  }),
  create({
    key: 'remove_contact_from_workflow',
    noun: 'Workflow Enrollment',
    label: 'Remove Contact from Workflow',
    apiLabel: 'Remove from Workflow',
    help: 'Removes a contact from a workflow, stopping its remaining steps.',
    method: 'DELETE',
    path: '/contacts/{contactId}/workflow/{workflowId}',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.workflow()],
    // The spec requires a JSON body (it reuses the enrollment body, whose event time means nothing here): send {}.
    emptyBody: true,
    sample: { contactId: 'ocQHyuzHvysMo5N5VsXc', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', succeded: true },
  }),
  create({
    key: 'add_contact_followers',
    noun: 'Follower',
    label: 'Add Contact Followers',
    help: 'Adds followers to a contact; existing followers stay.',
    method: 'POST',
    path: '/contacts/{contactId}/followers',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.users('followers', 'Followers', { required: true })],
    sample: {
      contactId: 'ocQHyuzHvysMo5N5VsXc',
      followers: ['sx6wyHhbFdRXh302Lunr', 'Mx6wyHhbFdRXh302Luer'],
      followersAdded: ['Mx6wyHhbFdRXh302Luer'],
    },
    outputFields: [
      { key: 'contactId', label: 'Contact ID' },
      { key: 'followers', label: 'All Follower IDs' },
      { key: 'followersAdded', label: 'Added Follower IDs' },
    ],
  }),
  create({
    key: 'remove_contact_followers',
    noun: 'Follower',
    label: 'Remove Contact Followers',
    help: 'Removes followers from a contact; others stay.',
    method: 'DELETE',
    path: '/contacts/{contactId}/followers',
    version: V,
    scopes: WRITE,
    fields: [F.contact(), F.users('followers', 'Followers', { required: true, in: 'body' })],
    sample: {
      contactId: 'ocQHyuzHvysMo5N5VsXc',
      followers: ['sx6wyHhbFdRXh302Lunr'],
      followersRemoved: ['Mx6wyHhbFdRXh302Luer'],
    },
    outputFields: [
      { key: 'contactId', label: 'Contact ID' },
      { key: 'followers', label: 'Remaining Follower IDs' },
      { key: 'followersRemoved', label: 'Removed Follower IDs' },
    ],
  }),
  create({
    key: 'bulk_contacts_business',
    noun: 'Business Link',
    label: 'Bulk Update Contact Business',
    apiLabel: 'Bulk Business Update',
    help: 'Links many contacts to a business, or removes their business.',
    method: 'POST',
    path: '/contacts/bulk/business',
    version: V,
    // The spec declares no security for this operation; it writes contacts, so contacts.write.
    scopes: WRITE,
    location: 'body',
    fields: [
      F.choice(
        'action',
        'Action',
        { add: 'Link to a business', remove: 'Remove from their business' },
        { required: true, default: 'add', in: 'none' },
      ),
      F.list('ids', 'Contacts', {
        required: true,
        max: 50, // ContactsBusinessUpdate.ids items: maxLength 50 (apps/contacts.json)
        dynamic: 'contact_choices.id.label',
        helpText: 'Commas separate them.',
      }),
      F.business({ required: false, helpText: 'Link only.' }),
    ],
    before: (req, bundle) => {
      const body = req.body as Record<string, unknown>;
      if (String(bundle.inputData.action ?? '').toLowerCase() === 'remove') {
        // GHL removes the business when businessId is null.
        body.businessId = null;
      } else if (!body.businessId) {
        throw new InputError(
          'Bulk Update Contact Business needs a "Business" to link the contacts to (or choose "Remove from their business").',
        );
      }
    },
    sample: { success: true, ids: ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'] },
    outputFields: [
      { key: 'success', label: 'Succeeded', type: 'boolean' },
      { key: 'ids', label: 'Updated Contact IDs' },
    ],
  }),
]);
