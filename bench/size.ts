/**
 * Size of the app definition as zapier-platform-core handles it: compiled and serialized the way core does it
 * (functions become `$func$…` markers). Core compiles, deep-clones and deep-freezes this object on every run, and
 * its request preparation deep-merges the invocation input that carries it, so run time grows with its size.
 */
type AnyApp = Record<string, any>;

// Core's own compile + serialize (an exported subpath without type declarations), so the size is the one core handles.
const { compileApp, serializeApp } = require('zapier-platform-core/src/tools/schema') as {
  compileApp: (app: AnyApp) => AnyApp;
  serializeApp: (app: AnyApp) => AnyApp;
};

/** The definition as core compiles and serializes it (functions as `$func$…` markers). */
export const serializedDefinition = (App: AnyApp): AnyApp => serializeApp(compileApp(App));

/** The parts of an operation a Zap builder sees, measured separately; `other` is everything else (keys, auth…). */
export const PARTS = ['inputs', 'samples', 'outputs', 'display'] as const;
export type Part = (typeof PARTS)[number];
export type Sizes = Record<Part | 'other' | 'total', number>;

const bytes = (v: unknown) => (v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v)));

/** Bytes of JSON of the serialized definition, total and by part. */
export const definitionSizes = (
  App: AnyApp,
): Sizes & { byOperation: Array<{ kind: string; key: string; bytes: number }> } => {
  const serialized = serializedDefinition(App);
  const sizes: Sizes = { inputs: 0, samples: 0, outputs: 0, display: 0, other: 0, total: bytes(serialized) };
  const byOperation: Array<{ kind: string; key: string; bytes: number }> = [];
  for (const kind of ['triggers', 'creates', 'searches'] as const) {
    for (const [key, op] of Object.entries<AnyApp>(serialized[kind] ?? {})) {
      sizes.inputs += bytes(op.operation?.inputFields);
      sizes.samples += bytes(op.operation?.sample);
      sizes.outputs += bytes(op.operation?.outputFields);
      sizes.display += bytes(op.display);
      byOperation.push({ kind, key, bytes: bytes(op) });
    }
  }
  sizes.other = sizes.total - sizes.inputs - sizes.samples - sizes.outputs - sizes.display;
  byOperation.sort((a, b) => b.bytes - a.bytes);
  return { ...sizes, byOperation };
};

/**
 * The label an output key would get if Zapier's editor split camelCase as it splits underscores ("contact__dateAdded"
 * → "Contact Date Added"). Zapier documents only the underscores (publishing requirements §4.8), which lib/op.ts
 * already relies on; the camelCase part cannot be checked offline, and the trade-off that relies on it says so.
 */
const derivedLabel = (key: string): string =>
  key
    .split('__')
    .map((p) => p.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' '))
    .join(' ')
    .replace(/\b\w/g, (c) => c.toUpperCase());

type Op = AnyApp;
const eachOperation = (app: AnyApp, f: (op: Op, kind: string, key: string) => void) => {
  for (const kind of ['triggers', 'creates', 'searches'] as const)
    for (const [key, op] of Object.entries<Op>(app[kind] ?? {})) f(op, kind, key);
};
const objects = (fields: unknown): AnyApp[] =>
  Array.isArray(fields) ? fields.filter((f): f is AnyApp => !!f && typeof f === 'object') : [];

/** Drops the output labels `when` picks; an output left with only its key, already in the sample, goes entirely. */
const dropOutputLabels = (app: AnyApp, when: (f: AnyApp) => boolean) =>
  eachOperation(app, (op) => {
    const sample = op.operation.sample ?? {};
    const kept = [];
    for (const f of op.operation.outputFields ?? []) {
      if (f && typeof f === 'object' && when(f)) {
        delete f.label;
        if (Object.keys(f).length === 1 && f.key in sample) continue;
      }
      kept.push(f);
    }
    if (op.operation.outputFields) op.operation.outputFields = kept;
  });

/** One way to shrink the definition, what a Zap builder would give up for it, and how it changes the definition. */
interface TradeOff {
  option: string;
  loses: string;
  /** Changes `app`; `original` is the definition before any trade-off. */
  apply: (app: AnyApp, original: AnyApp) => void;
}

const TRADE_OFFS: TradeOff[] = [
  {
    option: 'Leave out output labels that only split a camelCase key into words (dateAdded: "Date Added")',
    loses:
      'nothing if Zapier splits camelCase as it splits underscores (its §4.8 names only underscores); else the raw key',
    apply: (app) => dropOutputLabels(app, (f) => f.label === derivedLabel(f.key)),
  },
  {
    option: 'Serve fixed choice lists from hidden dropdown triggers',
    loses: 'an app call each time a dropdown opens; lists load instead of showing at once',
    apply: (app) => {
      const lists = new Map<string, string>();
      eachOperation(app, (op) => {
        for (const f of objects(op.operation.inputFields)) {
          if (!f.choices) continue;
          const list = JSON.stringify(f.choices);
          if (!lists.has(list)) lists.set(list, `fixed_choices_${lists.size + 1}`);
          delete f.choices;
          f.dynamic = `${lists.get(list)}.id.label`;
        }
      });
      for (const key of lists.values()) {
        app.triggers[key] = {
          key,
          noun: 'Choice',
          display: { label: 'Choices', hidden: true },
          operation: { perform: '$func$2$f$', sample: { id: 'x', label: 'X' } },
        };
      }
    },
  },
  {
    option: 'Drop output labels other than record ids',
    loses: 'labels such as "Full Name" for contactName or "Assigned User ID" for assignedTo',
    apply: (app) => dropOutputLabels(app, (f) => !/id$/i.test(f.key)),
  },
  {
    option: 'Drop input help text',
    loses: 'every hint under an input (formats, examples, which field wins)',
    apply: (app) =>
      eachOperation(app, (op) => {
        for (const f of objects(op.operation.inputFields)) delete f.helpText;
      }),
  },
  {
    option: 'Samples only with the labelled outputs',
    loses: 'the other sample fields, shown when a builder skips the test step',
    apply: (app, original) =>
      eachOperation(app, (op, kind, key) => {
        const sample = op.operation.sample;
        const outputs = original[kind][key]?.operation.outputFields;
        if (!sample || !outputs) return;
        const labelled = new Set(objects(outputs).map((f) => f.key.split('__')[0]));
        for (const k of Object.keys(sample)) if (k !== 'id' && !labelled.has(k)) delete sample[k];
      }),
  },
];

/** What each trade-off would save on its own, and all of them together in this order. */
export const tradeOffs = (App: AnyApp): Array<{ option: string; loses: string; saves: number; total: number }> => {
  const original = serializedDefinition(App);
  const base = bytes(original);
  const together = serializedDefinition(App);
  return TRADE_OFFS.map(({ option, loses, apply }) => {
    const alone = serializedDefinition(App);
    apply(alone, original);
    apply(together, original);
    return { option, loses, saves: base - bytes(alone), total: bytes(together) };
  });
};
