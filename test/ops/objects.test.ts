import { describeFixtures } from '../support/harness';
import { fixtures } from './objects.fixtures';

describeFixtures('objects', fixtures);
