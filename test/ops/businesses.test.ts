import { describeFixtures } from '../support/harness';
import { fixtures } from './businesses.fixtures';

describeFixtures('businesses', fixtures);
