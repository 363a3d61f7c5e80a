/**
 * The README's generated parts: the operation table and the scope list, built from the registry so they cannot
 * drift (test/readme.test.ts compares them with README.md; `npm run docs` rewrites them).
 */
import * as fs from 'fs';
import * as path from 'path';
import { operations, requiredScopes } from '../registry';

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;
const ORDER = { trigger: 0, create: 1, search: 2 } as const;

/** Markdown table of every visible operation: kind, key, label, method + path, Version. */
export const operationTable = (): string => {
  const rows = operations
    .filter((o) => !o.decl.hidden)
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.decl.key.localeCompare(b.decl.key))
    .map(
      (o) =>
        `| ${KIND[o.kind]} | \`${o.decl.key}\` | ${o.decl.label} | \`${o.decl.method} ${o.decl.path}\` | ${o.decl.version} |`,
    );
  return ['| Kind | Key | Label | GHL endpoint | Version |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
};

/** The scopes to enable on the GHL Marketplace app, one per line. */
export const scopeList = (): string =>
  requiredScopes()
    .map((s) => `- \`${s}\``)
    .join('\n');

/** README.md of the project, from source (emulator/) or compiled (dist-emulator/emulator/) code. */
export const README = ((): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'README.md')) && fs.existsSync(path.join(dir, 'package.json')))
      return path.join(dir, 'README.md');
  }
  return path.resolve(__dirname, '../../README.md');
})();

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
const replaceBlock = (text: string, name: string, body: string): string => {
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`README has no ${name} block`);
  return text.replace(re, `$1${body}$2`);
};

export const readBlock = (text: string, name: string): string | undefined =>
  text.match(new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`))?.[1];

if (require.main === module) {
  let text = fs.readFileSync(README, 'utf8');
  text = replaceBlock(text, 'operations', operationTable());
  text = replaceBlock(text, 'scopes', scopeList());
  fs.writeFileSync(README, text);
  console.log(
    `README.md: ${operations.filter((o) => !o.decl.hidden).length} operations, ${requiredScopes().length} scopes`,
  );
}
