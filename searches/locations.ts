import { F } from '../lib/fields';
import { givenId, searches, search } from '../lib/op';
import { LOCATION_OUTPUTS, LOCATION_SAMPLE } from '../areas/locations';

/** Read in perform: trimmed, blank = this connection's, a list or object refused by its label. */
const ID = F.text('locationId', 'Sub-Account ID', {
  required: false,
  in: 'none',
  ids: true,
  helpText: "Empty: this connection's sub-account.",
});

export default searches([
  search({
    key: 'find_location',
    noun: 'Sub-Account',
    label: 'Find Sub-Account by ID',
    apiLabel: 'Find Location by ID',
    help: "Finds a sub-account's details by ID (empty: this connection's).",
    method: 'GET',
    path: '/locations/{locationId}',
    version: '2021-07-28',
    scopes: ['locations.readonly'],
    // An agency token may read any of its sub-accounts by id (spec security Location-Access, Agency-Access): the
    // Sub-account field is optional on agency connections.
    subAccount: 'optional',
    fields: [ID],
    // The factory fills {locationId} from the connection; an ID the user typed replaces it. Only a typed ID that GHL
    // does not know is no match: the connection's own sub-account missing is an error.
    perform: async (z, bundle, req, send) => {
      const typed = await givenId(ID, bundle, z);
      return typed
        ? send({ ...req, pathParams: { ...req.pathParams, locationId: typed } }, { allow404: true })
        : send(req);
    },
    record: { key: 'location' },
    sample: LOCATION_SAMPLE,
    outputFields: LOCATION_OUTPUTS,
  }),
]);
