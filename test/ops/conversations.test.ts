import { describeFixtures } from '../support/harness';
import { fixtures } from './conversations.fixtures';
import { fakeDateOnly } from '../support/clock';

// New Conversation's fixture computes the polling window's start when it is compared (test/ops/window.ts): Date
// stands still within each test, so a test that straddles a minute cannot see the trigger's window move under it.
beforeEach(() => fakeDateOnly());
afterEach(() => jest.useRealTimers());

describeFixtures('conversations', fixtures);
