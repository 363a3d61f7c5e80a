import { describeFixtures } from '../support/harness';
import { fixtures } from './raw.fixtures';

describeFixtures('raw', fixtures);
