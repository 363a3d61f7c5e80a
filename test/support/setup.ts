import nock from 'nock';

// No test ever reaches the network: unmatched requests fail loudly. (The e2e suite opens 127.0.0.1 only.)
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());
