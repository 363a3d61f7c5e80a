import type { OpFixture } from '../support/harness';
import { ago, beforeWindow, rangeValue } from './window';

const opp = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Deal ${id}`,
  monetaryValue: 1500,
  pipelineId: 'p1',
  pipelineStageId: 's1',
  status: 'open',
  contactId: 'c1',
  locationId: 'loc123',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  ...extra,
});

const search = (query: Record<string, string>, opportunities: unknown[]) => ({
  method: 'GET' as const,
  path: '/opportunities/search',
  query: { order: 'added_desc', location_id: 'loc123', ...query },
  response: { opportunities, meta: { total: opportunities.length, currentPage: 1 } },
});

/** Times inside this poll's window (lib/polling.ts), and one before it. */
const T1 = ago(50);
const T2 = ago(30);
const T3 = ago(10);
const OLD = beforeWindow();

/** POST /opportunities/search as the change triggers send it: filters + range + sort on the change time, 500 a page. */
const advanced = (filters: unknown[], field: string, opportunities: unknown[], searchAfter?: string[]) => ({
  method: 'POST' as const,
  path: '/opportunities/search',
  body: {
    query: '',
    additionalDetails: { notes: false, tasks: false, calendarEvents: false, unReadConversations: false },
    locationId: 'loc123',
    filters: [...filters, { field, operator: 'range', value: rangeValue() }],
    sort: [{ field, direction: 'desc' }],
    limit: 500,
    ...(searchAfter ? { searchAfter } : {}),
  },
  response: { opportunities, total: opportunities.length },
});

/** 500 status changes in the last 50 minutes, newest first. */
const FULL_PAGE = Array.from({ length: 500 }, (_, i) =>
  opp(`f${i}`, { status: 'won', lastStatusChangeAt: ago(i / 10), searchAfter: [String(500 - i), `f${i}`] }),
);

/** 100 won deals created in the last 10 minutes (newest first), then one before the window. */
const BURST = [
  ...Array.from({ length: 100 }, (_, i) => opp(`b${i}`, { status: 'won', createdAt: ago(i / 10) })),
  opp('before', { status: 'won', createdAt: OLD }),
];

export const fixtures: OpFixture[] = [
  // ---- triggers
  {
    key: 'pipelines',
    requests: [
      {
        method: 'GET',
        path: '/opportunities/pipelines',
        query: { locationId: 'loc123' },
        response: { pipelines: [{ id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New' }] }] },
      },
    ],
    expect: [{ id: 'p1', name: 'Sales', stages: [{ id: 's1', name: 'New' }] }],
  },
  {
    key: 'search_opportunities',
    name: 'filters go out snake_case, newest first, custom fields flattened; deals before the window left out',
    input: { q: 'deo', pipelineId: 'p1', pipelineStageId: 's1', status: 'open', assignedTo: 'u1', contactId: 'c1' },
    requests: [
      search(
        {
          q: 'deo',
          pipeline_id: 'p1',
          pipeline_stage_id: 's1',
          status: 'open',
          assigned_to: 'u1',
          contact_id: 'c1',
          limit: '100',
          page: '1',
        },
        [
          opp('o2', { createdAt: T2, customFields: [{ id: 'cf1', fieldValue: 'Webinar' }] }),
          opp('o1', { createdAt: T1 }),
          opp('o0', { createdAt: OLD }),
        ],
      ),
    ],
    check: (r) => {
      expect(r.map((o: any) => o.id)).toEqual(['o2', 'o1']);
      expect(r[0].customField_cf1).toBe('Webinar');
    },
  },
  {
    key: 'search_opportunities',
    name: "an Assigned User filter given a user's email is that user's id: one lookup more per poll",
    input: { assignedTo: 'ann@deo.com' },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        version: '2021-07-28',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'ann@deo.com', limit: '100' },
        response: { users: [{ id: 'u1', email: 'ann@deo.com' }], count: 1 },
      },
      search({ assigned_to: 'u1', limit: '100', page: '1' }, [opp('o1', { createdAt: T1 })]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(['o1']),
  },
  {
    key: 'search_opportunities',
    name: 'more new deals than a page: the next page keeps the filters, until the window is covered',
    input: { pipelineId: 'p1', status: 'won' },
    requests: [
      {
        ...search({ pipeline_id: 'p1', status: 'won', limit: '100', page: '1' }, []),
        response: { opportunities: BURST.slice(0, 100), meta: { total: 101 } },
      },
      {
        ...search({ pipeline_id: 'p1', status: 'won', limit: '100', page: '2' }, []),
        response: { opportunities: BURST.slice(100), meta: { total: 101 } },
      },
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(BURST.slice(0, 100).map((o) => o.id)),
  },
  {
    key: 'search_opportunities',
    name: "GHL's validation message reaches the user",
    input: { status: 'all' },
    requests: [
      {
        ...search({ status: 'all', limit: '100', page: '1' }, []),
        status: 422,
        response: { statusCode: 422, message: ['location_id must be a string'], error: 'Unprocessable Entity' },
      },
    ],
    error: /location_id must be a string/,
  },
  {
    key: 'get_opportunity',
    name: 'fires with id + update time',
    input: { id: 'o1' },
    requests: [
      {
        method: 'GET',
        path: '/opportunities/o1',
        response: { opportunity: opp('o1', { customFields: [{ id: 'cf1', fieldValue: 3 }] }) },
      },
    ],
    expect: [
      {
        ...opp('o1', { customFields: [{ id: 'cf1', fieldValue: 3 }] }),
        customField_cf1: 3,
        id: 'o1-2026-03-02T10:00:00.000Z',
        recordId: 'o1',
      },
    ],
  },
  {
    key: 'get_opportunity',
    name: 'a change to the opportunity produces a new dedupe id',
    input: { id: 'o1' },
    requests: [
      {
        method: 'GET',
        path: '/opportunities/o1',
        response: { opportunity: opp('o1', { status: 'won', updatedAt: '2026-03-09T08:00:00.000Z' }) },
      },
    ],
    check: (r) =>
      expect(r.map((o: any) => [o.id, o.recordId, o.status])).toEqual([['o1-2026-03-09T08:00:00.000Z', 'o1', 'won']]),
  },
  {
    key: 'get_opportunity',
    name: '404 names the opportunity id',
    input: { id: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/opportunities/nope',
        status: 404,
        response: { statusCode: 404, message: 'Opportunity not found' },
      },
    ],
    error: /Opportunity Updated: GHL found no record for Opportunity "nope".*Opportunity not found/,
  },
  {
    key: 'new_opportunity',
    name: 'newest created first, pipeline + stage filter; the page reaches the window start, so one request',
    input: { pipelineId: 'p1', pipelineStageId: 's2' },
    requests: [
      search({ pipeline_id: 'p1', pipeline_stage_id: 's2', limit: '100', page: '1' }, [
        opp('c', { createdAt: T3 }),
        opp('b', { createdAt: T2 }),
        opp('a', { createdAt: OLD }),
      ]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(['c', 'b']),
  },
  {
    key: 'new_opportunity',
    name: 'GHL ignoring order=added_desc (oldest first): the last page is read, then back until the window is covered',
    requests: [
      {
        ...search({ limit: '100', page: '1' }, [opp('a1', { createdAt: OLD }), opp('a2', { createdAt: OLD })]),
        response: {
          opportunities: [opp('a1', { createdAt: OLD }), opp('a2', { createdAt: T1 })],
          meta: { total: 150 },
        },
      },
      {
        ...search({ limit: '100', page: '2' }, []),
        response: {
          opportunities: [opp('a149', { createdAt: T2 }), opp('a150', { createdAt: T3 })],
          meta: { total: 150 },
        },
      },
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(['a150', 'a149', 'a2']),
  },
  {
    key: 'opportunity_stage_changed',
    name: 'advanced search over stage-change times; one item per move (id = opportunity + stage + time), never a creation',
    input: { pipelineId: 'p1' },
    requests: [
      advanced([{ field: 'pipeline_id', operator: 'eq', value: 'p1' }], 'last_stage_change_at', [
        opp('o2', { pipelineStageId: 's3', lastStageChangeAt: T3, searchAfter: ['3', 'o2'] }),
        opp('o1', { pipelineStageId: 's2', lastStageChangeAt: T2, searchAfter: ['2', 'o1'] }),
        // Created in the window: its stage time is its creation time, not a move.
        opp('new', { pipelineStageId: 's1', createdAt: T1, lastStageChangeAt: T1, searchAfter: ['1', 'new'] }),
      ]),
    ],
    check: (r) => {
      expect(r.map((o: any) => o.id)).toEqual([`o2-s3-${T3}`, `o1-s2-${T2}`]);
      expect(r.map((o: any) => o.opportunityId)).toEqual(['o2', 'o1']);
    },
  },
  {
    key: 'opportunity_stage_changed',
    name: 'into one stage; GHL ignoring the range and the sort is read to the end, and the stage re-checked',
    input: { pipelineId: 'p1', pipelineStageId: 's4' },
    requests: [
      advanced(
        [
          { field: 'pipeline_id', operator: 'eq', value: 'p1' },
          { field: 'pipeline_stage_id', operator: 'eq', value: 's4' },
        ],
        'last_stage_change_at',
        [
          opp('o1', { pipelineStageId: 's4', createdAt: '2026-03-03T00:00:00.000Z', lastStageChangeAt: OLD }),
          opp('o2', { pipelineStageId: 's4', createdAt: '2026-03-02T00:00:00.000Z', lastStageChangeAt: T2 }),
          opp('o3', { pipelineStageId: 's1', createdAt: '2026-03-01T00:00:00.000Z', lastStageChangeAt: T3 }),
        ],
      ),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual([`o2-s4-${T2}`]),
  },
  {
    key: 'opportunity_stage_changed',
    name: 'filters read as any value: a padded id trimmed, a Stage mapped as "null" filters nothing (sent raw, no move matched)',
    input: { pipelineId: ' p1 ', pipelineStageId: 'null' },
    requests: [
      advanced([{ field: 'pipeline_id', operator: 'eq', value: 'p1' }], 'last_stage_change_at', [
        opp('o1', { pipelineStageId: 's2', lastStageChangeAt: T2 }),
      ]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual([`o1-s2-${T2}`]),
  },
  {
    key: 'opportunity_status_changed',
    name: 'a Pipeline mapped from an object is refused naming the field (it was sent as "[object Object]")',
    input: { pipelineId: { id: 'p1' } },
    requests: [],
    error: /"Pipeline" takes one value, not an object/,
  },
  {
    key: 'opportunity_stage_changed',
    name: "the editor's sample run: the latest moves, before the window too (one page, sorted, no range); never a creation",
    input: { pipelineId: 'p1' },
    meta: { isLoadingSample: true },
    requests: [
      {
        ...advanced([{ field: 'pipeline_id', operator: 'eq', value: 'p1' }], 'last_stage_change_at', [
          opp('o1', { pipelineStageId: 's2', lastStageChangeAt: OLD }),
          opp('new', { createdAt: OLD, lastStageChangeAt: OLD }),
        ]),
        body: {
          query: '',
          additionalDetails: { notes: false, tasks: false, calendarEvents: false, unReadConversations: false },
          locationId: 'loc123',
          filters: [{ field: 'pipeline_id', operator: 'eq', value: 'p1' }],
          sort: [{ field: 'last_stage_change_at', direction: 'desc' }],
          limit: 500,
        },
      },
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual([`o1-s2-${OLD}`]),
  },
  {
    key: 'opportunity_status_changed',
    name: 'status filter, id = opportunity + status + status change time',
    input: { status: 'won' },
    requests: [
      advanced([{ field: 'status', operator: 'eq', value: 'won' }], 'last_status_change_at', [
        opp('o2', { status: 'won', lastStatusChangeAt: T3 }),
        opp('o1', { status: 'won', lastStatusChangeAt: T1 }),
      ]),
    ],
    check: (r) => {
      expect(r.map((o: any) => o.id)).toEqual([`o2-won-${T3}`, `o1-won-${T1}`]);
      expect(r[0]).toMatchObject({ opportunityId: 'o2', status: 'won' });
    },
  },
  {
    key: 'opportunity_status_changed',
    name: 'the Status typed as its label ("Won") filters on its value',
    input: { status: 'Won' },
    requests: [
      advanced([{ field: 'status', operator: 'eq', value: 'won' }], 'last_status_change_at', [
        opp('o1', { status: 'won', lastStatusChangeAt: T1 }),
      ]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual([`o1-won-${T1}`]),
  },
  {
    key: 'opportunity_status_changed',
    name: 'any status within a pipeline; a full page is followed by its last searchAfter',
    input: { pipelineId: 'p1' },
    requests: [
      advanced([{ field: 'pipeline_id', operator: 'eq', value: 'p1' }], 'last_status_change_at', FULL_PAGE),
      advanced(
        [{ field: 'pipeline_id', operator: 'eq', value: 'p1' }],
        'last_status_change_at',
        [opp('z', { status: 'lost', lastStatusChangeAt: T1 })],
        ['1', 'f499'],
      ),
    ],
    check: (r) => {
      expect(r).toHaveLength(501);
      expect(r[500].id).toBe(`z-lost-${T1}`);
    },
  },
  {
    key: 'opportunity_choices',
    name: 'labels name the deal, its contact and status',
    requests: [
      search({ limit: '100', page: '1' }, [
        opp('o1', { contact: { id: 'c1', name: 'Rosan Deo' } }),
        opp('o2', { name: '' }),
      ]),
    ],
    check: (r) =>
      expect(r.map((o: any) => [o.id, o.label])).toEqual([
        ['o1', 'Deal o1 (Rosan Deo) - open'],
        ['o2', 'o2 - open'],
      ]),
  },
  {
    key: 'lost_reason_choices',
    requests: [
      {
        method: 'GET',
        path: '/opportunities/lost-reason',
        query: { locationId: 'loc123', limit: '100', skip: '0' },
        response: { lostReasons: [{ id: 'lr1', name: 'Too expensive', locationId: 'loc123' }], total: 1 },
      },
    ],
    expect: [{ id: 'lr1', name: 'Too expensive', locationId: 'loc123' }],
  },

  // ---- creates
  {
    key: 'create_opportunity',
    name: 'typed value, status defaults to open, custom fields as {id, fieldValue}',
    input: {
      contactId: 'c1',
      pipelineId: 'p1',
      pipelineStageId: 's1',
      name: 'Annual plan',
      monetaryValue: '$1,500',
      assignedTo: 'u1',
      cf__cf1__TEXT: 'Webinar',
      cf__cf2__MULTIPLE_OPTIONS: 'a, b',
    },
    requests: [
      // The custom fields a step with custom-field values checks them against (names, options, ids; z.cache 10 min).
      {
        method: 'GET',
        path: '/locations/loc123/customFields',
        query: { model: 'opportunity' },
        response: {
          customFields: [
            { id: 'cf1', name: 'Source', dataType: 'TEXT', model: 'opportunity' },
            {
              id: 'cf2',
              name: 'Topics',
              dataType: 'MULTIPLE_OPTIONS',
              picklistOptions: ['A', 'B'],
              model: 'opportunity',
            },
          ],
        },
      },
      {
        method: 'POST',
        path: '/opportunities/',
        body: {
          status: 'open',
          contactId: 'c1',
          pipelineId: 'p1',
          pipelineStageId: 's1',
          name: 'Annual plan',
          monetaryValue: 1500,
          assignedTo: 'u1',
          locationId: 'loc123',
          customFields: [
            { id: 'cf1', fieldValue: 'Webinar' },
            { id: 'cf2', fieldValue: ['A', 'B'] },
          ],
        },
        status: 201,
        response: { opportunity: opp('o9', { customFields: [{ id: 'cf1', fieldValue: 'Webinar' }] }) },
      },
    ],
    expect: {
      ...opp('o9', { customFields: [{ id: 'cf1', fieldValue: 'Webinar' }] }),
      customField_cf1: 'Webinar',
      isDuplicate: false,
    },
  },
  {
    key: 'create_opportunity',
    name: "GHL's duplicate answer (one per contact and pipeline): the existing opportunity is fetched, isDuplicate true",
    input: { contactId: 'c1', pipelineId: 'p1', name: 'Annual plan', monetaryValue: '€1.250,00' },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/',
        body: {
          status: 'open',
          contactId: 'c1',
          pipelineId: 'p1',
          name: 'Annual plan',
          monetaryValue: 1250,
          locationId: 'loc123',
        },
        status: 400,
        response: {
          statusCode: 400,
          message: 'Can not create duplicate opportunity for the contact.',
          code: 'OPPORTUNITY_NO_DUPLICATE',
          meta: { existingId: 'o1' },
        },
      },
      { method: 'GET', path: '/opportunities/o1', response: { opportunity: opp('o1') } },
    ],
    // The deal GHL keeps is another one (its name and value): what this step would have set is named.
    expect: {
      ...opp('o1'),
      isDuplicate: true,
      skippedValues: [
        '"Opportunity Name" "Annual plan" and "Monetary Value" "1250" were not stored: the opportunity already existed (ID "o1"), and a create does not change it. Update Opportunity writes them.',
      ],
    },
  },
  {
    key: 'create_opportunity',
    name: 'a 502 after GHL stored it: found by contact + pipeline + name, not created twice',
    input: { contactId: 'c1', pipelineId: 'p1', name: 'Annual plan' },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/',
        body: { status: 'open', contactId: 'c1', pipelineId: 'p1', name: 'Annual plan', locationId: 'loc123' },
        status: 502,
        response: { message: 'Bad Gateway' },
      },
      {
        method: 'GET',
        path: '/opportunities/search',
        query: { location_id: 'loc123', contact_id: 'c1', pipeline_id: 'p1', q: 'Annual plan', limit: '100' },
        response: {
          opportunities: [
            opp('o2', { contactId: 'c1', pipelineId: 'p1', name: 'Other' }),
            opp('o3', { contactId: 'c1', pipelineId: 'p1', name: 'Annual plan' }),
          ],
        },
      },
    ],
    expect: { ...opp('o3', { contactId: 'c1', pipelineId: 'p1', name: 'Annual plan' }), isDuplicate: true },
  },
  {
    key: 'create_opportunity',
    name: 'a chosen status wins over the default',
    input: { contactId: 'c1', pipelineId: 'p1', name: 'Won deal', status: 'won' },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/',
        body: { status: 'won', contactId: 'c1', pipelineId: 'p1', name: 'Won deal', locationId: 'loc123' },
        status: 201,
        response: { opportunity: opp('o9', { status: 'won' }) },
      },
    ],
    check: (r) => expect(r).toMatchObject({ id: 'o9', status: 'won' }),
  },
  {
    key: 'create_opportunity',
    name: 'missing pipeline is named before any request',
    input: { contactId: 'c1', name: 'x' },
    requests: [],
    error: /Create Opportunity needs "Pipeline"/,
  },
  {
    key: 'create_opportunity',
    name: 'a non-numeric value is named',
    input: { contactId: 'c1', pipelineId: 'p1', name: 'x', monetaryValue: 'lots' },
    requests: [],
    error: /"Monetary Value" must be a number, not "lots"/,
  },
  {
    key: 'create_opportunity',
    name: "GHL's 400 (stage of another pipeline) names the stage sent, by its input",
    input: { contactId: 'c1', pipelineId: 'p1', pipelineStageId: 'sX', name: 'x' },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/',
        body: {
          status: 'open',
          contactId: 'c1',
          pipelineId: 'p1',
          pipelineStageId: 'sX',
          name: 'x',
          locationId: 'loc123',
        },
        status: 400,
        response: { statusCode: 400, message: 'Pipeline stage not found' },
      },
    ],
    error:
      /^Create Opportunity: GHL found no record for Stage "sX"\. Check that the id is right and belongs to this sub-account\. GHL says: Pipeline stage not found\.$/,
  },
  {
    key: 'update_opportunity',
    input: { id: 'o1', pipelineStageId: 's2', monetaryValue: 99.5, status: 'won', cf__cf3__NUMERICAL: '7' },
    requests: [
      {
        method: 'GET',
        path: '/locations/loc123/customFields',
        query: { model: 'opportunity' },
        response: { customFields: [{ id: 'cf3', name: 'Seats', dataType: 'NUMERICAL', model: 'opportunity' }] },
      },
      {
        method: 'PUT',
        path: '/opportunities/o1',
        body: {
          pipelineStageId: 's2',
          status: 'won',
          monetaryValue: 99.5,
          customFields: [{ id: 'cf3', fieldValue: 7 }],
        },
        response: { opportunity: opp('o1', { pipelineStageId: 's2', status: 'won', monetaryValue: 99.5 }) },
      },
    ],
    expect: opp('o1', { pipelineStageId: 's2', status: 'won', monetaryValue: 99.5 }),
  },
  {
    key: 'update_opportunity',
    name: 'nothing filled in: refused before any request (issue 12)',
    input: { id: 'o1' },
    requests: [],
    error: /^Update Opportunity has nothing to change: fill in at least one field to update besides "Opportunity"\.$/,
  },
  {
    key: 'delete_opportunity',
    input: { id: 'o1' },
    requests: [{ method: 'DELETE', path: '/opportunities/o1', response: { succeded: true } }],
    expect: { id: 'o1', deleted: true },
  },
  {
    key: 'update_opportunity_status',
    name: 'lost with a reason: " Lost " mapped in is sent and echoed as lost',
    input: { id: 'o1', status: ' Lost ', lostReasonId: 'lr1' },
    requests: [
      {
        method: 'PUT',
        path: '/opportunities/o1/status',
        body: { status: 'lost', lostReasonId: 'lr1' },
        response: { succeded: true },
      },
    ],
    expect: { id: 'o1', succeded: true, status: 'lost' },
  },
  {
    key: 'update_opportunity_status',
    name: 'a lost reason with another status is refused before any request',
    input: { id: 'o1', status: 'won', lostReasonId: 'lr1' },
    requests: [],
    error: /"Lost Reason" can only be given with the status Lost/,
  },
  {
    key: 'update_opportunity_status',
    name: 'status is required',
    input: { id: 'o1' },
    requests: [],
    error: /Update Opportunity Status needs "Status"/,
  },
  {
    key: 'upsert_opportunity',
    name: 'by contact + pipeline; followers defaults make it a no-op on followers',
    input: {
      contactId: 'c1',
      pipelineId: 'p1',
      pipelineStageId: 's2',
      name: 'Annual plan',
      status: 'open',
      monetaryValue: '220',
    },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/upsert',
        body: {
          followers: [],
          isRemoveAllFollowers: false,
          followersActionType: 'add',
          contactId: 'c1',
          pipelineId: 'p1',
          pipelineStageId: 's2',
          name: 'Annual plan',
          status: 'open',
          monetaryValue: 220,
          locationId: 'loc123',
        },
        response: { opportunity: opp('o5', { pipelineStageId: 's2', monetaryValue: 220 }), new: true },
      },
    ],
    expect: { ...opp('o5', { pipelineStageId: 's2', monetaryValue: 220 }), isNew: true },
  },
  {
    key: 'upsert_opportunity',
    name: 'by opportunity id, adding followers',
    input: { id: 'o5', pipelineId: 'p1', followers: 'u1,u2', status: 'lost', lostReasonId: 'lr1' },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/upsert',
        body: {
          followers: ['u1', 'u2'],
          isRemoveAllFollowers: false,
          followersActionType: 'add',
          id: 'o5',
          pipelineId: 'p1',
          status: 'lost',
          lostReasonId: 'lr1',
          locationId: 'loc123',
        },
        response: { opportunity: opp('o5', { status: 'lost' }), new: false },
      },
    ],
    check: (r) => expect(r).toMatchObject({ id: 'o5', status: 'lost', isNew: false }),
  },
  {
    key: 'upsert_opportunity',
    name: 'a lost reason with status open is refused before any request, as Update Opportunity Status refuses it',
    input: { contactId: 'c1', pipelineId: 'p1', status: 'open', lostReasonId: 'lr1' },
    requests: [],
    error: /^"Lost Reason" can only be given with the status Lost\.$/,
  },
  {
    key: 'upsert_opportunity',
    name: 'a lost reason without a status is refused too (one rule)',
    input: { contactId: 'c1', pipelineId: 'p1', lostReasonId: 'lr1' },
    requests: [],
    error: /^"Lost Reason" can only be given with the status Lost\.$/,
  },
  {
    key: 'upsert_opportunity',
    name: 'neither contact nor opportunity is a clear error',
    input: { pipelineId: 'p1' },
    requests: [],
    error: /Upsert Opportunity needs a Contact/,
  },
  {
    key: 'add_opportunity_followers',
    input: { id: 'o1', followers: ['u1', 'u2'] },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/o1/followers',
        body: { followers: ['u1', 'u2'] },
        status: 201,
        response: { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
      },
    ],
    expect: { id: 'o1', followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
  },
  {
    // No GHL id is "N/A": sent, GHL answers an opaque 400, or stores a follower "N/A" (the emulator does).
    key: 'add_opportunity_followers',
    name: 'a placeholder among the ids ("N/A", a formula\'s "#N/A") is refused naming it, before any request',
    input: { id: 'o1', followers: 'u1, N/A' },
    requests: [],
    error: /^"Followers" holds "N\/A", a placeholder for no answer, not an id: remove it from the list\.$/,
  },
  {
    key: 'add_opportunity_followers',
    name: "a spreadsheet formula's error among the ids is refused as one",
    input: { id: 'o1', followers: ['u1', '#N/A'] },
    requests: [],
    error: /^"Followers" holds "#N\/A", a spreadsheet formula's error, not an id: remove it from the list\.$/,
  },
  {
    // "null" is an item mapped from an empty one, `""` a CSV's empty cell: no items, as an empty one is; a CSV's
    // quotes around an id are no part of it. The same id twice is one follower (GHL keeps a set).
    key: 'add_opportunity_followers',
    name: 'items "null" and \'""\' are empty items, a CSV\'s quotes come off an id, a repeated id is sent once',
    input: { id: 'o1', followers: 'u1, null, "", "u2", u1, undefined' },
    requests: [
      {
        method: 'POST',
        path: '/opportunities/o1/followers',
        body: { followers: ['u1', 'u2'] },
        status: 201,
        response: { followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] },
      },
    ],
    expect: { id: 'o1', followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] },
  },
  {
    key: 'add_opportunity_followers',
    name: 'a list of only "null" items holds no follower: refused as required',
    input: { id: 'o1', followers: ['null', '""'] },
    requests: [],
    error:
      /^Add Opportunity Followers needs "Followers": .* holds no value, only separators, quotes, spaces or "null"\.$/,
  },
  {
    // One lookup per address: 10,000 ran into the step's deadline (each a request) and ended in a retry, not a sentence.
    key: 'add_opportunity_followers',
    name: 'more addresses than a step looks up are refused, counted, before any request',
    input: { id: 'o1', followers: Array.from({ length: 10_000 }, (_, i) => `user${i}@agency.com`).join(', ') },
    requests: [],
    error:
      /^"Followers" holds 10,000 email addresses to look up, and a step looks up at most 50 \(one request each\): map the users' IDs instead\.$/,
  },
  {
    // One address in two cases is one lookup (looked up once a run by how it looks): 30 addresses given twice each are
    // 30 lookups, within the 50 a step makes, not 60 refused.
    key: 'add_opportunity_followers',
    name: 'an address given in two cases counts once toward the lookups a step makes',
    input: {
      id: 'o1',
      followers: Array.from({ length: 30 }, (_, i) => [`User${i}@Agency.com`, `user${i}@agency.com`]).flat(),
    },
    requests: [
      ...Array.from({ length: 30 }, (_, i) => ({
        method: 'GET' as const,
        path: '/users/search',
        version: '2021-07-28',
        query: { companyId: 'comp123', locationId: 'loc123', query: `User${i}@agency.com`, limit: '100' },
        response: { users: [{ id: `u${i}`, email: `user${i}@agency.com` }], count: 1 },
      })),
      {
        method: 'POST',
        path: '/opportunities/o1/followers',
        body: { followers: Array.from({ length: 30 }, (_, i) => `u${i}`) },
        status: 201,
        response: { followers: ['u0'], followersAdded: ['u0'] },
      },
    ],
    expect: { id: 'o1', followers: ['u0'], followersAdded: ['u0'] },
  },
  {
    // One address with its domain in both forms is one lookup too (userIdFor reads it as normalizeEmail does).
    key: 'add_opportunity_followers',
    name: 'an address given with its domain in both forms counts once toward the lookups a step makes',
    input: {
      id: 'o1',
      followers: Array.from({ length: 26 }, (_, i) => [`user${i}@bücher.de`, `user${i}@xn--bcher-kva.de`]).flat(),
    },
    requests: [
      ...Array.from({ length: 26 }, (_, i) => ({
        method: 'GET' as const,
        path: '/users/search',
        version: '2021-07-28',
        query: { companyId: 'comp123', locationId: 'loc123', query: `user${i}@xn--bcher-kva.de`, limit: '100' },
        response: { users: [{ id: `u${i}`, email: `user${i}@xn--bcher-kva.de` }], count: 1 },
      })),
      {
        method: 'POST',
        path: '/opportunities/o1/followers',
        body: { followers: Array.from({ length: 26 }, (_, i) => `u${i}`) },
        status: 201,
        response: { followers: ['u0'], followersAdded: ['u0'] },
      },
    ],
    expect: { id: 'o1', followers: ['u0'], followersAdded: ['u0'] },
  },
  {
    // Each distinct value is read once: 10,000 ids and one address repeated 10,000 times is one lookup.
    key: 'add_opportunity_followers',
    name: 'ids and a repeated address are no more lookups than the distinct addresses',
    input: {
      id: 'o1',
      followers: Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'Ann@agency.com' : `u${i / 2}`)),
    },
    requests: [
      {
        method: 'GET',
        path: '/users/search',
        version: '2021-07-28',
        query: { companyId: 'comp123', locationId: 'loc123', query: 'Ann@agency.com', limit: '100' },
        response: { users: [{ id: 'u1', email: 'ann@agency.com' }], count: 1 },
      },
      {
        method: 'POST',
        path: '/opportunities/o1/followers',
        body: { followers: Array.from({ length: 10_000 }, (_, i) => `u${i}`) },
        status: 201,
        response: { followers: ['u1'], followersAdded: ['u1'] },
      },
    ],
    expect: { id: 'o1', followers: ['u1'], followersAdded: ['u1'] },
  },
  {
    key: 'remove_opportunity_followers',
    name: 'the given users, in a DELETE body',
    input: { id: 'o1', followers: 'u1' },
    requests: [
      {
        method: 'DELETE',
        path: '/opportunities/o1/followers',
        body: { followers: ['u1'] },
        response: { followers: ['u0'], followersRemoved: ['u1'] },
      },
    ],
    expect: { id: 'o1', followers: ['u0'], followersRemoved: ['u1'] },
  },
  {
    key: 'remove_opportunity_followers',
    name: 'remove all: query flag, empty followers list the spec requires',
    input: { id: 'o1', isRemoveAllFollowers: 'true' },
    requests: [
      {
        method: 'DELETE',
        path: '/opportunities/o1/followers',
        query: { isRemoveAllFollowers: 'true' },
        body: { followers: [] },
        response: { followers: [], followersRemoved: ['u0', 'u1'] },
      },
    ],
    expect: { id: 'o1', followers: [], followersRemoved: ['u0', 'u1'] },
  },
  {
    key: 'remove_opportunity_followers',
    name: 'neither followers nor remove-all is a clear error',
    input: { id: 'o1' },
    requests: [],
    error: /needs the Followers to remove/,
  },

  // ---- searches
  {
    key: 'find_opportunity',
    name: "a contact's opportunities in a pipeline, newest first",
    input: { contactId: 'c1', pipelineId: 'p1' },
    requests: [
      search({ contact_id: 'c1', pipeline_id: 'p1' }, [
        opp('o1', { createdAt: '2026-01-01T00:00:00.000Z' }),
        opp('o2', { createdAt: '2026-02-01T00:00:00.000Z' }),
      ]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(['o2', 'o1']),
  },
  {
    key: 'find_opportunity',
    name: 'by id: a direct GET',
    input: { opportunityId: 'o1', contactId: 'ignored' },
    requests: [
      {
        method: 'GET',
        path: '/opportunities/o1',
        response: { opportunity: opp('o1', { customFields: [{ id: 'cf1', fieldValue: 'x' }] }) },
      },
    ],
    expect: [{ ...opp('o1', { customFields: [{ id: 'cf1', fieldValue: 'x' }] }), customField_cf1: 'x' }],
  },
  {
    key: 'find_opportunity',
    name: 'a padded id is trimmed (README: ids are trimmed)',
    input: { opportunityId: '  o1 \n' },
    requests: [{ method: 'GET', path: '/opportunities/o1', response: { opportunity: opp('o1') } }],
    expect: [opp('o1')],
  },
  {
    key: 'find_opportunity',
    name: 'a blank id is not given: the contact is searched',
    input: { opportunityId: '   ', contactId: 'c2' },
    requests: [search({ contact_id: 'c2' }, [opp('o2', { contactId: 'c2' })])],
    expect: [opp('o2', { contactId: 'c2' })],
  },
  {
    key: 'find_opportunity',
    name: "only the contact's deals in the pipeline and status asked for, should GHL ignore its filters",
    input: { contactId: 'c1', pipelineId: 'p1', status: 'Open' },
    requests: [
      search({ contact_id: 'c1', pipeline_id: 'p1', status: 'open' }, [
        opp('other', { contactId: 'c9', createdAt: '2026-03-09T00:00:00.000Z' }),
        opp('p2', { pipelineId: 'p2', createdAt: '2026-03-08T00:00:00.000Z' }),
        opp('won', { status: 'won', createdAt: '2026-03-07T00:00:00.000Z' }),
        opp('nested', { contactId: undefined, contact: { id: 'c1' } }),
        opp('mine', { createdAt: '2026-02-01T00:00:00.000Z' }),
      ]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(['nested', 'mine']),
  },
  {
    key: 'find_opportunity',
    name: "status All keeps the contact's deals of every status",
    input: { contactId: 'c1', status: 'all' },
    requests: [
      search({ contact_id: 'c1', status: 'all' }, [opp('won', { status: 'won' }), opp('lost', { status: 'lost' })]),
    ],
    check: (r) => expect(r.map((o: any) => o.id)).toEqual(['won', 'lost']),
  },
  {
    key: 'find_opportunity',
    name: "another contact's deal only is no match",
    input: { contactId: 'c1' },
    requests: [search({ contact_id: 'c1' }, [opp('other', { contactId: 'c9' })])],
    expect: [],
  },
  {
    key: 'find_opportunity',
    name: 'an object mapped into Opportunity ID is refused by its label (never GET /opportunities/[object Object])',
    input: { opportunityId: { id: 1 }, contactId: 'c2' },
    requests: [],
    error: /^"Opportunity ID" takes one value, not an object: "\{\\"id\\":1\}"\.$/,
  },
  {
    key: 'find_opportunity',
    name: 'unknown id → nothing found',
    input: { opportunityId: 'nope' },
    requests: [
      {
        method: 'GET',
        path: '/opportunities/nope',
        status: 404,
        response: { statusCode: 404, message: 'Opportunity not found' },
      },
    ],
    expect: [],
  },
  {
    key: 'find_opportunity',
    name: 'no match → empty list',
    input: { contactId: 'c2', status: 'won' },
    requests: [search({ contact_id: 'c2', status: 'won' }, [])],
    expect: [],
  },
  {
    key: 'find_opportunity',
    name: 'neither id nor contact is a clear error',
    input: { pipelineId: 'p1' },
    requests: [],
    error: /Find Opportunity needs an Opportunity ID or a Contact/,
  },
];
