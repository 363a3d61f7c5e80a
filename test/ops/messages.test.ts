import { describeFixtures } from '../support/harness';
import { fixtures } from './messages.fixtures';

describeFixtures('messages', fixtures);
