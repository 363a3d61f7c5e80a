/**
 * The import rule README "How it is built" states: imports only go down, kind folders → areas/ → lib/; lib/ never
 * imports the app; no kind folder imports another (its index.ts lists the folder's own files). index.ts, registry.ts,
 * hooks.ts and authentication.ts sit on top. The shipped app relies on it: it loads lib/ and hooks.ts with the app
 * and one declaring module per step on the step's first run (lib/lazy.ts).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

/** The app files each source file of a folder imports, as paths from the project root. */
const importsOf = (folder: string): Array<{ file: string; imports: string[] }> =>
  fs
    .readdirSync(path.join(ROOT, folder))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => {
      const file = `${folder}/${f}`;
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const specs = [...source.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]);
      const imports = specs
        .filter((s) => s.startsWith('.'))
        .map((s) => path.relative(ROOT, path.resolve(ROOT, folder, s)).replace(/\\/g, '/'));
      return { file, imports };
    });

const outside = (folder: string, allowed: string[]) =>
  importsOf(folder).flatMap(({ file, imports }) =>
    imports.filter((i) => !allowed.some((a) => i.startsWith(`${a}/`))).map((i) => `${file} imports ${i}`),
  );

describe('imports only go down', () => {
  test('lib/ imports nothing of the app', () => {
    expect(importsOf('lib').length).toBeGreaterThan(10);
    expect(outside('lib', ['lib'])).toEqual([]);
  });

  test('areas/ import only lib/ and each other', () => {
    expect(outside('areas', ['lib', 'areas'])).toEqual([]);
  });

  test.each(['triggers', 'creates', 'searches'])(
    '%s/ imports only areas/ and lib/ (its index.ts: its own files)',
    (kind) => {
      const files = importsOf(kind);
      expect(files.length).toBeGreaterThan(5);
      const index = files.find((f) => f.file === `${kind}/index.ts`)!;
      expect(index.imports.filter((i) => !i.startsWith(`${kind}/`))).toEqual([]);
      const declarations = files.filter((f) => f !== index);
      expect(
        declarations.flatMap(({ file, imports }) =>
          imports.filter((i) => !i.startsWith('lib/') && !i.startsWith('areas/')).map((i) => `${file} imports ${i}`),
        ),
      ).toEqual([]);
    },
  );
});
