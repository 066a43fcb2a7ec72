import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ARRAY_DELIMITER,
  csvTypeOf,
  field,
  line,
  nodeHeader,
  quote,
  relHeader,
  token,
} from '../../bench/import/csv';
import { importArgs, parseDuration, wipeDatabase } from '../../bench/import/neo4j-admin';
import { GraphCsvWriter, writeGraphCsv } from '../../bench/import/write-csv';
import { syntheticGraph } from '../../bench/generate';

describe('CSV for neo4j-admin import: headers and fields', () => {
  it('types columns from values, dates by name', () => {
    expect(csvTypeOf('name', 'x', [])).toBe('string');
    expect(csvTypeOf('startDate', '2020-01-02', ['startDate'])).toBe('date');
    expect(csvTypeOf('aliases', ['a'], [])).toBe('string[]');
    expect(csvTypeOf('aliases', [], [])).toBe('string[]');
    expect(csvTypeOf('recorded', false, [])).toBe('boolean');
    expect(csvTypeOf('n', 3, [])).toBe('long');
    expect(csvTypeOf('x', 0.5, [])).toBe('double');
    expect(() => csvTypeOf('o', { a: 1 }, [])).toThrow(/property o: cannot write a object/);
    expect(() => csvTypeOf('l', [1, 2], [])).toThrow(/only lists of strings/);
  });

  it('writes typed headers: node numbers as ids, the business id as a property', () => {
    const cols = [
      { name: 'name', type: 'string' as const },
      { name: 'aliases', type: 'string[]' as const },
      { name: 'startDate', type: 'date' as const },
      { name: 'recorded', type: 'boolean' as const },
    ];
    expect(nodeHeader(cols)).toBe(':ID,:LABEL,id,name,aliases:string[],startDate:date,recorded:boolean\n');
    expect(relHeader([{ name: 'source', type: 'string' }])).toBe(':START_ID,:END_ID,:TYPE,source\n');
  });

  it('quotes strings only when they must be (quotes doubled), leaves missing values empty and keeps empty strings', () => {
    expect(quote('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(quote('a, b')).toBe('"a, b"');
    expect(quote('two\nlines')).toBe('"two\nlines"');
    expect(quote('plain text; no comma')).toBe('plain text; no comma');
    expect(quote('')).toBe('""');
    expect(field({ name: 's', type: 'string' }, '')).toBe('""');
    expect(field({ name: 's', type: 'string' }, undefined)).toBe('');
    expect(field({ name: 's', type: 'string' }, null)).toBe('');
    expect(field({ name: 'a', type: 'string[]' }, ['x;y', 'z,"w"'])).toBe(`"x;y${ARRAY_DELIMITER}z,""w"""`);
    expect(field({ name: 'a', type: 'string[]' }, [])).toBe('');
    expect(field({ name: 'b', type: 'boolean' }, true)).toBe('true');
    expect(field({ name: 'n', type: 'long' }, 42)).toBe('42');
    expect(field({ name: 'd', type: 'date' }, '2020-11-27')).toBe('2020-11-27');
    const ab = [
      { name: 'a', type: 'string' as const },
      { name: 'b', type: 'long' as const },
    ];
    expect(line('id-1', ab, { b: 7 })).toBe('id-1,,7\n');
    // Trailing missing values are left out (the importer reads a short line's missing fields as missing).
    expect(line('id-1', ab, { a: 'x' })).toBe('id-1,x\n');
    expect(line('id-1', ab, {})).toBe('id-1\n');
    expect(line('id-1', ab, { a: '' })).toBe('id-1,""\n');
  });

  it('writes labels and types as they are, and refuses names that would need quoting', () => {
    expect(token('label', 'Person')).toBe('Person');
    expect(token('type', 'AFFILIATED_WITH')).toBe('AFFILIATED_WITH');
    expect(() => token('label', 'Bad,Label')).toThrow(/label "Bad,Label": only letters, digits and _/);
    expect(() => token('type', '')).toThrow(/type "": only letters/);
  });

  it('refuses values the column cannot hold instead of importing them wrongly', () => {
    expect(() => field({ name: 'n', type: 'long' }, 1.5)).toThrow(/property n \(long\): cannot write 1.5/);
    expect(() => field({ name: 'b', type: 'boolean' }, 'yes')).toThrow(/property b \(boolean\)/);
    expect(() => field({ name: 'a', type: 'string[]' }, [`x${ARRAY_DELIMITER}y`])).toThrow(/array delimiter/);
  });
});

describe('GraphCsvWriter', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-writer-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every label to one file and every type to another, columns added as properties appear', () => {
    const w = new GraphCsvWriter(dir);
    const row = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      name: `N ${id}`,
      aliases: [] as string[],
      searchKeys: [id],
      sources: ['s1'],
      ...extra,
    });
    w.writeNodes({
      label: 'Event',
      dateProps: ['startDate'],
      rows: [row('e1'), row('e2', { aliases: ['E2'] })],
    });
    w.writeNodes({
      label: 'Event',
      dateProps: ['startDate'],
      rows: [row('e3', { startDate: '2020-01-01' })],
    });
    w.writeNodes({ label: 'Place', dateProps: [], rows: [row('p1', { kind: 'city, district' })] });
    const heldIn = (to: string) => ({
      type: 'HELD_IN' as const,
      fromLabel: 'Event' as const,
      toLabel: 'Place' as const,
      dateProps: [],
      rows: [{ from: 'e1', to, props: { source: 's1' } }],
    });
    expect(() => w.writeRelationships(heldIn('p2'))).toThrow(
      'Event-HELD_IN-Place refers to Place p2, which was not written (nodes come first)',
    );
    expect(() => w.writeNodes({ label: 'Place', dateProps: [], rows: [row('p1')] })).toThrow(
      'Place p1 is generated twice',
    );
    w.writeRelationships({
      type: 'HELD_IN',
      fromLabel: 'Event',
      toLabel: 'Place',
      dateProps: [],
      rows: [{ from: 'e1', to: 'p1', props: { source: 's1', note: 'line one\nline two', seeded: true } }],
    });
    w.writeRelationships({
      type: 'LOCATED_IN',
      fromLabel: 'Place',
      toLabel: 'Place',
      dateProps: [],
      rows: [{ from: 'p1', to: 'p1', props: { source: 's2' } }],
    });
    const m = w.finish();
    expect(m.nodeCounts).toEqual({ Event: 3, Place: 1 });
    expect(m.relationshipCounts).toEqual({ HELD_IN: 1, LOCATED_IN: 1 });
    expect(m.emptyLists).toEqual({ Event: { aliases: 2 }, Place: { aliases: 1 } });
    expect(m.multiline).toBe(true);
    expect(m.nodes).toHaveLength(1);
    expect(m.relationships).toHaveLength(1);
    const [nodeHeaderText, nodeData] = m.nodes[0]!.files.map((f) => fs.readFileSync(f, 'utf8'));
    expect(nodeHeaderText).toBe(
      ':ID,:LABEL,id,name,aliases:string[],searchKeys:string[],sources:string[],startDate:date,kind\n',
    );
    expect(nodeData).toBe(
      '0,Event,e1,N e1,,e1,s1\n' +
        '1,Event,e2,N e2,E2,e2,s1\n' +
        '2,Event,e3,N e3,,e3,s1,2020-01-01\n' +
        '3,Place,p1,N p1,,p1,s1,,"city, district"\n',
    );
    const [relHeaderText, relData] = m.relationships[0]!.files.map((f) => fs.readFileSync(f, 'utf8'));
    expect(relHeaderText).toBe(':START_ID,:END_ID,:TYPE,source,note,seeded:boolean\n');
    expect(relData).toBe('0,3,HELD_IN,s1,"line one\nline two",true\n3,3,LOCATED_IN,s2\n');
    expect(m.bytes).toBe(
      [...m.nodes, ...m.relationships].flatMap((s) => s.files).reduce((s, f) => s + fs.statSync(f).size, 0),
    );
    const args = importArgs(m, 'neo4j');
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--multiline-fields=true');
    expect(args).toContain('--id-type=actual');
    expect(args).toContain(`--nodes=${m.nodes[0]!.files[0]},${m.nodes[0]!.files[1]}`);
    expect(args).toContain(`--relationships=${m.relationships[0]!.files.join(',')}`);
  });

  it('puts a label whose property type clashes with the shared column into a file of its own', () => {
    const w = new GraphCsvWriter(dir);
    const n = (id: string, extra: Record<string, unknown>) => ({
      id,
      name: id.toUpperCase(),
      aliases: [],
      searchKeys: [],
      sources: [],
      ...extra,
    });
    w.writeNodes({ label: 'Event', dateProps: [], rows: [n('e1', { rank: 1 })] });
    w.writeNodes({ label: 'Topic', dateProps: [], rows: [n('t1', {})] });
    // Topic's rank is text where Event's is a number: Topic moves to a second table with all its columns.
    w.writeNodes({ label: 'Topic', dateProps: [], rows: [n('t2', { rank: 'high' })] });
    w.writeNodes({ label: 'Event', dateProps: [], rows: [n('e2', { rank: 2 })] });
    const m = w.finish();
    expect(m.nodes).toHaveLength(2);
    const [first, second] = m.nodes.map((s) => s.files.map((f) => fs.readFileSync(f, 'utf8')));
    const lists = 'aliases:string[],searchKeys:string[],sources:string[]';
    expect(first).toEqual([
      `:ID,:LABEL,id,name,${lists},rank:long\n`,
      '0,Event,e1,E1,,,,1\n1,Topic,t1,T1\n3,Event,e2,E2,,,,2\n',
    ]);
    expect(second).toEqual([`:ID,:LABEL,id,name,${lists},rank\n`, '2,Topic,t2,T2,,,,high\n']);
    expect(m.emptyLists).toEqual({
      Event: { aliases: 2, searchKeys: 2, sources: 2 },
      Topic: { aliases: 2, searchKeys: 2, sources: 2 },
    });
  });

  it("writes a synthetic graph's every node and relationship, one line each", () => {
    const g = syntheticGraph({ seed: 7, sf: 0.05 });
    const m = writeGraphCsv(g, dir, { batchSize: 500 });
    let nodes = 0;
    let rels = 0;
    for (const b of g.nodeBatches()) nodes += b.rows.length;
    for (const b of g.relBatches()) rels += b.rows.length;
    // Each source is a header file then data files.
    const dataLines = (files: string[]) =>
      files.reduce((s, f) => s + fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).length, 0);
    expect(m.multiline).toBe(false);
    expect(Object.values(m.nodeCounts).reduce((s, x) => s + x, 0)).toBe(nodes);
    expect(Object.values(m.relationshipCounts).reduce((s, x) => s + x, 0)).toBe(rels);
    expect(m.nodes).toHaveLength(1);
    expect(m.relationships).toHaveLength(1);
    expect(dataLines(m.nodes.flatMap((s) => s.files.slice(1)))).toBe(nodes);
    expect(dataLines(m.relationships.flatMap((s) => s.files.slice(1)))).toBe(rels);
  });
});

describe('before the import', () => {
  it("deletes the database's store and transaction logs, and nothing else", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'import-home-'));
    try {
      for (const f of [
        'data/databases/neo4j/neostore',
        'data/transactions/neo4j/neostore.transaction.db.0',
        'data/databases/system/neostore',
        'data/transactions/system/neostore.transaction.db.0',
      ]) {
        fs.mkdirSync(path.dirname(path.join(home, f)), { recursive: true });
        fs.writeFileSync(path.join(home, f), 'x');
      }
      expect(wipeDatabase(home)).toBeGreaterThanOrEqual(0);
      expect(fs.existsSync(path.join(home, 'data/databases/neo4j'))).toBe(false);
      expect(fs.existsSync(path.join(home, 'data/transactions/neo4j'))).toBe(false);
      expect(fs.existsSync(path.join(home, 'data/databases/system/neostore'))).toBe(true);
      expect(fs.existsSync(path.join(home, 'data/transactions/system/neostore.transaction.db.0'))).toBe(true);
      expect(() => wipeDatabase(home)).not.toThrow();
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('neo4j-admin output', () => {
  it("reads the importer's own duration", () => {
    expect(parseDuration('...\nIMPORT DONE in 1m 2s 345ms. \nImported:')).toBeCloseTo(62.345);
    expect(parseDuration('IMPORT DONE in 13s 106ms. ')).toBeCloseTo(13.106);
    expect(parseDuration('IMPORT FAILED')).toBeUndefined();
  });
});
