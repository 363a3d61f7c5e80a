/**
 * The catalog (../shared/catalog/operations.json) is what the integration promises: every key of every category is
 * registered as the catalog's Zapier kind, with the catalog's method, path, Version header and label (the
 * declaration's apiLabel where the label Zapier shows is named for the event, issue 15, or names what an action acts
 * on where GHL's name leaves it out: "Add Opportunity Followers" for Add Followers).
 */
import * as fs from 'fs';
import * as path from 'path';
import App from '../index';
import { operations } from '../registry';

interface CatalogOp {
  category: string;
  key: string;
  label: string;
  zapierType: 'trigger' | 'create' | 'search';
  method: string;
  path: string;
  version: string;
}

const catalogFile = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const f = path.join(dir, 'shared', 'catalog', 'operations.json');
    if (fs.existsSync(f)) return f;
  }
  throw new Error('../shared/catalog/operations.json not found beside the clone');
})();
const catalog: CatalogOp[] = JSON.parse(fs.readFileSync(catalogFile, 'utf8')).operations;

/** Every category of the catalog must be complete. */
const CATEGORIES = [...new Set(catalog.map((o) => o.category))];

const registry = { trigger: App.triggers, create: App.creates, search: App.searches } as Record<
  string,
  Record<string, any>
>;

describe.each(CATEGORIES)('catalog category %s', (category) => {
  const ops = catalog.filter((o) => o.category === category);
  test('has operations', () => expect(ops.length).toBeGreaterThan(0));
  test.each(ops.map((o) => [o.key, o] as const))('%s is registered as in the catalog', (_key, o) => {
    expect(registry[o.zapierType][o.key]).toBeDefined();
    const decl = operations.find((x) => x.kind === o.zapierType && x.decl.key === o.key)!.decl;
    expect({ method: decl.method, path: decl.path, version: decl.version, label: decl.apiLabel ?? decl.label }).toEqual(
      {
        method: o.method,
        path: o.path,
        version: o.version,
        label: o.label,
      },
    );
  });
});

test('all 124 listed catalog operations are covered', () => {
  expect(catalog).toHaveLength(124);
  expect(catalog.filter((o) => !operations.some((x) => x.decl.key === o.key && x.kind === o.zapierType))).toEqual([]);
});

test('every registered catalog key matches the catalog, whatever its category', () => {
  const mismatches = catalog
    .map((o) => ({ o, decl: operations.find((x) => x.decl.key === o.key) }))
    .filter(({ decl }) => decl)
    .filter(
      ({ o, decl }) =>
        decl!.kind !== o.zapierType ||
        decl!.decl.method !== o.method ||
        decl!.decl.path !== o.path ||
        decl!.decl.version !== o.version,
    )
    .map(({ o }) => o.key);
  expect(mismatches).toEqual([]);
});

test('operations outside the catalog do not reuse a catalog key for another kind', () => {
  const keys = new Set(catalog.map((o) => o.key));
  const clashes = operations.filter(
    (x) => keys.has(x.decl.key) && catalog.find((o) => o.key === x.decl.key)!.zapierType !== x.kind,
  );
  expect(clashes.map((x) => x.decl.key)).toEqual([]);
});
