import { fingerprint } from '../../bench/lib/answers';
import { median } from '../../bench/lib/measure';
import { profiled } from '../../bench/lib/profile';
import { markdown, targetChecks, type BenchReport } from '../../bench/lib/report';

describe('benchmark runner: answer comparison, medians, PROFILE and the target table', () => {
  it('compares answers by the entities and counts in them, whatever their JSON shape', () => {
    // The peer returns one-element lists and spells provenance differently; the same entities match.
    const ours = {
      person: { id: 'p1', talks: [{ id: 't1', event: { id: 'e1' } }], provenance: { source: { id: 's' } } },
    };
    const peer = {
      people: [{ id: 'p1', talks: [{ event: [{ id: 'e1' }], id: 't1' }], properties: { source: 's' } }],
    };
    expect(fingerprint(peer)).toBe(fingerprint(ours));
    expect(fingerprint({ totalCount: 3, nodes: [{ id: 'a' }] })).not.toBe(
      fingerprint({ totalCount: 4, nodes: [{ id: 'a' }] }),
    );
    expect(fingerprint({ nodes: [{ key: 'Person:a' }] })).not.toBe(
      fingerprint({ nodes: [{ key: 'Person:b' }] }),
    );
  });

  it('takes the median of rounds', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('puts PROFILE after a CYPHER version or options prefix', () => {
    expect(profiled('MATCH (n) RETURN n')).toBe('PROFILE MATCH (n) RETURN n');
    expect(profiled('CYPHER 5\nMATCH (n) RETURN n')).toBe('CYPHER 5 PROFILE MATCH (n) RETURN n');
    expect(profiled('CYPHER runtime=slotted MATCH (n) RETURN n')).toBe(
      'CYPHER runtime=slotted PROFILE MATCH (n) RETURN n',
    );
  });

  it('checks the targets at concurrency 8 and marks each hit or miss', () => {
    const fig = (rps: number, p99: number) => ({ 8: { rps, p50: p99 / 2, p99, errors: 0, rounds: [rps] } });
    const report: BenchReport = {
      when: '2026-01-01T00:00:00Z',
      machine: { cpus: 'cpu', cores: 2, memoryGiB: 24, os: 'Linux', node: 'v20', neo4j: '5.26' },
      dataset: { sf: 10, seed: 42, nodes: 1, relationships: 1 },
      settings: { duration: 5, warmup: 3, rounds: 3, concurrency: [8], targets: ['ours', 'peer', 'raw'] },
      operations: [
        { name: 'fast', kind: 'detail' },
        { name: 'slow', kind: 'analysis' },
      ],
      results: {
        fast: { ours: fig(300, 40), peer: fig(100, 90), raw: fig(330, 30) },
        slow: { ours: fig(10, 900), peer: fig(9, 950), raw: fig(20, 500) },
      },
      profiles: {},
      answerMismatches: [],
      rssMiB: {},
    };
    const checks = targetChecks(report);
    expect(checks[0]).toMatchObject({ operation: 'fast', vsPeer: 3, p99: 40, p99Applies: true });
    expect(checks[0]!.vsRaw).toBeCloseTo(300 / 330);
    expect(checks[1]).toMatchObject({ operation: 'slow', vsRaw: 0.5, p99Applies: false });
    const table = markdown(report);
    expect(table).toMatch(/\| fast \| detail \| 300 \| 100 \| 330 \| 3\.00 ✅ \| 0\.91 ✅ \| 40 ✅ \|/);
    expect(table).toMatch(/\| slow \| analysis \| 10 \| 9 \| 20 \| 1\.11 ❌ \| 0\.50 ❌ \| 900 \|/);
  });
});
