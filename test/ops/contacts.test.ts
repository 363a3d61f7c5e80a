import nock from 'nock';
import { describeFixtures, errorText, type Exchange, failingCache, interceptGhl, perform } from '../support/harness';
import { fixtures } from './contacts.fixtures';

describeFixtures('contacts', fixtures);

describe("a user given by email is looked up once per address, and a found user's id kept 10 minutes", () => {
  const lookup = (users: Array<{ id: string; email: string }>, locationId = 'loc123'): Exchange => ({
    method: 'GET',
    path: '/users/search',
    query: { companyId: 'comp123', locationId, query: 'ann@agency.com', limit: '100' },
    response: { users, count: users.length },
  });
  const created: Exchange = { method: 'POST', path: '/contacts/', status: 201, response: { contact: { id: 'c1' } } };
  const run = async (exchanges: Exchange[], zcache: Record<string, unknown>, auth: Record<string, unknown> = {}) => {
    const seen = interceptGhl(exchanges);
    try {
      const { result } = await perform(
        'create_contact',
        { firstName: 'Rosan', assignedTo: 'Ann@agency.com' },
        { zcache, auth },
      );
      return { seen, result, error: undefined };
    } catch (error) {
      return { seen, result: undefined, error: errorText(error) };
    } finally {
      nock.cleanAll();
    }
  };

  test('the next run in the same sub-account sends the kept id without asking GHL again; another sub-account asks', async () => {
    const zcache: Record<string, unknown> = {};
    const first = await run([lookup([{ id: 'u1', email: 'ann@agency.com' }]), created], zcache);
    expect(first.error).toBeUndefined();
    expect(first.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /users/search', 'POST /contacts/']);
    const second = await run([created], zcache);
    expect(second.error).toBeUndefined();
    expect(second.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /contacts/']);
    expect(second.seen[0].body).toMatchObject({ assignedTo: 'u1' });
    const other = await run([lookup([{ id: 'u9', email: 'ann@agency.com' }], 'loc456'), created], zcache, {
      locationId: 'loc456',
    });
    expect(other.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /users/search', 'POST /contacts/']);
    expect(other.seen[1].body).toMatchObject({ assignedTo: 'u9', locationId: 'loc456' });
  });

  test('no such user is not kept: a user added since is found by the next run', async () => {
    const zcache: Record<string, unknown> = {};
    const first = await run([lookup([])], zcache);
    expect(first.error).toMatch(/^"Assigned User" "Ann@agency.com" is no user of this sub-account/);
    const second = await run([lookup([{ id: 'u1', email: 'ann@agency.com' }]), created], zcache);
    expect(second.error).toBeUndefined();
    expect(second.seen[1].body).toMatchObject({ assignedTo: 'u1' });
  });

  test('the same address in two fields of one step is one lookup (z.cache down: the run itself remembers it)', async () => {
    const { zcache, state } = failingCache();
    state.down = state.full = true;
    const seen = interceptGhl([
      lookup([{ id: 'u1', email: 'ann@agency.com' }]),
      { method: 'POST', path: '/opportunities/upsert', response: { opportunity: { id: 'o1' }, new: true } },
    ]);
    await perform(
      'upsert_opportunity',
      {
        contactId: 'c1',
        pipelineId: 'p1',
        pipelineStageId: 's1',
        assignedTo: 'ann@agency.com',
        followers: ['ANN@agency.com', 'u2'],
      },
      { zcache },
    );
    nock.cleanAll();
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /users/search', 'POST /opportunities/upsert']);
    expect(seen[1].body).toMatchObject({ assignedTo: 'u1', followers: ['u1', 'u2'] });
  });
});

describe('an address given as one labelled text (lib/op.ts spreadParts)', () => {
  test('a part goes into its field when the step mapped only a placeholder there, which is left out anyway', async () => {
    const seen = interceptGhl([
      { method: 'POST', path: '/contacts/', status: 201, response: { contact: { id: 'c1' } } },
    ]);
    const { result } = await perform('create_contact', {
      firstName: 'Rosan',
      address1: 'Street Address: 1 Main St\nCity: Austin\nPostal / Zip Code: 78701',
      city: 'N/A',
      postalCode: '73301',
    });
    nock.cleanAll();
    expect(seen[0].body).toMatchObject({ address1: '1 Main St', city: 'Austin', postalCode: '73301' });
    // The ZIP the step mapped is kept, and the block's is named; nothing is said about a City that was stored.
    expect(result.skippedValues).toEqual([
      expect.stringMatching(/its Postal \/ Zip Code "78701" was not stored, as "Postal Code" was given "73301"\.$/),
    ]);
  });
});
