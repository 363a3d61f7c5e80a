import { describeFixtures } from '../support/harness';
import { fixtures } from './activity.fixtures';

describeFixtures('activity', fixtures);
