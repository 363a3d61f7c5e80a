/**
 * The emulator answers the catalog's writes (POST / PUT / DELETE) as GHL's spec documents them, as test/e2e/fidelity.test.ts
 * checks its GETs: each write is driven through the app (its catalog operation, inputs from the seed), and every
 * answer the emulator gave it is checked against the operation's documented success status and schema (emulator/spec.ts
 * `checkResponse`). Departures the spec's own defects cause are listed with their reason; a listed departure that no
 * longer occurs fails too. The same step then runs against answers cut down to what the spec documents (every
 * undocumented key left out): the app must not depend on a key GHL does not promise. Last, each write refused by the
 * spec check answers the error status and shape the operation documents (UnprocessableDTO 422 or BadRequestDTO 400).
 */
import * as fs from 'fs';
import * as path from 'path';
import { operations } from '../../registry';
import { AppRunner, inputFieldsOf, type Kind } from '../../emulator/demo/runner';
import { Answer, type Ctx } from '../../emulator/router';
import { responseSchema, successStatus } from '../../emulator/shape';
import { checkResponse, findOperation, resolve } from '../../emulator/spec';
import type { Seed } from '../../emulator/index';
import { inputsFor } from './inputs';
import { App, failure, raw, useEmulator } from './support';

const catalog: Array<{ method: string; path: string; key: string; version: string; tokenType: string[] }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/catalog/operations.json'), 'utf8'),
).operations;

const REGISTRY = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;

/** A calendar event's times: typed `object` in the spec, whose own examples are ISO strings (so is every answer). */
const TIMES = ['startTime', 'endTime'].map((k) => `${k} is a string, documented as object`);
const ASSOCIATION_OBJECTS = [
  'firstObjectLabel',
  'firstObjectKey',
  'secondObjectLabel',
  'secondObjectKey',
  'associationType',
].map((k) => `${k} is a string, documented as object`);
const RELATION: { found: string[]; why: string } = {
  found: ['key', ...ASSOCIATION_OBJECTS.map((p) => p.split(' ')[0])].map((k) => `${k} is required but missing`),
  why: "the relation calls reuse AssociationResponseDTO (its example is the association 'student'); no relation schema is documented anywhere, and the emulator answers the relation {id, associationId, firstRecordId, secondRecordId} the request names",
};
const SCOPES_WHY =
  '`scopes` is one string whose enum lists single scope names; a user granted no extra scope has none of them';

/** The spec's own defects the emulator keeps, by endpoint: what the checker reports, and why GHL answers so. */
const SPEC_DEFECTS: Record<string, { found: string[]; why: string }> = {
  'POST /contacts/bulk/tags/update/{type}': {
    found: ['responses[] is an object, documented as string'],
    why: "UpdateTagsResponseDTO types the items string; its own example lists objects {contactId, message, type: 'success' | 'error', oldTags, tagsAdded, tagsRemoved}",
  },
  'POST /calendars/events/block-slots': {
    found: TIMES,
    why: 'the block slot answer types the times `object`; its examples are ISO strings',
  },
  'PUT /calendars/events/block-slots/{eventId}': {
    found: TIMES,
    why: 'the block slot answer types the times `object`; its examples are ISO strings',
  },
  'POST /users/search/filter-by-email': { found: ['users[].scopes is "", not a documented value'], why: SCOPES_WHY },
  'PUT /users/{userId}': { found: ['scopes is "", not a documented value'], why: SCOPES_WHY },
  'POST /associations/': {
    found: ASSOCIATION_OBJECTS,
    why: 'AssociationResponseDTO types these `object`; its examples are strings ("contact", "USER_DEFINED")',
  },
  'PUT /associations/{associationId}': {
    found: ASSOCIATION_OBJECTS,
    why: 'AssociationResponseDTO types these `object`; its examples are strings ("contact", "USER_DEFINED")',
  },
  'POST /associations/relations': RELATION,
  'DELETE /associations/relations/{relationId}': RELATION,
};

/** Inputs beyond the seed's defaults a write needs to reach its success answer. */
const INPUTS: Record<string, (seed: Seed) => Record<string, unknown>> = {
  // Ada already has an opportunity in the seeded pipeline: GHL would answer its duplicate 400 instead.
  create_opportunity: (seed) => ({ contactId: seed.collections.contacts[1].id }),
};

/**
 * Creates whose output has no id when GHL answers only what its spec documents, and why that is the spec's gap,
 * not the app's: the calendar resource DTOs document no id at all (not even in the list the Resource dropdown reads).
 */
const NO_DOCUMENTED_ID: Record<string, string> = {
  create_calendar_resource: 'CalendarResourceByIdResponseDTO documents no id (nor does the list of resources)',
};

const writes = [
  ...new Map(catalog.filter((c) => c.method !== 'GET').map((c) => [`${c.method} ${c.path}`, c])).values(),
];

/** Properties of an object schema (allOf merged), unresolved. */
const propsOf = (schema: any, file: string): Record<string, any> => {
  const r = resolve(schema, file);
  const out: Record<string, any> = { ...(r.schema?.properties ?? {}) };
  for (const part of r.schema?.allOf ?? []) Object.assign(out, propsOf(part, r.file));
  return out;
};

/** A value with every key its schema does not document left out (objects whose schema lists no properties stay). */
const documentedOnly = (value: unknown, schema: any, file: string, depth = 0): unknown => {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  const r = resolve(schema, file);
  if (Array.isArray(value))
    return r.schema?.items ? value.map((v) => documentedOnly(v, r.schema.items, r.file, depth + 1)) : value;
  const props = propsOf(r.schema, r.file);
  if (!Object.keys(props).length) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k in props)
      .map(([k, v]) => [k, documentedOnly(v, props[k], r.file, depth + 1)]),
  );
};

describe('emulator fidelity to the spec: writes', () => {
  const ref = useEmulator({ rateLimit: { burst: 100_000, daily: 10_000_000 }, repeatableIds: true });

  /** Runs the write's catalog operation through the app on a reset emulator: its result and the answers it got. */
  const drive = async (key: string) => {
    const op = operations.find((o) => o.decl.key === key)!;
    const kind = op.kind as Kind;
    ref.emu.reset();
    const runner = new AppRunner(App);
    runner.authData = op.decl.agencyOnly ? ref.emu.authData({ userType: 'Company' }) : ref.emu.authData();
    const input = {
      ...inputsFor(ref.emu.seed, key, op.decl.path, kind, inputFieldsOf(App[REGISTRY[kind]][key])),
      ...INPUTS[key]?.(ref.emu.seed),
    };
    const from = ref.emu.requests.length;
    const result = await runner.perform(kind, key, input);
    return { result: result as Record<string, unknown>, requests: ref.emu.requests.slice(from) };
  };

  it.each(writes.map((c) => [`${c.method} ${c.path}`, c] as const))(
    '%s answers its documented status and schema, and the app reads what the spec documents',
    async (name, c) => {
      const op = findOperation(c.method, c.path.replace(/\{[^}]+\}/g, 'x'))!;
      const { result, requests } = await drive(c.key);
      const answers = requests.filter((r) => r.operation === name);
      expect(answers.length).toBeGreaterThan(0);
      for (const a of answers) {
        expect(a.status).toBe(successStatus(op));
        expect(checkResponse(op, a.response).sort()).toEqual([...(SPEC_DEFECTS[name]?.found ?? [])].sort());
      }

      // The same step on writes that answer only what their spec documents.
      const handle = ref.emu.router.handle.bind(ref.emu.router);
      ref.emu.router.handle = (ctx: Ctx) => {
        const out = handle(ctx);
        const schema = ctx.op.method === 'GET' || out instanceof Answer ? undefined : responseSchema(ctx.op);
        return schema ? documentedOnly(out, schema.schema, schema.file) : out;
      };
      try {
        const documented = await drive(c.key);
        const ids = [result.id, documented.result.id];
        expect(ids).toEqual(NO_DOCUMENTED_ID[c.key] ? [expect.any(String), undefined] : [result.id, result.id]);
      } finally {
        ref.emu.router.handle = handle;
      }
    },
  );

  it("answers a bulk tag update per contact as its spec's example does; the app names the contact left untagged", async () => {
    const op = findOperation('POST', '/contacts/bulk/tags/update/add')!;
    const schema = responseSchema(op)!;
    const example: Array<Record<string, unknown>> = propsOf(schema.schema, schema.file).responses.example;
    const [ada, , river] = ref.emu.seed.collections.contacts; // River is another sub-account's contact
    ref.emu.reset();
    const runner = new AppRunner(App);
    runner.authData = ref.emu.authData();
    const from = ref.emu.requests.length;
    const err = await failure(
      runner.perform('create', 'bulk_update_contact_tags', {
        type: 'add',
        contacts: [ada.id, river.id],
        tags: 'vip-2',
      }),
    );
    const [answer] = ref.emu.requests
      .slice(from)
      .filter((r) => r.operation === 'POST /contacts/bulk/tags/update/{type}');
    expect(answer.response).toEqual({
      succeded: true,
      errorCount: 1,
      responses: [
        {
          contactId: ada.id,
          message: 'Tags updated',
          type: 'success',
          oldTags: ada.tags,
          tagsAdded: ['vip-2'],
          tagsRemoved: [],
        },
        { contactId: river.id, message: 'contact does not belong to location', type: 'error' },
      ],
    });
    // Each entry is shaped like one of the spec example's, key for key.
    const shapes = example.map((e) => Object.keys(e).sort().join());
    for (const entry of (answer.response as { responses: object[] }).responses)
      expect(shapes).toContain(Object.keys(entry).sort().join());
    expect(err).toMatchObject({ name: 'AppError', code: 'GHL_CONTACTS_NOT_UPDATED' });
    expect(err.message).toBe(
      `Bulk Update Contact Tags: GHL did not update the tags of 1 of the 2 contacts: "${river.id}" (contact does not belong to location). The tags of the other contact were updated. Check the field "Contacts", then replay the run (updating tags again does no harm).`,
    );
    expect(ref.emu.store.get('contacts', ada.id)!.tags).toContain('vip-2');
  });

  it('lists spec defects and exceptions only for catalog writes', () => {
    const known = new Set(writes.map((c) => `${c.method} ${c.path}`));
    expect(Object.keys(SPEC_DEFECTS).filter((k) => !known.has(k))).toEqual([]);
    const keys = new Set(writes.map((c) => c.key));
    expect([...Object.keys(INPUTS), ...Object.keys(NO_DOCUMENTED_ID)].filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(writes.map((c) => [`${c.method} ${c.path}`, c] as const))(
    '%s refuses what its spec does not allow with the error it documents',
    async (_name, c) => {
      const op = findOperation(c.method, c.path.replace(/\{[^}]+\}/g, 'x'))!;
      const agency = c.tokenType.includes('Agency') && !c.tokenType.includes('Location');
      const token = ref.emu.issueToken(agency ? { userType: 'Company' } : {}).access_token;
      const url = `${c.path.replace(/\{[^}]+\}/g, 'x')}?notInTheSpec=1`;
      const r = await raw(ref.emu, c.method, url, { token, version: c.version, body: op.body ? {} : undefined });
      const documents = (code: number) => String(code) in op.doc.responses;
      expect(r.status).toBe(documents(422) ? 422 : 400);
      expect(checkResponse(op, r.json, r.status)).toEqual([]);
      const said = 'property notInTheSpec should not exist';
      expect(r.json).toEqual(
        r.status === 422
          ? { statusCode: 422, message: expect.arrayContaining([said]), error: 'Unprocessable Entity' }
          : { statusCode: 400, message: expect.stringContaining(said) },
      );
    },
  );

  /** Refusals the handlers make (not the spec check), sent through API Request (Advanced) as a Zap would send them. */
  const refusals = (seed: Seed) => {
    const loc = seed.meta.locationId;
    const [ada] = seed.collections.contacts;
    const calendarId = seed.collections.appointments[0].calendarId as string;
    const sms = seed.collections.messages.find((m) => m.messageType === 'TYPE_SMS')!.id;
    return [
      {
        method: 'POST',
        path: '/calendars/events/appointments',
        version: '2021-04-15',
        body: { calendarId, locationId: loc, contactId: ada.id, startTime: 'soon' },
        said: 'startTime must be a valid ISO 8601 date string',
        field: '"startTime"',
      },
      {
        method: 'PUT',
        path: `/conversations/messages/${sms}/status`,
        version: '2021-04-15',
        body: { status: 'lost' },
        said: 'status must be one of the following values: ',
        field: '"status"',
      },
      {
        method: 'POST',
        path: '/users/',
        version: '2021-07-28',
        body: {
          companyId: seed.meta.companyId,
          firstName: 'Zoe',
          lastName: 'Ng',
          email: 'zoe at example',
          password: 'Secret-1234',
          type: 'account',
          role: 'user',
          locationIds: [loc],
        },
        said: 'email must be an email',
        field: '"email"',
      },
    ];
  };

  it.each([0, 1, 2])(
    "a write its handler refuses (case %i) answers the error its operation documents, and the app names GHL's field",
    async (i) => {
      ref.emu.reset();
      const c = refusals(ref.emu.seed)[i];
      const op = findOperation(c.method, c.path)!;
      const runner = new AppRunner(App);
      runner.authData = ref.emu.authData();
      const from = ref.emu.requests.length;
      const err = await failure(
        runner.perform('create', 'api_request', {
          method: c.method,
          path: c.path,
          version: c.version,
          body: JSON.stringify(c.body),
        }),
      );
      const [answer] = ref.emu.requests.slice(from);
      const status = String(422) in op.doc.responses ? 422 : 400;
      expect(answer.status).toBe(status);
      expect(checkResponse(op, answer.response, answer.status)).toEqual([]);
      expect((answer.response as { message: unknown }).message).toEqual(
        status === 422 ? [expect.stringContaining(c.said)] : expect.stringContaining(c.said),
      );
      expect(err.message).toMatch(
        new RegExp(
          `^API Request \\(Advanced\\) ${c.method} \\S+ was rejected by GHL \\(HTTP ${status}\\)\\. GHL says: ${c.said}.*Check the field ${c.field}\\.$`,
        ),
      );
    },
  );
});
