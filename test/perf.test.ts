/**
 * Cost per run, the deterministic part (timings are `npm run bench`'s job, see README "Performance"):
 * - the app definition stays under its size budget, total and per part, so a change that bloats it fails here;
 * - every trigger makes the expected number of requests per poll (against the emulator);
 * - requests do not make core deep-copy the invocation input (the compiled app), and still go out as core would
 *   send them (User-Agent, query encoding).
 */
import * as fs from 'fs';
import nock from 'nock';
import * as path from 'path';
import * as querystring from 'querystring';
import { createAppTester } from 'zapier-platform-core';
import { requestsPerPoll, type PollCount } from '../bench/polls';
import { definitionSizes, serializedDefinition, type Sizes } from '../bench/size';
import App from '../index';
import { queryString } from '../lib/client';
import { DEFAULT_BASE_URL } from '../lib/config';
import { RESOLVE } from '../lib/lazy';
import { defaultLabel, editorView, outputsWorthSending, shownOutputs } from '../lib/op';
import { operations } from '../registry';

const AUTH = { access_token: 'perf-token', locationId: 'loc123', companyId: 'comp123', userType: 'Location' };

/**
 * KB of JSON of the definition as core compiles it (bench/size.ts). Core clones and freezes it on every run, so run
 * time grows with it (issue 16 asks for at most 150 KB). Each budget is where the part stands plus ~2%: a change that
 * adds to a part fails here, and its budget is raised only with a reason. Samples and outputs hold the samples' ids
 * and their labels; the rest of what the Zap editor shows comes from each step's editor function (lib/op.ts
 * splitForEditor), outside the definition.
 */
const BUDGET_KB: Record<keyof Sizes, number> = {
  total: 148.2,
  inputs: 70.5,
  samples: 13.6,
  outputs: 16.3,
  display: 16,
  other: 30.2,
};

describe('definition size', () => {
  const sizes = definitionSizes(App);

  test.each(Object.keys(BUDGET_KB) as Array<keyof Sizes>)('%s stays within its budget', (part) => {
    const kb = Math.round((sizes[part] / 1024) * 10) / 10;
    if (kb > BUDGET_KB[part]) {
      const largest = sizes.byOperation
        .slice(0, 5)
        .map((o) => `${o.key} ${(o.bytes / 1024).toFixed(1)} KB`)
        .join(', ');
      throw new Error(
        `The definition's ${part} are ${kb} KB, over the ${BUDGET_KB[part]} KB budget. Largest operations: ${largest}.`,
      );
    }
    expect(kb).toBeGreaterThan(0);
  });

  test("no field restates Zapier's defaults (a plain-text type, or for inputs not required, single, not computed)", () => {
    const serialized = serializedDefinition(App);
    const fields = [
      ...serialized.authentication.fields.map((f: any) => ['authentication', f] as const),
      ...(['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
        Object.values<any>(serialized[kind]).flatMap((op) =>
          (op.operation.inputFields ?? [])
            .filter((f: any) => typeof f === 'object')
            .map((f: any) => [op.key, f] as const),
        ),
      ),
    ];
    expect(fields.length).toBeGreaterThan(600);
    // An auth field is required unless it says otherwise (zapier-platform-schema AuthFieldSchema): there `false` counts.
    const restated = fields.filter(
      ([at, f]) =>
        f.type === 'string' ||
        (at !== 'authentication' && f.required === false) ||
        [f.list, f.dict, f.computed, f.altersDynamicFields].includes(false),
    );
    expect(restated.map(([at, f]) => `${at}.${f.key}`)).toEqual([]);
  });

  test('the parts add up to the whole definition', () => {
    expect(sizes.inputs + sizes.samples + sizes.outputs + sizes.display + sizes.other).toBe(sizes.total);
    expect(sizes.other).toBeGreaterThan(0);
  });
});

describe('the shipped bundle (dist/app.js, scripts/build-app.js)', () => {
  const bundlePath = path.resolve(__dirname, '..', 'dist', 'app.js');

  test('is the package main, and carries the same definition as the sources', () => {
    expect(require('../package.json').main).toBe('dist/app.js');
    if (!fs.existsSync(bundlePath)) throw new Error('dist/app.js is missing: run `npm run build` (npm test does).');
    const bundled = require(bundlePath);
    const definition = (app: any) => JSON.stringify(serializedDefinition(app));
    expect(definition(bundled.default ?? bundled)).toBe(definition(App));
  });

  test("every function is index.ts's at the same path: a stub of the same arity that resolves to it, or hooks.ts's", () => {
    const bundled = require(bundlePath).default;
    type Fn = { length: number; [RESOLVE]?: () => Fn };
    const functions = (node: unknown, at: string[] = []): Array<[string[], Fn]> =>
      typeof node === 'function'
        ? [[at, node as Fn]]
        : node && typeof node === 'object'
          ? Object.entries(node).flatMap(([k, v]) => functions(v, [...at, k]))
          : [];
    const found = functions(bundled);
    expect(found.map(([at]) => at.join('.'))).toEqual(functions(App).map(([at]) => at.join('.')));
    const at = (root: unknown, path: string[]) =>
      path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], root) as Fn;
    const stubs = found.filter(([path]) => !['beforeRequest', 'afterResponse', 'hydrators'].includes(path[0]));
    expect(stubs.length).toBeGreaterThan(300);
    for (const [path, stub] of stubs) {
      const real = stub[RESOLVE]!();
      expect([path.join('.'), typeof real, real.length, stub.length]).toEqual([
        path.join('.'),
        'function',
        at(App, path).length,
        at(App, path).length,
      ]);
    }
    // Middleware and hydrators are loaded with the app, as themselves (no stub).
    for (const [path, fn] of found.filter(([p]) => !stubs.some(([s]) => s === p)))
      expect([path.join('.'), fn[RESOLVE]]).toEqual([path.join('.'), undefined]);
  });

  test("shares the objects index.ts shares: core's per-run deep copy visits each once", () => {
    const bundled = require(bundlePath).default;
    const holdsFunction = (v: unknown): boolean =>
      typeof v === 'function' || (!!v && typeof v === 'object' && Object.values(v).some(holdsFunction));
    const twin = new Map<object, unknown>();
    const apart: string[] = [];
    let again = 0;
    const walk = (own: unknown, built: any, at: string[]): void => {
      if (!own || typeof own !== 'object') return;
      // Objects holding a function are written apart (each stub has its own path); every other one stays one.
      if (!holdsFunction(own)) {
        if (twin.has(own)) {
          again++;
          if (twin.get(own) !== built) apart.push(at.join('.'));
          return;
        }
        twin.set(own, built);
      }
      for (const [k, v] of Object.entries(own)) walk(v, built?.[k], [...at, k]);
    };
    walk(App, bundled, []);
    expect(apart).toEqual([]);
    // Ids' labels and the samples' ids are the shared objects left in the definition (lib/op.ts splitForEditor).
    expect(again).toBeGreaterThan(500);
  });

  test('is ASCII: node then holds its source as one-byte text, which V8 compiles faster', () => {
    expect(fs.readFileSync(bundlePath, 'latin1')).not.toMatch(/[\u0080-\uffff]/);
  });

  test('is one module: requiring it loads no other file of the app', () => {
    const source = fs.readFileSync(bundlePath, 'utf8');
    const required = [...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.filter((r) => r.startsWith('.'))).toEqual([]);
    // Packages are required from node_modules; the heavy ones only on first use (lib/normalize.ts).
    expect(required).toEqual(expect.arrayContaining(['zapier-platform-core', 'libphonenumber-js', 'luxon']));
  });
});

/**
 * Only the Zap editor reads a step's labels and sample values, yet core compiles, clones and freezes the definition on
 * every run: the definition keeps the samples' ids and their labels, one function of each step serves the editor the
 * rest (lib/op.ts splitForEditor). Together they must be what the editor showed when the definition held it all.
 */
describe('what only the Zap editor reads', () => {
  const visible = operations.filter((o) => !o.decl.hidden);
  const byKey = (fields: Array<Record<string, unknown>>) =>
    [...fields].sort((a, b) => String(a.key).localeCompare(String(b.key)));

  test('every visible step shows its whole sample and every label: the definition with its editor function', () => {
    expect(visible.length).toBeGreaterThan(140);
    for (const o of visible) {
      const whole = shownOutputs(o.decl);
      const shown = editorView(o.zapier.operation);
      expect({ step: o.decl.key, sample: shown.sample, labels: byKey(shown.outputFields) }).toEqual({
        step: o.decl.key,
        sample: whole.sample,
        labels: byKey(whole.labels.filter((f) => typeof f !== 'function')),
      });
    }
  });

  test('the data picker gets the same values whether Zapier nests a served `a__b` sample or sets it flat', () => {
    // Zapier's schema says field samples are "combined" with the operation's; editorView nests `contact__name` into
    // `contact`. Set flat beside the definition's nested ids instead, the editor's output keys (nested objects joined by
    // "__", a list one value) still hold the whole sample's values, each once.
    const outputKeys = (v: unknown, prefix = ''): Array<[string, unknown]> =>
      v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length
        ? Object.entries(v).flatMap(([k, x]) => outputKeys(x, prefix ? `${prefix}__${k}` : k))
        : [[prefix, v]];
    for (const o of visible) {
      const flat: Record<string, unknown> = structuredClone(o.zapier.operation.sample ?? {});
      for (const f of o.zapier.operation.outputFields ?? [])
        if (typeof f === 'function' && f.length === 0)
          for (const field of f() as Array<Record<string, unknown>>)
            if (Object.hasOwn(field, 'sample')) flat[String(field.key)] = field.sample;
      const picked = outputKeys(flat).sort(([a], [b]) => a.localeCompare(b));
      const whole = outputKeys(shownOutputs(o.decl).sample).sort(([a], [b]) => a.localeCompare(b));
      expect({ step: o.decl.key, picked }).toEqual({ step: o.decl.key, picked: whole });
    }
  });

  test('the definition keeps ids and their labels; a function of no arguments serves the rest', () => {
    const contact = App.creates.create_contact.operation;
    const ids = (v: unknown): boolean =>
      !!v &&
      typeof v === 'object' &&
      Object.entries(v).every(([k, x]) => (x && typeof x === 'object' ? ids(x) : /^(_?id|.*Ids?|.*_id)$/.test(k)));
    const nonIds = visible.filter((o) => o.zapier.operation.sample && !ids(o.zapier.operation.sample));
    // Steps whose answer holds no id keep their whole (small) sample; dropdown sources keep the keys dropdowns read.
    expect(nonIds.map((o) => o.decl.key).sort()).toEqual(
      expect.arrayContaining(['api_request', 'validate_calendar_group_slug', 'campaigns']),
    );
    expect(contact.sample).toEqual({ id: expect.any(String) });
    expect(shownOutputs(operations.find((o) => o.decl.key === 'create_contact')!.decl).sample).toMatchObject({
      email: expect.any(String),
      firstName: expect.any(String),
    });
    const statics = contact.outputFields.filter((f: unknown) => typeof f === 'object');
    expect(statics.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['id']));
    expect(statics.every((f: { key: string }) => /(^|__)(_?id|\w*Ids?|\w*_id)$/.test(f.key))).toBe(true);
    const served = contact.outputFields.filter(
      (f: unknown) => typeof f === 'function' && (f as () => unknown).length === 0,
    );
    expect(served).toHaveLength(1);
    expect(served[0]()).toContainEqual({ key: 'email', sample: expect.any(String) });
    expect(serializedDefinition(App).creates.create_contact.operation.outputFields).toContain('$func$0$f$');
  });

  test('the editor gets each output key once: a key the function serves has no field in the definition', () => {
    // Core hands the editor the definition's fields and the function's one after the other; a key in both (a labelled
    // `calendarIds` there, its bare sample here) leaves which label shows to how Zapier merges duplicates.
    const twice = visible.flatMap((o) => {
      const fields = (o.zapier.operation.outputFields ?? []) as unknown[];
      const own = new Set(fields.filter((f) => typeof f === 'object').map((f) => (f as { key: string }).key));
      const served = fields
        .filter((f) => typeof f === 'function' && f.length === 0)
        .flatMap((f) => (f as () => Array<{ key: string }>)());
      return served.filter((f) => own.has(f.key)).map((f) => `${o.decl.key}.${f.key}`);
    });
    expect(twice).toEqual([]);
    const resource = App.creates.create_calendar_resource.operation;
    expect(editorView(resource).outputFields).toContainEqual({ key: 'calendarIds', label: 'Calendar IDs' });
    expect(editorView(resource).sample.calendarIds).toEqual([expect.any(String)]);
  });

  test("core answers the editor's outputFields call with the served fields and their samples", async () => {
    const editor = createAppTester(App);
    const fields = await editor(App.triggers.campaigns.operation.outputFields, { authData: AUTH, inputData: {} });
    expect(fields).toContainEqual(expect.objectContaining({ key: 'status', sample: expect.anything() }));
    expect(fields).toContainEqual(expect.objectContaining({ key: 'id', label: expect.stringMatching(/ID$/) }));
  });
});

describe('output labels', () => {
  test("Zapier's own label for a key: words capitalized, underscores as spaces", () => {
    expect(defaultLabel('email')).toBe('Email');
    expect(defaultLabel('postal_code')).toBe('Postal Code');
    // A nested key's "__" is one space: contact__name reads "Contact Name".
    expect(defaultLabel('contact__name')).toBe('Contact Name');
    // camelCase is not split, so such keys keep their labels.
    expect(defaultLabel('postalCode')).toBe('PostalCode');
  });

  test('a label that only restates the default for a key the sample shows is left out; ids, types and others stay', () => {
    const outputs = outputsWorthSending({
      sample: {
        id: 'b1',
        email: 'a@b.co',
        createdAt: '2026-03-01T10:00:00Z',
        postalCode: '78701',
        deleted: true,
        contact: { name: 'Rosan Deo', tags: [{ name: 'vip' }] },
      },
      outputFields: [
        { key: 'id', label: 'Business ID' },
        { key: 'email', label: 'Email' },
        { key: 'phone', label: 'Phone' },
        { key: 'postalCode', label: 'Postal Code' },
        { key: 'createdAt', label: 'Created At', type: 'datetime' },
        // Typed: the label goes, the type stays.
        { key: 'deleted', label: 'Deleted', type: 'boolean' },
        // Nested: the sample shows contact.name as contact__name, which Zapier labels "Contact Name" itself.
        { key: 'contact__name', label: 'Contact Name' },
        // Not shown by the sample: a list's items, or a nested key it lacks.
        { key: 'contact__tags__name', label: 'Contact Tags Name' },
        { key: 'contact__email', label: 'Contact Email' },
      ],
    });
    expect(outputs).toEqual([
      { key: 'id', label: 'Business ID' },
      // Not in the sample: the entry is what tells the editor the field exists.
      { key: 'phone', label: 'Phone' },
      { key: 'postalCode', label: 'Postal Code' },
      { key: 'createdAt', label: 'Created At', type: 'datetime' },
      { key: 'deleted', type: 'boolean' },
      { key: 'contact__tags__name', label: 'Contact Tags Name' },
      { key: 'contact__email', label: 'Contact Email' },
    ]);
  });

  test('an operation keeps one label when they would all go', () => {
    const decl = { sample: { name: 'x' }, outputFields: [{ key: 'name', label: 'Name' }] };
    expect(outputsWorthSending(decl)).toEqual([{ key: 'name', label: 'Name' }]);
    const two = {
      sample: { slug: 'sales', status: 'open' },
      outputFields: [
        { key: 'slug', label: 'Slug' },
        { key: 'status', label: 'Status' },
      ],
    };
    expect(outputsWorthSending(two)).toEqual([{ key: 'slug', label: 'Slug' }]);
  });

  test("the app's outputs: restated labels of nested, typed, readable-twin and delete outputs are left out", () => {
    const outputs = (kind: 'triggers' | 'creates', key: string) => editorView(App[kind][key].operation).outputFields;
    expect(outputs('triggers', 'get_opportunity')).not.toContainEqual(
      expect.objectContaining({ key: 'contact__name' }),
    );
    expect(outputs('triggers', 'get_message')).not.toContainEqual(expect.objectContaining({ key: 'channel' }));
    expect(outputs('creates', 'delete_contact')).toContainEqual({ key: 'deleted', type: 'boolean' });
  });

  test("a hidden dropdown helper's sample holds only what dropdowns read, and every dropdown finds its keys there", () => {
    const hidden = Object.values<any>(App.triggers).filter((op) => op.display.hidden);
    expect(hidden.length).toBeGreaterThan(10);
    for (const op of hidden)
      expect([
        op.key,
        Object.keys(op.operation.sample).filter((k) => !['id', 'key', 'name', 'label'].includes(k)),
      ]).toEqual([op.key, []]);
    expect(App.triggers.contact_choices.operation.sample).toEqual({
      id: expect.any(String),
      label: expect.any(String),
    });
    // A dropdown's value and label keys (`contact_choices.id.label`) are in its helper's sample, hidden or not.
    const missing = (['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
      Object.values<any>(App[kind]).flatMap((op) =>
        (op.operation.inputFields ?? [])
          .filter((f: any) => typeof f === 'object' && f.dynamic)
          .flatMap((f: any) => {
            const [helper, ...keys] = String(f.dynamic).split('.');
            return keys
              .filter((k) => !(k in App.triggers[helper].operation.sample))
              .map((k) => `${op.key}.${f.key} → ${helper}.${k}`);
          }),
      ),
    );
    expect(missing).toEqual([]);
  });

  test('every visible operation of the app still has labelled outputs', () => {
    const bare = (['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
      Object.values<any>(App[kind])
        .filter((op) => !op.display.hidden)
        .filter((op) => !editorView(op.operation).outputFields.some((o) => o.label))
        .map((op) => op.key),
    );
    expect(bare).toEqual([]);
  });
});

/**
 * Triggers whose poll makes more than one request against the emulator's seed (window triggers add a page per 100–500
 * new records, README "How the triggers poll"; the seed fits in one), and why. Every other trigger must make exactly one: Zapier polls
 * every 1–15 minutes per Zap, and each request counts against GHL's 100 / 10 s burst and daily quota per location.
 */
const REQUESTS_PER_POLL: Record<string, { requests: number; why: string }> = {
  // README "How the triggers poll": GET /conversations/messages/export leaves email out unless channel=Email is asked
  // for, so a poll over every channel makes two requests (one when the user picks a channel).
  new_inbound_message: {
    requests: 2,
    why: 'the message export omits email unless channel=Email: one request for each',
  },
  new_outbound_message: {
    requests: 2,
    why: 'the message export omits email unless channel=Email: one request for each',
  },
};

describe('requests per poll', () => {
  let counts: PollCount[] = [];
  beforeAll(async () => {
    nock.enableNetConnect(/^127\.0\.0\.1(:\d+)?$/);
    counts = await requestsPerPoll(App);
  }, 120_000);
  afterAll(() => nock.disableNetConnect());

  const triggers = operations
    .filter((o) => o.kind === 'trigger')
    .map((o) => o.decl.key)
    .sort();

  test('every registered trigger was polled', () => {
    expect(counts.map((c) => c.key)).toEqual(triggers);
  });

  test('the table names only registered triggers, each with a reason', () => {
    for (const [key, entry] of Object.entries(REQUESTS_PER_POLL)) {
      expect(triggers).toContain(key);
      expect(entry.requests).toBeGreaterThan(1);
      expect(entry.why.length).toBeGreaterThan(10);
    }
  });

  test.each(triggers)('%s', (key) => {
    const count = counts.find((c) => c.key === key);
    expect(count).toBeDefined();
    expect(count!.error).toBeUndefined();
    expect(count!.requests).toBe(REQUESTS_PER_POLL[key]?.requests ?? 1);
  });
});

describe('requests as core sends them, without its per-request deep copy', () => {
  // Recorded by an extra beforeRequest middleware, which runs after core's prepareRequest.
  let seen: Array<{ inputAppFrozen: boolean; url: string }> = [];
  const recorder = (request: any) => {
    seen.push({ inputAppFrozen: Object.isFrozen(request.input?._zapier?.app), url: request.url });
    return request;
  };
  const appTester = createAppTester({ ...App, beforeRequest: [...App.beforeRequest, recorder] });
  beforeEach(() => {
    seen = [];
  });

  test('the request carries the frozen compiled app, not a merged deep copy of it', async () => {
    const scope = nock(DEFAULT_BASE_URL, { reqheaders: { 'user-agent': 'Zapier', version: '2021-07-28' } })
      .get('/contacts/c1/notes')
      .reply(200, { notes: [{ id: 'n1', body: 'Hi', dateAdded: '2026-03-01T10:00:00.000Z' }] });
    const result = await appTester(App.triggers.contact_notes.operation.perform, {
      authData: AUTH,
      inputData: { contactId: 'c1' },
    });
    expect(result).toEqual([{ id: 'n1', body: 'Hi', dateAdded: '2026-03-01T10:00:00.000Z' }]);
    scope.done();
    expect(seen).toEqual([{ inputAppFrozen: true, url: `${DEFAULT_BASE_URL}/contacts/c1/notes` }]);
  });

  test("the app has no request template (its requests skip core's merge, which is what would apply one)", () => {
    expect((App as Record<string, unknown>).requestTemplate).toBeUndefined();
  });

  test('query values reach GHL encoded as core encodes them (a space is %20)', async () => {
    const q = "a b+c&d (x)!~*'é";
    let raw = '';
    const scope = nock(DEFAULT_BASE_URL, { reqheaders: { 'user-agent': 'Zapier' } })
      .get((uri) => {
        raw = uri;
        return uri.startsWith('/opportunities/search?');
      })
      .reply(200, { opportunities: [] });
    await appTester(App.triggers.search_opportunities.operation.perform, {
      authData: AUTH,
      inputData: { q },
      meta: { page: 0 },
    });
    scope.done();
    // The apostrophe is encoded by the WHATWG URL parser in the HTTP client, as it was before.
    expect(raw).toContain(`&q=a%20b%2Bc%26d%20(x)!~*%27%C3%A9&`);
    expect(querystring.parse(raw.split('?')[1]).q).toBe(q);
  });

  test.each([
    [{ q: "a b+c&d (x)!~*'é", n: 5 }],
    [{ ids: ['a b', 'c/d'], json: { x: [1, 'y z'] } }],
    [{ 'odd key': 'v=1&w=2', empty: '', none: null }],
  ])('queryString(%j) is what core made of it when it re-parsed the URL', (query) => {
    const ours = queryString(query).slice(1);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toBe(querystring.stringify(querystring.parse(ours)));
  });
});

describe("the suite's reuse of core's compiled definition (test/support/setup.ts)", () => {
  const prepareApp = require('zapier-platform-core/src/tools/schema').prepareApp as (app: object) => any;
  const made = () => ({
    version: '1.0.0',
    triggers: { t: { key: 't', noun: 'T', display: { label: 'T' }, operation: { perform: () => [{ id: 1 }] } } },
  });

  test('an unchanged definition gets the same frozen compiled app', () => {
    const app = made();
    const first = prepareApp(app);
    expect(Object.isFrozen(first.triggers.t.display)).toBe(true);
    expect(prepareApp(app)).toBe(first);
  });

  test.each([
    ['a nested value', (a: any) => (a.triggers.t.display.label = 'U'), (c: any) => c.triggers.t.display.label === 'U'],
    ['a new key', (a: any) => (a.triggers.t.display.hidden = true), (c: any) => c.triggers.t.display.hidden === true],
    ['a removed key', (a: any) => delete a.triggers.t.display.label, (c: any) => !('label' in c.triggers.t.display)],
    ['a swapped step', (a: any) => (a.triggers.t = { ...a.triggers.t, key: 't' }), (c: any) => !!c.triggers.t],
    ['an ad hoc function', (a: any) => (a._testRequest = () => 1), (c: any) => c._testRequest() === 1],
  ])('a definition changed in place (%s) is compiled again', (_what, change, seen) => {
    const app = made();
    const first = prepareApp(app);
    change(app);
    const again = prepareApp(app);
    expect(again).not.toBe(first);
    expect(seen(again)).toBe(true);
    expect(prepareApp(app)).toBe(again);
  });

  test('a run through createAppTester sees a step swapped after an earlier run', async () => {
    const app: any = made();
    const tester = createAppTester(app);
    expect(await tester(app.triggers.t.operation.perform, {})).toEqual([{ id: 1 }]);
    app.triggers.t.operation.perform = () => [{ id: 2 }];
    expect(await tester(app.triggers.t.operation.perform, {})).toEqual([{ id: 2 }]);
  });
});

describe("the suite's skipping of core's unread log lines (test/support/setup.ts)", () => {
  const createLogger = require('zapier-platform-core/src/tools/create-logger') as (
    event: object,
    options: object,
  ) => any;
  const http = { log_type: 'http', response_content: '{"access_token": "tok-secret-1"}' };

  test('a line someone reads goes through core, scrubbed', async () => {
    const lines: unknown[] = [];
    const logBuffer: unknown[] = [];
    const logger = createLogger(
      { customLogger: (m: unknown, d: any) => lines.push([m, d.response_content]), bundle: {} },
      { logBuffer },
    );
    await logger('200 GET x', http);
    await logger('hello', { log_type: 'console' });
    await logger.end();
    expect(lines).toEqual([
      ['200 GET x', expect.stringMatching(/^\{"access_token": ":censored:12:[0-9a-f]+:"\}$/)],
      ['hello', undefined],
    ]);
    expect(logBuffer).toEqual([{ type: 'console', message: 'hello' }]);
  });

  test('a z.console line always reaches the log buffer; an HTTP line nobody reads is not even looked at', async () => {
    const logBuffer: unknown[] = [];
    let reads = 0;
    const unread = {
      log_type: 'http',
      get response_content() {
        reads++;
        return http.response_content;
      },
    };
    const logger = createLogger({ bundle: {} }, { logBuffer });
    await logger('200 GET x', unread);
    await logger('hello');
    await logger.end();
    expect(reads).toBe(0);
    expect(logBuffer).toEqual([{ type: 'console', message: 'hello' }]);
    // Read by a custom logger, the same line is prepared by core (and its content read).
    await createLogger({ customLogger: () => undefined, bundle: {} }, {})('200 GET x', unread);
    expect(reads).toBeGreaterThan(0);
  });
});
