import { describeFixtures } from '../support/harness';
import { fixtures } from './other.fixtures';

describeFixtures('other', fixtures);
