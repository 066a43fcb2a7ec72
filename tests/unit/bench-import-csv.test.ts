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
} from '../../bench/import/csv';
import { importArgs, parseDuration } from '../../bench/import/neo4j-admin';
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
    expect(nodeHeader(cols)).toBe(':ID,id,name,aliases:string[],startDate:date,recorded:boolean\n');
    expect(relHeader([{ name: 'source', type: 'string' }])).toBe(':START_ID,:END_ID,source\n');
  });

  it('quotes strings (quotes doubled), leaves missing values empty and keeps empty strings', () => {
    expect(quote('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(field({ name: 's', type: 'string' }, '')).toBe('""');
    expect(field({ name: 's', type: 'string' }, undefined)).toBe('');
    expect(field({ name: 's', type: 'string' }, null)).toBe('');
    expect(field({ name: 'a', type: 'string[]' }, ['x;y', 'z,"w"'])).toBe(`"x;y${ARRAY_DELIMITER}z,""w"""`);
    expect(field({ name: 'a', type: 'string[]' }, [])).toBe('');
    expect(field({ name: 'b', type: 'boolean' }, true)).toBe('true');
    expect(field({ name: 'n', type: 'long' }, 42)).toBe('42');
    expect(field({ name: 'd', type: 'date' }, '2020-11-27')).toBe('"2020-11-27"');
    expect(
      line(
        '"id-1"',
        [
          { name: 'a', type: 'string' },
          { name: 'b', type: 'long' },
        ],
        { b: 7 },
      ),
    ).toBe('"id-1",,7\n');
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

  it('starts a new part with a wider header when a later batch brings a new property', () => {
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
    w.writeNodes({ label: 'Place', dateProps: [], rows: [row('p1')] });
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
    const m = w.finish();
    expect(m.nodeCounts).toEqual({ Event: 3, Place: 1 });
    expect(m.relationshipCounts).toEqual({ HELD_IN: 1 });
    expect(m.emptyLists).toEqual({ Event: { aliases: 2 }, Place: { aliases: 1 } });
    expect(m.multiline).toBe(true);
    const [p1, p2] = m.nodes[0]!.files.map((f) => fs.readFileSync(f, 'utf8'));
    expect(p1).toBe(
      ':ID,id,name,aliases:string[],searchKeys:string[],sources:string[]\n' +
        '0,"e1","N e1",,"e1","s1"\n' +
        '1,"e2","N e2","E2","e2","s1"\n',
    );
    expect(p2).toBe(
      ':ID,id,name,aliases:string[],searchKeys:string[],sources:string[],startDate:date\n' +
        '2,"e3","N e3",,"e3","s1","2020-01-01"\n',
    );
    const rels = m.relationships[0]!.files.map((f) => fs.readFileSync(f, 'utf8')).join('');
    expect(rels).toBe(
      ':START_ID,:END_ID,source\n' +
        ':START_ID,:END_ID,source,note,seeded:boolean\n0,3,"s1","line one\nline two",true\n',
    );
    const args = importArgs(m, 'neo4j');
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--multiline-fields=true');
    expect(args.filter((a) => a.startsWith('--nodes=Event='))).toHaveLength(2);
    expect(args).toContain('--id-type=actual');
    expect(args).toContain(`--relationships=HELD_IN=${m.relationships[0]!.files[1]}`);
  });

  it("writes a synthetic graph's every node and relationship, one line each", () => {
    const g = syntheticGraph({ seed: 7, sf: 0.05 });
    const m = writeGraphCsv(g, dir, { batchSize: 500 });
    let nodes = 0;
    let rels = 0;
    for (const b of g.nodeBatches()) nodes += b.rows.length;
    for (const b of g.relBatches()) rels += b.rows.length;
    const dataLines = (files: string[]) =>
      files.reduce((s, f) => s + fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).length - 1, 0);
    expect(m.multiline).toBe(false);
    expect(Object.values(m.nodeCounts).reduce((s, x) => s + x, 0)).toBe(nodes);
    expect(Object.values(m.relationshipCounts).reduce((s, x) => s + x, 0)).toBe(rels);
    expect(dataLines(m.nodes.flatMap((s) => s.files))).toBe(nodes);
    expect(dataLines(m.relationships.flatMap((s) => s.files))).toBe(rels);
  });
});

describe('neo4j-admin output', () => {
  it("reads the importer's own duration", () => {
    expect(parseDuration('...\nIMPORT DONE in 1m 2s 345ms. \nImported:')).toBeCloseTo(62.345);
    expect(parseDuration('IMPORT DONE in 13s 106ms. ')).toBeCloseTo(13.106);
    expect(parseDuration('IMPORT FAILED')).toBeUndefined();
  });
});
