import { describeFixtures } from '../support/harness';
import { fixtures } from './calendars.fixtures';

describeFixtures('calendars', fixtures);
