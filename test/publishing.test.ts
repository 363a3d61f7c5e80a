/**
 * Zapier's publishing checks, evaluated offline over the built app definition (the object `zapier-platform` loads).
 *
 * Sources (the same texts as platform.zapier.com/publish/…; zapier/visual-builder holds them in docs/_publish/):
 *  - "Integration check reference" (docs/_publish/validation/integration-checks-reference.md; its newest text,
 *    docs.zapier.com/platform/publish/integration-checks-reference, runs to D028): the automated checks. Every D-check
 *    that does not need Zapier's servers, a connected account or live Zap history (A, C, E, S, T, U, L, M, Z checks;
 *    D027, the newest core, needs the registry) is encoded below under its code.
 *  - "Integration publishing requirements" (docs/_publish/launch-process/integration-publishing-requirements.md) and
 *    "Integration build guidelines" (…/integration-build-guidelines.md): the review rules, cited as PR <section>.
 *  - Project rules from issue 15 (what a Zap builder sees), cited as P15: ≤ 25 words per description, no
 *    implementation detail, event-style trigger names, deletes warn in a `copy` field and answer one shape.
 *
 * Each rule lists every violation as "kind key: problem" so one failing run shows all of them; a mutation per rule
 * (at the end) proves each one fails on a definition that breaks it.
 */
import nock from 'nock';
import App from '../index';
import { DEFAULT_BASE_URL } from '../lib/config';
import { defaultLabel, editorView } from '../lib/op';
import { operations } from '../registry';
import { appTester, AUTH } from './support/harness';
import path from 'path';
import { findOperation, resolve, SPEC_DIR } from '../emulator/spec';

type Def = Record<string, any>;
type Kind = 'trigger' | 'create' | 'search';
interface Op {
  kind: Kind;
  key: string;
  def: Def;
  label: string;
  description: string;
  hidden: boolean;
  inputs: Def[];
  sample: Record<string, unknown> | undefined;
  outputs: Def[];
}

const KINDS: Array<[Kind, string]> = [
  ['trigger', 'triggers'],
  ['create', 'creates'],
  ['search', 'searches'],
];

/** Static input fields, children (line items) included; function entries are computed at edit time. */
const staticFields = (fields: unknown[] = []): Def[] =>
  fields.filter((f): f is Def => !!f && typeof f === 'object').flatMap((f) => [f, ...staticFields(f.children)]);

/**
 * The operations of an app definition as the rules see them: samples and labels as the Zap editor shows them, the
 * definition's own with what each step's editor-fields function serves (lib/op.ts editorView).
 */
const view = (app: Def) => {
  const ALL: Op[] = KINDS.flatMap(([kind, group]) =>
    Object.entries<Def>(app[group] ?? {}).map(([key, def]) => {
      const shown = def.operation ? editorView(def.operation) : undefined;
      return {
        kind,
        key,
        def,
        label: def.display?.label ?? '',
        description: def.display?.description ?? '',
        hidden: !!def.display?.hidden,
        inputs: staticFields(def.operation?.inputFields),
        sample: def.operation?.sample === undefined ? undefined : shown?.sample,
        outputs: shown?.outputFields ?? [],
      };
    }),
  );
  return { ALL, VISIBLE: ALL.filter((o) => !o.hidden) };
};
const name = (o: Op) => `${o.kind} ${o.key}`;
const declOf = (o: Op) => operations.find((x) => x.kind === o.kind && x.decl.key === o.key)?.decl;
const isDelete = (o: Op) => o.kind === 'create' && declOf(o)?.method === 'DELETE' && o.key.startsWith('delete_');

/** Runs a rule over operations; the test shows every violation. */
const rule = (ops: Op[], check: (o: Op) => string | string[] | undefined | false) =>
  ops.flatMap((o) => {
    const r = check(o);
    return (Array.isArray(r) ? r : r ? [r] : []).map((p) => `${name(o)}: ${p}`);
  });

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** Every string in a sample, with its dotted key. */
const leaves = (v: unknown, prefix = ''): Array<[string, unknown]> => {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${prefix}[${i}]`));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k));
  return [[prefix, v]];
};
const lastKey = (path: string) =>
  path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop() ?? path;

/** Output keys that hold ids: `id`, `_id`, `…Id`, `…Ids`, `…_id`. */
const isIdKey = (k: string) => /^(_?id|.*Ids?|.*_id)$/.test(k);

/** A rule: every violation in the app as "kind key: problem" (an empty list passes). */
type Rule = (app: Def) => string[];

/** The rules, grouped as the documents they come from; the key is the test's name. */
const RULES: Array<[string, Record<string, Rule>]> = [
  [
    'Integration check reference (automated D-checks)',
    {
      // D001 Asks for API Key in Action Instead of in Auth (now "Input Fields Should Be Insensitive", naming
      // `user_password` among its wrong keys). Secret-like inputs belong to auth; the only ones kept are a GHL user's
      // own password (Create / Update User: GHL's POST /users requires it), whose help text must say why it is asked.
      'D001: no credentials asked in a step, except a user password whose help text says why': (app) => {
        const { ALL } = view(app);
        return rule(ALL, (o) =>
          o.inputs
            .filter((f) => f.type === 'password' || /api_?key|token|secret|password/i.test(f.key))
            .filter(
              (f) =>
                !(
                  /password/i.test(f.key) &&
                  /\bthe (new )?user\b.*\blog ?in\b|\blog ?in\b.*\bthe (new )?user\b/i.test(f.helpText ?? '')
                ),
            )
            .map(
              (f) =>
                `input "${f.key}" looks like a credential; if it is the user's password, say in its help text that the user logs in with it`,
            ),
        );
      },
      // D002 Provide Link in Help Text for Auth Fields: applies to pasted API keys; with OAuth2 only the account type is
      // asked, and it must explain itself.
      'D002: auth is OAuth2 and its visible fields have help text': (app) => {
        const auth = app.authentication;
        const bare = (auth.fields ?? []).filter((f: Def) => !f.computed && !f.helpText).map((f: Def) => f.key);
        return [
          ...(auth.type === 'oauth2' ? [] : [`auth type is ${auth.type}, not oauth2`]),
          ...bare.map((k: string) => `auth field "${k}" has no help text`),
        ];
      },
      // D004 ID Fields Should Have Dynamic Dropdowns (triggers: PR 4.2.1 "users should never be expected to type in an
      // ID"). A trigger input the user must fill with an id needs a dropdown.
      'D004 / PR 4.2.1: required id inputs of visible triggers have a dropdown': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE.filter((o) => o.kind === 'trigger'),
          (o) =>
            o.inputs
              .filter((f) => f.required && /\bID$/.test(f.label ?? '') && !f.dynamic)
              .map((f) => `input "${f.key}" (${f.label}) has no dropdown`),
        );
      },
      // D005 Dynamic Dropdown Connects to a Non-Existing Trigger.
      'D005: every dynamic dropdown points at an existing trigger': (app) => {
        const { ALL } = view(app);
        return rule(ALL, (o) =>
          o.inputs
            .filter((f) => f.dynamic && !app.triggers[String(f.dynamic).split('.')[0]])
            .map((f) => `input "${f.key}" → ${f.dynamic}`),
        );
      },
      // D006 REST Hook Trigger Needs a Polling URL; D016 Consists Only a Static Webhook; D017 Static Hook Is Discouraged.
      'D006 / D016 / D017: hook triggers have performList, subscribe and unsubscribe (no static hooks)': (app) => {
        const { ALL } = view(app);
        return rule(
          ALL.filter((o) => o.kind === 'trigger' && o.def.operation?.type === 'hook'),
          (o) =>
            (!o.def.operation.performList ||
              !o.def.operation.performSubscribe ||
              !o.def.operation.performUnsubscribe) &&
            'hook trigger without performList / subscribe / unsubscribe',
        );
      },
      // D007 All URLs Should Be HTTPS: the consent page on every login host offered, and the API (token endpoint
      // included) at its default base URL.
      'D007: OAuth and API URLs are HTTPS': (app) => {
        const authorize = app.authentication.oauth2Config?.authorizeUrl;
        const hosts = Object.keys(
          app.authentication.fields?.find((f: Def) => f.key === 'loginHost')?.choices ?? { default: '' },
        );
        const urls = [
          ...(typeof authorize === 'function'
            ? hosts.map((loginHost) =>
                authorize({}, { inputData: { loginHost, redirect_uri: 'https://zapier.com/r', state: 's' } }),
              )
            : [authorize?.url ?? authorize]),
          DEFAULT_BASE_URL,
        ];
        return urls.filter((u) => !/^https:\/\//.test(String(u))).map((u) => `URL ${u} is not HTTPS`);
      },
      // D008 Invalid Markdown Link: a URL in copy is a [link](https://…) or in backticks.
      'D008: URLs in descriptions and help texts are markdown links or in backticks': (app) => {
        const { ALL } = view(app);
        const bad = (s: string) =>
          s
            .replace(/\[[^\]]*\]\(https?:\/\/[^)\s]+\)/g, '')
            .replace(/`[^`]*`/g, '')
            .match(/https?:\/\/\S+|\[[^\]]*\]\([^)]*$/g) ?? [];
        return rule(ALL, (o) => [
          ...bad(o.description).map((u) => `description has a bare URL ${u}`),
          ...o.inputs.flatMap((f) => bad(f.helpText ?? '').map((u) => `input "${f.key}" help has a bare URL ${u}`)),
        ]);
      },
      // D009 Requires at Least One Search Field.
      'D009: every search has an input field': (app) => {
        const { ALL } = view(app);
        return rule(
          ALL.filter((o) => o.kind === 'search'),
          (o) => !(o.def.operation?.inputFields ?? []).length && 'no input field',
        );
      },
      // D010 Missing Primary Key Fields in Static Sample Data: polling triggers dedupe on the outputs marked `primary`,
      // else on `id`.
      'D010: every polling trigger sample has its primary key (the `primary` outputs, else id)': (app) => {
        const { ALL } = view(app);
        return rule(
          ALL.filter((o) => o.kind === 'trigger'),
          (o) => {
            // The definition's own sample and outputs: Zapier dedupes on static `primary` outputs only (its schema).
            const own = o.def.operation?.sample as Def | undefined;
            const primary = staticFields(o.def.operation?.outputFields)
              .filter((f) => f.primary)
              .map((f) => f.key);
            return (primary.length ? primary : ['id'])
              .filter((k) => own?.[k] === undefined || own[k] === '')
              .map((k) => `sample has no ${k}`);
          },
        );
      },
      // D011 Redundant Help Text: help text equal to the label.
      'D011: no help text that repeats the label': (app) => {
        const { ALL } = view(app);
        const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
        return rule(ALL, (o) =>
          o.inputs
            .filter((f) => f.helpText && norm(f.helpText) === norm(f.label ?? f.key))
            .map((f) => `input "${f.key}" help repeats its label`),
        );
      },
      // D012 Static Sample Is Required (PR 4.7 / 5.4 / 6.5: one item, not the list).
      'D012: every visible operation has one static sample object': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE,
          (o) => (!o.sample || Array.isArray(o.sample) || !Object.keys(o.sample).length) && 'no sample object',
        );
      },
      // D013 Connects to a Non-Existing Search; D014 Has a Search Connector, but No Dynamic Dropdown (now "Search
      // Connector can't be combined with certain other features": a string, number or integer, not list / dict /
      // children).
      'D013 / D014: every search connector points at a search, has a dynamic dropdown, and is one plain value': (
        app,
      ) => {
        const { ALL } = view(app);
        return rule(ALL, (o) =>
          o.inputs
            .filter((f) => f.search)
            .flatMap((f) => [
              ...(app.searches[String(f.search).split('.')[0]]
                ? []
                : [`input "${f.key}" search connector → missing ${f.search}`]),
              ...(f.dynamic ? [] : [`input "${f.key}" has a search connector (${f.search}) but no dynamic dropdown`]),
              ...(f.list || f.dict || f.children || !['string', 'number', 'integer'].includes(f.type ?? 'string')
                ? [`input "${f.key}" has a search connector but is not one string, number or integer`]
                : []),
            ]),
        );
      },
      // D015 Search-Or-Create Connects to a Non-Existing Action/Search.
      'D015: every search-or-create pairs existing steps': (app) => {
        const problems = Object.entries<Def>(app.searchOrCreates ?? {}).flatMap(([key, s]) => [
          ...(app.searches[s.search] ? [] : [`${key}: search ${s.search} missing`]),
          ...(app.creates[s.create] ? [] : [`${key}: create ${s.create} missing`]),
          ...(s.update && !app.creates[s.update] ? [`${key}: update ${s.update} missing`] : []),
        ]);
        return problems;
      },
      // D018 Titlecased Label (also PR 4.1 / 5.1 / 6.2 "a descriptive, titlecased name").
      'D018: labels are title case': (app) => {
        const { ALL } = view(app);
        const SMALL = new Set([
          'a',
          'an',
          'and',
          'as',
          'at',
          'but',
          'by',
          'for',
          'from',
          'in',
          'into',
          'of',
          'on',
          'or',
          'the',
          'to',
          'via',
          'vs',
          'with',
        ]);
        const titleCase = (label: string) =>
          words(label).every((w, i) => {
            const bare = w.replace(/^[("']+|[)"',:]+$/g, '');
            if (!/^[a-z]/i.test(bare)) return true;
            if (i > 0 && SMALL.has(bare.toLowerCase())) return bare === bare.toLowerCase();
            return /^[A-Z]/.test(bare);
          });
        const labels = [
          ...ALL.map((o) => [name(o), o.label] as const),
          ...Object.entries<Def>(app.searchOrCreates ?? {}).map(
            ([k, s]) => [`searchOrCreate ${k}`, s.display.label] as const,
          ),
        ];
        return labels.filter(([, l]) => !titleCase(l)).map(([n, l]) => `${n}: "${l}"`);
      },
      // D021 Trigger Description Requirements: starts "Triggers when " and ends with ".".
      'D021: visible trigger descriptions start "Triggers when " and end with a period': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE.filter((o) => o.kind === 'trigger'),
          (o) => !/^Triggers when .*\.$/s.test(o.description) && `"${o.description}"`,
        );
      },
      // D022 Creates Should Try to Have Static Input Fields.
      'D022: every create has a static input field': (app) => {
        const { ALL } = view(app);
        return rule(
          ALL.filter((o) => o.kind === 'create'),
          (o) => !o.inputs.length && 'no static input field',
        );
      },
      // D023 ISO-8601 Date/Time Format in Static Sample (PR 4.6.3: with an offset; avoid epoch timestamps). GHL answers
      // some times in epoch ms (conversations' lastMessageDate); the app keeps them (dedupe ids are built from them) only
      // beside an ISO twin `<field>Iso` (lib/items withIsoTimes), which is what a Zap maps.
      'D023: sample dates are ISO 8601 with an offset; epoch numbers only beside their ISO twin': (app) => {
        const { ALL } = view(app);
        const ISO_NO_TZ = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
        return rule(ALL, (o) =>
          leaves(o.sample).flatMap(([k, v]) => {
            if (typeof v === 'string' && ISO_NO_TZ.test(v)) return [`${k} "${v}" has no time zone offset`];
            const twin = (o.sample as Record<string, unknown> | undefined)?.[`${k}Iso`];
            // An epoch as text ("1772360130000", the spec's own example of lastMessageDate) is an epoch too.
            const epoch = typeof v === 'number' ? v > 1e11 : typeof v === 'string' && /^\d{12,13}$/.test(v);
            if (epoch && /(date|time|At|On)$/i.test(lastKey(k)) && typeof twin !== 'string')
              return [`${k} is an epoch number (${JSON.stringify(v)}) without ${k}Iso`];
            return [];
          }),
        );
      },
      // D024 Static Sample Respects Output Field Definition: required keys present, values of the declared type. A
      // file is the URL a builder sees for it at run time (Zapier's https://zapier.com/engine/hydrate/… link), never
      // the `hydrate|||…|||hydrate` pointer z.dehydrateFile writes, which the Zap editor would show as it is.
      'D024: samples fit their output field types': (app) => {
        const { ALL } = view(app);
        const fits = (type: string, v: unknown) =>
          v === undefined ||
          v === null ||
          (type === 'file' && typeof v === 'string' && /^https:\/\/\S+$/.test(v)) ||
          (type === 'integer' && Number.isInteger(v)) ||
          (type === 'number' && typeof v === 'number') ||
          (type === 'boolean' && typeof v === 'boolean') ||
          (type === 'datetime' && typeof v === 'string' && !Number.isNaN(Date.parse(v))) ||
          (type === 'string' && ['string', 'number'].includes(typeof v)) ||
          !['integer', 'number', 'boolean', 'datetime', 'string', 'file'].includes(type);
        return rule(ALL, (o) =>
          o.outputs.flatMap((f) => {
            const v = o.sample
              ? (leaves(o.sample).find(([k]) => k === f.key)?.[1] ?? (o.sample as any)[f.key])
              : undefined;
            if (f.required && v === undefined) return [`required output "${f.key}" missing from the sample`];
            return f.type && !fits(f.type, v)
              ? [`output "${f.key}" is ${f.type} but the sample has ${JSON.stringify(v)}`]
              : [];
          }),
        );
      },
      // D025 URLs Should Not Be Dangerous URIs: no `javascript:`, `data:`, `vbscript:` (or `file:`) URI anywhere in the
      // definition's text (descriptions, help texts, samples, choices).
      'D025: no dangerous URI in the definition': (app) =>
        leaves(JSON.parse(JSON.stringify(app)))
          .filter(([, v]) => typeof v === 'string' && /\b(javascript|vbscript|data|file):/i.test(v))
          .map(([k, v]) => `${k}: "${v}"`),
      // D026 Manual domain validation recommended for domain-related auth fields: the login host (the one auth field
      // that names a domain) reaches the consent URL only as one of its own choices, whatever the input holds.
      'D026: the consent page is only ever on a login host the connection offers': (app) => {
        const authorize = app.authentication.oauth2Config?.authorizeUrl;
        const field = app.authentication.fields?.find((f: Def) => f.key === 'loginHost');
        if (typeof authorize !== 'function' || !field) return [];
        const hosts = Object.keys(field.choices ?? {});
        return ['evil.example.com', 'marketplace.gohighlevel.com.evil.example.com', 'constructor', '__proto__', '']
          .map((loginHost) => [loginHost, new URL(authorize({}, { inputData: { loginHost } })).host])
          .filter(([, host]) => !hosts.includes(host))
          .map(([loginHost, host]) => `login host ${JSON.stringify(loginHost)} sends users to ${host}`);
      },
      // D028 Clean Input Data Enabled: Zapier then drops empty values (null, '', [], {}) before the step sees them,
      // which the tests never do; the steps read empties themselves (README "Normalization rules").
      'D028: cleanInputData is off for the app and no step turns it back on': (app) => [
        ...(app.flags?.cleanInputData === false ? [] : ['flags.cleanInputData is not false']),
        ...rule(view(app).ALL, (o) => o.def.operation?.cleanInputData === true && 'operation sets cleanInputData'),
      ],
    },
  ],
  [
    'Integration publishing requirements (review rules)',
    {
      // PR 5.1 actions: "a concise description starting with a plural form of the action verb, and ending in a period";
      // PR 6.2 searches: "starting with … typically 'Finds', and ending in a period".
      'PR 5.1 / 6.2: action descriptions start with a verb in -s, search descriptions with "Finds"; both end with a period':
        (app) => {
          const { VISIBLE } = view(app);
          return rule(
            VISIBLE.filter((o) => o.kind !== 'trigger'),
            (o) => {
              const first = (words(o.description)[0] ?? '').replace(/[,;:]$/, '');
              if (o.kind === 'search' && first !== 'Finds')
                return `search description must start "Finds": "${o.description}"`;
              if (o.kind === 'create' && !/^[A-Z][a-z]+s$/.test(first))
                return `action description must start with a verb such as "Creates": "${o.description}"`;
              return !o.description.trim().endsWith('.') && `description must end with a period: "${o.description}"`;
            },
          );
        },
      // PR 6.2: "Use 'Find' over 'Get'" for search names.
      'PR 6.2: search labels start with "Find"': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE.filter((o) => o.kind === 'search'),
          (o) => !o.label.startsWith('Find ') && `"${o.label}"`,
        );
      },
      // PR 4.1 / 5.1 / 6.2: a noun (singular) for every operation; "do not include the name of your integration nor
      // capitalize the noun in the description".
      'PR 4.1 / 5.1 / 6.2: a singular noun; descriptions do not name the integration': (app) => {
        const { VISIBLE } = view(app);
        return rule(VISIBLE, (o) => [
          ...(!o.def.noun || (/s$/.test(o.def.noun) && !/(ss|us|is)$/.test(o.def.noun))
            ? [`noun "${o.def.noun}" should be one singular noun`]
            : []),
          ...(/\b(GHL|GoHighLevel|HighLevel|LeadConnector)\b/.test(o.description)
            ? [`description names the integration: "${o.description}"`]
            : []),
        ]);
      },
      // PR 4.8 / 5.5 / 6.6 Output fields: "Add a custom output field label when … a field is represented by an ID".
      'PR 4.8 / 5.5 / 6.6: every visible operation has labelled outputs, and every id in its sample has a label': (
        app,
      ) => {
        const { VISIBLE } = view(app);
        return rule(VISIBLE, (o) => {
          const labelled = new Set(o.outputs.filter((f) => f.label).map((f) => f.key));
          if (!labelled.size) return 'no labelled output fields';
          // Zapier's output keys name nested values with "__" (contact__id); values inside lists are not labelled.
          const ids = leaves(o.sample)
            .map(([k]) => k.replace(/\[\d+\]/g, '[]'))
            .filter((k) => !k.includes('[]') && isIdKey(lastKey(k)))
            .map((k) => k.split('.').join('__'));
          return [...new Set(ids)].filter((k) => !labelled.has(k)).map((k) => `id output "${k}" has no label`);
        });
      },
      // PR 4.8 / 5.5 / 6.6: a label says what the field is. Two outputs with one label must be the same value: Opportunity
      // Stage Changed labelled both its change id ("<id>-<stage>-<time>") and opportunityId "Opportunity ID", so a Zap
      // could map the change id into Update Opportunity; messageType (TYPE_SMS) and its readable twin were both "Channel".
      // A sample key without a label shows Zapier's own (defaultLabel): New Contact Appointment labelled appointmentStatus
      // "Status" beside GHL's `status` ("booked"), and a transcription's sentence count "Sentences" beside its sentences.
      'PR 4.8 / 5.5 / 6.6: outputs with one label hold one sample value': (app) => {
        const { VISIBLE } = view(app);
        const valueOf = (sample: unknown, key: string) =>
          key.split('__').reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), sample);
        /** Zapier's output keys of a sample: nested objects joined by "__", a list one output. */
        const keysOf = (v: unknown, prefix = ''): string[] =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.entries(v).flatMap(([k, x]) => keysOf(x, prefix ? `${prefix}__${k}` : k))
            : [prefix];
        return rule(VISIBLE, (o) => {
          const byLabel = new Map<string, string[]>();
          const labelled = new Set(o.outputs.filter((f) => f.label).map((f) => f.key));
          const shown = [
            ...o.outputs.filter((f) => f.label),
            ...keysOf(o.sample ?? {})
              .filter((k) => !labelled.has(k))
              .map((key) => ({ key, label: defaultLabel(key) })),
          ];
          for (const f of shown) byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f.key]);
          return [...byLabel]
            .filter(([, keys]) => new Set(keys.map((k) => JSON.stringify(valueOf(o.sample, k)))).size > 1)
            .map(([label, keys]) => `outputs ${keys.join(', ')} are all labelled "${label}" but differ in the sample`);
        });
      },
      // GHL answers some writes with a confirmation sentence in `message` ("Message added successfully"): shown as
      // Zapier's "Message", a builder maps it for the message's text.
      'PR 4.8: a confirmation in `message` is labelled as a result, not "Message"': (app) =>
        rule(view(app).VISIBLE, (o) => {
          if (typeof o.sample?.message !== 'string') return undefined;
          const label = o.outputs.find((f) => f.key === 'message')?.label;
          return (
            (!label || label === 'Message') && `message ("${o.sample.message}") is labelled "${label ?? 'Message'}"`
          );
        }),
      // PR 1.4 consistency: steps that answer the same GHL records (one endpoint, one noun) show each field by one label.
      // New Appointment and Appointment Booked both list GET /calendars/events, yet called appointmentStatus "Status"
      // and "Appointment Status", and New Appointment left the meeting address and update time to Zapier's labels; Find
      // Conversation left the contact's email and phone as "Email" / "Phone" where New Conversation says "Contact Email".
      'PR 1.4: steps answering one endpoint label each output alike': (app) => {
        const { VISIBLE } = view(app);
        const byRecord = new Map<string, Op[]>();
        for (const o of VISIBLE) {
          const d = declOf(o);
          const at = d && `${d.method} ${d.path} ${d.noun}`;
          if (at) byRecord.set(at, [...(byRecord.get(at) ?? []), o]);
        }
        return [...byRecord.values()].flatMap((ops) => {
          const labels = new Map<string, Map<string, string[]>>();
          for (const o of ops) {
            const own = new Map(o.outputs.filter((f) => f.label).map((f) => [f.key, f.label as string]));
            for (const key of new Set([...Object.keys(o.sample ?? {}), ...own.keys()])) {
              if (key === 'id' || key === 'recordId') continue; // a change trigger's id is the change's
              const label = own.get(key) ?? defaultLabel(key);
              const seen = labels.get(key) ?? new Map<string, string[]>();
              labels.set(key, seen.set(label, [...(seen.get(label) ?? []), name(o)]));
            }
          }
          return [...labels]
            .filter(([, seen]) => seen.size > 1)
            .map(([key, seen]) => `${key} is ${[...seen].map(([l, ns]) => `"${l}" (${ns.join(', ')})`).join(' and ')}`);
        });
      },
      // PR 4.8 / 1.4: the reverse, one value with one label. Updated Contact and Tag Added to Contact showed the contact's
      // id as "Contact ID" and again as "Record ID", Find Sub-Account as "Sub-Account (Location) ID" and "Sub-Account ID",
      // and Updated Contact's change id was "Change ID" where every other change trigger says "Change ID (record ID +
      // update)".
      'PR 4.8 / 1.4: outputs holding one id carry one label, and change ids one label in every step': (app) => {
        const { VISIBLE } = view(app);
        const valueOf = (sample: unknown, key: string) =>
          key.split('__').reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), sample);
        const changeLabels = new Set(
          VISIBLE.flatMap((o) => o.outputs.filter((f) => /^Change ID/.test(f.label ?? '')).map((f) => f.label)),
        );
        return [
          ...rule(VISIBLE, (o) => {
            const byValue = new Map<string, Set<string>>();
            for (const f of o.outputs.filter((f) => f.label && isIdKey(lastKey(f.key.split('__').join('.'))))) {
              const v = valueOf(o.sample, f.key);
              if (typeof v === 'string') byValue.set(v, (byValue.get(v) ?? new Set()).add(f.label));
            }
            return [...byValue]
              .filter(([, labels]) => labels.size > 1)
              .map(([v, labels]) => `id "${v}" is labelled ${[...labels].map((l) => `"${l}"`).join(' and ')}`);
          }),
          ...(changeLabels.size > 1 ? [`change ids are labelled ${[...changeLabels].join(', ')}`] : []),
        ];
      },
      // PR 5.1 / 6.2 "a descriptive … name" and PR 1.4: an action is picked from a list of 100, by its label alone. "Add
      // Followers" did not say whose (contact or opportunity), "Delete Notification" / "Validate Group Slug" not of what
      // (Create Calendar Notification sat beside them), "Remove from Campaign" not who. The key names it: every word of
      // the key is in the label (GHL's name for the call stays in the declaration's apiLabel).
      'PR 6.2 / 5.1: action and search labels name every record their key names': (app) => {
        const { VISIBLE } = view(app);
        const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?<![su])s$/, '');
        // The API says location where the product (and every other step) says sub-account.
        const SAME: Record<string, string> = { location: 'sub account' };
        return rule(
          VISIBLE.filter((o) => o.kind !== 'trigger'),
          (o) => {
            const label = ` ${words(o.label.toLowerCase().replace(/[-()]/g, ' ')).map(singular).join(' ')} `;
            return o.key
              .split('_')
              .filter((w) => !['to', 'from', 'by', 'all'].includes(w))
              .map(singular)
              .filter((w) => !label.includes(` ${SAME[w] ?? w} `))
              .map((w) => `label "${o.label}" does not say "${w}"`);
          },
        );
      },
      // PR 1.4 "match the product's UI": GHL's UI, this app's help texts and its agency steps say sub-account; the API's
      // "location" showed in Create Location, Find Location by ID and their "Location ID"s. A meeting location is one.
      'PR 1.4: what a step shows says sub-account, never location': (app) => {
        const { VISIBLE } = view(app);
        const LOCATION = /(?<!Meeting )\blocations?\b(?! settings)/i;
        return rule(VISIBLE, (o) =>
          [
            o.def.noun,
            o.label,
            o.description,
            ...o.inputs.flatMap((f) => [f.label, f.helpText]),
            ...o.outputs.map((f) => f.label),
          ]
            // A path such as /locations/{locationId} is the API's.
            .filter((t) => typeof t === 'string' && LOCATION.test(t.replace(/\S*\/\S*/g, '')))
            .map((t) => `"${t}"`),
        );
      },
      // PR 5.2.4 help text says what to enter "such as the expected format", to a builder who sees labels: Create
      // Contact's help said "returned with isDuplicate true", an API key its output calls "Already Existed". Code and
      // JSON examples (in backticks, quotes or braces) are exempt.
      'PR 5.2.4: descriptions and help texts name fields by their label, not an API key': (app) => {
        const { VISIBLE } = view(app);
        return rule(VISIBLE, (o) =>
          [o.description, ...o.inputs.map((f) => f.helpText)]
            .filter((t): t is string => typeof t === 'string')
            .flatMap((t) =>
              (t.replace(/`[^`]*`|"[^"]*"|\{[^}]*\}/g, '').match(/\b[a-z]+[A-Z]\w*\b/g) ?? []).map(
                (k) => `"${k}" in "${t}"`,
              ),
            ),
        );
      },
      // PR 4.7 "representative data" and PR 1.4 consistency: one record id is one kind of record everywhere. A sample id
      // shown as "Contact ID" in one step and "Calendar ID" or "Appointment ID" in others (GHL's spec examples reuse
      // one id for everything) tells a Zap builder the records are the same; one kind also keeps one label ("Event ID"
      // and "Appointment ID" for appointments). Deletes ("Deleted … ID") and change ids are left out.
      'PR 4.7 / 1.4: a sample record id carries one label in every step': (app) => {
        const { VISIBLE } = view(app);
        const seen = new Map<string, Map<string, string>>();
        for (const o of VISIBLE) {
          const label = o.outputs.find((f) => f.key === 'id')?.label;
          const id = o.sample?.id;
          if (typeof id !== 'string' || !label || /^(Deleted|Change) /.test(label)) continue;
          if (!seen.has(id)) seen.set(id, new Map());
          if (!seen.get(id)!.has(label)) seen.get(id)!.set(label, name(o));
        }
        return [...seen]
          .filter(([, labels]) => labels.size > 1)
          .map(([id, labels]) => `${id} is ${[...labels].map(([l, n]) => `"${l}" (${n})`).join(', ')}`);
      },
      // PR 5.2.1: "Users should never be expected to manually type or map an internal ID to an action field. Your
      // integration should not have input fields labeled 'XXX ID'", use a dynamic dropdown. An id input without one is
      // allowed only where no operation of the app lists those ids (the reason is stated below). A dropdown is labelled
      // by what is picked ("Calendar"), not "Calendar ID", in every step.
      'PR 5.2.1: action inputs labelled "… ID" have a dropdown unless nothing lists them; dropdowns are not labelled "… ID"':
        (app) => {
          const { VISIBLE } = view(app);
          const UNLISTED: Record<string, string> = {
            templateId: 'no operation of the catalog lists message templates',
            meetingLocationId: "a calendar's meeting location configurations are not listed by the API",
            altId: 'the id of the message in the other system',
            conversationProviderId: "the provider app's id, from its marketplace settings",
            'update_message_status.messageId': 'the id GHL sent to the provider app with the message',
            'update_message_status.emailMessageId': 'the id GHL sent to the provider app with the email',
            visitorId: 'a live-chat visitor id comes from the chat widget, no endpoint lists visitors',
            locationIds: "sub-accounts are listed for agency connections only; empty is the connection's own",
          };
          return rule(VISIBLE, (o) =>
            o.inputs.flatMap((f) => {
              if (!/\bIDs?\b/.test(f.label ?? '')) return [];
              if (f.dynamic) return [`input "${f.key}" is a dropdown labelled "${f.label}"`];
              return o.kind === 'create' && !UNLISTED[`${o.key}.${f.key}`] && !UNLISTED[f.key]
                ? [`input "${f.key}" (${f.label}) asks for an id without a dropdown`]
                : [];
            }),
          );
        },
      // PR 4.7 / 5.4 / 6.5 Sample data: representative values (not 'string' or '1234'); no keys that only some accounts
      // have (custom fields: `customField_<id>`, or a form answer keyed by the field's GHL id, 20+ letters and digits;
      // a long camelCase name such as conversationProviderId has no digit).
      'PR 4.7 / 5.4 / 6.5: samples have no per-account custom field keys and no placeholder values': (app) => {
        const ghlIdKey = (k: string) => k.split('.').some((p) => /^[A-Za-z0-9]{20,}$/.test(p) && /\d/.test(p));
        const { ALL } = view(app);
        const PLACEHOLDER =
          /^(string|test|example|lorem ipsum.*|xxx+|abc123|123456|1234|0as9d8as0d|asdf\w*|sample|foo|bar|null|undefined)$/i;
        return rule(ALL, (o) =>
          leaves(o.sample).flatMap(([k, v]) => [
            ...(/(^|\.)customField_/.test(k) || ghlIdKey(k) ? [`per-account custom field key ${k}`] : []),
            ...(typeof v === 'string' && PLACEHOLDER.test(v) ? [`${k} is a placeholder "${v}"`] : []),
          ]),
        );
      },
      // PR 4.7: "use representative data": the sample location's id is not reused as another record's id.
      'PR 4.7: samples do not reuse the location id as the id of other records': (app) => {
        const { ALL } = view(app);
        const locationIds = new Set(
          ALL.flatMap((o) =>
            leaves(o.sample)
              .filter(([k]) => lastKey(k) === 'locationId')
              .map(([, v]) => v),
          ),
        );
        return rule(ALL, (o) =>
          leaves(o.sample)
            .filter(
              ([k, v]) =>
                locationIds.has(v) &&
                !['locationId', 'locationIds'].includes(lastKey(k)) &&
                !(o.def.noun === 'Sub-Account' && k === 'id'),
            )
            .map(([k, v]) => `${k} reuses the location id ${v}`),
        );
      },
      // PR 4.6.4 / 5.3.2 Booleans: true / false, not 1 / 0 or text.
      'PR 4.6.4 / 5.3.2: boolean outputs are true / false in samples': (app) => {
        const { ALL } = view(app);
        return rule(ALL, (o) =>
          o.outputs
            .filter((f) => f.type === 'boolean')
            .map((f) => [f.key, (o.sample as any)?.[f.key]] as const)
            .filter(([, v]) => v !== undefined && typeof v !== 'boolean')
            .map(([k, v]) => `${k} is ${JSON.stringify(v)}`),
        );
      },
      // PR 5.6 / 6.1: Create-or-Update is a Search-or-Create with an Update action.
      'PR 5.6 / 6.1: Find or Create Contact / Opportunity update the found record': (app) => {
        const soc = app.searchOrCreates ?? {};
        return [
          ...(soc.find_contact?.update === 'update_contact'
            ? []
            : ['Find or Create Contact does not update with update_contact']),
          ...(soc.find_opportunity?.update === 'update_opportunity'
            ? []
            : ['Find or Create Opportunity does not update with update_opportunity']),
        ];
      },
      // The found id must reach an input the update has; and no constraint ties the search to an input it may leave
      // empty (Contact ID when the search is by email): the finds answer exact matches themselves (SearchDecl.exact).
      'Find or Create: the found id fills an update input, and no search input constrains the match': (app) =>
        Object.entries<Def>(app.searchOrCreates ?? {}).flatMap(([key, s]) => [
          ...Object.keys(s.updateInputFromSearchOutput ?? {})
            .filter((k) => !app.creates[s.update]?.operation.inputFields.some((f: any) => f?.key === k))
            .map((k) => `${key}: the update ${s.update} has no input ${k}`),
          ...(s.searchUniqueInputToOutputConstraint ? [`${key}: searchUniqueInputToOutputConstraint is set`] : []),
        ]),
      // PR 5.7 Delete actions: "Avoid delete actions which make it easy for users to accidentally delete data". Ours
      // stay (GHL users ask for them) but say so before the user runs them: a `copy` field (P15).
      'PR 5.7 / P15: every delete action warns in a copy field that it cannot be undone': (app) => {
        const { ALL } = view(app);
        return rule(
          ALL.filter(isDelete),
          (o) =>
            !o.inputs.some((f) => f.type === 'copy' && /cannot be undone/i.test(f.helpText ?? '')) &&
            'no copy field saying the delete cannot be undone',
        );
      },
    },
  ],
  [
    'Project rules (issue 15: what a Zap builder sees)',
    {
      // PR 4.1 "a concise description … no more than a handful of additional words"; P15: at most 25 words.
      'P15: descriptions have at most 25 words': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE,
          (o) => words(o.description).length > 25 && `${words(o.description).length} words: "${o.description}"`,
        );
      },
      // P15: implementation detail belongs in the README ("Known API quirks"), not in what the Zap editor shows.
      'P15: descriptions carry no implementation detail': (app) => {
        const { VISIBLE } = view(app);
        const DETAIL =
          /\b(endpoint|poll(s|ed|ing)?|dedupe\w*|cursor|spec|paginat\w*|quer(y|ies)|JSON|dropdown|payload|newest \d+|each check|Version header|deprecated endpoint)\b/i;
        return rule(
          VISIBLE,
          (o) => DETAIL.test(o.description) && `"${o.description.match(DETAIL)![0]}" in "${o.description}"`,
        );
      },
      // P15: an operation that labels a record id shows one in its sample (Create Calendar Resource labelled "Resource
      // ID" while its sample had no id, though GHL answers one).
      'P15: a labelled record id is in the sample': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE,
          (o) => o.outputs.some((f) => f.key === 'id' && f.label) && !('id' in (o.sample ?? {})) && 'sample has no id',
        );
      },
      // P15: two inputs of one step with the same label cannot be told apart in the Zap editor (the note picker and
      // the new text of Update Contact Note were both "Note").
      'P15: no two inputs of a step share a label': (app) => {
        const { VISIBLE } = view(app);
        return rule(VISIBLE, (o) => {
          const labels = o.inputs.filter((f) => f.label).map((f) => String(f.label).toLowerCase());
          return [...new Set(labels.filter((l, i) => labels.indexOf(l) !== i))].map(
            (l) => `two inputs labelled "${l}"`,
          );
        });
      },
      // P15 / PR 4.1: triggers are named for the event a user waits for, not for the API call behind them.
      'P15: visible trigger labels name an event, not an API call': (app) => {
        const { VISIBLE } = view(app);
        return rule(
          VISIBLE.filter((o) => o.kind === 'trigger'),
          (o) => /^(Get|List|Search|Check|Filter|Find|Download|Fetch)\b/.test(o.label) && `"${o.label}"`,
        );
      },
      // P15: "Finds a opportunity" — articles agree with the next word, in every description (generated ones too).
      'P15: "a" / "an" agree with the next word': (app) => {
        const { ALL } = view(app);
        const texts = [
          ...ALL.map((o) => [name(o), o.description] as const),
          ...Object.entries<Def>(app.searchOrCreates ?? {}).map(
            ([k, s]) => [`searchOrCreate ${k}`, s.display.description] as const,
          ),
        ];
        return texts
          .filter(([, d]) => /\b[Aa] [aeio][a-z]|\ban [b-df-hj-np-tv-z][a-z]/.test(d))
          .map(([n, d]) => `${n}: "${d}"`);
      },
      // P15: operations the spec marks deprecated say so in their label and description.
      'P15: deprecated GHL operations are marked as such': (app) => {
        const { VISIBLE } = view(app);
        return rule(VISIBLE, (o) => {
          const decl = declOf(o);
          if (!decl || decl.path.includes('{path}')) return undefined;
          const spec = findOperation(decl.method, decl.path.replace(/\{[^}]+\}/g, 'x'));
          if (!spec?.doc?.deprecated) return undefined;
          return (
            (!/\(Deprecated\)$/.test(o.label) || !/deprecated/i.test(o.description)) &&
            `GHL deprecates ${decl.method} ${decl.path}: label must end "(Deprecated)" and the description say so`
          );
        });
      },
      // P15: what a step shows names no brand: white-label agencies show GHL under their own name (README "Agency
      // connections and white-label"), and PR 4.1 / 5.1 / 6.2 keep the integration's name out of descriptions (checked
      // above). Labels, help texts, choices, placeholders and output labels say "sub-account", never "GHL".
      'P15: step labels, help texts, choices and output labels do not name GHL / HighLevel': (app) => {
        const { VISIBLE } = view(app);
        const BRAND = /\b(GHL|GoHighLevel|HighLevel|LeadConnector)\b/;
        const choiceLabels = (c: unknown) =>
          Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x?.label)) : Object.values(c ?? {});
        return rule(VISIBLE, (o) => [
          ...(BRAND.test(o.label) ? [`label "${o.label}"`] : []),
          ...o.inputs.flatMap((f) =>
            [f.label, f.helpText, f.placeholder, ...choiceLabels(f.choices)]
              .filter((t) => typeof t === 'string' && BRAND.test(t))
              .map((t) => `input "${f.key}": "${t}"`),
          ),
          ...o.outputs.filter((f) => BRAND.test(f.label ?? '')).map((f) => `output "${f.key}": "${f.label}"`),
        ]);
      },
      // P15: dropdown helpers (`*_choices`) exist only for dropdowns and stay hidden.
      'P15: dropdown-only helpers are hidden': (app) => {
        const { ALL } = view(app);
        return rule(
          ALL.filter((o) => o.kind === 'trigger' && o.key.endsWith('_choices')),
          (o) => !o.hidden && 'dropdown helper is visible',
        );
      },
      // P15: one delete result shape: {id, deleted: true} (GHL answers {succeded} / {succeeded} / {success}).
      'P15: every delete action answers {id, deleted: true}': (app) => {
        const { ALL } = view(app);
        return rule(ALL.filter(isDelete), (o) => {
          const s = (o.sample ?? {}) as Record<string, unknown>;
          return (
            (typeof s.id !== 'string' ||
              s.deleted !== true ||
              ['success', 'succeeded', 'succeded'].some((k) => k in s)) &&
            `sample ${JSON.stringify(s)}`
          );
        });
      },
      // P15: readable values next to raw codes — a message's numeric `type` / `TYPE_…` messageType comes with its
      // channel name, a raw direction with its readable twin.
      'P15: raw message codes come with readable values': (app) => {
        const { ALL } = view(app);
        return rule(ALL, (o) => {
          const s = (o.sample ?? {}) as Record<string, unknown>;
          const problems: string[] = [];
          const raw = leaves(s).filter(
            ([k, v]) =>
              (lastKey(k) === 'messageType' || lastKey(k) === 'lastMessageType') &&
              typeof v === 'string' &&
              /^TYPE_/.test(v),
          );
          for (const [k] of raw) {
            const twin = k.replace(/(last)?[mM]essageType$/, (_m, last) => (last ? 'lastChannel' : 'channel'));
            if (typeof leaves(s).find(([x]) => x === twin)?.[1] !== 'string')
              problems.push(`${k} has no readable ${twin}`);
          }
          return problems;
        });
      },
    },
  ],
];

for (const [group, rules] of RULES) {
  describe(group, () => {
    for (const [title, check] of Object.entries(rules)) test(title, () => expect(check(App as Def)).toEqual([]));
  });
}

// PR 4.7 "representative data": New Appointment lists GET /calendars/events, whose items are CalendarEventDTOs; its
// sample reused the contact appointments' one, with a `status` that endpoint neither declares nor answers.
test("PR 4.7: New Appointment's sample has only the keys of the events GET /calendars/events lists", () => {
  const spec = findOperation('GET', '/calendars/events')!;
  const file = path.join(SPEC_DIR, spec.file);
  const ok = resolve(spec.doc.responses['200'].content['application/json'].schema, file);
  const event = resolve(ok.schema.properties.events.items, ok.file).schema;
  const sample = (App as Def).triggers.new_appointment.operation.sample;
  expect(Object.keys(sample).filter((k) => !(k in event.properties))).toEqual([]);
});

// D003 Connection Label Should Be Set; PR 3.3: no API keys, secrets or lengthy ids in the connection label.
test('D003 / PR 3.3: the connection label is set and shows no lengthy id', async () => {
  expect((App as Def).authentication.connectionLabel).toBeDefined();
  nock.disableNetConnect();
  const locationId = 've9EPM428h8vShlRW1KT';
  nock(DEFAULT_BASE_URL)
    .get(`/locations/${locationId}`)
    .reply(200, {
      location: { id: locationId, name: 'Acme Dental', email: 'front@acmedental.com', companyId: 'comp123' },
    });
  const tested = await appTester((App as Def).authentication.test, { authData: { ...AUTH, locationId } } as any);
  const label = await appTester((App as Def).authentication.connectionLabel, {
    authData: { ...AUTH, locationId },
    inputData: tested,
  } as any);
  expect(label).toContain('Acme Dental');
  expect(String(label)).not.toMatch(/[A-Za-z0-9]{16,}/);
  nock.cleanAll();
});

/**
 * Every rule catches what it checks: each mutation below breaks one thing in a copy of the app, and the rule whose
 * name contains the key must then report it (a rule that could never fail would pass the tests above vacuously).
 */
describe('each rule reports a definition that breaks it', () => {
  /** Deep copy of the definition; functions (perform, dynamic inputFields) are shared, never changed. */
  const copy = (v: any): any =>
    Array.isArray(v)
      ? v.map(copy)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]))
        : v;
  /** Each step's sample and labels as the editor shows them, in the definition itself, for a mutation to change. */
  const shownWhole = (app: Def) => {
    for (const [, group] of KINDS)
      for (const step of Object.values<Def>(app[group] ?? {}))
        if (step.operation?.sample) Object.assign(step.operation, editorView(step.operation));
    return app;
  };
  const op = (app: Def, group: string, key: string) => app[group][key].operation;
  const display = (app: Def, group: string, key: string) => app[group][key].display;
  const MUTATIONS: Record<string, (app: Def) => void> = {
    D001: (a) =>
      op(a, 'creates', 'create_contact').inputFields.push({ key: 'api_key', label: 'API Key', type: 'password' }),
    D002: (a) => a.authentication.fields.push({ key: 'subdomain', label: 'Subdomain' }),
    D004: (a) => op(a, 'triggers', 'new_contact').inputFields.push({ key: 'dealId', label: 'Deal ID', required: true }),
    D005: (a) =>
      op(a, 'creates', 'create_contact').inputFields.push({ key: 'x', label: 'X', dynamic: 'no_such_trigger.id.name' }),
    'D006 ': (a) => (op(a, 'triggers', 'new_contact').type = 'hook'),
    D007: (a) => (a.authentication.oauth2Config.authorizeUrl = () => 'http://example.com/authorize'),
    D008: (a) => (display(a, 'creates', 'create_contact').description = 'Creates a contact, see https://example.com.'),
    D009: (a) => (op(a, 'searches', 'find_user').inputFields = []),
    D010: (a) => delete op(a, 'triggers', 'new_contact').sample.id,
    'primary key': (a) =>
      op(a, 'triggers', 'new_contact').outputFields.push({ key: 'contactNumber', label: 'Number', primary: true }),
    D011: (a) =>
      op(a, 'creates', 'create_contact').inputFields.push({ key: 'nickname', label: 'Nickname', helpText: 'nickname' }),
    D012: (a) => delete op(a, 'creates', 'create_contact').sample,
    'D013 / D014': (a) =>
      op(a, 'creates', 'create_contact').inputFields.push({ key: 'ownerId', label: 'Owner', search: 'find_user.id' }),
    'one plain value': (a) =>
      op(a, 'creates', 'create_contact').inputFields.push({
        key: 'ownerIds',
        label: 'Owners',
        list: true,
        dynamic: 'user_choices.id.name',
        search: 'find_user.id',
      }),
    D015: (a) => (a.searchOrCreates.find_contact.create = 'no_such_create'),
    D018: (a) => (display(a, 'triggers', 'new_contact').label = 'new contact'),
    D021: (a) => (display(a, 'triggers', 'new_contact').description = 'Fires for every new contact.'),
    D022: (a) => (op(a, 'creates', 'add_contact_tags').inputFields = []),
    D023: (a) => (op(a, 'triggers', 'new_contact').sample.dateAdded = '2026-03-01T10:15:30'),
    D025: (a) => (op(a, 'creates', 'create_contact').sample.website = 'javascript:alert(1)'),
    D026: (a) =>
      (a.authentication.oauth2Config.authorizeUrl = (_z: unknown, b: Def) =>
        `https://${b.inputData.loginHost}/v2/oauth/chooselocation`),
    D028: (a) => delete a.flags,
    D024: (a) =>
      op(a, 'triggers', 'new_contact').outputFields.push({ key: 'firstName', label: 'First Name', type: 'number' }),
    'output field types': (a) =>
      (op(a, 'triggers', 'get_message_recording').sample.file =
        'hydrate|||{"type":"file","method":"hydrators.conversationFile","bundle":{}}|||hydrate'),
    'PR 5.1': (a) => (display(a, 'creates', 'create_contact').description = 'A contact is created.'),
    'PR 6.2: search labels': (a) => (display(a, 'searches', 'find_user').label = 'Get User'),
    'singular noun': (a) => (a.creates.create_contact.noun = 'Contacts'),
    'labelled outputs': (a) => (op(a, 'creates', 'create_contact').outputFields = []),
    'placeholder values': (a) => (op(a, 'creates', 'create_contact').sample.templateId = '0as9d8as0d'),
    'per-account custom field keys': (a) =>
      (op(a, 'triggers', 'new_form_submission').sample.others = { MgobCB14YMVKuE4Ka8p1: 'Webinar' }),
    'reuse the location id': (a) => {
      const s = op(a, 'creates', 'create_contact').sample;
      // Samples leave out the connection's own locationId (issue 16): give this one a location, then reuse its id.
      s.locationId = 've9EPM428h8vShlRW1KT';
      s.assignedTo = s.locationId;
    },
    'boolean outputs': (a) => {
      op(a, 'creates', 'create_contact').outputFields.push({ key: 'dnd', label: 'Do Not Disturb', type: 'boolean' });
      op(a, 'creates', 'create_contact').sample.dnd = 'yes';
    },
    'PR 5.6': (a) => delete a.searchOrCreates.find_contact.update,
    'the found id fills an update input': (a) =>
      (a.searchOrCreates.find_opportunity.updateInputFromSearchOutput = { oppId: 'id' }),
    'no search input constrains the match': (a) =>
      (a.searchOrCreates.find_contact.searchUniqueInputToOutputConstraint = { contactId: 'id' }),
    'PR 5.7': (a) =>
      (op(a, 'creates', 'delete_contact').inputFields = op(a, 'creates', 'delete_contact').inputFields.slice(1)),
    '25 words': (a) =>
      (display(a, 'creates', 'create_contact').description = `Creates a contact${' and more'.repeat(12)}.`),
    'implementation detail': (a) =>
      (display(a, 'triggers', 'new_contact').description =
        'Triggers when a contact is added (each poll reads the newest 100).'),
    'labelled record id': (a) => delete op(a, 'creates', 'create_contact').sample.id,
    'share a label': (a) =>
      op(a, 'creates', 'create_contact').inputFields.push({ key: 'otherEmail', label: 'Email', type: 'string' }),
    'name an event': (a) => (display(a, 'triggers', 'new_contact').label = 'List Contacts'),
    '"a" / "an"': (a) =>
      (a.searchOrCreates.find_opportunity.display.description = 'Finds a opportunity, or creates one.'),
    deprecated: (a) => (display(a, 'triggers', 'users_by_location').label = 'New User'),
    'dropdown-only helpers': (a) => delete display(a, 'triggers', 'user_choices').hidden,
    '{id, deleted: true}': (a) => (op(a, 'creates', 'delete_contact').sample = { contactId: 'c1', succeded: true }),
    'raw message codes': (a) => delete op(a, 'triggers', 'get_message').sample.channel,
    'carries one label': (a) => (op(a, 'triggers', 'campaigns').sample.id = op(a, 'triggers', 'new_task').sample.id),
    'with one label': (a) =>
      (op(a, 'triggers', 'get_message').outputFields.find((f: Def) => f.key === 'messageType').label = 'Channel'),
    'unless nothing lists them': (a) => {
      op(a, 'creates', 'create_location').inputFields.push({ key: 'snapshotId', label: 'Snapshot ID' });
      op(a, 'searches', 'find_calendar').inputFields.find((f: Def) => f.key === 'calendarId').label = 'Calendar ID';
    },
    'not "Message"': (a) =>
      (op(a, 'creates', 'add_inbound_message').outputFields = op(
        a,
        'creates',
        'add_inbound_message',
      ).outputFields.filter((f: Def) => f.key !== 'message')),
    'answering one endpoint': (a) =>
      (op(a, 'searches', 'find_conversation').outputFields = op(a, 'searches', 'find_conversation').outputFields.filter(
        (f: Def) => f.key !== 'email',
      )),
    'one id carry one label': (a) =>
      (op(a, 'triggers', 'updated_contact').outputFields.find((f: Def) => f.key === 'recordId').label = 'Record ID'),
    'name every record': (a) => (display(a, 'creates', 'add_opportunity_followers').label = 'Add Followers'),
    'never location': (a) => (display(a, 'searches', 'find_location').label = 'Find Location by ID'),
    'not an API key': (a) =>
      (op(a, 'creates', 'create_contact').inputFields.find((f: Def) => f.key === 'onDuplicate').helpText =
        'An existing contact is returned with isDuplicate true.'),
    'name GHL': (a) =>
      op(a, 'creates', 'send_message').outputFields.push({ key: 'msg', label: 'GHL Note', type: 'string' }),
  };
  const all = RULES.flatMap(([, rules]) => Object.entries(rules));

  test('every rule has a mutation', () => {
    const covered = all.filter(([title]) => Object.keys(MUTATIONS).some((k) => title.includes(k))).map(([t]) => t);
    expect(all.map(([t]) => t).filter((t) => !covered.includes(t))).toEqual([]);
  });

  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    test(`${name}`, () => {
      const matching = all.filter(([title]) => title.includes(name));
      expect(matching).toHaveLength(1);
      const app = shownWhole(copy(App));
      mutate(app);
      expect(matching[0][1](app).length).toBeGreaterThan(0);
    });
  }
});
