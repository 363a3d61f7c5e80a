import { version as platformVersion } from 'zapier-platform-core';
import authentication from './authentication';
import { version } from './package.json';
import { addAuthHeaders, handleErrors } from './lib/client';
import { registryOf, searchOrCreates } from './registry';
import { hydrators } from './triggers/conversations';

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
  // Recording / transcription downloads are dehydrated by their triggers and stashed here when a step uses them.
  hydrators,
};
