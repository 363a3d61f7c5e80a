import { describeFixtures } from '../support/harness';
import { fixtures } from './users.fixtures';

describeFixtures('users', fixtures);
