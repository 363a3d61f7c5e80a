import { describeFixtures } from '../support/harness';
import { fixtures } from './messaging.fixtures';

describeFixtures('messaging', fixtures);
