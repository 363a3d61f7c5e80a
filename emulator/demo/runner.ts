/**
 * Runs the app's operations the way Zapier does, through zapier-platform-core's app handler (what createAppTester
 * wraps): middleware, the error mapping and auth refresh all take part. Operation keys and input fields are read from
 * the app's registry.
 */
import * as core from 'zapier-platform-core';

type Handler = (event: Record<string, unknown>) => Promise<{ results: any }>;

export type Kind = 'trigger' | 'create' | 'search';
type AnyApp = Record<string, any>;

const REGISTRY: Record<Kind, 'triggers' | 'creates' | 'searches'> = {
  trigger: 'triggers',
  create: 'creates',
  search: 'searches',
};

/** A static input field of an operation (dynamic custom-field loaders are functions and are skipped). */
export interface InputField {
  key: string;
  required?: boolean;
  list?: boolean;
  type?: string;
  dynamic?: string;
  choices?: unknown;
  default?: string;
  computed?: boolean;
}

export const inputFieldsOf = (def: AnyApp): InputField[] =>
  ((def.operation?.inputFields ?? []) as unknown[]).filter(
    (f): f is InputField => !!f && typeof f === 'object' && 'key' in (f as object),
  );

/** The error's name and the message Zapier would show (app errors carry JSON with message / code / delay). */
export const describeError = (e: any): { name: string; message: string; delay?: number; code?: string } => {
  const name = e?.name ?? 'Error';
  try {
    const parsed = JSON.parse(e.message);
    if (parsed && typeof parsed === 'object')
      return { name, message: parsed.message ?? e.message, delay: parsed.delay, code: parsed.code };
  } catch {
    /* a plain message */
  }
  return { name, message: String(e?.message ?? e) };
};

export class AppRunner {
  private readonly handler: Handler;
  /** Zapier's stored connection; replaced after a token exchange or refresh. */
  authData: Record<string, string> = {};
  /** How many times an expired token was refreshed on the fly. */
  refreshes = 0;
  /**
   * Zapier's RPC for z.cache instead of core's in-memory stand-in (`zcache`, which ignores TTLs, scopes and `nx`):
   * the event's `rpc_base` (test/support/zcache.ts fakeZcache), for runs whose duplicate deliveries must halt.
   */
  rpc?: Record<string, unknown>;
  /**
   * @param zcache Zapier's z.cache for this connection: it outlives a single run (agency connections keep their
   * sub-account tokens there), so every run of this runner shares it, and runners standing for concurrent runs of one
   * connection may be given the same one.
   */
  constructor(
    readonly app: AnyApp,
    readonly zcache: Record<string, unknown> = {},
  ) {
    // createAppHandler exists at runtime but not in core's type declarations. Unlike createAppTester it takes the
    // event, so paging triggers can use core's in-memory cursor store instead of Zapier's RPC.
    this.handler = (core as unknown as { createAppHandler: (app: AnyApp) => Handler }).createAppHandler(app);
  }

  /** The operation's definition, or a clear error naming what is registered. */
  definition(kind: Kind, key: string): AnyApp {
    const reg = this.app[REGISTRY[kind]] ?? {};
    const def = reg[key];
    if (!def) throw new Error(`the app has no ${kind} "${key}" (registered: ${Object.keys(reg).join(', ') || 'none'})`);
    return def;
  }

  keys(kind: Kind): string[] {
    return Object.keys(this.app[REGISTRY[kind]] ?? {});
  }

  /**
   * Checks the inputs against the operation's declared fields: every key must be declared (a typo would be silently
   * ignored by the app), and every required field given.
   */
  async checkInputs(kind: Kind, key: string, input: Record<string, unknown>): Promise<void> {
    // Field functions decide per connection (an agency connection gets the Sub-account field first): for those the
    // step's fields are computed as Zapier's editor would, with the inputs given so far.
    const fields =
      this.authData.userType === 'Company'
        ? await this.inputFields(kind, key, input)
        : inputFieldsOf(this.definition(kind, key));
    const declared = new Set(fields.map((f) => f.key));
    const unknown = Object.keys(input).filter((k) => !declared.has(k));
    if (unknown.length)
      throw new Error(
        `${kind} ${key} declares no input field ${unknown.join(', ')} (it has: ${[...declared].join(', ')})`,
      );
    const missing = fields
      .filter((f) => f.required && kind !== 'trigger' && (input[f.key] === undefined || input[f.key] === ''))
      .map((f) => f.key);
    if (missing.length) throw new Error(`${kind} ${key} needs ${missing.join(', ')}`);
  }

  /** The step's input fields as the Zap editor shows them for this connection and these inputs (functions run). */
  inputFields(kind: Kind, key: string, input: Record<string, unknown> = {}): Promise<InputField[]> {
    return this.fields('inputFields', kind, key, input);
  }

  /** The step's output fields as the Zap editor lists them for this connection and these inputs (functions run). */
  outputFields(kind: Kind, key: string, input: Record<string, unknown> = {}): Promise<AnyApp[]> {
    return this.fields('outputFields', kind, key, input);
  }

  private async fields(which: 'inputFields' | 'outputFields', kind: Kind, key: string, input: Record<string, unknown>) {
    this.definition(kind, key);
    return this.run(`${REGISTRY[kind]}.${key}.operation.${which}`, {
      authData: this.authData,
      inputData: input,
      meta: {},
    });
  }

  /** Runs a method of the app definition by its path, e.g. `triggers.contact_notes.operation.perform`. */
  private async run(method: string, bundle: AnyApp): Promise<any> {
    const event = {
      command: 'execute',
      method,
      bundle,
      storeKey: `emulator-${method}`,
      cursorTestObj: {},
      ...(this.rpc ?? { zcacheTestObj: this.zcache }),
    };
    return (await this.handler(event)).results;
  }

  /**
   * POST /oauth/token with an authorization code, through the app's own getAccessToken. `connection` holds what the
   * user chose on the connection form (Account Type, Login Page).
   */
  async exchangeCode(
    code: string,
    redirectUri: string,
    connection: Record<string, string> = {},
  ): Promise<Record<string, string>> {
    this.authData = await this.run('authentication.oauth2Config.getAccessToken', {
      inputData: { ...connection, code, redirect_uri: redirectUri },
      authData: {},
    });
    return this.authData;
  }

  /** The app's refreshAccessToken; Zapier merges the answer into the stored connection. */
  async refresh(): Promise<Record<string, string>> {
    const fresh = await this.run('authentication.oauth2Config.refreshAccessToken', {
      authData: this.authData,
      inputData: {},
    });
    this.authData = { ...this.authData, ...fresh };
    this.refreshes++;
    return this.authData;
  }

  /** The connection test (what Zapier's "Test connection" runs). */
  testConnection(): Promise<any> {
    return this.run('authentication.test', { authData: this.authData, inputData: {} });
  }

  /**
   * Runs an operation. When it throws RefreshAuthError (the app's answer to GHL's 401 "Invalid JWT"), Zapier
   * refreshes the connection and replays the step once; so does this, unless `autoRefresh` is false.
   */
  async perform(
    kind: Kind,
    key: string,
    input: Record<string, unknown> = {},
    options: { meta?: Record<string, unknown>; autoRefresh?: boolean } = {},
  ): Promise<any> {
    this.definition(kind, key);
    const attempt = () =>
      this.run(`${REGISTRY[kind]}.${key}.operation.perform`, {
        authData: this.authData,
        inputData: input,
        meta: { page: 0, ...options.meta },
      });
    try {
      return await attempt();
    } catch (e: any) {
      if (e?.name !== 'RefreshAuthError' || options.autoRefresh === false) throw e;
      await this.refresh();
      return attempt();
    }
  }
}
