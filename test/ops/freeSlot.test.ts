import { describeFixtures } from '../support/harness';
import { fixtures } from './freeSlot.fixtures';

describeFixtures('find free slot', fixtures);
