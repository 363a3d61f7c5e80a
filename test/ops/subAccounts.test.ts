import { describeFixtures } from '../support/harness';
import { CLIENT_ID, fixtures } from './subAccounts.fixtures';

// GET /oauth/installedLocations needs the Marketplace app id, which the app derives from CLIENT_ID.
const saved = process.env.CLIENT_ID;
beforeAll(() => {
  process.env.CLIENT_ID = CLIENT_ID;
});
afterAll(() => {
  if (saved === undefined) delete process.env.CLIENT_ID;
  else process.env.CLIENT_ID = saved;
});

describeFixtures('subAccounts', fixtures);
