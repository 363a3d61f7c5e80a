import { version as platformVersion } from 'zapier-platform-core';
import authentication from './authentication';
import { version } from './package.json';
import { useSubAccountToken } from './lib/agency';
import { addAuthHeaders, handleErrors } from './lib/client';
import { registryOf, searchOrCreates } from './registry';
import { hydrators } from './triggers/conversations';

export default {
  version,
  platformVersion,
  authentication,
  // An agency connection's sub-account steps are signed with a location token first; everything else gets the
  // connection's own token from addAuthHeaders.
  beforeRequest: [useSubAccountToken, addAuthHeaders],
  afterResponse: [handleErrors],
  triggers: registryOf('trigger'),
  creates: registryOf('create'),
  searches: registryOf('search'),
  searchOrCreates: searchOrCreates(),
  // Recording / transcription downloads are dehydrated by their triggers and stashed here when a step uses them.
  hydrators,
};
