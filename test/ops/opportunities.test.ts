import { describeFixtures } from '../support/harness';
import { fixtures } from './opportunities.fixtures';

describeFixtures('opportunities', fixtures);
