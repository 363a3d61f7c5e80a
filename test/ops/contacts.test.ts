import { describeFixtures } from '../support/harness';
import { fixtures } from './contacts.fixtures';

describeFixtures('contacts', fixtures);
