import nock from 'nock';
import { describeFixtures, interceptGhl, perform } from '../support/harness';
import { fixtures } from './activity.fixtures';
import { fakeDateOnly } from '../support/clock';

// The window fixtures compute the polling window's start when they are compared (test/ops/window.ts): Date stands
// still within each test, so a test that straddles a minute cannot see the trigger's window move under it.
beforeEach(() => fakeDateOnly());
afterEach(() => jest.useRealTimers());

describeFixtures('activity', fixtures);

describe("contact_tag_added under Zapier's dedupe (ids seen once per Zap)", () => {
  const contact = (id: string, tags = ['vip']) => ({ id, tags, dateUpdated: '2026-03-05T09:00:00.000Z' });
  /** One poll per answer with one z.cache: the ids that would fire (the first poll only records). */
  const polls = async (answers: Record<string, unknown>[]) => {
    const zcache: Record<string, unknown> = {};
    const seen = new Set<string>();
    const fired: string[][] = [];
    for (const response of answers) {
      interceptGhl([{ method: 'POST', path: '/contacts/search', response }]);
      const { result } = await perform('contact_tag_added', { tag: 'vip' }, { zcache });
      nock.cleanAll();
      const ids: string[] = result.map((r: { id: string }) => r.id);
      fired.push(ids.filter((id) => !seen.has(id)));
      ids.forEach((id) => seen.add(id));
    }
    return fired.slice(1);
  };

  test('a tag removed and added again fires again; unchanged polls fire nothing', async () => {
    const fired = await polls([
      { contacts: [contact('c0')] },
      { contacts: [contact('c0'), contact('c1')] }, // added
      { contacts: [contact('c0'), contact('c1')] }, // unchanged
      { contacts: [contact('c0')] }, // c1 removed (a short page holds every tagged contact)
      { contacts: [contact('c0'), contact('c1')] }, // added again
      { contacts: [contact('c0'), contact('c1')] },
      { contacts: [contact('c0')] },
      { contacts: [contact('c1'), contact('c0')] }, // and again
    ]);
    expect(fired.map((ids) => ids.map((id) => id.replace(/-\d+\./, '-E.')))).toEqual([
      ['c1-vip'],
      [],
      [],
      ['c1-vip-E.1'],
      [],
      [],
      ['c1-vip-E.2'],
    ]);
  });

  test('missing from a list not read whole is not a removal: it fires nothing when it shows up again', async () => {
    const now = Date.now();
    // A full page (500) of contacts updated in the last minutes, newest first, whose last one is older than the
    // window: the poll stops there, with more tagged contacts on later pages.
    const page = (ids: string[]) => ({
      contacts: [
        ...ids.map((id, i) => ({ ...contact(id), dateUpdated: new Date(now - (i + 1) * 1000).toISOString() })),
        { ...contact('old'), dateUpdated: '2020-01-01T00:00:00.000Z' },
      ].map((c, i) => ({ ...c, dateAdded: new Date(Date.parse('2019-01-01') + i).toISOString() })),
    });
    const others = Array.from({ length: 499 }, (_, i) => `o${i}`);
    const fired = await polls([
      page(['c1', ...others.slice(0, 498)]),
      page(others), // c1 fell off the pages read (newer updates), it may still carry the tag
      page(['c1', ...others.slice(0, 498)]),
      { contacts: [contact('c1')], total: 150 }, // short, but GHL counts more: not every contact is on it
      page(others),
    ]);
    expect(fired).toEqual([['o498-vip'], [], [], []]);
  });

  test("the editor's test run shows the ids a poll would give and leaves who was tagged as it was", async () => {
    const zcache: Record<string, unknown> = {};
    const poll = async (contacts: unknown[], meta: Record<string, unknown> = {}) => {
      interceptGhl([{ method: 'POST', path: '/contacts/search', response: { contacts } }]);
      const { result } = await perform('contact_tag_added', { tag: 'vip' }, { zcache, meta });
      nock.cleanAll();
      return result.map((r: { id: string }) => r.id.replace(/-\d+\./, '-E.'));
    };
    await poll([contact('c0'), contact('c1')]);
    await poll([contact('c0')]); // c1 lost the tag (the whole list was read)
    const before = structuredClone(zcache);
    // The test run sees c1 tagged again: the id its return would get, with nothing written.
    expect(await poll([contact('c1'), contact('c0')], { isLoadingSample: true })).toEqual(['c1-vip-E.1', 'c0-vip']);
    expect(zcache).toEqual(before);
    // So the live poll still fires that return.
    expect(await poll([contact('c1'), contact('c0')])).toEqual(['c1-vip-E.1', 'c0-vip']);
  });
});
