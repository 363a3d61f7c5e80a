import App from '../../index';
import { describeFixtures } from '../support/harness';
import { fixtures } from './users.fixtures';

describeFixtures('users', fixtures);

// The Permissions dropdown listed its 38 choices in the spec's order (campaigns, contacts, workflows, triggers…) with
// "Content Ai" among them: sorted by name, a builder finds the one to turn on.
test('Create / Update User list the permissions sorted by name, spelled as in GHL', () => {
  for (const key of ['create_user', 'update_user']) {
    const field = (App.creates as Record<string, any>)[key].operation.inputFields.find(
      (f: { key?: string }) => f.key === 'permissions',
    );
    const labels = Object.values<string>(field.choices);
    expect(labels).toHaveLength(38);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    expect(field.choices.contentAiEnabled).toBe('Content AI');
  }
});
