/**
 * Streams a synthetic graph's batches (bench/generate.ts) into CSV files for the offline importer: every
 * node in one data file and every relationship in another, each with a header file of its own
 * (`--nodes=nodes.header.csv,nodes.csv`), written last: columns are added as properties first appear, so
 * earlier lines are simply shorter (the importer reads their missing trailing fields as missing values)
 * and nothing is buffered beyond one batch. Few input files matter: the importer samples every file,
 * single-threaded, before it starts (46 files of one label or type each took 3-18 s at SF100).
 * Nodes are numbered 0..n-1 in the order written, and relationships refer to those numbers: imported with
 * --id-type=actual they are Neo4j's node ids, so the importer does no id mapping (hashing, sorting and
 * looking up strings was most of its time), and the CSV is smaller. The writer keeps one number per node
 * (business id -> number, per label) and throws on a relationship whose end was not written.
 * A label (or type) whose property has another type than the same column already has goes to a file
 * of its own (a second table), so one column never mixes types.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NodeBatch, RelBatch, SyntheticGraph } from '../generate';
import {
  csvTypeOf,
  layoutLine,
  nodeHeader,
  quote,
  relHeader,
  rowLayout,
  token,
  type CsvColumn,
  type CsvType,
  type RowLayout,
} from './csv';

/** Bump when the files' layout changes (a kept CSV of another layout is not reused). */
export const CSV_LAYOUT = 2;

export interface CsvSource {
  /** The header file first, then the data files (`--nodes=<files joined by commas>`). */
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

/** One output table: a data file written as batches come, its columns so far, its header file at the end. */
class Table {
  readonly columns: CsvColumn[] = [];
  private readonly types = new Map<string, CsvType>();
  private readonly fd: number;
  readonly headerFile: string;
  readonly dataFile: string;
  bytes = 0;

  constructor(
    dir: string,
    stem: string,
    private readonly header: (columns: readonly CsvColumn[]) => string,
  ) {
    this.headerFile = path.join(dir, `${stem}.header.csv`);
    this.dataFile = path.join(dir, `${stem}.csv`);
    this.fd = fs.openSync(this.dataFile, 'w');
  }

  /** True when none of `columns` has another type here. */
  accepts(columns: Iterable<[string, CsvType]>): boolean {
    for (const [name, type] of columns) {
      const have = this.types.get(name);
      if (have !== undefined && have !== type) return false;
    }
    return true;
  }

  /** Adds the columns not there yet (at the end: lines already written stay valid). */
  add(columns: Iterable<[string, CsvType]>): void {
    for (const [name, type] of columns) {
      if (this.types.has(name)) continue;
      this.types.set(name, type);
      this.columns.push({ name, type });
    }
  }

  write(chunk: string): void {
    const buf = Buffer.from(chunk, 'utf8');
    fs.writeSync(this.fd, buf);
    this.bytes += buf.length;
  }

  /** Closes the data file and writes the header file. */
  close(): CsvSource {
    fs.closeSync(this.fd);
    const header = this.header(this.columns);
    fs.writeFileSync(this.headerFile, header);
    this.bytes += Buffer.byteLength(header);
    return { files: [this.headerFile, this.dataFile] };
  }
}

/**
 * Tables of one kind (nodes or relationships): each key (label or type) writes to one table, normally
 * the first; a key whose property types clash with its table's columns moves to another one.
 */
class Tables {
  readonly all: Table[] = [];
  private readonly tableOf = new Map<string, Table>();
  /** Every key's property types so far (a key's properties must fit whichever table it writes to). */
  private readonly seen = new Map<string, Map<string, CsvType>>();

  constructor(
    private readonly dir: string,
    private readonly stem: string,
    private readonly header: (columns: readonly CsvColumn[]) => string,
    private readonly skip: ReadonlySet<string>,
  ) {}

  /**
   * The table for this batch of `key`, with the columns of its rows added, and where the key's columns
   * sit in it.
   */
  forBatch(
    key: string,
    rows: Iterable<Record<string, unknown>>,
    dateProps: readonly string[],
  ): { table: Table; layout: RowLayout } {
    let seen = this.seen.get(key);
    if (!seen) this.seen.set(key, (seen = new Map()));
    const fresh: [string, CsvType][] = [];
    for (const props of rows) {
      for (const k in props) {
        const v = props[k];
        if (seen.has(k) || this.skip.has(k) || v === undefined || v === null) continue;
        const type = csvTypeOf(k, v, dateProps);
        seen.set(k, type);
        fresh.push([k, type]);
      }
    }
    let t = this.tableOf.get(key);
    if (!t || !t.accepts(fresh)) {
      t = this.all.find((x) => x.accepts(seen)) ?? this.newTable();
      this.tableOf.set(key, t);
      t.add(seen);
    } else {
      t.add(fresh);
    }
    const own = seen;
    return { table: t, layout: rowLayout(t.columns, (name) => own.has(name)) };
  }

  private newTable(): Table {
    const n = this.all.length;
    const t = new Table(this.dir, n === 0 ? this.stem : `${this.stem}-${n + 1}`, this.header);
    this.all.push(t);
    return t;
  }
}

const NODE_SKIP = new Set(['id']);
const NO_SKIP = new Set<string>();

export class GraphCsvWriter {
  private readonly nodeTables: Tables;
  private readonly relTables: Tables;
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
    this.nodeTables = new Tables(dir, 'nodes', nodeHeader, NODE_SKIP);
    this.relTables = new Tables(dir, 'relationships', relHeader, NO_SKIP);
  }

  writeNodes(b: NodeBatch): void {
    const label = token('label', b.label);
    const { table: t, layout } = this.nodeTables.forBatch(b.label, b.rows, b.dateProps);
    const lists = layout.columns.filter((c) => c.type === 'string[]').map((c) => c.name);
    const empties = (this.emptyLists[b.label] ??= {});
    let numbers = this.numbers.get(b.label);
    if (!numbers) this.numbers.set(b.label, (numbers = new Map()));
    let chunk = '';
    for (const r of b.rows) {
      if (numbers.has(r.id)) throw new Error(`${b.label} ${r.id} is generated twice`);
      const n = this.nextNumber++;
      numbers.set(r.id, n);
      chunk += layoutLine(`${n},${label},${quote(r.id)}`, layout, r);
      for (const name of lists) {
        const v = r[name];
        if (Array.isArray(v) && v.length === 0) empties[name] = (empties[name] ?? 0) + 1;
      }
    }
    this.checkMultiline(chunk, b.rows.length);
    t.write(chunk);
    this.nodeCounts[b.label] = (this.nodeCounts[b.label] ?? 0) + b.rows.length;
  }

  writeRelationships(b: RelBatch): void {
    const key = `${b.fromLabel}-${b.type}-${b.toLabel}`;
    const type = token('type', b.type);
    const { table: t, layout } = this.relTables.forBatch(
      b.type,
      b.rows.map((r) => r.props),
      b.dateProps,
    );
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
      chunk += layoutLine(`${a},${z},${type}`, layout, r.props);
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

  /** Closes every file, writes the headers and says what was written. */
  finish(): CsvManifest {
    const nodes = this.nodeTables.all.map((t) => t.close());
    const relationships = this.relTables.all.map((t) => t.close());
    const emptyLists = Object.fromEntries(
      Object.entries(this.emptyLists).filter(([, props]) => Object.keys(props).length > 0),
    );
    return {
      dir: this.dir,
      nodes,
      relationships,
      nodeCounts: { ...this.nodeCounts },
      relationshipCounts: { ...this.relCounts },
      emptyLists,
      multiline: this.multiline,
      bytes: [...this.nodeTables.all, ...this.relTables.all].reduce((s, t) => s + t.bytes, 0),
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
