import type { HttpResponse } from 'zapier-platform-core';
import { isAgencyConnection } from '../lib/agency';
import { callGhl, parseBody, type Method } from '../lib/client';
import { baseUrl, DEFAULT_BASE_URL } from '../lib/config';
import { F } from '../lib/fields';
import { shown } from '../lib/normalize';
import { convert, creates, type B, create } from '../lib/op';
import { InputError, isEmpty, percentDecoded, toJson } from '../lib/values';

/**
 * A raw, authenticated call to any GHL API v2 path: for endpoints the app has no action for yet. The request goes to
 * GHL's API host only (never another host), with the connection's token and the chosen Version header.
 */

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const VERSIONS = ['2021-07-28', '2021-04-15'];
const methodField = F.choice('method', 'Method', METHODS, { required: true, default: 'GET', in: 'none' });
const versionField = F.choice('version', 'API Version', VERSIONS, {
  required: true,
  default: '2021-07-28',
  in: 'none',
  helpText: 'Calendars and conversations use 2021-04-15.',
});

type Query = Record<string, string[]>;

/** `{locationId}` / `{companyId}` filled from the connection (`where` names the field for a connection without it). */
const fillIds = (text: string, bundle: B, where: string, encode = (s: string) => s): string =>
  text.replace(/\{(locationId|companyId)\}/g, (_m, name: string) => {
    const v: unknown = bundle.authData?.[name];
    if (isEmpty(v)) {
      const pick = name === 'locationId' && isAgencyConnection(bundle.authData) ? 'choose the Sub-Account or ' : '';
      throw new InputError(`${where} uses {${name}}, but this connection has no ${name}: ${pick}type the id instead.`);
    }
    return encode(String(v));
  });

/** The segment of `path` around character `i`, to name the offending part. */
const segmentAt = (path: string, i: number): string =>
  path.slice(path.lastIndexOf('/', i) + 1).split(/[/?]/)[0] || path;

/**
 * The path and query typed or mapped into Path: absolute URLs only on GHL's own API host; `{locationId}` filled in.
 * What URL parsing would turn into another endpoint is refused: "#" (the rest is cut off), "\" (read as "/"),
 * control characters (dropped), encoded "/" or "\", "." / ".." segments (collapsed) and "//" (an empty id). The
 * text after "?" must be key=value pairs without "/": a mapped id holding "?" would otherwise cut the path there.
 */
const resolvePath = (raw: string, bundle: B, query: Query): string => {
  let text = raw.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const bad = /[#\\\u0000-\u001f\u007f]/.exec(text);
  if (bad) {
    const what = bad[0] === '#' ? '"#"' : bad[0] === '\\' ? '"\\"' : 'a control character';
    throw new InputError(
      `"Path" must not contain ${what} (in ${shown(segmentAt(text, bad.index))}): it would change the path called. Check the ids mapped into it.`,
    );
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1];
  if (scheme || text.startsWith('//')) {
    if (scheme && !/^https?$/i.test(scheme))
      throw new InputError(`"Path" must be a GHL API path such as /contacts/abc123, not a ${scheme}: URL.`);
    // The host is checked on its own; the rest stays as typed (URL parsing would collapse ".." before the checks).
    const m = /^(?:https?:)?\/\/([^/?]*)(.*)$/is.exec(text);
    let host: string | undefined;
    try {
      host = m ? new URL(`${scheme ?? 'https'}://${m[1]}/`).host : undefined;
    } catch {
      host = undefined;
    }
    if (!m || !host)
      throw new InputError(`"Path" is not a valid URL or path: ${shown(raw)}. Give a path such as /contacts/abc123.`);
    const hosts = new Set([new URL(DEFAULT_BASE_URL).host, new URL(baseUrl()).host]);
    if (!hosts.has(host)) {
      throw new InputError(
        `API Request only calls GHL's API (${new URL(DEFAULT_BASE_URL).host}), so your GHL token is never sent elsewhere. Give a path such as /contacts/abc123 instead of a URL on ${host}.`,
      );
    }
    text = m[2] || '/';
  }
  if (!text.startsWith('/')) {
    throw new InputError(`"Path" must start with "/", e.g. /contacts/abc123 (you gave ${shown(raw)}).`);
  }
  const cut = text.indexOf('?');
  const pathOnly = cut < 0 ? text : text.slice(0, cut);
  if (/\s/.test(pathOnly)) throw new InputError(`"Path" must not contain spaces: ${shown(raw)}.`);
  const encoded = /%(2f|5c)/i.exec(pathOnly);
  if (encoded) {
    throw new InputError(
      `"Path" must not contain an encoded "/" or "\\" (${encoded[0]} in ${shown(segmentAt(pathOnly, encoded.index))}): GHL may read it as a separator. Check the ids mapped into it.`,
    );
  }
  const segments = pathOnly.split('/');
  // URL parsing collapses "." and ".." segments (also written %2e): /contacts/{{id}} with a mapped ".." would call
  // /contacts/.. = / . A mapped id must stay one segment, as in every other operation (lib/client.ts pathValue).
  if (segments.some((seg) => ['.', '..'].includes(seg.toLowerCase().replace(/%2e/g, '.')))) {
    throw new InputError(`"Path" must not contain "." or ".." segments: ${shown(raw)}. Check the ids mapped into it.`);
  }
  // An empty id mapped between two slashes: /contacts//notes is not the contact's notes.
  if (segments.slice(1, -1).some((seg) => !seg)) {
    throw new InputError(`"Path" has an empty segment ("//"): ${shown(raw)}. Check the ids mapped into it.`);
  }
  // GHL's token endpoints answer with tokens, and a step's output stays in the Zap's history: tokens stay with the
  // connection (an agency connection gets each sub-account's token itself).
  // Compared decoded, as GHL's gateway may route it ("/oauth/locationT%6Fken"); an undecodable "%" is no such path.
  if (/^\/oauth\/(location)?token\/?$/i.test(percentDecoded(pathOnly)))
    throw new InputError(
      `API Request does not call ${shown(pathOnly)}: it answers with access tokens, kept out of step outputs.`,
    );
  const path = pathOnly.replace(/\{([^}]+)\}/g, (m, name: string) => {
    if (name === 'locationId' || name === 'companyId') return fillIds(m, bundle, '"Path"', encodeURIComponent);
    throw new InputError(
      `"Path" still contains ${m}: replace it with a real id (only {locationId} and {companyId} are filled in for you).`,
    );
  });
  if (cut >= 0) {
    for (const item of text.slice(cut + 1).split('&')) {
      if (!item) continue; // a trailing "?" or "&", "a=1&&b=2": nothing to send
      const [[key, value]] = [...new URLSearchParams(item)].concat([['', '']]);
      // A "/" in the query is what an id holding "?" leaves of the rest of the path (/contacts/c1?a=/notes/n1 would
      // act on the contact, not its note).
      if (!item.includes('=') || !key.trim() || item.includes('/')) {
        throw new InputError(
          `"Path" has ${shown(item)} after its "?", which is not a key=value query parameter. If an id mapped into Path contains "?", fix that id; put query parameters under Query Parameters.`,
        );
      }
      // An empty value (a blank mapped field) is dropped, as in every other step.
      if (value) (query[key.trim()] ??= []).push(fillIds(value, bundle, '"Path"'));
    }
  }
  return path;
};

/**
 * The Query Parameters rows (or JSON object) added to the path's query: a key given twice, here or in Path, is sent
 * twice; a list is sent as repeated keys. A value without a key, or an object as a value, is refused by name.
 */
const addRows = (input: unknown, bundle: B, query: Query): void => {
  const rows = typeof input === 'string' ? toJson(input, '"Query Parameters"') : input;
  if (isEmpty(rows)) return;
  if (typeof rows !== 'object' || Array.isArray(rows))
    throw new InputError(`"Query Parameters" must be keys with values, e.g. {"limit": "5"}, not ${shown(rows)}.`);
  for (const [k, v] of Object.entries(rows as Record<string, unknown>)) {
    const values = (Array.isArray(v) ? v : [v]).filter((x) => !isEmpty(x));
    const key = k.trim();
    const where = `"Query Parameters" ${shown(key)}`;
    if (!values.length) continue;
    if (!key) throw new InputError(`"Query Parameters" has a value without a key: ${shown(v)}. Name its parameter.`);
    if (values.some((x) => typeof x === 'object'))
      throw new InputError(`${where} must be text or a list of text, not ${shown(v)}.`);
    query[key] = [...(query[key] ?? []), ...values.map((x) => fillIds(String(x), bundle, where))];
  }
};

/**
 * `{locationId}` / `{companyId}` inside the Body's text values (not its keys), filled like in Path and Query
 * Parameters: most POST bodies need the sub-account's locationId, which a user of an agency connection cannot know.
 */
const fillBody = (v: unknown, bundle: B): unknown =>
  typeof v === 'string'
    ? fillIds(v, bundle, '"Body (JSON)"')
    : Array.isArray(v)
      ? v.map((x) => fillBody(x, bundle))
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillBody(x, bundle)]))
        : v;

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
      methodField,
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
        helpText: 'POST, PUT and PATCH only, e.g. {"locationId": "{locationId}"}.',
      }),
      versionField,
    ],
    perform: async (z, bundle) => {
      const input = bundle.inputData;
      // Matched like every fixed choice ("post" is POST), or refused listing the choices (lib/op.ts convert).
      const method = convert(methodField, isEmpty(input.method) ? 'GET' : input.method, bundle) as Method;
      const version = convert(versionField, isEmpty(input.version) ? '2021-07-28' : input.version, bundle) as string;
      // Without a prototype: a parameter named constructor, toString or __proto__ found Object's own there (a raw
      // TypeError "… .push is not a function") instead of no value yet.
      const query = Object.create(null) as Query;
      const path = resolvePath(String(input.path ?? ''), bundle, query);
      addRows(input.query, bundle, query);
      let body: unknown;
      if (!isEmpty(input.body) && String(input.body).trim()) {
        if (method === 'GET')
          throw new InputError(
            'A GET request carries no body: put its parameters under Query Parameters, or choose another Method.',
          );
        body = fillBody(toJson(input.body, '"Body (JSON)"'), bundle);
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
