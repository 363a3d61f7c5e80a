import { describeFixtures } from '../support/harness';
import { fixtures } from './workflows.fixtures';

describeFixtures('workflows', fixtures);
