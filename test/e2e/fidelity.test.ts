/**
 * The emulator answers what GHL's spec documents: every GET of the catalog is asked for a seeded record and its
 * answer checked against the operation's success schema (required properties, types, enums: emulator/spec.ts
 * `checkResponse`). Where the emulator departs from the schema because the schema is wrong, the departure is listed
 * below with its reason; a listed departure that no longer occurs fails too. Then the answers GHL gives that the
 * schemas do not spell out: derived fields on seeded records, and the statuses of an id that names nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkResponse, loadSpecOperations } from '../../emulator/spec';
import { failure, raw, useEmulator } from './support';

const catalog: Array<{ method: string; path: string; key: string; version: string; tokenType: string[] }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/catalog/operations.json'), 'utf8'),
).operations;

/** A calendar event's times: typed `object` in the spec, whose own examples are ISO strings (so is every answer). */
const EVENT_TIMES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'];

/** The spec's own defects the emulator keeps, by endpoint: what the checker reports, and why GHL answers so. */
const SPEC_DEFECTS: Record<string, { found: string[]; why: string }> = {
  'GET /calendars/events': {
    found: EVENT_TIMES.map((k) => `events[].${k} is a string, documented as object`),
    why: 'CalendarEventDTO types the times `object`; its examples are ISO strings',
  },
  'GET /calendars/events/appointments/{eventId}': {
    found: EVENT_TIMES.map((k) => `event.${k} is a string, documented as object`),
    why: 'CalendarEventDTO types the times `object`; its examples are ISO strings',
  },
  'GET /calendars/blocked-slots': {
    found: [
      ...['contactId', 'groupId', 'appointmentStatus', 'users'].map((k) => `events[].${k} is required but missing`),
      ...EVENT_TIMES.map((k) => `events[].${k} is a string, documented as object`),
    ],
    why: "the list reuses the appointment's CalendarEventDTO; a block slot has no contact or status (its own create answer requires neither)",
  },
  'GET /opportunities/pipelines': {
    found: ['pipelines[].stages[] is an object, documented as array'],
    why: '`stages` is typed as an array of arrays; each stage is an object {id, name, position}',
  },
  'GET /opportunities/search': {
    found: [
      'meta.nextPageUrl is null, documented as string',
      'meta.startAfterId is null, documented as string',
      'meta.startAfter is null, documented as number',
      'meta.nextPage is null, documented as number',
      'meta.prevPage is null, documented as number',
    ],
    why: "on the last page GHL's meta holds nulls (the app reads them as the end); the schema allows none",
  },
  'GET /users/': {
    found: ['users[].scopes is "", not a documented value'],
    why: '`scopes` is one string whose enum lists single scope names; a user granted no extra scope has none of them',
  },
  'GET /users/search': {
    found: ['users[].scopes is "", not a documented value'],
    why: '`scopes` is one string whose enum lists single scope names; a user granted no extra scope has none of them',
  },
  'GET /users/{userId}': {
    found: ['scopes is "", not a documented value'],
    why: '`scopes` is one string whose enum lists single scope names; a user granted no extra scope has none of them',
  },
  'GET /conversations/{conversationId}': {
    found: ['type is a string, documented as number'],
    why: 'one conversation types `type` a number, the search a string enum (TYPE_PHONE, …): the emulator keeps one record',
  },
  'GET /conversations/{conversationId}/messages': {
    found: ['messages[].status is "completed", not a documented value'],
    why: "the message status enum lists no call outcome; a call's is its callStatus (completed)",
  },
  'GET /associations/{associationId}': {
    found: ['firstObjectLabel', 'firstObjectKey', 'secondObjectLabel', 'secondObjectKey', 'associationType'].map(
      (k) => `${k} is a string, documented as object`,
    ),
    why: 'AssociationResponseDTO types these `object`; its examples are strings ("contact", "USER_DEFINED")',
  },
  'GET /associations/key/{key_name}': {
    found: ['firstObjectLabel', 'firstObjectKey', 'secondObjectLabel', 'secondObjectKey', 'associationType'].map(
      (k) => `${k} is a string, documented as object`,
    ),
    why: 'AssociationResponseDTO types these `object`; its examples are strings ("contact", "USER_DEFINED")',
  },
  ...Object.fromEntries(
    ['GET /associations/', 'GET /associations/objectKey/{objectKey}', 'GET /associations/relations/{recordId}'].map(
      (k) => [
        k,
        {
          found: [
            'locationId',
            'id',
            'key',
            'firstObjectLabel',
            'firstObjectKey',
            'secondObjectLabel',
            'secondObjectKey',
            'associationType',
          ].map((p) => `${p} is required but missing`),
          why: 'the list endpoints document one association object; GHL answers a list (emulator/handlers/associations.ts)',
        },
      ],
    ),
  ),
  'GET /blogs/categories': {
    found: ['categories[].name is required but missing'],
    why: 'the schema requires `name` but documents the property as `label`',
  },
};

describe('emulator fidelity to the spec', () => {
  const ref = useEmulator({ rateLimit: { burst: 100_000, daily: 10_000_000 } });
  const seed = () => ref.emu.seed.collections;

  /** A seeded value for each path parameter of the catalog's GETs. */
  const pathValue = (name: string, template: string): string => {
    const c = seed();
    const first = (coll: string) => c[coll][0].id;
    if (name === 'id') {
      const byPath: Array<[RegExp, string]> = [
        [/\/notes\//, 'notes'],
        [/resources/, 'calendarResources'],
        [/email\//, 'emails'],
        [/messages\//, 'messages'],
        [/opportunities/, 'opportunities'],
      ];
      return first(byPath.find(([re]) => re.test(template))![1]);
    }
    const values: Record<string, string> = {
      contactId: first('contacts'),
      recordId: first('contacts'),
      taskId: first('tasks'),
      businessId: first('businesses'),
      calendarId: c.calendarNotifications[0].calendarId,
      eventId: first('appointments'),
      appointmentId: first('appointments'),
      notificationId: first('calendarNotifications'),
      resourceType: 'rooms',
      userId: c.users[1].id,
      conversationId: first('conversations'),
      messageId: c.messages.find((m) => m.messageType === 'TYPE_CALL')!.id,
      locationId: ref.emu.seed.meta.locationId,
      companyId: ref.emu.seed.meta.companyId,
      associationId: first('associations'),
      key_name: c.associations[0].key,
      objectKey: 'contact',
    };
    if (!(name in values)) throw new Error(`no seeded value for {${name}} in ${template}`);
    return values[name];
  };

  const queryValue = (name: string): string => {
    const day = (d: string) => String(Date.parse(d));
    const values: Record<string, string> = {
      locationId: ref.emu.seed.meta.locationId,
      location_id: ref.emu.seed.meta.locationId,
      companyId: ref.emu.seed.meta.companyId,
      limit: '10',
      skip: '0',
      offset: '0',
      blogId: seed().blogs[0].id,
      urlSlug: 'five-flossing-myths',
      startDate: day('2026-12-01'),
      endDate: day('2026-12-10'),
      startTime: day('2026-11-01'),
      endTime: day('2027-01-01'),
    };
    if (!(name in values)) throw new Error(`no value for the required query parameter ${name}`);
    return values[name];
  };

  const ops = loadSpecOperations();
  const gets = [...new Map(catalog.filter((c) => c.method === 'GET').map((c) => [c.path, c])).values()];

  it.each(gets.map((c) => [`GET ${c.path}`, c] as const))('%s answers its documented schema', async (name, c) => {
    const op = ops.find((o) => o.method === 'GET' && o.path === c.path)!;
    const query = new URLSearchParams();
    for (const p of op.params.filter((x) => x.in === 'query' && x.required)) query.set(p.name, queryValue(p.name));
    // One of calendarId / userId / groupId, and an email or number, are required in words, not by the schema.
    if (/^\/calendars\/(events|blocked-slots)$/.test(c.path)) query.set('calendarId', pathValue('calendarId', c.path));
    if (c.path === '/contacts/search/duplicate') query.set('email', seed().contacts[0].email);
    const url = c.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(pathValue(n, c.path)));
    const agency = c.tokenType.includes('Agency') && !c.tokenType.includes('Location');
    const token = ref.emu.issueToken(agency ? { userType: 'Company' } : {}).access_token;
    const r = await raw(ref.emu, 'GET', `${url}${query.size ? `?${query}` : ''}`, { token, version: c.version });
    expect(r.status).toBe(200);
    const problems = r.json === undefined ? [] : checkResponse(op, r.json);
    expect(problems.sort()).toEqual([...(SPEC_DEFECTS[name]?.found ?? [])].sort());
  });

  it('lists spec defects only for catalog GETs', () => {
    const known = new Set(gets.map((c) => `GET ${c.path}`));
    expect(Object.keys(SPEC_DEFECTS).filter((k) => !known.has(k))).toEqual([]);
  });

  it("fills the fields GHL derives on seeded records: a contact's name, an appointment note's contact and author", async () => {
    const ada = seed().contacts[0];
    expect(ada.name).toBeUndefined(); // the seed lists only what a user would type
    const got = await raw(ref.emu, 'GET', `/contacts/${ada.id}`);
    expect(got.json.contact).toMatchObject({
      name: `${ada.firstName} ${ada.lastName}`,
      fullNameLowerCase: `${ada.firstName} ${ada.lastName}`.toLowerCase(),
      emailLowerCase: ada.email.toLowerCase(),
    });
    // Searches read the name too.
    const found = await raw(ref.emu, 'POST', '/contacts/search', {
      body: { locationId: ref.emu.seed.meta.locationId, query: ada.lastName },
    });
    expect(found.json.contacts.map((x: { id: string }) => x.id)).toEqual([ada.id]);

    const note = seed().appointmentNotes[0];
    const appointment = seed().appointments.find((a) => a.id === note.appointmentId)!;
    const author = seed().users.find((u) => u.id === note.userId)!;
    const notes = await raw(ref.emu, 'GET', `/calendars/appointments/${appointment.id}/notes?limit=10&offset=0`, {
      version: '2021-04-15',
    });
    expect(notes.json).toEqual({
      notes: [
        expect.objectContaining({
          id: note.id,
          contactId: appointment.contactId,
          createdBy: { id: author.id, name: author.name },
        }),
      ],
      hasMore: false,
    });
  });

  it('stamps a new appointment note with the contact and the author, and says truly whether more notes follow', async () => {
    const appointment = seed().appointments[0];
    const owner = seed().users.find((u) => u.id === ref.emu.seed.meta.userId)!;
    const notesPath = `/calendars/appointments/${appointment.id}/notes`;
    const made = await raw(ref.emu, 'POST', notesPath, { version: '2021-04-15', body: { body: 'Bring X-rays.' } });
    expect(made.status).toBe(201);
    expect(made.json.note).toMatchObject({
      body: 'Bring X-rays.',
      contactId: appointment.contactId,
      createdBy: { id: owner.id, name: owner.name },
    });
    const first = await raw(ref.emu, 'GET', `${notesPath}?limit=1&offset=0`, { version: '2021-04-15' });
    const last = await raw(ref.emu, 'GET', `${notesPath}?limit=1&offset=1`, { version: '2021-04-15' });
    expect([first.json.notes.length, first.json.hasMore, last.json.notes.length, last.json.hasMore]).toEqual([
      1,
      true,
      1,
      false,
    ]);
    ref.emu.reset();
  });

  it("answers the agency's plan as a number and counts its sub-accounts", async () => {
    const { companyId } = ref.emu.seed.meta;
    const got = await raw(ref.emu, 'GET', `/companies/${companyId}`, {
      token: ref.emu.issueToken({ userType: 'Company' }).access_token,
    });
    expect(typeof got.json.company.plan).toBe('number');
    expect(got.json.company.locationCount).toBe(seed().locations.filter((l) => l.companyId === companyId).length);
    expect(got.json.company.locationCount).toBeGreaterThan(1);
  });

  it("answers a custom object record in each operation's documented shape", async () => {
    const rec = seed().objectRecords[0];
    const base = `/objects/${rec.schemaKey}/records`;
    const loc = ref.emu.seed.meta.locationId;
    const PROPERTIES = 'record.properties is an object, documented as string'; // the spec's own example is an object
    const checked = async (method: string, url: string, body?: unknown) => {
      const r = await raw(ref.emu, method, url, { body });
      expect(r.status).toBeLessThan(300);
      return {
        json: r.json,
        problems: checkResponse(
          ops.find((o) => o.method === method && o.regex.test(url.split('?')[0]))!,
          r.json,
        ),
      };
    };
    // One record (IRecordSchema): dateAdded / dateUpdated.
    const got = await checked('GET', `${base}/${rec.id}`);
    expect(got.problems).toEqual([PROPERTIES]);
    expect(got.json.record).toMatchObject({ dateAdded: rec.createdAt, dateUpdated: rec.updatedAt });
    const made = await checked('POST', base, { locationId: loc, properties: { name: 'Tom' } });
    expect(made.problems).toEqual([PROPERTIES]);
    const put = await checked('PUT', `${base}/${made.json.record.id}?locationId=${loc}`, {
      properties: { name: 'Tim' },
    });
    expect(put.problems).toEqual([PROPERTIES]);
    // The search (RecordResponseDTO): createdAt / updatedAt, the object's key and id, who wrote the record.
    const found = await checked('POST', `${base}/search`, {
      locationId: loc,
      page: 1,
      pageLimit: 10,
      query: '',
      searchAfter: [],
    });
    expect(found.problems.sort()).toEqual([
      'records[].properties is an object, documented as string',
      'records[].searchAfter[] is a string, documented as number', // its own example: [1738683828372, "67a2…"]
    ]);
    const tim = found.json.records.find((r: { id: string }) => r.id === made.json.record.id);
    expect(tim).toMatchObject({
      objectKey: rec.schemaKey,
      createdBy: { source: 'PUBLIC_API', sourceId: ref.emu.seed.meta.userId },
      lastUpdatedBy: { source: 'PUBLIC_API', sourceId: ref.emu.seed.meta.userId },
    });
    ref.emu.reset();
  });

  describe('an id that names nothing', () => {
    const missing = 'noSuchRecord00000000';

    it.each([
      ['/contacts/{id}', 'Contact', '2021-07-28'],
      ['/contacts/{id}/tasks', 'Contact', '2021-07-28'],
      ['/opportunities/{id}', 'Opportunity', '2021-07-28'],
      ['/businesses/{id}', 'Business', '2021-07-28'],
      ['/calendars/{id}', 'Calendar', '2021-04-15'],
      ['/calendars/events/appointments/{id}', 'Appointment', '2021-04-15'],
      ['/conversations/{id}', 'Conversation', '2021-04-15'],
    ])('GET %s: the 400 "… not found" its spec documents (no 404)', async (template, noun, version) => {
      const r = await raw(ref.emu, 'GET', template.replace('{id}', missing), { version });
      expect(r.json).toEqual({ statusCode: 400, message: `${noun} not found` });
    });

    it('GET /users/{userId}: 401 "The user does not exist." (highlevel-api-docs issue #205)', async () => {
      const r = await raw(ref.emu, 'GET', `/users/${missing}`);
      expect(r.json).toEqual({ statusCode: 401, message: 'The user does not exist.', error: 'Unauthorized' });
    });

    it('the app reads both as a missing record: a search finds nothing, a step names the id', async () => {
      const runner = ref.runner();
      expect(await runner.perform('search', 'find_contact', { contactId: missing })).toEqual([]);
      expect(await runner.perform('search', 'find_user', { userId: missing })).toEqual([]);
      // Not a refresh of the connection: the user id is named.
      const err = await failure(runner.perform('trigger', 'get_user', { userId: missing }));
      expect(err).toMatchObject({ name: 'AppError', code: 'GHL_NOT_FOUND' });
      expect(err.message).toContain(missing);
    });
  });
});
