import { describeFixtures } from '../support/harness';
import { fixtures } from './conversations.fixtures';

describeFixtures('conversations', fixtures);
