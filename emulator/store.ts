import * as fs from 'fs';
import * as path from 'path';

/** One stored record. Every record has an `id`; GHL's own shape may also expose it as `_id` (handlers add that). */
export type Rec = Record<string, any> & { id: string };

/** Everything the emulator remembers: records by collection, plus small named sections (OAuth grants). */
export interface StateData {
  collections: Record<string, Rec[]>;
  sections: Record<string, unknown>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/**
 * An in-memory record store, optionally written to a JSON file after every change so a restarted emulator (or a
 * second `npm run emulator`) continues where the last one stopped.
 */
export class Store {
  private data: StateData;

  constructor(
    initial: StateData,
    private readonly file?: string,
  ) {
    this.data = file && fs.existsSync(file) ? Store.read(file) : clone(initial);
    this.save();
  }

  static read(file: string): StateData {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StateData>;
    return { collections: parsed.collections ?? {}, sections: parsed.sections ?? {} };
  }

  /** The live array of a collection (created empty on first use). */
  all(coll: string): Rec[] {
    return (this.data.collections[coll] ??= []);
  }

  where(coll: string, match: Record<string, unknown>): Rec[] {
    return this.all(coll).filter((r) => Object.entries(match).every(([k, v]) => v === undefined || r[k] === v));
  }

  get(coll: string, id: string): Rec | undefined {
    return this.all(coll).find((r) => r.id === id);
  }

  insert(coll: string, rec: Rec): Rec {
    this.all(coll).push(rec);
    return rec;
  }

  update(coll: string, id: string, patch: Record<string, unknown>): Rec | undefined {
    const rec = this.get(coll, id);
    if (rec) Object.assign(rec, patch, { id: rec.id });
    return rec;
  }

  remove(coll: string, id: string): Rec | undefined {
    const list = this.all(coll);
    const i = list.findIndex((r) => r.id === id);
    return i < 0 ? undefined : list.splice(i, 1)[0];
  }

  /** Back to `initial` records; sections named in `keep` (e.g. issued tokens) survive. */
  reset(initial: StateData, keep: string[] = []): void {
    const kept = Object.fromEntries(keep.filter((k) => k in this.data.sections).map((k) => [k, this.data.sections[k]]));
    this.data = clone(initial);
    Object.assign(this.data.sections, kept);
    this.save();
  }

  /** A named piece of non-record state (e.g. OAuth grants), persisted with the records. */
  section<T>(name: string, init: () => T): T {
    return (this.data.sections[name] ??= init()) as T;
  }

  snapshot(): StateData {
    return clone(this.data);
  }

  /** Writes the state file atomically (no-op when in memory). */
  save(): void {
    if (!this.file) return;
    fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    fs.renameSync(tmp, this.file);
  }
}
