/**
 * Call files (Call Recording Available, Call Transcription File Available): the triggers hand Zapier a hydration pointer, and the
 * `conversationFile` hydrator downloads the file with the connection's token and stashes it. Zapier only runs
 * hydrators registered on the app definition (`hydrators`, hooks.ts), and finds them there by identity. The GHL download, Zapier's RPC (presigned upload) and the S3
 * upload are all mocked with nock.
 */
import nock from 'nock';
import { gzipSync } from 'node:zlib';
import * as core from 'zapier-platform-core';
import App from '../index';
import { forgetHeldTokens } from '../lib/agency';
import { DEFAULT_BASE_URL } from '../lib/config';
import { fixtures } from './ops/conversations.fixtures';

import { AUTH, errorText, perform, runFixture, withLocalGhl } from './support/harness';

const handler = (core as any).createAppHandler(App) as (event: Record<string, unknown>) => Promise<{ results: any }>;

const RPC = 'https://rpc.test';
const S3 = 'https://s3.test';

/** A few WAV bytes including ones that are not valid UTF-8 (a text round trip would corrupt them). */
const WAV = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x24, 0x08, 0x00, 0x00, 0xff, 0xfe, 0x80, 0x81]),
  Buffer.from('WAVEfmt '),
]);

/** Mocks Zapier's RPC (presigned upload data) and the S3 upload; returns what was uploaded. */
const mockStash = () => {
  const uploaded: { body: Buffer } = { body: Buffer.alloc(0) };
  nock(RPC)
    .post('/cli')
    .reply(200, (_uri, body: any) => {
      const { id, method } = typeof body === 'string' ? JSON.parse(body) : body;
      expect(method).toBe('get_presigned_upload_post_data');
      return { id, result: { url: `${S3}/`, fields: { key: 'stash/abc123/file' } } };
    });
  nock(S3)
    .post('/')
    .reply(204, (_uri, body: any) => {
      const text = String(body);
      uploaded.body = /^[0-9a-f]+$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'binary');
      return '';
    });
  return uploaded;
};

const hydrate = (inputData: Record<string, unknown>) =>
  handler({
    command: 'execute',
    method: 'hydrators.conversationFile',
    bundle: { authData: AUTH, inputData },
    rpc_base: `${RPC}/cli`,
    storeKey: 'test-hydrate',
  });

describe('call file triggers with the hydrator registered', () => {
  for (const fx of fixtures.filter(
    (f) => f.key === 'get_message_recording' || f.key === 'download_message_transcription',
  )) {
    test(`${fx.key}: ${fx.name}`, () => runFixture(fx));
  }

  test('Call Transcription File Available keeps the plain-text body as is', async () => {
    const text = 'Hi, I would like to book a cleaning.\nSure, mornings work best for you?';
    nock(DEFAULT_BASE_URL)
      .get('/conversations/locations/loc123/messages/m1/transcription/download')
      .matchHeader('version', '2021-04-15')
      .matchHeader('authorization', `Bearer ${AUTH.access_token}`)
      .reply(200, text, { 'Content-Type': 'text/plain' });
    const { result } = await perform('download_message_transcription', { messageId: 'm1' });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({
      id: 'm1',
      text,
      size: Buffer.byteLength(text),
      contentType: 'text/plain',
      filename: 'transcription-m1.txt',
    });
  });
  test('a file name that is no valid percent-encoding is kept as GHL wrote it, not a URIError', async () => {
    nock(DEFAULT_BASE_URL).get('/conversations/messages/m1/locations/loc123/recording').reply(200, WAV, {
      'Content-Type': 'audio/x-wav',
      'Content-Disposition': 'attachment; filename="call 100%.wav"',
    });
    const { result } = await perform('get_message_recording', { messageId: 'm1' });
    expect(result[0]).toMatchObject({ id: 'm1', filename: 'call 100%.wav', contentType: 'audio/x-wav' });
  });
});

describe('conversationFile hydrator', () => {
  // Core's RPC client needs a credential; a deploy key (unlike an event token) does not also turn on remote logging.
  const saved = process.env.ZAPIER_DEPLOY_KEY;
  beforeAll(() => {
    process.env.ZAPIER_DEPLOY_KEY = 'test-deploy-key';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ZAPIER_DEPLOY_KEY;
    else process.env.ZAPIER_DEPLOY_KEY = saved;
  });

  test('stashes the recording byte for byte, named by GHL', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/conversations/messages/m1/locations/loc123/recording')
      .matchHeader('version', '2021-04-15')
      .matchHeader('authorization', `Bearer ${AUTH.access_token}`)
      .reply(200, WAV, {
        'Content-Type': 'audio/x-wav',
        'Content-Disposition': 'attachment; filename=audio.wav',
        'Content-Length': String(WAV.length),
      });
    const uploaded = mockStash();
    const { results } = await hydrate({ kind: 'recording', messageId: 'm1', locationId: 'loc123' });
    expect(results).toBe(`${S3}/stash/abc123/file`);
    expect(uploaded.body.includes(WAV)).toBe(true);
    expect(uploaded.body.toString('latin1')).toContain('filename="audio.wav"');
    expect(uploaded.body.toString('latin1')).toContain('audio/x-wav');
    expect(nock.isDone()).toBe(true);
  });

  test('names the transcription file when GHL gives no name', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/conversations/locations/loc123/messages/m1/transcription/download')
      .reply(200, 'Hello there.', { 'Content-Type': 'text/plain' });
    const uploaded = mockStash();
    const { results } = await hydrate({ kind: 'transcription', messageId: 'm1', locationId: 'loc123' });
    expect(results).toBe(`${S3}/stash/abc123/file`);
    const body = uploaded.body.toString('utf8');
    expect(body).toContain('Hello there.');
    expect(body).toContain('filename="transcription-m1.txt"');
  });

  // Content-Length counts a compressed body's bytes (RFC 9110 8.6), and node-fetch hands the file decompressed: taken as
  // the file's size, it made the stash declare a multipart shorter than what it sent (S3: 400), and the trigger's Size.
  test('a gzip-encoded file is stashed whole, its size not taken from the compressed length', async () => {
    const text = 'Hello there, I would like to book a cleaning. '.repeat(40);
    const gz = gzipSync(text);
    const answer = { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip', 'Content-Length': String(gz.length) };
    nock(DEFAULT_BASE_URL)
      .get('/conversations/locations/loc123/messages/m1/transcription/download')
      .twice()
      .reply(200, gz, answer);
    const { result } = await perform('download_message_transcription', { messageId: 'm1' });
    expect(result[0]).toMatchObject({ text, size: Buffer.byteLength(text) });
    let declared: unknown;
    let carried = 0;
    nock(RPC)
      .post('/cli')
      .reply(200, (_uri, body: any) => ({
        id: (typeof body === 'string' ? JSON.parse(body) : body).id,
        result: { url: `${S3}/`, fields: { key: 'stash/abc123/file' } },
      }));
    const sent = nock(S3)
      .post('/')
      .reply(function (_uri, body) {
        declared = this.req.headers['content-length'];
        const t = String(body);
        const form = /^[0-9a-f]+$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'binary');
        carried = form.length;
        expect(form.toString('utf8')).toContain(text);
        return [204, ''];
      });
    const { results } = await hydrate({ kind: 'transcription', messageId: 'm1', locationId: 'loc123' });
    expect(results).toBe(`${S3}/stash/abc123/file`);
    expect(sent.isDone()).toBe(true);
    // The multipart's Content-Length is the bytes it carries (the file decompressed, and the form's fields).
    expect(Number(declared)).toBe(carried);
  });

  test("a file over Zapier's ~100 MB hydration limit is one sentence with its size, nothing is stashed", async () => {
    // Zapier kills a run stashing more than 150 MB ("signal: killed") and asks apps not to hydrate over ~100 MB.
    nock(DEFAULT_BASE_URL)
      .get('/conversations/messages/m7/locations/loc123/recording')
      .reply(200, WAV, { 'Content-Type': 'audio/x-wav', 'Content-Length': String(180 * 1024 * 1024) });
    const err = await hydrate({ kind: 'recording', messageId: 'm7', locationId: 'loc123' }).then(
      () => undefined,
      (e) => e,
    );
    expect(errorText(err)).toBe(
      'Call Recording Available: the file of message "m7" is 180 MB, and Zapier hands later steps files of up to ' +
        'about 100 MB: download it from the conversation in GHL.',
    );
    expect(nock.pendingMocks()).toEqual([]); // the download was asked for, and its sentence came before any stash
  });

  test('a file that is gone is one sentence naming the message, nothing is stashed', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/conversations/messages/m9/locations/loc123/recording')
      .reply(404, { statusCode: 404, message: 'Recording not found' });
    const err = await hydrate({ kind: 'recording', messageId: 'm9', locationId: 'loc123' }).then(
      () => undefined,
      (e) => e,
    );
    expect(errorText(err)).toMatch(
      /Call Recording Available: GHL found no record for messageId "m9".*Recording not found/,
    );
  });

  test('an agency connection: the pointer carries the sub-account, and the download uses its location token', async () => {
    const agency = { ...AUTH, locationId: '', userType: 'Company', access_token: 'agency-token' };
    const seen: Array<[string, string | undefined]> = [];
    nock(DEFAULT_BASE_URL)
      .post('/oauth/locationToken')
      .reply(function (_uri, body) {
        seen.push([
          `exchange ${new URLSearchParams(String(body)).get('locationId')}`,
          this.req.headers.authorization as string,
        ]);
        return [200, { access_token: 'loc-token-locA', expires_in: 86399, locationId: 'locA', userId: 'u1' }];
      })
      .get('/conversations/messages/m1/locations/locA/recording')
      .twice()
      .reply(function () {
        seen.push(['download', this.req.headers.authorization as string]);
        return [200, WAV, { 'Content-Type': 'audio/x-wav', 'Content-Length': String(WAV.length) }];
      });
    // The trigger run: the file pointer remembers the step's sub-account for the later download.
    const zcacheTestObj = {};
    const trigger = await handler({
      command: 'execute',
      method: 'triggers.get_message_recording.operation.perform',
      bundle: { authData: agency, inputData: { subAccountId: 'locA', messageId: 'm1' }, meta: {} },
      zcacheTestObj,
    });
    const pointer = JSON.parse(String(trigger.results[0].file).split('|||')[1]);
    expect(pointer.bundle).toEqual({ kind: 'recording', messageId: 'm1', locationId: 'locA', subAccountId: 'locA' });
    // The hydrator run (another invocation, maybe another process): the location token comes from z.cache.
    forgetHeldTokens();
    mockStash();
    const { results } = await handler({
      command: 'execute',
      method: 'hydrators.conversationFile',
      bundle: { authData: agency, inputData: pointer.bundle },
      rpc_base: `${RPC}/cli`,
      storeKey: 'test-hydrate',
      zcacheTestObj,
    });
    expect(results).toBe(`${S3}/stash/abc123/file`);
    expect(seen).toEqual([
      ['exchange locA', 'Bearer agency-token'],
      ['download', 'Bearer loc-token-locA'],
      ['download', 'Bearer loc-token-locA'],
    ]);
  });

  // The stash reads the body after the request's own timer is gone (core's raw response): a stall, or a connection
  // closed short of its Content-Length (which node-fetch 2 never reports), waited for Zapier to kill the run, and a
  // chunked body cut off or a body that is not the gzip its header says failed with node's bare error.
  test.each([
    ['stalls after its first bytes', 'GHL did not answer in time', { 'Content-Length': '4000' }, () => {}],
    ['closes short of its Content-Length', 'GHL did not answer in time', { 'Content-Length': '4000' }, 'close'],
    ['is cut off mid-chunk', 'the connection to GHL was lost', {}, 'close'],
    ['is not the gzip its header says', 'the connection to GHL was lost', { 'Content-Encoding': 'gzip' }, 'end'],
  ])('a recording whose body %s ends with a sentence, nothing is stashed', async (_n, why, headers, then) => {
    process.env.GHL_REQUEST_TIMEOUT_MS = '300';
    const uploaded = mockStash();
    try {
      await withLocalGhl(
        (req, res) => {
          req.resume();
          res.writeHead(200, { 'Content-Type': 'audio/x-wav', ...headers });
          res.write(WAV);
          if (then === 'close') setTimeout(() => res.socket?.destroy(), 20);
          if (then === 'end') res.end();
        },
        async () => {
          const started = Date.now();
          const err = await hydrate({ kind: 'recording', messageId: 'm1', locationId: 'loc123' }).then(
            () => undefined,
            (e) => e,
          );
          expect(Date.now() - started).toBeLessThan(2000);
          expect(err?.name).toBe('ThrottledError');
          expect(errorText(err)).toBe(`Call Recording Available: ${why}. Zapier will retry in 60 s.`);
          expect(uploaded.body.length).toBe(0);
        },
      );
    } finally {
      delete process.env.GHL_REQUEST_TIMEOUT_MS;
    }
  });

  test('a missing scope says which one', async () => {
    nock(DEFAULT_BASE_URL)
      .get('/conversations/locations/loc123/messages/m1/transcription/download')
      .reply(401, { statusCode: 401, message: 'The token is not authorized for this scope.' });
    const err = await hydrate({ kind: 'transcription', messageId: 'm1', locationId: 'loc123' }).then(
      () => undefined,
      (e) => e,
    );
    expect(errorText(err)).toMatch(
      /Call Transcription File Available failed: .*scope it needs \(conversations\/message\.readonly\)/,
    );
  });
});
