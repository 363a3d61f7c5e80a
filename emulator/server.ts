import * as http from 'http';
import { checkRequest, findOperation, type SpecOperation, type Workaround } from './spec';
import type { Clock } from './clock';
import { asDocumented, GhlError, invalidJwt, unprocessable } from './errors';
import type { OAuthServer } from './oauth';
import type { RateLimiter } from './ratelimit';
import { Answer, pathParams, Query, type Router } from './router';
import { successStatus } from './shape';
import type { Store } from './store';

/** One request as the emulator saw it (kept for test reports and the CLI log). */
export interface LogEntry {
  method: string;
  url: string;
  status: number;
  operation?: string;
  body?: unknown;
  response?: unknown;
}

export interface ServerDeps {
  router: Router;
  store: Store;
  oauth: OAuthServer;
  limiter: RateLimiter;
  clock: Clock;
  /** The reviewed spec exceptions the app declares (emulator/workarounds.ts): tolerated here as by GHL itself. */
  workarounds: readonly Workaround[];
  onRequest?: (entry: LogEntry) => void;
}

const TOKEN_PATH = '/oauth/token';
const LOCATION_TOKEN_PATH = '/oauth/locationToken';

/**
 * GHL's IAM refuses an agency (Company) token on endpoints only a sub-account token may call ("This authClass is not
 * yet supported"): those whose spec security names no Agency-Access scheme. That is why agency connections exchange
 * their token for a location token first.
 */
const checkAuthClass = (op: SpecOperation, userType: string) => {
  const schemes = ((op.security ?? []) as Record<string, unknown>[]).flatMap((s) => Object.keys(s));
  if (userType === 'Company' && schemes.length && !schemes.some((s) => s.startsWith('Agency-Access'))) {
    throw new GhlError(401, 'This authClass is not yet supported', true);
  }
};

/** Sub-accounts of the agency where the app is installed (seed: `appInstalled: false` marks the others). */
const installedFor = (store: Store, companyId: string) => (locationId: string) => {
  const loc = store.get('locations', locationId);
  return !!loc && loc.companyId === companyId && loc.appInstalled !== false;
};

const readBody = (req: http.IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** JSON or form fields; an unparseable JSON body is a 400, as NestJS's body parser answers. */
const parseBody = (text: string, contentType: string): unknown => {
  if (!text) return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GhlError(400, `Unexpected token in JSON: ${(e as Error).message}`, true);
  }
};

/** GHL matches `/contacts` and `/contacts/` alike; the spec spells each path one way. */
const operationFor = (method: string, pathname: string): SpecOperation | undefined =>
  findOperation(method, pathname) ??
  findOperation(method, pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`);

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer number',
  boolean: 'a boolean value',
  array: 'an array',
  object: 'an object',
};

/** The spec checker's findings in the words of GHL's validator (class-validator, with NestJS whitelisting). */
const inGhlWords = (problem: string): string => {
  const text = problem.replace(/^[A-Z]+ \S+: /, '');
  let m: RegExpExecArray | null;
  if ((m = /^required (?:body field|query parameter) (\S+) missing$/.exec(text))) return `${m[1]} should not be empty`;
  if ((m = /^(?:body field|query parameter) (\S+) is not in the spec$/.exec(text)))
    return `property ${m[1]} should not exist`;
  if ((m = /^body field (\S+) should be (\w+), got/.exec(text))) return `${m[1]} must be ${TYPE_WORDS[m[2]] ?? m[2]}`;
  return text;
};

const header = (req: http.IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

/** GHL requires the Version header its spec declares for the endpoint (one reviewed exception among the workarounds). */
const checkVersion = (op: SpecOperation, sent: string | undefined, workarounds: readonly Workaround[]) => {
  const expected =
    op.version ??
    workarounds.filter((w) => w.op === `${op.method} ${op.path}` && w.rule === 'version').map((w) => w.value!);
  if (!expected.length) return;
  if (!sent) throw new GhlError(400, 'Version header was not found', true);
  if (!expected.includes(sent))
    throw new GhlError(
      400,
      `Version header "${sent}" is invalid for this endpoint; expected ${expected.join(' or ')}`,
      true,
    );
};

/** Location tokens may only name their own location, wherever the request names one. */
const checkLocation = (
  grantLocation: string | undefined,
  params: Record<string, string>,
  query: Query,
  body: unknown,
) => {
  if (!grantLocation) return;
  const b = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const named = [params.locationId, query.get('locationId'), query.get('location_id'), b.locationId].filter(
    (v) => typeof v === 'string' && v,
  );
  if (named.some((v) => v !== grantLocation))
    throw new GhlError(403, 'The token does not have access to this location.', true);
};

/**
 * The request pipeline, in GHL's order: route exists (NestJS 404) → bearer token (401) → rate limit (429) → Version
 * header (400) → spec validation (422) → location access (403) → handler.
 */
export const createRequestHandler =
  (deps: ServerDeps) => async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator');
    let status: number;
    let payload: unknown;
    let contentType = 'application/json';
    let headers: Record<string, string> = {};
    let op: SpecOperation | undefined;
    let body: unknown;
    try {
      body = parseBody(await readBody(req), header(req, 'content-type') ?? '');
      op = operationFor(method, url.pathname);
      if (!op) throw new GhlError(404, `Cannot ${method} ${url.pathname}`, true);
      const pathname = url.pathname.replace(/\/?$/, op.path.endsWith('/') ? '/' : '');
      // Version and bearer are checked first, with their own answers; the rest of the spec check is a 422.
      const problems = () =>
        checkRequest({ method, url: pathname + url.search, headers: req.headers, body }, deps.workarounds)
          .problems.filter((p) => !/Version header|no Bearer token/.test(p))
          .map(inGhlWords);

      if (op.path === TOKEN_PATH) {
        const found = problems();
        if (found.length) throw unprocessable(found);
        status = 200;
        payload = deps.oauth.exchange(body as Record<string, string>);
      } else {
        const bearer = /^Bearer\s+(\S+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
        if (!bearer) throw invalidJwt();
        const grant = deps.oauth.verify(bearer);
        checkAuthClass(op, grant.userType);
        headers = deps.limiter.take(grant.locationId ?? grant.companyId);
        checkVersion(op, header(req, 'version'), deps.workarounds);
        const found = problems();
        if (found.length) throw unprocessable(found);
        if (op.path === LOCATION_TOKEN_PATH) {
          // The exchange issues a token, which only the OAuth server can: it is not a record handler.
          status = 200;
          payload = deps.oauth.locationToken(
            grant,
            body as Record<string, string>,
            installedFor(deps.store, grant.companyId),
          );
        } else {
          const query = new Query(url.searchParams);
          const params = pathParams(op, pathname);
          checkLocation(grant.locationId, params, query, body);
          const locationId =
            grant.locationId ?? params.locationId ?? query.get('locationId') ?? (body as any)?.locationId ?? '';
          const result = deps.router.handle({
            op,
            params,
            query,
            body: body ?? {},
            grant,
            locationId,
            store: deps.store,
            clock: deps.clock,
          });
          if (result instanceof Answer) {
            ({ status, body: payload, contentType } = result);
            headers = { ...headers, ...result.headers };
          } else {
            status = successStatus(op);
            payload = result;
          }
        }
      }
      if (method !== 'GET') deps.store.save();
    } catch (e) {
      if (e instanceof GhlError) {
        const err = asDocumented(op, e);
        status = err.statusCode;
        payload = err.body();
        headers = { ...headers, ...err.headers };
      } else {
        status = 500;
        payload = { statusCode: 500, message: 'Internal server error' };
        process.stderr.write(`emulator: ${method} ${url.pathname} failed: ${(e as Error).stack}\n`);
      }
    }
    const data = Buffer.isBuffer(payload)
      ? payload
      : typeof payload === 'string' && contentType !== 'application/json'
        ? payload
        : JSON.stringify(payload ?? {});
    res.writeHead(status, { 'Content-Type': contentType, ...headers });
    res.end(data);
    deps.onRequest?.({
      method,
      url: url.pathname + url.search,
      status,
      operation: op && `${op.method} ${op.path}`,
      body,
      response: Buffer.isBuffer(payload) ? '<binary>' : payload,
    });
  };
