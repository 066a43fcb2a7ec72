import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findDates } from '../../src/ingest/dates';
import { IngestError } from '../../src/ingest/errors';
import { extract } from '../../src/ingest/extract';
import { link } from '../../src/ingest/link';
import { parseName } from '../../src/ingest/people';
import { readInput } from '../../src/ingest/read-input';
import { segment } from '../../src/ingest/segment';
import type { Knowledge } from '../../src/ingest/knowledge';

describe('genre rules', () => {
  it('reads upper-case family names and Western names', () => {
    expect(parseName(['LIU', 'Xiangang'])).toMatchObject({
      familyName: 'Liu',
      givenName: 'Xiangang',
      chineseOrder: true,
    });
    expect(parseName(['Haley', 'WU'])).toMatchObject({
      familyName: 'Wu',
      givenName: 'Haley',
      chineseOrder: false,
    });
    expect(parseName(['Li', 'Hongzhong'])).toMatchObject({ familyName: 'Li', chineseOrder: true });
    expect(parseName(['Karen', 'Higginbottom'])).toMatchObject({
      familyName: 'Higginbottom',
      givenName: 'Karen',
    });
  });

  it('reads date ranges and completes a missing year from the publication date', () => {
    expect(findDates('from 3 to 5 May 2021')[0]).toMatchObject({ start: '2021-05-03', end: '2021-05-05' });
    const d = findDates('On 2 March, the body met', '2022-06-01')[0]!;
    expect(d.start).toBe('2022-03-02');
    expect(d.inferred[0]).toMatch(/publication date/);
  });

  it('finds people, institutions with acronyms, units, events, organisers and talks in an unseen text', () => {
    const text = [
      'By Ann LEE on 3 May',
      '',
      'On 2 May 2021, as part of the 2021 Standards Week (held from 1 to 7 May 2021), the Data Security Forum was held in Shanghai, China. The Forum was organised by the Shanghai Institute of Standards (SIS) and co-organised by Acme Corporation.',
      'Speakers included ZHANG Wei, Director of the Testing Centre of SIS, who presented the progress of data security standards; and Mr. Tom Baker, from Acme Corporation, who introduced cloud security practices.',
    ].join('\n');
    const x = extract(segment(text, 'text'));
    expect(x.people.map((p) => p.name).sort()).toEqual(['Ann Lee', 'Tom Baker', 'Zhang Wei']);
    const sis = x.institutions.find((i) => i.aliases.includes('SIS'))!;
    expect(sis.name).toBe('Shanghai Institute of Standards');
    const unit = x.institutions.find((i) => i.name.startsWith('Testing Centre'))!;
    expect(unit.partOf).toBe(sis.key);
    const forum = x.events.find((e) => e.name.includes('Data Security Forum'))!;
    expect(forum).toMatchObject({ startDate: '2021-05-02', kind: 'forum' });
    expect(forum.partOf).toBeDefined();
    expect(forum.organisers.map((o) => o.role).sort()).toEqual(['CO_ORGANISED', 'ORGANISED']);
    expect(x.talks).toHaveLength(2);
    expect(x.affiliations.find((a) => a.title === 'Director')?.institution).toBe(unit.key);
    // Every quote is the report's own words.
    for (const q of [...x.people, ...x.institutions, ...x.events, ...x.talks, ...x.affiliations]) {
      expect(text).toContain(q.quote);
    }
  });
});

describe('event and place conventions of standards meetings', () => {
  it.each([
    [
      'The ETSI Security Conference 2023 was held in Geneva on 5 October 2023.',
      'ETSI Security Conference 2023',
      '2023-10-05',
      'Geneva',
      'Switzerland',
    ],
    [
      'On 3 May 2022, the SC 27 plenary meeting was held in London.',
      'SC 27 Plenary Meeting 2022',
      '2022-05-03',
      'London',
      'United Kingdom',
    ],
    [
      'The ISO/IEC JTC 1/SC 27 Workshop took place in Berlin, Germany from 10 to 12 April 2023.',
      'ISO/IEC JTC 1/SC 27 Workshop 2023',
      '2023-04-10',
      'Berlin',
      'Germany',
    ],
    [
      'The TC260 2021 Second Plenary Meeting was held in Beijing on 20 July 2021.',
      'TC260 2021 Second Plenary Meeting',
      '2021-07-20',
      'Beijing',
      'China',
    ],
  ])('%s', (text, name, date, city, country) => {
    const x = extract(segment(text, 'text'));
    const e = x.events.find((ev) => ev.name === name)!;
    expect(e).toMatchObject({ startDate: date });
    const place = x.places.find((p) => p.key === e.heldIn)!;
    expect(place).toMatchObject({ name: city, kind: 'city' });
    const countryOf = (key?: string): string | undefined => {
      const p = x.places.find((q) => q.key === key);
      return p?.kind === 'country' ? p.name : countryOf(p?.locatedIn);
    };
    expect(countryOf(place.key)).toBe(country);
  });
});

describe('linking', () => {
  const k: Knowledge = {
    entities: [
      {
        label: 'Institution',
        id: 'tc260',
        name: 'National Information Security Standardisation Technical Committee',
        aliases: ['TC260'],
        required: {},
        from: 'x',
      },
      {
        label: 'Institution',
        id: 'cesi',
        name: 'China Electronics Standardisation Institute',
        aliases: ['CESI'],
        required: {},
        from: 'x',
      },
    ],
    sources: [],
    topics: [],
    ids: new Set(['tc260', 'cesi']),
  };
  it('links by normalised spelling, acronym spacing and initials; only lists similar names', () => {
    expect(
      link('Institution', ['National Information Security Standardization Technical Committee'], k),
    ).toMatchObject({ method: 'normalised' });
    expect(link('Institution', ['TC 260'], k)).toMatchObject({ method: 'acronym' });
    expect(link('Institution', ['China Electronic Standardization Institute', 'CESI'], k)).toMatchObject({
      method: 'alias',
    });
    const near = link('Institution', ['China Electronics Standardisation Institute Branch'], k);
    expect(near.method).toBe('uncertain');
    expect(near.entity).toBeUndefined();
    expect(near.candidates[0]!.id).toBe('cesi');
  });
});

describe('bad input is refused with a reason', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-bad-'));
  const file = (name: string, content: string | Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, content);
    return f;
  };
  it.each([
    ['empty.txt', '', /empty/],
    ['binary.txt', Buffer.from([0, 1, 2, 3, 255, 0, 7]), /binary/],
    [
      'french.txt',
      'Le forum sur la normalisation de la cybersécurité a eu lieu à Zhengzhou le 16 septembre 2020. Les experts ont présenté les normes nationales.',
      /not in English/,
    ],
    ['fake.pdf', '%PDF-1.4 this is not really a pdf', /PDF/],
  ])('%s', async (name, content, message) => {
    await expect(readInput(file(name, content))).rejects.toThrow(message);
    await expect(readInput(file(`again-${name}`, content))).rejects.toBeInstanceOf(IngestError);
  });
  it('HTML that is only scripts, and a report that names nothing: the CLI says so, writes nothing, exits 1', () => {
    const out = path.join(dir, 'drafts');
    for (const [name, content, message] of [
      [
        'scripts.html',
        '<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>',
        /no readable content/,
      ],
      [
        'nothing.txt',
        'The weather was fine and the committee discussed many things at length over the day.',
        /nothing found/,
      ],
    ] as const) {
      const r = spawnSync(
        'node',
        ['--import', 'tsx', 'src/cli/ingest.ts', file(name, content), '--out', out, '--seeds', dir],
        {
          cwd: path.resolve(__dirname, '../..'),
          encoding: 'utf8',
        },
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(fs.existsSync(out)).toBe(false);
    }
  });
  it('over the size limit', async () => {
    await expect(readInput(file('big.txt', 'a'.repeat(2000)), {}, 1000)).rejects.toThrow(
      /over the limit of 1000 bytes/,
    );
  });
});
