import nock from 'nock';
import { describeFixtures, failingCache, interceptGhl, perform } from '../support/harness';
import { fixtures } from './other.fixtures';

describeFixtures('other', fixtures);

describe("check_blog_post_slug under Zapier's dedupe (ids seen once per Zap)", () => {
  /** Polls once per answer with one z.cache; returns each poll's id and whether Zapier would fire it. */
  const polls = async (answers: boolean[], input: Record<string, unknown> = { urlSlug: 'hello-world' }) => {
    const zcache: Record<string, unknown> = {};
    const seen = new Set<string>();
    const out: [string, boolean][] = [];
    for (const exists of answers) {
      interceptGhl([{ method: 'GET', path: '/blogs/posts/url-slug-exists', response: { exists } }]);
      const { result } = await perform('check_blog_post_slug', input, { zcache });
      nock.cleanAll();
      expect(result).toHaveLength(1);
      const id = result[0].id as string;
      out.push([id, !seen.has(id)]);
      seen.add(id);
    }
    return out;
  };

  test('taken → free → taken → free: every flip is a new id (fires), the first keeps the plain id', async () => {
    const got = await polls([true, false, true, false]);
    expect(got.map(([, fires]) => fires)).toEqual([true, true, true, true]);
    expect(got[0][0]).toBe('hello-world-taken');
    expect(got[1][0]).toMatch(/^hello-world-available-\d+\.1$/);
    expect(got[2][0]).toMatch(/^hello-world-taken-\d+\.2$/);
    expect(got[3][0]).toMatch(/^hello-world-available-\d+\.3$/);
  });

  test('unchanged polls repeat the id (nothing fires), in either state', async () => {
    const got = await polls([true, true, false, false, false, true, true]);
    expect(got.map(([, fires]) => fires)).toEqual([true, false, true, false, false, true, false]);
  });

  test("the editor's test run shows the id a poll would give and leaves the state as it was", async () => {
    const zcache: Record<string, unknown> = {};
    const poll = async (exists: boolean, meta: Record<string, unknown> = {}) => {
      interceptGhl([{ method: 'GET', path: '/blogs/posts/url-slug-exists', response: { exists } }]);
      const { result } = await perform('check_blog_post_slug', { urlSlug: 'a' }, { zcache, meta });
      nock.cleanAll();
      return result[0].id as string;
    };
    await poll(true);
    const before = structuredClone(zcache);
    expect(await poll(false, { isLoadingSample: true })).toMatch(/^a-available-\d+\.1$/);
    expect(zcache).toEqual(before);
    expect(await poll(true)).toBe('a-taken');
  });

  test('another slug, or the same slug ignoring a post, is watched on its own', async () => {
    const zcache: Record<string, unknown> = {};
    const poll = async (input: Record<string, unknown>, exists: boolean) => {
      interceptGhl([{ method: 'GET', path: '/blogs/posts/url-slug-exists', response: { exists } }]);
      const { result } = await perform('check_blog_post_slug', input, { zcache });
      nock.cleanAll();
      return result[0].id as string;
    };
    await poll({ urlSlug: 'a' }, true);
    expect(await poll({ urlSlug: 'a' }, false)).toMatch(/^a-available-\d+\.1$/);
    expect(await poll({ urlSlug: 'a', postId: 'p1' }, false)).toBe('a-available');
    expect(await poll({ urlSlug: 'b' }, false)).toBe('b-available');
  });

  test('a z.cache read that fails gives no id on a poll (a flip waits for the next poll), never one fired before', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const { zcache, state } = failingCache();
      const poll = async (exists: boolean, meta: Record<string, unknown> = {}) => {
        interceptGhl([{ method: 'GET', path: '/blogs/posts/url-slug-exists', response: { exists } }]);
        const { result } = await perform('check_blog_post_slug', { urlSlug: 'a' }, { zcache, meta });
        nock.cleanAll();
        return result.map((r: { id: string }) => r.id);
      };
      const seen = new Set<string>();
      const fired = async (exists: boolean) =>
        (await poll(exists)).filter((id: string) => !seen.has(id) && seen.add(id));
      expect(await fired(true)).toEqual(['a-taken']);
      expect(await fired(false)).toEqual([expect.stringMatching(/^a-available-\d+\.1$/)]);
      state.down = true;
      // Still available: the plain 'a-available' (never given) would fire it again. Nothing is returned instead.
      expect(await poll(false)).toEqual([]);
      // The editor's test run still shows the slug, with its plain id.
      expect(await poll(false, { isLoadingSample: true })).toEqual(['a-available']);
      // Taken again while the cache is down: it fires at the next poll that can read the entry, once.
      expect(await poll(true)).toEqual([]);
      state.down = false;
      expect(await fired(true)).toEqual([expect.stringMatching(/^a-taken-\d+\.2$/)]);
      expect(await fired(true)).toEqual([]);
      expect(log.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('z.cache'))).toHaveLength(3);
    } finally {
      log.mockRestore();
    }
  });
});
