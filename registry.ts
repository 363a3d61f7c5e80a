import { SCOPES as SUB_ACCOUNT_SCOPES } from './areas/subAccounts';
import createDecls from './creates';
import searchDecls from './searches';
import triggerDecls from './triggers';
import {
  article,
  keepInSample,
  makeCreate,
  makeSearch,
  makeTrigger,
  type Operation,
  type SearchDecl,
  type GhlRecord,
} from './lib/op';

/** Every operation of the app, built from the category files; the folder decides the kind. */
export const operations: Operation[] = [
  ...triggerDecls.map(makeTrigger),
  ...createDecls.map(makeCreate),
  ...searchDecls.map(makeSearch),
];

// Dropdowns fed by a visible trigger (`campaigns.id.name`) find their keys in its definition's sample.
for (const op of operations)
  for (const f of op.zapier.operation.inputFields as unknown[]) {
    if (!f || typeof f !== 'object' || typeof (f as GhlRecord).dynamic !== 'string') continue;
    const [trigger, ...keys] = String((f as GhlRecord).dynamic).split('.');
    const source = operations.find((o) => o.kind === 'trigger' && o.decl.key === trigger);
    if (source && !source.decl.hidden) keepInSample(source, keys);
  }

/** Zapier's `{key: definition}` map for one kind. */
export const registryOf = (kind: Operation['kind']): GhlRecord => {
  const out: GhlRecord = {};
  for (const op of operations.filter((o) => o.kind === kind)) {
    if (out[op.decl.key]) throw new Error(`Duplicate ${kind} key ${op.decl.key}`);
    out[op.decl.key] = op.zapier;
  }
  return out;
};

/**
 * Find-or-create pairs declared by searches (`orCreate`), with the update of the found record where the search
 * declares one (`orUpdate`: Zapier's publishing requirements 5.6 / 6.1 want create-or-update as a search-or-create
 * with an update action).
 */
export const searchOrCreates = (): GhlRecord => {
  const out: GhlRecord = {};
  for (const op of operations.filter((o) => o.kind === 'search' && (o.decl as SearchDecl).orCreate)) {
    const decl = op.decl as SearchDecl;
    const noun = decl.noun.toLowerCase();
    const found = decl.orUpdate ? `Finds ${article(noun)} ${noun} and updates it` : `Finds ${article(noun)} ${noun}`;
    out[decl.key] = {
      key: decl.key,
      display: {
        label: `Find or Create ${decl.noun}`,
        description: `${found}, or creates one when none matches.`,
      },
      search: decl.key,
      create: decl.orCreate,
      ...(decl.orUpdate
        ? {
            update: decl.orUpdate.update,
            updateInputFromSearchOutput: decl.orUpdate.input,
          }
        : {}),
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
