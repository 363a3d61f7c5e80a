import type { OpFixture } from '../support/harness';

const record = (id: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  locationId: 'loc123',
  objectKey: 'custom_objects.pet',
  owner: ['u1'],
  followers: [],
  properties,
  dateAdded: '2026-03-01T10:00:00.000Z',
  dateUpdated: '2026-03-01T10:00:00.000Z',
  ...extra,
});

/** A record as the records search answers it (spec RecordResponseDTO). */
const SEARCHED = {
  id: 'r1',
  owner: ['u1'],
  followers: [],
  properties: { name: 'Buddy' },
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  locationId: 'loc123',
  objectId: '6d6f6e676f5f6576656e7473',
  objectKey: 'custom_objects.pet',
};
/** A record as GET / POST / PUT of one record answer it (spec IRecordSchema). */
const ONE = {
  id: 'r1',
  owner: ['u1'],
  followers: [],
  properties: { name: 'Buddy' },
  dateAdded: '2026-03-01T10:00:00.000Z',
  dateUpdated: '2026-03-02T10:00:00.000Z',
};

export const fixtures: OpFixture[] = [
  // ---- create_tag
  {
    key: 'create_tag',
    input: { name: '  writesonic lead ' },
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tags',
        body: { name: 'writesonic lead' },
        status: 201,
        response: { tag: { id: 't1', name: 'writesonic lead', locationId: 'loc123' } },
      },
    ],
    expect: { id: 't1', name: 'writesonic lead', locationId: 'loc123' },
  },
  {
    key: 'create_tag',
    name: "the name a contact's tag gets (F.tags): out of a CSV cell's quotes, one plain space, not split at its comma",
    input: { name: ' "Referral,\u00A0Dr.  Smith" ' },
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tags',
        body: { name: 'Referral, Dr. Smith' },
        status: 201,
        response: { tag: { id: 't2', name: 'referral, dr. smith', locationId: 'loc123' } },
      },
    ],
    expect: { id: 't2', name: 'referral, dr. smith', locationId: 'loc123' },
  },
  {
    key: 'create_tag',
    name: 'a name with an emoji is sent as the sub-account spells a same-looking tag: GHL says it exists, no lookalike is made',
    input: { name: '\u2B50  Cafe\u0301\u200B' },
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/tags',
        response: { tags: [{ id: 't1', name: '\u2B50\uFE0F caf\u00e9' }] },
      },
      {
        method: 'POST',
        path: '/locations/loc123/tags',
        body: { name: '\u2B50\uFE0F caf\u00e9' },
        status: 400,
        response: { statusCode: 400, message: 'Tag with same name already exists' },
      },
    ],
    error: /Create Tag was rejected by GHL \(HTTP 400\)\. GHL says: Tag with same name already exists\./,
  },
  {
    key: 'create_tag',
    name: 'missing name',
    input: {},
    requests: [],
    error: /Create Tag needs "Tag Name"/,
  },
  {
    key: 'create_tag',
    name: 'a CSV cell\'s empty quotes are no name: refused, not sent as a tag named ""',
    input: { name: '"  "' },
    requests: [],
    error: /^Create Tag needs "Tag Name": "\\" {2}\\"" holds no value, only separators, quotes, spaces or "null"\.$/,
  },
  {
    key: 'create_tag',
    name: "an existing tag: GHL's reason is passed on",
    input: { name: 'vip' },
    requests: [
      {
        method: 'POST',
        path: '/locations/loc123/tags',
        body: { name: 'vip' },
        status: 400,
        response: { statusCode: 400, message: 'Tag with same name already exists' },
      },
    ],
    error: /Create Tag was rejected by GHL \(HTTP 400\)\. GHL says: Tag with same name already exists\./,
  },

  // ---- create_custom_object_record
  {
    key: 'create_custom_object_record',
    name: 'key/value rows over JSON, schema prefix stripped, owner as a one-item list',
    input: {
      schemaKey: 'custom_objects.pet',
      propertiesJson: '{"age": 3, "vaccines": ["rabies"], "name": "overridden"}',
      properties: { 'custom_objects.pet.name': 'Buddy', breed: 'Labrador' },
      owner: 'u1',
      followers: 'u2, u3',
    },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records',
        body: {
          locationId: 'loc123',
          properties: { age: 3, vaccines: ['rabies'], name: 'Buddy', breed: 'Labrador' },
          owner: ['u1'],
          followers: ['u2', 'u3'],
        },
        status: 201,
        response: {
          record: record(
            'r1',
            { age: 3, vaccines: ['rabies'], name: 'Buddy', breed: 'Labrador' },
            { followers: ['u2', 'u3'] },
          ),
        },
      },
    ],
    expect: record(
      'r1',
      { age: 3, vaccines: ['rabies'], name: 'Buddy', breed: 'Labrador' },
      { followers: ['u2', 'u3'] },
    ),
  },
  {
    key: 'create_custom_object_record',
    name: 'business records: rows only',
    input: { schemaKey: 'business', properties: { name: 'Deo Logistics' } },
    requests: [
      {
        method: 'POST',
        path: '/objects/business/records',
        body: { locationId: 'loc123', properties: { name: 'Deo Logistics' } },
        response: { record: { id: 'b1', properties: { name: 'Deo Logistics' } } },
      },
    ],
    expect: { id: 'b1', properties: { name: 'Deo Logistics' }, objectKey: 'business' },
  },
  {
    key: 'create_custom_object_record',
    name: 'no property is refused before any request',
    input: { schemaKey: 'custom_objects.pet', owner: 'u1' },
    requests: [],
    error: /Create Custom Object Record needs at least one property/,
  },
  {
    key: 'create_custom_object_record',
    name: 'JSON that is not an object is named',
    input: { schemaKey: 'custom_objects.pet', propertiesJson: '["Buddy"]' },
    requests: [],
    error: /"Properties \(JSON\)" must be a JSON object of property key → value/,
  },
  {
    key: 'create_custom_object_record',
    name: 'broken JSON is named',
    input: { schemaKey: 'custom_objects.pet', propertiesJson: '{name: Buddy}' },
    requests: [],
    error: /"Properties \(JSON\)" must be valid JSON/,
  },
  {
    key: 'create_custom_object_record',
    name: 'Properties given as a list is refused, not sent as properties "0" and "1"',
    input: { schemaKey: 'custom_objects.pet', properties: ['Buddy', 'Labrador'] },
    requests: [],
    error:
      /^Create Custom Object Record: "Properties" must be property keys with values \(name → Buddy\), not a list\.$/,
  },
  {
    key: 'create_custom_object_record',
    name: 'Properties given as JSON text that is no object is refused, not dropped',
    input: { schemaKey: 'custom_objects.pet', properties: '"Buddy"', propertiesJson: '{"age": 3}' },
    requests: [],
    error:
      /^Create Custom Object Record: "Properties" must be property keys with values \(name → Buddy\), not "Buddy"\.$/,
  },
  {
    key: 'create_custom_object_record',
    name: 'a value without a key is refused, not dropped',
    input: { schemaKey: 'custom_objects.pet', properties: { name: 'Buddy', ' ': 'Labrador' } },
    requests: [],
    error: /^Create Custom Object Record: "Properties" has a value without a key: "Labrador"\. Name its property\.$/,
  },
  {
    key: 'create_custom_object_record',
    name: 'a "__proto__" key is sent as given (Object.assign set the prototype and dropped it unseen)',
    input: { schemaKey: 'custom_objects.pet', propertiesJson: '{"__proto__": {"x": 1}, "name": "Buddy"}' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records',
        body: JSON.parse('{"locationId": "loc123", "properties": {"__proto__": {"x": 1}, "name": "Buddy"}}'),
        response: { record: { id: 'r2', properties: { name: 'Buddy' } } },
      },
    ],
    expect: { id: 'r2', properties: { name: 'Buddy' }, objectKey: 'custom_objects.pet' },
  },
  {
    key: 'create_custom_object_record',
    name: 'no custom object chosen',
    input: { properties: { name: 'Buddy' } },
    requests: [],
    error: /Create Custom Object Record needs "Custom Object"/,
  },
  {
    key: 'create_custom_object_record',
    name: "GHL's 422 names the property",
    input: { schemaKey: 'custom_objects.pet', properties: { age: 'three' } },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records',
        body: { locationId: 'loc123', properties: { age: 'three' } },
        status: 422,
        response: { statusCode: 422, message: ['properties.age must be a number'] },
      },
    ],
    error: /rejected by GHL \(HTTP 422\)\. GHL says: properties\.age must be a number\. Check the field "Properties"\./,
  },

  // ---- update_custom_object_record
  {
    key: 'update_custom_object_record',
    name: 'properties given only; locationId in the query',
    input: { schemaKey: 'custom_objects.pet', id: 'r1', properties: { breed: 'Beagle' } },
    requests: [
      {
        method: 'PUT',
        path: '/objects/custom_objects.pet/records/r1',
        query: { locationId: 'loc123' },
        body: { properties: { breed: 'Beagle' } },
        response: {
          record: record('r1', { name: 'Buddy', breed: 'Beagle' }, { dateUpdated: '2026-03-02T10:00:00.000Z' }),
        },
      },
    ],
    expect: record('r1', { name: 'Buddy', breed: 'Beagle' }, { dateUpdated: '2026-03-02T10:00:00.000Z' }),
  },
  // cleanInputData is off (index.ts): a Properties row mapped from an empty value arrives as "" or null, where Zapier
  // used to drop it. Sent, it would clear the record's property: an update changes only the values given.
  {
    key: 'update_custom_object_record',
    name: 'a Properties row with an empty value is left out, not sent to clear the property',
    input: {
      schemaKey: 'custom_objects.pet',
      id: 'r1',
      properties: { breed: 'Beagle', color: '', age: null, owner: '  ', vet: 'null' },
    },
    requests: [
      {
        method: 'PUT',
        path: '/objects/custom_objects.pet/records/r1',
        query: { locationId: 'loc123' },
        body: { properties: { breed: 'Beagle' } },
        response: { record: record('r1', { name: 'Buddy', breed: 'Beagle', color: 'brown' }) },
      },
    ],
    check: (r) => expect(r.properties).toEqual({ name: 'Buddy', breed: 'Beagle', color: 'brown' }),
  },
  {
    key: 'update_custom_object_record',
    name: 'only empty Properties rows are nothing to change',
    input: { schemaKey: 'custom_objects.pet', id: 'r1', properties: { color: '' } },
    requests: [],
    error: /needs at least one property, an Owner or Followers to change/,
  },
  {
    key: 'update_custom_object_record',
    name: 'followers only',
    input: { schemaKey: 'custom_objects.pet', id: 'r1', followers: ['u9'] },
    requests: [
      {
        method: 'PUT',
        path: '/objects/custom_objects.pet/records/r1',
        query: { locationId: 'loc123' },
        body: { followers: ['u9'] },
        response: { record: record('r1', { name: 'Buddy' }, { followers: ['u9'] }) },
      },
    ],
    check: (r) => expect(r.followers).toEqual(['u9']),
  },
  {
    key: 'update_custom_object_record',
    name: 'nothing to change is refused',
    input: { schemaKey: 'custom_objects.pet', id: 'r1' },
    requests: [],
    error: /needs at least one property, an Owner or Followers to change/,
  },
  {
    key: 'update_custom_object_record',
    name: 'unknown record: the 404 names it',
    input: { schemaKey: 'custom_objects.pet', id: 'gone', properties: { name: 'x' } },
    requests: [
      {
        method: 'PUT',
        path: '/objects/custom_objects.pet/records/gone',
        query: { locationId: 'loc123' },
        body: { properties: { name: 'x' } },
        status: 404,
        response: { statusCode: 404, message: 'Record not found' },
      },
    ],
    error: /GHL found no record for Custom Object "custom_objects\.pet", Record "gone"/,
  },

  // ---- find_custom_object_record
  {
    key: 'find_custom_object_record',
    name: "the search's RecordResponseDTO (createdAt / updatedAt) gets the promised Date Added / Date Updated",
    input: { schemaKey: 'custom_objects.pet', query: 'name:Buddy' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: { locationId: 'loc123', page: 1, pageLimit: 100, query: 'name:Buddy', searchAfter: [] },
        response: { records: [SEARCHED], total: 1 },
      },
    ],
    expect: [{ ...SEARCHED, dateAdded: '2026-03-01T10:00:00.000Z', dateUpdated: '2026-03-02T10:00:00.000Z' }],
  },
  {
    key: 'find_custom_object_record',
    name: "by id: GET's IRecordSchema (no objectKey) gets the step's Custom Object Key",
    input: { schemaKey: 'custom_objects.pet', id: 'r1' },
    requests: [{ method: 'GET', path: '/objects/custom_objects.pet/records/r1', response: { record: ONE } }],
    expect: [{ ...ONE, objectKey: 'custom_objects.pet' }],
  },
  {
    key: 'find_custom_object_record',
    name: 'by search text: only the records whose property is that text (GHL searches it in full: "Buddy Jr" too)',
    input: { schemaKey: 'custom_objects.pet', query: 'name:Buddy' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: { locationId: 'loc123', page: 1, pageLimit: 100, query: 'name:Buddy', searchAfter: [] },
        response: { records: [record('r2', { name: 'Buddy Jr' }), record('r1', { name: 'Buddy' })], total: 2 },
      },
    ],
    expect: [record('r1', { name: 'Buddy' })],
  },
  {
    key: 'find_custom_object_record',
    name: 'a near miss only (a breed "Buddy" for name:Buddy, "Buddy Holly") is no match: Find or Create creates',
    input: { schemaKey: 'custom_objects.pet', query: 'custom_objects.pet.name: Buddy' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: {
          locationId: 'loc123',
          page: 1,
          pageLimit: 100,
          query: 'custom_objects.pet.name: Buddy',
          searchAfter: [],
        },
        response: {
          records: [record('r1', { name: 'Rex', breed: 'Buddy' }), record('r2', { name: 'Buddy Holly' })],
          total: 2,
        },
      },
    ],
    expect: [],
  },
  {
    key: 'find_custom_object_record',
    name: 'plain text: a property that is the text as it looks (case, spacing, a list item), several the newest first',
    input: { schemaKey: 'custom_objects.pet', query: '  buddy  ' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: { locationId: 'loc123', page: 1, pageLimit: 100, query: 'buddy', searchAfter: [] },
        response: {
          records: [
            record('near', { name: 'Buddy Holly' }),
            record('old', { name: 'BUDDY\u00A0' }, { dateAdded: '2025-01-01T00:00:00.000Z' }),
            record('listed', { nicknames: ['Bud', 'Buddy'] }, { dateAdded: '2026-03-05T00:00:00.000Z' }),
          ],
          total: 3,
        },
      },
    ],
    check: (r) => expect(r.map((x: any) => x.id)).toEqual(['listed', 'old']),
  },
  {
    key: 'find_custom_object_record',
    name: 'by id: a direct GET, the search ignored',
    input: { schemaKey: 'custom_objects.pet', id: 'r1', query: 'ignored' },
    requests: [
      {
        method: 'GET',
        path: '/objects/custom_objects.pet/records/r1',
        response: { record: record('r1', { name: 'Buddy' }) },
      },
    ],
    expect: [record('r1', { name: 'Buddy' })],
  },
  {
    key: 'find_custom_object_record',
    name: 'unknown id → nothing found',
    input: { schemaKey: 'custom_objects.pet', id: 'gone' },
    requests: [
      {
        method: 'GET',
        path: '/objects/custom_objects.pet/records/gone',
        status: 404,
        response: { statusCode: 404, message: 'Record not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_custom_object_record',
    name: 'a 404 from the records search (an object GHL does not know) is an error naming it, not no match',
    input: { schemaKey: 'custom_objects.gone', query: 'name:Buddy' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.gone/records/search',
        body: { locationId: 'loc123', page: 1, pageLimit: 100, query: 'name:Buddy', searchAfter: [] },
        status: 404,
        response: { statusCode: 404, message: 'Object not found' },
      },
    ],
    error:
      /^Find Custom Object Record: GHL found no record for Custom Object "custom_objects\.gone"\. Check that the id is right and belongs to this sub-account\. GHL says: Object not found\.$/,
  },
  {
    key: 'find_custom_object_record',
    name: 'no match → []',
    input: { schemaKey: 'custom_objects.pet', query: 'name:Nobody' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: { locationId: 'loc123', page: 1, pageLimit: 100, query: 'name:Nobody', searchAfter: [] },
        response: { records: [], total: 0 },
      },
    ],
    expect: [],
  },
  {
    key: 'find_custom_object_record',
    name: 'an object mapped into Record ID is refused by its label (never GET …/records/[object Object])',
    input: { schemaKey: 'custom_objects.pet', id: { id: 'r1' }, query: 'name:Buddy' },
    requests: [],
    error: /^"Record ID" takes one value, not an object: /,
  },
  {
    key: 'find_custom_object_record',
    name: 'neither id nor search is a clear error',
    input: { schemaKey: 'custom_objects.pet' },
    requests: [],
    error: /Find Custom Object Record needs a Record ID or a Search/,
  },
  {
    key: 'object_record_choices',
    name: 'records of the chosen object for the Record dropdown, labelled by their first text property',
    input: { schemaKey: 'custom_objects.pet' },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: { page: 1, pageLimit: 100, query: '', searchAfter: [], locationId: 'loc123' },
        response: {
          records: [
            { id: 'r1', properties: { age: 3, name: 'Buddy' } },
            { id: 'r2', properties: {} },
          ],
          total: 2,
        },
      },
    ],
    check: (r) =>
      expect(r.map((x: any) => [x.id, x.label])).toEqual([
        ['r1', 'Buddy'],
        ['r2', 'r2'],
      ]),
  },
  {
    key: 'object_record_choices',
    name: '"load more" asks for the next page of records (the dropdown pages: more than 100 records are reachable)',
    input: { schemaKey: 'custom_objects.pet' },
    meta: { page: 1 },
    requests: [
      {
        method: 'POST',
        path: '/objects/custom_objects.pet/records/search',
        body: { page: 2, pageLimit: 100, query: '', searchAfter: [], locationId: 'loc123' },
        response: { records: [{ id: 'r101', properties: { name: 'Rex' } }], total: 101 },
      },
    ],
    check: (r) => expect(r.map((x: any) => [x.id, x.label])).toEqual([['r101', 'Rex']]),
  },
];
