import { SCOPES as SUB_ACCOUNT_SCOPES } from './areas/subAccounts';
import createDecls from './creates';
import searchDecls from './searches';
import triggerDecls from './triggers';
import { makeCreate, makeSearch, makeTrigger, type Operation, type SearchDecl } from './lib/op';

/** Every operation of the app, built from the category files; the folder decides the kind. */
export const operations: Operation[] = [
  ...triggerDecls.map(makeTrigger),
  ...createDecls.map(makeCreate),
  ...searchDecls.map(makeSearch),
];

/** Zapier's `{key: definition}` map for one kind. */
export const registryOf = (kind: Operation['kind']): Record<string, any> => {
  const out: Record<string, any> = {};
  for (const op of operations.filter((o) => o.kind === kind)) {
    if (out[op.decl.key]) throw new Error(`Duplicate ${kind} key ${op.decl.key}`);
    out[op.decl.key] = op.zapier;
  }
  return out;
};

/** Find-or-create pairs declared by searches (`orCreate`). */
export const searchOrCreates = (): Record<string, any> => {
  const out: Record<string, any> = {};
  for (const op of operations.filter((o) => o.kind === 'search' && (o.decl as SearchDecl).orCreate)) {
    const createKey = (op.decl as SearchDecl).orCreate!;
    const create = operations.find((o) => o.kind === 'create' && o.decl.key === createKey);
    out[op.decl.key] = {
      key: op.decl.key,
      display: {
        label: `Find or Create ${op.decl.noun}`,
        description: `Finds a ${op.decl.noun.toLowerCase()} (${op.decl.label}), or creates one (${create?.decl.label ?? createKey}) when none matches.`,
      },
      search: op.decl.key,
      create: createKey,
    };
  }
  return out;
};

/**
 * Scopes used outside any one declaration: the connection test and the custom-field inputs of contacts/opportunities,
 * and for agency connections the sub-account token exchange (POST /oauth/locationToken, lib/agency.ts).
 */
const SHARED_SCOPES = ['locations.readonly', 'locations/customFields.readonly', ...SUB_ACCOUNT_SCOPES.token];

/** The union of the scopes every operation declares, plus the shared ones. */
export const requiredScopes = (): string[] =>
  [...new Set([...SHARED_SCOPES, ...operations.flatMap((o) => o.decl.scopes ?? [])])].sort();
