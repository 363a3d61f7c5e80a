import { describeFixtures } from '../support/harness';
import { fixtures } from './opportunities.fixtures';
import { fakeDateOnly } from '../support/clock';

// The window fixtures compute the polling window's start when they are compared (test/ops/window.ts): Date stands
// still within each test, so a test that straddles a minute cannot see the trigger's window move under it.
beforeEach(() => fakeDateOnly());
afterEach(() => jest.useRealTimers());

describeFixtures('opportunities', fixtures);
