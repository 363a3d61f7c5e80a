import { version as platformVersion } from 'zapier-platform-core';
import { authenticationFor } from './authentication';
import { version } from './package.json';
import { afterResponse, beforeRequest, hydrators } from './hooks';
import { registryOf, requiredScopes, searchOrCreates } from './registry';

export default {
  version,
  platformVersion,
  // Zapier hands the steps empty values (null, '', [], {}) as mapped, as the tests do: the steps read them themselves
  // (README "Normalization rules"). Left on (the default), Zapier drops them first (integration check D028).
  flags: { cleanInputData: false },
  authentication: authenticationFor(requiredScopes()),
  beforeRequest,
  afterResponse,
  triggers: registryOf('trigger'),
  creates: registryOf('create'),
  searches: registryOf('search'),
  searchOrCreates: searchOrCreates(),
  hydrators,
};
