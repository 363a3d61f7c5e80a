import type { HttpResponse } from 'zapier-platform-core';
import { callGhl, parseBody, type Method } from '../lib/client';
import { baseUrl, DEFAULT_BASE_URL } from '../lib/config';
import { F } from '../lib/fields';
import { creates, type B, create } from '../lib/op';
import { InputError, isEmpty, toJson } from '../lib/values';

/**
 * A raw, authenticated call to any GHL API v2 path: for endpoints the app has no action for yet. The request goes to
 * GHL's API host only (never another host), with the connection's token and the chosen Version header.
 */

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const VERSIONS = ['2021-07-28', '2021-04-15'];

/** The path and query typed by the user: absolute URLs only on GHL's own API host; `{locationId}` filled in. */
const resolvePath = (raw: string, bundle: B): { path: string; query: Record<string, string> } => {
  let text = raw.trim();
  const query: Record<string, string> = {};
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(text.startsWith('//') ? `https:${text}` : text);
    } catch {
      throw new InputError(`"Path" is not a valid URL or path: "${raw}". Give a path such as /contacts/abc123.`);
    }
    const hosts = new Set([new URL(DEFAULT_BASE_URL).host, new URL(baseUrl()).host]);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new InputError(`"Path" must be a GHL API path such as /contacts/abc123, not a ${url.protocol} URL.`);
    }
    if (!hosts.has(url.host)) {
      throw new InputError(
        `API Request only calls GHL's API (${new URL(DEFAULT_BASE_URL).host}), so your GHL token is never sent elsewhere. Give a path such as /contacts/abc123 instead of a URL on ${url.host}.`,
      );
    }
    text = `${url.pathname}${url.search}`;
  }
  if (!text.startsWith('/')) {
    throw new InputError(`"Path" must start with "/", e.g. /contacts/abc123 (you gave "${raw}").`);
  }
  const [pathOnly, search] = text.split(/\?(.*)/s, 2);
  if (search) new URLSearchParams(search).forEach((v, k) => (query[k] = v));
  if (/\s/.test(pathOnly)) throw new InputError(`"Path" must not contain spaces: "${raw}".`);
  // URL parsing collapses "." and ".." segments (also written %2e): /contacts/{{id}} with a mapped ".." would call
  // /contacts/.. = / . A mapped id must stay one segment, as in every other operation (lib/client.ts pathValue).
  if (pathOnly.split('/').some((seg) => ['.', '..'].includes(seg.toLowerCase().replace(/%2e/g, '.')))) {
    throw new InputError(`"Path" must not contain "." or ".." segments: "${raw}". Check the ids mapped into it.`);
  }
  const connection: Record<string, unknown> = {
    locationId: bundle.authData?.locationId,
    companyId: bundle.authData?.companyId,
  };
  const path = pathOnly.replace(/\{([^}]+)\}/g, (m, name: string) => {
    const v = connection[name];
    if (isEmpty(v)) {
      throw new InputError(
        name in connection
          ? `"Path" uses {${name}}, but this connection has no ${name}. Type the id instead.`
          : `"Path" still contains ${m}: replace it with a real id (only {locationId} and {companyId} are filled in for you).`,
      );
    }
    return encodeURIComponent(String(v));
  });
  return { path, query };
};

const headersOf = (resp: HttpResponse): Record<string, string> => {
  const out: Record<string, string> = {};
  (resp.headers as unknown as { forEach: (fn: (v: string, k: string) => void) => void }).forEach((v, k) => {
    out[k] = v;
  });
  return out;
};

export default creates([
  create({
    key: 'api_request',
    noun: 'API Request',
    label: 'API Request (Advanced)',
    help: 'Sends any API request with this connection and returns the response.',
    // Any method and path: the user chooses both (Method, Path); `/{path}` is how the README's table shows that.
    method: 'GET',
    path: '/{path}',
    version: '2021-07-28',
    // Any endpoint, agency or sub-account: on an agency connection a chosen sub-account signs the call with its
    // location token (and fills {locationId}); without one the agency token is used.
    subAccount: 'optional',
    fields: [
      F.choice('method', 'Method', METHODS, { required: true, default: 'GET', in: 'none' }),
      F.text('path', 'Path', {
        required: true,
        in: 'none',
        placeholder: '/contacts/abc123',
        helpText: 'E.g. /locations/{locationId}/tags.',
      }),
      {
        key: 'query',
        label: 'Query Parameters',
        type: 'string',
        dict: true,
        required: false,
        in: 'none',
      },
      F.longText('body', 'Body (JSON)', {
        required: false,
        in: 'none',
        helpText: 'POST, PUT and PATCH only, e.g. {"name": "vip"}.',
      }),
      F.choice('version', 'API Version', VERSIONS, {
        required: true,
        default: '2021-07-28',
        in: 'none',
        helpText: 'Calendars and conversations use 2021-04-15.',
      }),
    ],
    perform: async (z, bundle) => {
      const input = bundle.inputData;
      const method = String(input.method || 'GET').toUpperCase() as Method;
      if (!METHODS.includes(method))
        throw new InputError(`"Method" must be one of ${METHODS.join(', ')}, not "${input.method}".`);
      const version = String(input.version || '2021-07-28');
      if (!VERSIONS.includes(version))
        throw new InputError(`"API Version" must be ${VERSIONS.join(' or ')}, not "${input.version}".`);
      const { path, query } = resolvePath(String(input.path ?? ''), bundle);
      const rows = typeof input.query === 'string' ? toJson(input.query, '"Query Parameters"') : input.query;
      if (rows && typeof rows === 'object') {
        for (const [k, v] of Object.entries(rows as Record<string, unknown>)) {
          if (k.trim())
            query[k.trim()] = String(v).replace(/\{(locationId|companyId)\}/g, (m, name: string) =>
              String(bundle.authData?.[name] ?? m),
            );
        }
      }
      let body: unknown;
      if (!isEmpty(input.body) && String(input.body).trim()) {
        if (method === 'GET')
          throw new InputError(
            'A GET request carries no body: put its parameters under Query Parameters, or choose another Method.',
          );
        body = toJson(input.body, '"Body (JSON)"');
      }
      // raw: the response itself, so its status and headers reach the user; errors are still mapped by the middleware.
      const resp: HttpResponse = await callGhl(z, {
        method,
        path,
        version,
        query,
        body,
        // The step's own label first, so every message names the operation; then what was called.
        context: { label: `API Request (Advanced) ${method} ${path}` },
        raw: true,
      });
      return { status: resp.status, headers: headersOf(resp), body: parseBody(resp) };
    },
    sample: {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '99' },
      body: { tags: [{ id: '3v34PsmpNsd6Gxe0zg3B', name: 'new lead', locationId: 've9EPM428h8vShlRW1KT' }] },
    },
    outputFields: [
      { key: 'status', label: 'HTTP Status', type: 'integer' },
      { key: 'headers', label: 'Response Headers' },
      { key: 'body', label: 'Response Body' },
    ],
  }),
]);
