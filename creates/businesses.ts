import { F } from '../lib/fields';
import { creates, type Field, create, type GhlRecord } from '../lib/op';
import { BUSINESS_OUTPUTS, BUSINESS_SAMPLE, businessField, V, WRITE } from '../areas/businesses';

/** The business fields create and update share (create additionally requires the name). */
const businessFields = (nameRequired: boolean): Field[] => [
  F.text('name', 'Business Name', { required: nameRequired }),
  F.phone('phone', 'Phone', { required: false, helpText: "No +code: read in Country, else the sub-account's." }),
  F.email('email', 'Email', { required: false }),
  F.text('website', 'Website', { required: false }),
  F.text('address', 'Street Address', { required: false }),
  F.text('city', 'City', { required: false }),
  F.text('state', 'State', { required: false }),
  F.postalCode(),
  F.country(),
  F.longText('description', 'Description', { required: false }),
];

/** GHL answers {success, buiseness} (sic, as in the spec); the business itself is the result. */
const business = {
  after: (r: GhlRecord, _b: unknown, _z: unknown, data: GhlRecord) => data?.buiseness ?? data?.business ?? r,
  sample: BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUTS,
};

export default creates([
  create({
    key: 'create_business',
    noun: 'Business',
    label: 'Create Business',
    help: 'Creates a business (company record) to link contacts to.',
    method: 'POST',
    path: '/businesses/',
    once: 'created',
    version: V,
    scopes: WRITE,
    location: 'body',
    fields: businessFields(true),
    ...business,
  }),
  create({
    key: 'update_business',
    noun: 'Business',
    label: 'Update Business',
    help: 'Updates the fields you fill in on a business.',
    method: 'PUT',
    path: '/businesses/{businessId}',
    version: V,
    scopes: WRITE,
    fields: [businessField(), ...businessFields(false)],
    // The spec requires a body: with no field filled, `{}` changes nothing and answers with the business as it is.
    emptyBody: true,
    ...business,
  }),
  create({
    key: 'delete_business',
    noun: 'Business',
    label: 'Delete Business',
    help: 'Deletes a business. Its contacts stay, without the business link.',
    method: 'DELETE',
    path: '/businesses/{businessId}',
    version: V,
    scopes: WRITE,
    fields: [businessField()],
    sample: { businessId: BUSINESS_SAMPLE.id, success: true },
  }),
]);
