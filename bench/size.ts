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
 * What the steps' editor functions serve (lib/op.ts splitForEditor): the labels and sample values the Zap editor reads
 * when it shows a step's fields, kept out of the definition core handles on every run. Bytes of JSON, and steps.
 */
export const editorServed = (App: AnyApp): { bytes: number; steps: number } => {
  let total = 0;
  let steps = 0;
  for (const kind of ['triggers', 'creates', 'searches'] as const)
    for (const op of Object.values<AnyApp>(App[kind] ?? {}))
      for (const f of op.operation?.outputFields ?? [])
        if (typeof f === 'function' && f.length === 0) {
          total += bytes(f());
          steps++;
        }
  return { bytes: total, steps };
};
