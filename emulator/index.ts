/**
 * An embedded, stateful emulator of the GHL API v2 for tests and the `npm start` demo: every endpoint the app uses
 * at GHL's paths, checked against the official spec, with OAuth, rate limits and seed data for one location.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { setBehaviours, type Behaviours } from './behaviours';
import { Clock } from './clock';
import { repeatIdsFromHere } from './ids';
import { associationRoutes } from './handlers/associations';
import { blogRoutes } from './handlers/blogs';
import { businessRoutes } from './handlers/businesses';
import { calendarRoutes } from './handlers/calendars';
import { contactRoutes } from './handlers/contacts';
import { formRoutes } from './handlers/forms';
import { conversationRoutes } from './handlers/conversations';
import { locationRoutes } from './handlers/locations';
import { oauthRoutes } from './handlers/oauth';
import { objectRoutes } from './handlers/objects';
import { opportunityRoutes } from './handlers/opportunities';
import { userRoutes } from './handlers/users';
import { OAuthServer, type Grant, type OAuthOptions, type TokenResponse } from './oauth';
import { RateLimiter, type RateLimitOptions } from './ratelimit';
import { Router } from './router';
import { defaultGrant, initialState, loadSeed, type Seed } from './seed';
import { createRequestHandler, type LogEntry } from './server';
import type { Workaround } from './spec';
import { Store } from './store';
import { WORKAROUNDS } from './workarounds';

export interface EmulatorOptions {
  /** Port on 127.0.0.1; default: a free one. */
  port?: number;
  /** A seed object or the path of a seed JSON file; default: emulator/seed.json. */
  seed?: Seed | string;
  /** Keep state in this JSON file across restarts (loaded when it exists, written after every change). */
  statePath?: string;
  rateLimit?: RateLimitOptions;
  tokenTtlSeconds?: number;
  oauth?: Omit<OAuthOptions, 'tokenTtlSeconds'>;
  /** The spec exceptions to tolerate; default: the ones the app's declarations state (emulator/workarounds.ts). */
  workarounds?: readonly Workaround[];
  /** Called after every request (the CLI logs them). */
  onRequest?: (entry: LogEntry) => void;
  /** How many recent requests `requests` keeps. */
  keepRequests?: number;
  /** Where GHL's documentation leaves a behaviour open, which one to play (behaviours.ts; env GHL_EMULATOR_BEHAVIOURS). */
  behaviours?: Partial<Behaviours>;
  /**
   * New records get the same ids after every `reset()` (random otherwise): a test that runs a step twice on a reset
   * emulator can compare the two runs exactly.
   */
  repeatableIds?: boolean;
}

export interface Emulator {
  /** Base URL, e.g. http://127.0.0.1:53123 (set GHL_API_BASE_URL to it). */
  url: string;
  port: number;
  seed: Seed;
  store: Store;
  oauth: OAuthServer;
  clock: Clock;
  limiter: RateLimiter;
  router: Router;
  /** Recent requests, oldest first. */
  requests: LogEntry[];
  /** Tokens for the seeded location (or another grant) without the OAuth round trip. */
  issueToken(grant?: Partial<Grant>): TokenResponse;
  /** Back to the seed's records (issued tokens stay valid). */
  reset(): void;
  /** Zapier `bundle.authData` for a fresh token. */
  authData(grant?: Partial<Grant>): Record<string, string>;
  stop(): Promise<void>;
}

/** The route table: each area's handlers, keyed by spec path template. */
export const createRouter = () =>
  new Router(
    contactRoutes,
    calendarRoutes,
    opportunityRoutes,
    userRoutes,
    conversationRoutes,
    businessRoutes,
    locationRoutes,
    associationRoutes,
    blogRoutes,
    objectRoutes,
    formRoutes,
    oauthRoutes,
  );

export const startEmulator = async (options: EmulatorOptions = {}): Promise<Emulator> => {
  const seed =
    typeof options.seed === 'string' || !options.seed ? loadSeed(options.seed as string | undefined) : options.seed;
  const clock = new Clock();
  const store = new Store(initialState(seed), options.statePath);
  if (options.behaviours) setBehaviours(store, options.behaviours);
  const oauth = new OAuthServer(store, clock, defaultGrant(seed), {
    ...options.oauth,
    tokenTtlSeconds: options.tokenTtlSeconds,
  });
  const limiter = new RateLimiter(clock, options.rateLimit);
  const router = createRouter();
  const requests: LogEntry[] = [];
  const keep = options.keepRequests ?? 1000;
  const onRequest = (entry: LogEntry) => {
    requests.push(entry);
    if (requests.length > keep) requests.shift();
    options.onRequest?.(entry);
  };
  const server = http.createServer(
    createRequestHandler({
      router,
      store,
      oauth,
      limiter,
      clock,
      workarounds: options.workarounds ?? WORKAROUNDS,
      onRequest,
    }),
  );
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const issueToken = (grant?: Partial<Grant>) => {
    const t = oauth.issue(grant);
    store.save();
    return t;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seed,
    store,
    oauth,
    clock,
    limiter,
    router,
    requests,
    issueToken,
    // Behaviours chosen at start survive a reset, like the tokens.
    reset: () => {
      store.reset(initialState(seed), ['oauth', 'behaviours']);
      if (options.repeatableIds) repeatIdsFromHere();
    },
    authData: (grant) => {
      const t = issueToken(grant);
      return {
        access_token: t.access_token,
        refresh_token: t.refresh_token,
        ...(t.locationId ? { locationId: t.locationId } : {}),
        companyId: t.companyId,
        userType: t.userType,
        userId: t.userId,
      };
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
};

export type { Seed } from './seed';
export type { Grant, TokenResponse } from './oauth';
export type { LogEntry } from './server';
