/**
 * Streams a synthetic graph's batches (bench/generate.ts) into CSV files for the offline importer: one
 * file per label and one per relationship group (type, from label, to label), header on the first line.
 * Nodes are numbered 0..n-1 in the order written, and relationships refer to those numbers: imported with
 * --id-type=actual they are Neo4j's node ids, so the importer does no id mapping (hashing, sorting and
 * looking up strings was most of its time), and the CSV is smaller. The writer keeps one number per node
 * (business id -> number, per label) and throws on a relationship whose end was not written. Columns are taken from the rows as they come; when a later row brings
 * a property no earlier row had, the file is closed and a new part with the wider header begins (the
 * importer reads each part with its own header), so nothing is buffered beyond one batch.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NodeBatch, RelBatch, SyntheticGraph } from '../generate';
import { csvTypeOf, line, nodeHeader, quote, relHeader, type CsvColumn } from './csv';

export interface CsvSource {
  /** Label (nodes) or relationship type. */
  name: string;
  /** Part files, each with its header on the first line. */
  files: string[];
}

export interface CsvManifest {
  dir: string;
  nodes: CsvSource[];
  relationships: CsvSource[];
  nodeCounts: Record<string, number>;
  relationshipCounts: Record<string, number>;
  /** Empty lists written as "no value" (the importer cannot store them): label -> property -> nodes. */
  emptyLists: Record<string, Record<string, number>>;
  /** True when some field holds a newline (the importer then needs --multiline-fields). */
  multiline: boolean;
  bytes: number;
}

/** One output table: its columns so far and the part file being written. */
class Table {
  readonly columns: CsvColumn[] = [];
  private readonly known = new Set<string>();
  readonly files: string[] = [];
  private fd?: number;
  bytes = 0;

  constructor(
    private readonly dir: string,
    private readonly fileStem: string,
    private readonly header: (columns: readonly CsvColumn[]) => string,
    private readonly skip: ReadonlySet<string>,
  ) {}

  /** Adds the columns of `rows` not seen yet; a new part starts when there were any (or no part yet). */
  widen(rows: Iterable<Record<string, unknown>>, dateProps: readonly string[]): void {
    let grew = false;
    for (const props of rows) {
      for (const [k, v] of Object.entries(props)) {
        if (this.known.has(k) || this.skip.has(k) || v === undefined || v === null) continue;
        this.known.add(k);
        this.columns.push({ name: k, type: csvTypeOf(k, v, dateProps) });
        grew = true;
      }
    }
    if (grew || this.fd === undefined) this.newPart();
  }

  private newPart(): void {
    this.close();
    const file = path.join(this.dir, `${this.fileStem}.part${this.files.length + 1}.csv`);
    this.fd = fs.openSync(file, 'w');
    this.files.push(file);
    this.write(this.header(this.columns));
  }

  write(chunk: string): void {
    const buf = Buffer.from(chunk, 'utf8');
    fs.writeSync(this.fd!, buf);
    this.bytes += buf.length;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

const NODE_SKIP = new Set(['id']);
const NO_SKIP = new Set<string>();

export class GraphCsvWriter {
  private readonly nodeTables = new Map<string, Table>();
  private readonly relTables = new Map<string, { type: string; table: Table }>();
  private readonly nodeCounts: Record<string, number> = {};
  private readonly relCounts: Record<string, number> = {};
  private readonly emptyLists: Record<string, Record<string, number>> = {};
  private multiline = false;
  /** Node numbers per label and business id. */
  private readonly numbers = new Map<string, Map<string, number>>();
  private nextNumber = 0;

  /** `dir` is created (emptied first when it exists: its CSV files are this writer's own). */
  constructor(private readonly dir: string) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }

  writeNodes(b: NodeBatch): void {
    let t = this.nodeTables.get(b.label);
    if (!t) {
      this.nodeTables.set(b.label, (t = new Table(this.dir, `nodes-${b.label}`, nodeHeader, NODE_SKIP)));
    }
    t.widen(b.rows, b.dateProps);
    const cols = t.columns;
    const empties = (this.emptyLists[b.label] ??= {});
    let numbers = this.numbers.get(b.label);
    if (!numbers) this.numbers.set(b.label, (numbers = new Map()));
    let chunk = '';
    for (const r of b.rows) {
      if (numbers.has(r.id)) throw new Error(`${b.label} ${r.id} is generated twice`);
      const n = this.nextNumber++;
      numbers.set(r.id, n);
      chunk += line(`${n},${quote(r.id)}`, cols, r);
      for (const c of cols) {
        const v = r[c.name];
        if (Array.isArray(v) && v.length === 0) empties[c.name] = (empties[c.name] ?? 0) + 1;
      }
    }
    this.checkMultiline(chunk, b.rows.length);
    t.write(chunk);
    this.nodeCounts[b.label] = (this.nodeCounts[b.label] ?? 0) + b.rows.length;
  }

  writeRelationships(b: RelBatch): void {
    const key = `${b.fromLabel}-${b.type}-${b.toLabel}`;
    let entry = this.relTables.get(key);
    if (!entry) {
      entry = { type: b.type, table: new Table(this.dir, `rels-${key}`, relHeader, NO_SKIP) };
      this.relTables.set(key, entry);
    }
    const t = entry.table;
    t.widen(
      b.rows.map((r) => r.props),
      b.dateProps,
    );
    const cols = t.columns;
    const from = this.numbers.get(b.fromLabel);
    const to = this.numbers.get(b.toLabel);
    let chunk = '';
    for (const r of b.rows) {
      const a = from?.get(r.from);
      const z = to?.get(r.to);
      if (a === undefined || z === undefined) {
        const [label, id] = a === undefined ? [b.fromLabel, r.from] : [b.toLabel, r.to];
        throw new Error(`${key} refers to ${label} ${id}, which was not written (nodes come first)`);
      }
      chunk += line(`${a},${z}`, cols, r.props);
    }
    this.checkMultiline(chunk, b.rows.length);
    t.write(chunk);
    this.relCounts[b.type] = (this.relCounts[b.type] ?? 0) + b.rows.length;
  }

  /** A chunk of `rows` lines has `rows` newlines unless some field holds one. */
  private checkMultiline(chunk: string, rows: number): void {
    if (this.multiline) return;
    if (chunk.includes('\r')) this.multiline = true;
    let n = 0;
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) n++;
    if (n !== rows) this.multiline = true;
  }

  /** Closes every file and says what was written. */
  finish(): CsvManifest {
    const all = [...this.nodeTables.values(), ...[...this.relTables.values()].map((e) => e.table)];
    for (const t of all) t.close();
    const emptyLists = Object.fromEntries(
      Object.entries(this.emptyLists).filter(([, props]) => Object.keys(props).length > 0),
    );
    return {
      dir: this.dir,
      nodes: [...this.nodeTables].map(([name, t]) => ({ name, files: t.files })),
      relationships: [...this.relTables.values()].map((e) => ({ name: e.type, files: e.table.files })),
      nodeCounts: { ...this.nodeCounts },
      relationshipCounts: { ...this.relCounts },
      emptyLists,
      multiline: this.multiline,
      bytes: all.reduce((s, t) => s + t.bytes, 0),
    };
  }
}

/** Writes every node then every relationship of `graph` into `dir`; `onRows` hears of each batch. */
export function writeGraphCsv(
  graph: Pick<SyntheticGraph, 'nodeBatches' | 'relBatches'>,
  dir: string,
  options: { batchSize?: number; onRows?: (rows: number, phase: 'nodes' | 'relationships') => void } = {},
): CsvManifest {
  const writer = new GraphCsvWriter(dir);
  for (const b of graph.nodeBatches(options.batchSize)) {
    writer.writeNodes(b);
    options.onRows?.(b.rows.length, 'nodes');
  }
  for (const b of graph.relBatches(options.batchSize)) {
    writer.writeRelationships(b);
    options.onRows?.(b.rows.length, 'relationships');
  }
  return writer.finish();
}
