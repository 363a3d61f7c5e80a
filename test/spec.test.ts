/**
 * The spec checker (emulator/spec.ts) and the reviewed workarounds it is given: it still rejects what the spec forbids,
 * a workaround excuses only the departure it names, and none is stale: each one is needed by some request a fixture
 * states (the harness asserts the app sends exactly those), i.e. without it that request would be rejected.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  checkRequest,
  findOperation,
  resolve,
  SPEC_DIR,
  workaroundsOf,
  type CheckedRequest,
  type Workaround,
} from '../emulator/spec';
import { WORKAROUNDS } from '../emulator/workarounds';
import { COUNTRY_CODES } from '../lib/normalize';
import type { ApiVersion } from '../lib/config';
import { operations } from '../registry';
import type { OpFixture } from './support/harness';

const dir = path.join(__dirname, 'ops');
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.fixtures.ts'))
  .flatMap((f) => (require(path.join(dir, f)) as { fixtures: OpFixture[] }).fixtures);

/** Every request the fixtures state, with the headers the app sends (Version defaults to the declaration's). */
const requests: Array<{ name: string; op: string; req: CheckedRequest }> = fixtures.flatMap((fx) => {
  const decl = operations.find((o) => o.decl.key === fx.key)?.decl;
  if (!decl) throw new Error(`Fixture for unregistered operation ${fx.key}`);
  return fx.requests.map((r, i) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(r.query ?? {})) for (const x of [v].flat()) search.append(k, x);
    const json = r.body !== undefined && typeof r.body === 'object';
    const req: CheckedRequest = {
      method: r.method,
      url: `${r.path}?${search}`,
      headers: {
        version: r.version ?? decl.version,
        authorization: 'Bearer t',
        ...(json ? { 'content-type': 'application/json' } : {}),
      },
      body: r.body,
    };
    const found = findOperation(r.method, r.path);
    return {
      name: `${fx.key}${fx.name ? ` (${fx.name})` : ''} #${i + 1}`,
      op: found ? `${found.method} ${found.path}` : '',
      req,
    };
  });
});

const label = (w: Workaround) => `${w.op} ${w.rule}${w.field ? ` ${w.field}` : ''}`;

test('the fixtures state requests to check against', () => {
  // The requests each fixture states are also checked against the spec as sent, by the harness (test/support/harness.ts).
  expect(requests.length).toBeGreaterThan(fixtures.length / 2);
  expect(requests.filter((r) => !r.op).map((r) => r.name)).toEqual([]);
});

test('each workaround is listed once', () => {
  const labels = WORKAROUNDS.map(label);
  expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
});

/**
 * A workaround is needed when it changes the checker's verdict on a request some fixture states: without it, the
 * request has more problems. A `version` workaround does not excuse but pins the Version where the spec names none:
 * it is in use when a fixture request to its endpoint would be accepted with any other Version without it.
 */
const needs = (w: Workaround, req: CheckedRequest): boolean => {
  const without = WORKAROUNDS.filter((x) => x !== w);
  if (w.rule === 'version') {
    const wrong = { ...req, headers: { ...req.headers, version: '1999-01-01' } };
    return checkRequest(wrong, WORKAROUNDS).problems.length > checkRequest(wrong, without).problems.length;
  }
  return checkRequest(req, without).problems.length > checkRequest(req, WORKAROUNDS).problems.length;
};

test.each(WORKAROUNDS.map((w) => [label(w), w] as const))(
  '%s is needed by some fixture request (not stale)',
  (_, w) => {
    const needing = requests.filter((r) => r.op === w.op && needs(w, r.req)).map((r) => r.name);
    expect(needing).not.toEqual([]);
  },
);

describe('the checker rejects what the spec forbids', () => {
  const contact = { locationId: 'loc1', firstName: 'Ada' };
  const create = (body: unknown, version = '2021-07-28'): CheckedRequest => ({
    method: 'POST',
    url: '/contacts/',
    headers: { Version: version, Authorization: 'Bearer t', 'Content-Type': 'application/json' },
    body,
  });

  it('accepts a conforming request', () => {
    expect(checkRequest(create(contact), []).problems).toEqual([]);
  });

  it('names an undeclared body field, a mistyped one and a wrong Version, whatever the workarounds', () => {
    for (const list of [[], WORKAROUNDS]) {
      expect(
        checkRequest(create({ ...contact, favouriteColour: 'blue', firstName: 7 }, '2021-04-15'), list).problems,
      ).toEqual([
        'POST /contacts/: Version header "2021-04-15" is not 2021-07-28',
        'POST /contacts/: body field firstName should be string, got number',
        'POST /contacts/: body field favouriteColour is not in the spec',
      ]);
    }
  });

  it('names a missing required query parameter, an undeclared one, a missing token and an unknown endpoint', () => {
    const get = (url: string, authorization?: string) =>
      checkRequest(
        {
          method: 'GET',
          url,
          headers: { Version: '2021-04-15', ...(authorization ? { Authorization: authorization } : {}) },
        },
        WORKAROUNDS,
      );
    expect(get('/calendars/events?locationId=l&startTime=1&sort=asc', 'Bearer t').problems).toEqual([
      'GET /calendars/events: required query parameter endTime missing',
      'GET /calendars/events: query parameter sort is not in the spec',
    ]);
    expect(get('/calendars/events?locationId=l&startTime=1&endTime=2').problems).toEqual([
      'GET /calendars/events: no Bearer token',
    ]);
    expect(get('/calendars/nowhere/at/all', 'Bearer t').problems).toEqual([
      'GET /calendars/nowhere/at/all is not an operation of the GHL v2 spec',
    ]);
  });

  it('lets through only the departure a workaround names', () => {
    // dateOfBirth is typed object in the spec; Create Contact declares the body-type workaround for it.
    const dob = create({ ...contact, dateOfBirth: '1990-05-01' });
    expect(checkRequest(dob, []).problems).toEqual([
      'POST /contacts/: body field dateOfBirth should be object, got string',
    ]);
    expect(checkRequest(dob, WORKAROUNDS).problems).toEqual([]);
    // …but not for another field of the same request.
    expect(
      checkRequest(create({ ...contact, dateOfBirth: '1990-05-01', lastName: false }), WORKAROUNDS).problems,
    ).toEqual(['POST /contacts/: body field lastName should be string, got boolean']);
  });
});

describe('workaroundsOf: declarations state their own workarounds', () => {
  const decl = (
    key: string,
    p: string,
    specWorkarounds = [{ rule: 'version' as const, why: 'no Version in the spec' }],
  ) => ({
    key,
    method: 'GET' as const,
    path: p,
    version: '2021-04-15' as ApiVersion,
    specWorkarounds,
  });

  it("ties each to the spec operation the declaration's method + path hits, once per endpoint", () => {
    expect(
      workaroundsOf([
        decl('a', '/conversations/messages/email/{emailId}'),
        decl('b', '/conversations/messages/email/{id}'),
        { ...decl('c', '/contacts/{contactId}'), specWorkarounds: undefined },
      ]),
    ).toEqual([
      {
        op: 'GET /conversations/messages/email/{id}',
        rule: 'version',
        value: '2021-04-15',
        why: 'no Version in the spec',
      },
    ]);
  });

  it('refuses a workaround on an endpoint the spec does not have', () => {
    expect(() => workaroundsOf([decl('ghost', '/ghosts/{id}')])).toThrow(
      'ghost: GET /ghosts/{id} is not an operation of the GHL v2 spec',
    );
  });
});

/**
 * Fixed choices against the spec's enums: every choice a step sends as it is (no `to` turning it into something else)
 * is a value GHL's spec allows there, and every value the spec allows is offered, unless listed here with its reason.
 */
describe("fixed choices and the spec's enums", () => {
  /** Spec values a step deliberately does not offer, by `step.field`. */
  const LEFT_OUT: Record<string, { values: string[]; why: string }> = {
    'add_inbound_message.type': {
      values: ['Call', 'IVR_Call', 'Campaign_Call', 'Campaign_VoiceMail', 'ALL_IN_ONE_CHAT', 'FORM_SUBMISSION'],
      why: 'call and form entries need details (call status, form data) the step does not collect',
    },
    ...Object.fromEntries(
      ['create_opportunity', 'update_opportunity', 'update_opportunity_status', 'upsert_opportunity'].map((k) => [
        `${k}.status`,
        { values: ['all'], why: "the write DTOs' enum repeats the search filter's 'all', which is no status to set" },
      ]),
    ),
  };
  const enumOf = (schema: any, file: string): string[] | undefined => {
    const s = resolve(schema ?? {}, file);
    const items = s.schema.items ? resolve(s.schema.items, s.file).schema : undefined;
    return (s.schema.enum ?? items?.enum)?.map(String);
  };
  const rows = operations.flatMap(({ decl }) => {
    const op = decl.path ? findOperation(decl.method, decl.path.replace(/\{[^}]+\}/g, 'x')) : undefined;
    if (!op) return [];
    const file = path.join(SPEC_DIR, op.file);
    const body = op.body ? resolve(op.body.schema, file) : undefined;
    return (decl.fields ?? []).flatMap((f) => {
      if (!('key' in f) || !f.choices || f.to || f.in === 'none') return [];
      const wire = f.as ?? f.key;
      const param = op.params.find((p) => p.name === wire);
      const prop = body?.schema.properties?.[wire];
      const spec = param ? enumOf(param.schema, file) : prop ? enumOf(prop, body!.file) : undefined;
      if (!spec) return [];
      const offered = Array.isArray(f.choices)
        ? f.choices.map((c) => (typeof c === 'string' ? c : c.value))
        : Object.keys(f.choices);
      return [{ at: `${decl.key}.${f.key}`, offered, spec }];
    });
  });

  it('finds the choice fields the spec types with an enum', () => expect(rows.length).toBeGreaterThan(20));

  it('offers only values the spec allows', () =>
    expect(rows.flatMap((r) => r.offered.filter((v) => !r.spec.includes(v)).map((v) => `${r.at}: ${v}`))).toEqual([]));

  it('offers every value the spec allows, but those left out for a stated reason', () => {
    const missing = Object.fromEntries(
      rows.map((r) => [r.at, r.spec.filter((v) => !r.offered.includes(v))] as const).filter(([, vs]) => vs.length),
    );
    expect(missing).toEqual(Object.fromEntries(Object.entries(LEFT_OUT).map(([k, v]) => [k, v.values])));
  });
});

/**
 * Fields against the spec's maxLength: a field's declared `max` (longer text refused before the request, lib/op.ts
 * convert) is the maxLength of the property it is sent as (for a list, of its items), and every field sent where the
 * spec sets one declares it, so neither drifts when a spec or a field changes.
 */
describe("fields and the spec's maxLength and maxItems", () => {
  const maxOf = (schema: any, file: string): number | undefined => {
    const s = resolve(schema ?? {}, file);
    const items = s.schema.items ? resolve(s.schema.items, s.file).schema : undefined;
    return s.schema.maxLength ?? items?.maxLength;
  };
  const maxItemsOf = (schema: any, file: string): number | undefined => resolve(schema ?? {}, file).schema.maxItems;
  /** The schema of a dotted body path (`a.b`), each step resolved; an array body by its items. */
  const bodyProp = (op: any, wire: string): { schema: any; file: string } | undefined => {
    let at: { schema: any; file: string } | undefined = resolve(op.body.schema, path.join(SPEC_DIR, op.file));
    if (at.schema.type === 'array') at = resolve(at.schema.items, at.file);
    for (const part of wire.split('.')) {
      const next: any = at?.schema.properties?.[part];
      at = next ? resolve(next, at!.file) : undefined;
    }
    return at;
  };
  const rows = operations.flatMap(({ decl }) => {
    const op = decl.path ? findOperation(decl.method, decl.path.replace(/\{[^}]+\}/g, 'x')) : undefined;
    if (!op) return [];
    const file = path.join(SPEC_DIR, op.file);
    const defaultIn = decl.method === 'GET' || decl.method === 'DELETE' ? 'query' : 'body';
    return (decl.fields ?? []).flatMap((f) => {
      if (!('key' in f) || f.in === 'none' || f.type === 'copy') return [];
      const inPath = decl.path.includes(`{${f.key}}`);
      const where = inPath ? 'path' : (f.in ?? defaultIn);
      const wire = inPath ? f.key : (f.as ?? f.key);
      const param = op.params.find((p) => p.name === wire && p.in === where);
      const prop = where === 'body' && op.body ? bodyProp(op, wire) : undefined;
      const spec = param ? maxOf(param.schema, file) : prop ? maxOf(prop.schema, prop.file) : undefined;
      const specItems = param ? maxItemsOf(param.schema, file) : prop ? maxItemsOf(prop.schema, prop.file) : undefined;
      return [{ at: `${decl.key}.${f.key}`, declared: f.max, spec, declaredItems: f.maxItems, specItems }];
    });
  });

  it("finds the fields the spec limits (an appointment note, a business update's ids)", () =>
    expect(rows.filter((r) => r.spec !== undefined).map((r) => r.at)).toEqual(
      expect.arrayContaining(['create_appointment_note.body', 'bulk_contacts_business.ids']),
    ));

  it("a declared max is the spec's maxLength where the field is sent", () =>
    expect(rows.filter((r) => r.declared !== undefined && r.declared !== r.spec)).toEqual([]));

  it('a field sent where the spec sets a maxLength declares it', () =>
    expect(rows.filter((r) => r.spec !== undefined && r.declared !== r.spec)).toEqual([]));

  it("a list sent where the spec sets a maxItems declares it (a resource's calendars), and only there", () => {
    expect(rows.filter((r) => r.specItems !== undefined).map((r) => r.at)).toEqual(
      expect.arrayContaining(['create_calendar_resource.calendarIds']),
    );
    expect(rows.filter((r) => r.declaredItems !== r.specItems)).toEqual([]);
  });
});

describe('the country codes', () => {
  it("are CreateLocationDto's country enum, the list GHL's contact and business country point to", () => {
    const spec = JSON.parse(fs.readFileSync(path.join(SPEC_DIR, 'locations.json'), 'utf8'));
    const codes = spec.components.schemas.CreateLocationDto.properties.country.enum;
    expect(codes.length).toBeGreaterThan(200);
    expect(COUNTRY_CODES).toEqual(codes);
  });
});
