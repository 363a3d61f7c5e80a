import { version as platformVersion } from 'zapier-platform-core';
import { authenticationFor } from './authentication';
import { version } from './package.json';
import { afterResponse, beforeRequest, hydrators } from './hooks';
import { registryOf, requiredScopes, searchOrCreates } from './registry';

export default {
  version,
  platformVersion,
  authentication: authenticationFor(requiredScopes()),
  beforeRequest,
  afterResponse,
  triggers: registryOf('trigger'),
  creates: registryOf('create'),
  searches: registryOf('search'),
  searchOrCreates: searchOrCreates(),
  hydrators,
};
