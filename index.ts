import { version as platformVersion } from 'zapier-platform-core';
import authentication from './authentication';
import { version } from './package.json';
import { addAuthHeaders, handleErrors } from './lib/client';
import { registryOf, searchOrCreates } from './lib/registry';

export default {
  version,
  platformVersion,
  authentication,
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  triggers: registryOf('trigger'),
  creates: registryOf('create'),
  searches: registryOf('search'),
  searchOrCreates: searchOrCreates(),
};
