/**
 * lib/lazy.ts: the shipped app's definition comes from JSON and loads a step's code on the step's first run. Here
 * with made-up parts, to see what loads when; test/perf.test.ts checks the real bundle against index.ts, and the
 * e2e suite runs every operation through it.
 */
import { lazyApp, RESOLVE, type LazyParts } from '../lib/lazy';

const parts = () => {
  const loaded: string[] = [];
  const built: string[] = [];
  const sample = { id: 'c1', tags: ['a'] };
  const decls: Record<string, any[]> = {
    'triggers/contacts': [
      { key: 'new_contact', result: 'poll' },
      { key: 'contact_choices', result: 'choices' },
    ],
    'creates/contacts': [{ key: 'create_contact', result: 'created' }],
  };
  const p: LazyParts = {
    // As scripts/build-app.js writes them: 0 where `links` puts a shared object (index >= 0) or a stub (-1 - arity).
    definition: {
      authentication: { oauth2Config: { scope: 'contacts.readonly contacts.write', authorizeUrl: 0 } },
      beforeRequest: ['$func$3$f$'],
      triggers: {
        new_contact: { operation: { perform: 0, sample: 0 } },
        contact_choices: { operation: { perform: 0, sample: 0 } },
      },
      creates: {
        create_contact: { operation: { perform: 0, inputFields: [0, 0], sample: 0 } },
      },
    },
    shared: [
      { ...sample, extra: 0 },
      { key: 'email', label: 'Email' },
    ],
    links: {
      authentication: { oauth2Config: { authorizeUrl: -3 } },
      triggers: {
        new_contact: { operation: { perform: -3, sample: 0 } },
        contact_choices: { operation: { perform: -3, sample: 0 } },
      },
      creates: { create_contact: { operation: { perform: -3, inputFields: { 0: 1, 1: -3 }, sample: 0 } } },
    },
    sharedLinks: { 0: { extra: 1 } },
    eager: { beforeRequest: [(request: unknown, _z: unknown, _bundle: unknown) => request] },
    owners: {
      'triggers.new_contact': 'triggers/contacts',
      'triggers.contact_choices': 'triggers/contacts',
      'creates.create_contact': 'creates/contacts',
    },
    modules: Object.fromEntries(
      Object.entries(decls).map(([name, list]) => [
        name,
        () => {
          loaded.push(name);
          return list;
        },
      ]),
    ),
    build: (kind, decl: any) => {
      built.push(`${kind}.${decl.key}`);
      const perform = async (_z: unknown, bundle: any) => `${decl.result} ${bundle?.inputData?.n ?? ''}`.trim();
      const fields = async () => [{ key: `custom_${decl.key}` }];
      return { kind: 'trigger', decl, zapier: { operation: { perform, inputFields: [{ key: 'email' }, fields] } } };
    },
    authentication: (scopes) => ({
      oauth2Config: { authorizeUrl: (_z: unknown, _bundle: unknown) => `https://login?scope=${scopes.join('+')}` },
    }),
  };
  return { p, loaded, built };
};

describe('lazyApp', () => {
  test('loading the app loads no step and builds none', () => {
    const { p, loaded, built } = parts();
    const app = lazyApp(p);
    expect(typeof app.triggers.new_contact.operation.perform).toBe('function');
    expect(loaded).toEqual([]);
    expect(built).toEqual([]);
  });

  test("a step's first run loads only its own module and builds only that step; later runs reuse it", async () => {
    const { p, loaded, built } = parts();
    const app = lazyApp(p);
    await expect(app.triggers.new_contact.operation.perform({}, { inputData: { n: 1 } })).resolves.toBe('poll 1');
    expect(loaded).toEqual(['triggers/contacts']);
    expect(built).toEqual(['triggers.new_contact']);
    await expect(app.triggers.new_contact.operation.perform({}, { inputData: { n: 2 } })).resolves.toBe('poll 2');
    await expect(app.creates.create_contact.operation.inputFields[1]({}, {})).resolves.toEqual([
      { key: 'custom_create_contact' },
    ]);
    await expect(app.creates.create_contact.operation.perform({}, {})).resolves.toBe('created');
    expect(built).toEqual(['triggers.new_contact', 'creates.create_contact']);
    expect(loaded).toEqual(['triggers/contacts', 'creates/contacts']);
  });

  test('each stub keeps the arity core serializes ($func$<arity>$f$) and resolves to the real function', () => {
    const { p } = parts();
    const app = lazyApp(p);
    const stub = app.creates.create_contact.operation.inputFields[1];
    expect(stub.length).toBe(2);
    expect(stub.toString()).not.toContain('arguments');
    expect(stub[RESOLVE]()).toEqual(expect.any(Function));
    expect(stub[RESOLVE]()).toBe(stub[RESOLVE]());
  });

  test('objects the definition shares are one object again, also inside other shared ones', () => {
    const { p } = parts();
    const app = lazyApp(p);
    const samples = [
      app.triggers.new_contact.operation.sample,
      app.triggers.contact_choices.operation.sample,
      app.creates.create_contact.operation.sample,
    ];
    expect(samples[0]).toEqual({ id: 'c1', tags: ['a'], extra: { key: 'email', label: 'Email' } });
    expect(samples[1]).toBe(samples[0]);
    expect(samples[2]).toBe(samples[0]);
    expect(samples[0].extra).toBe(app.creates.create_contact.operation.inputFields[0]);
  });

  test('the connection is built with the scopes the definition lists; eager parts are the real values', () => {
    const { p, loaded } = parts();
    const eager = p.eager.beforeRequest;
    const app = lazyApp(p);
    expect(app.beforeRequest).toBe(eager);
    expect(app.authentication.oauth2Config.authorizeUrl({}, {})).toBe(
      'https://login?scope=contacts.readonly+contacts.write',
    );
    expect(loaded).toEqual([]);
  });

  test('a step the build placed in a module that no longer declares it fails with what to do', () => {
    const { p } = parts();
    p.owners['triggers.new_contact'] = 'creates/contacts';
    const app = lazyApp(p);
    expect(() => app.triggers.new_contact.operation.perform({}, {})).toThrow(
      'The app was built without triggers.new_contact where it is now declared: run npm run build.',
    );
  });
});
