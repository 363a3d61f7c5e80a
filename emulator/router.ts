import { loadSpecOperations, type SpecOperation } from './spec';
import type { Clock } from './clock';
import type { Grant } from './oauth';
import { wrapOk } from './shape';
import type { Store } from './store';

/** Query parameters as sent; `ids[]` and `ids` are the same parameter (GHL accepts both). */
export class Query {
  private readonly values = new Map<string, string[]>();

  constructor(search: URLSearchParams) {
    for (const [k, v] of search) {
      const name = k.replace(/\[\]$/, '');
      this.values.set(name, [...(this.values.get(name) ?? []), v]);
    }
  }

  get(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** Every value of a repeated parameter, also splitting comma lists (`ids=a,b`). */
  all(name: string): string[] {
    return (this.values.get(name) ?? []).flatMap((v) => v.split(',')).filter(Boolean);
  }

  int(name: string, fallback: number): number {
    const n = Number(this.get(name));
    return Number.isFinite(n) && this.get(name) !== undefined && this.get(name) !== '' ? n : fallback;
  }
}

/** What a handler gets: the matched spec operation, its path values, the request and the emulator state. */
export interface Ctx {
  op: SpecOperation;
  params: Record<string, string>;
  query: Query;
  body: any;
  grant: Grant;
  /** The location the request acts on: the token's, or (agency tokens) the one it names. */
  locationId: string;
  store: Store;
  clock: Clock;
}

/** A handler's answer when it is not the spec's success status with a JSON body. */
export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType = 'application/json',
    readonly headers: Record<string, string> = {},
  ) {}
}

export type Handler = (ctx: Ctx) => unknown;
/** Handlers keyed by `METHOD /spec/path/{template}`, exactly as the spec spells the path. */
export type Routes = Record<string, Handler>;

const key = (op: Pick<SpecOperation, 'method' | 'path'>) => `${op.method} ${op.path}`;

/** Path values by name, read against the operation's template. */
export const pathParams = (op: SpecOperation, pathname: string): Record<string, string> => {
  const names = op.path.split('/');
  const values = pathname.split('/');
  const out: Record<string, string> = {};
  names.forEach((seg, i) => {
    const m = /^\{(.+)\}$/.exec(seg);
    if (m) out[m[1]] = decodeURIComponent(values[i] ?? '');
  });
  return out;
};

/**
 * The route table. Every key must name a spec operation (a typo fails at start-up, not silently at request time).
 * Operations without a handler answer the spec's documented success shape, built from its examples.
 */
export class Router {
  private readonly table = new Map<string, Handler>();

  constructor(...groups: Routes[]) {
    const known = new Set(loadSpecOperations().map(key));
    for (const routes of groups) {
      for (const [k, handler] of Object.entries(routes)) {
        if (!known.has(k)) throw new Error(`emulator route "${k}" is not an operation of the GHL spec`);
        if (this.table.has(k)) throw new Error(`emulator route "${k}" is registered twice`);
        this.table.set(k, handler);
      }
    }
  }

  has(op: SpecOperation): boolean {
    return this.table.has(key(op));
  }

  handle(ctx: Ctx): unknown {
    const handler = this.table.get(key(ctx.op));
    return handler ? handler(ctx) : wrapOk(ctx.op);
  }

  /** Route keys, for coverage reports. */
  keys(): string[] {
    return [...this.table.keys()];
  }
}
