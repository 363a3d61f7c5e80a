import nock from 'nock';

// No test ever reaches the network: unmatched requests fail loudly. (The e2e suite opens 127.0.0.1 only.)
// nock patches Node's http module globally, but Jest gives each test file its own nock instance in a shared worker:
// each file activates its own and restores the global patch when done, or the next file's requests pass through.
beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
