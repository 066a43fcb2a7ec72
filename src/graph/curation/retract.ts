import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import { noteTalksAround } from '../tallies/maintain';
import { matchFactsOf } from '../source-facts';
import { BOOKKEEPING_LABELS, MENTIONED_IN, NODE_LABELS } from '../model';
import { CurationError } from './curator';
import { entityKey, plain, recordChange } from './history';

/**
 * Retracting a source: every fact it states goes; facts other sources state stay (each fact is its own
 * relationship, one per source); entities lose it from `sources`, and an entity left with no source is
 * removed unless facts from other sources still hold it — then those sources adopt it, with the words of
 * the fact as where they mention it. The retraction is a Decision, so the seed loader skips the source's
 * file from then on. The same function computes the dry run (in a read transaction) and the real one.
 */

export interface FactRef {
  id: string;
  type: string;
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
  location: string | null;
  quote: string | null;
  seeded: boolean;
}

export interface EntityRef {
  label: string;
  id: string;
  name: string | null;
}

export interface RetractionReport {
  source: string;
  title: string;
  dryRun: boolean;
  decision: string | null;
  removedFacts: FactRef[];
  removedEntities: EntityRef[];
  /** Entities that stay because other sources state them; the retracted source leaves their provenance. */
  keptEntities: EntityRef[];
}

/** Binds `r` to each fact the source `$s` states (index seeks, src/graph/source-facts.ts). */
const FACTS = matchFactsOf('$s', 'r');

const FACT_FIELDS = `elementId(r) AS id, type(r) AS type, labels(a)[0] AS fromLabel, a.id AS from,
  labels(b)[0] AS toLabel, b.id AS to, r.location AS location, r.quote AS quote, coalesce(r.seeded, false) AS seeded`;

async function plan(db: Database, tx: ManagedTransaction, source: string) {
  const s = await db.run(tx, 'MATCH (s:Source {id: $id}) RETURN s.title AS title', { id: source });
  if (s.records.length === 0) throw new CurationError('NOT_FOUND', 'source', `no Source with id "${source}"`);
  const facts = await db.run(
    tx,
    `${FACTS} WITH r, startNode(r) AS a, endNode(r) AS b RETURN ${FACT_FIELDS}
     ORDER BY type, from, to`,
    { s: source },
  );
  // What stays of each entity once the source's facts are gone.
  const entities = await db.run(
    tx,
    `MATCH (n) WHERE $s IN n.sources AND NOT (n:Source AND n.id = $s) AND none(l IN labels(n) WHERE l IN $bookkeeping)
     WITH n, [x IN n.sources WHERE x <> $s] AS rest,
          [(n)-[r]-() WHERE type(r) <> '${MENTIONED_IN}' AND r.source IS NOT NULL AND r.source <> $s | r.source] AS others
     RETURN labels(n)[0] AS label, n.id AS id, n.name AS name, size(rest) + size(others) > 0 AS stays
     ORDER BY label, id`,
    { s: source, bookkeeping: BOOKKEEPING_LABELS },
  );
  const rows = entities.records.map((r) => r.toObject() as EntityRef & { stays: boolean });
  return {
    title: s.records[0]!.get('title') as string,
    facts: facts.records.map((r) => r.toObject() as FactRef),
    removed: rows.filter((r) => !r.stays).map(({ label, id, name }) => ({ label, id, name })),
    kept: rows.filter((r) => r.stays).map(({ label, id, name }) => ({ label, id, name })),
  };
}

/** The ids of `entities` per kind of the model (a label outside it is not written to). */
function idsByLabel(entities: EntityRef[]): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const e of entities) {
    if (!(NODE_LABELS as readonly string[]).includes(e.label)) continue;
    byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e.id]);
  }
  return byLabel;
}

/** What retracting `source` would change; writes nothing (run it in a read transaction). */
export async function previewRetraction(
  db: Database,
  tx: ManagedTransaction,
  source: string,
): Promise<RetractionReport> {
  const p = await plan(db, tx, source);
  return {
    source,
    title: p.title,
    dryRun: true,
    decision: null,
    removedFacts: p.facts,
    removedEntities: p.removed,
    keptEntities: p.kept,
  };
}

export async function retractSource(
  db: Database,
  tx: ManagedTransaction,
  r: { source: string; reason: string; by: string },
  decisionId: string = randomUUID(),
): Promise<RetractionReport> {
  const p = await plan(db, tx, r.source);
  const snapshot = await db.run(
    tx,
    `${FACTS} WITH r, startNode(r) AS a, endNode(r) AS b
     RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.id AS from, labels(b)[0] AS toLabel, b.id AS to,
            properties(r) AS props`,
    { s: r.source },
  );
  await noteTalksAround(db, tx, FACTS, { s: r.source });
  await db.run(tx, `${FACTS} DELETE r`, { s: r.source });
  // Entities kept only by other sources' facts are adopted by those sources, quoting the fact. The plan
  // found them (one scan of the nodes); here each is found by its kind's id index.
  for (const [label, ids] of idsByLabel([...p.removed, ...p.kept])) {
    await db.run(
      tx,
      `MATCH (n:${label}) WHERE n.id IN $ids AND $s IN n.sources
       SET n.sources = [x IN n.sources WHERE x <> $s]
       WITH n WHERE size(n.sources) = 0
       MATCH (n)-[f]-() WHERE type(f) <> '${MENTIONED_IN}' AND f.source IS NOT NULL
       WITH n, f.source AS src, collect(f)[0] AS f
       MATCH (s:Source {id: src})
       MERGE (n)-[m:${MENTIONED_IN} {source: src}]->(s)
       ON CREATE SET m.location = f.location, m.quote = f.quote
       SET n.sources = n.sources + src`,
      { s: r.source, ids },
    );
  }
  const removedProps: unknown[] = [];
  for (const [label, ids] of idsByLabel(p.removed)) {
    await noteTalksAround(db, tx, `MATCH (n:${label})-[r]-() WHERE n.id IN $ids AND n.sources = []`, { ids });
    const gone = await db.run(
      tx,
      `MATCH (n:${label}) WHERE n.id IN $ids AND n.sources = []
       WITH n, properties(n) AS props DETACH DELETE n RETURN props`,
      { ids },
    );
    removedProps.push(...gone.records.map((x) => ({ label, props: x.get('props') as unknown })));
  }
  const source = await db.run(tx, 'MATCH (s:Source {id: $s}) RETURN properties(s) AS props', {
    s: r.source,
  });
  await db.run(tx, 'MATCH (s:Source {id: $s}) DETACH DELETE s', { s: r.source });
  await db.run(
    tx,
    `CREATE (:Decision {id: $id, kind: 'retraction', source: $s, title: $title, by: $by, at: datetime(),
                        reason: $reason, facts: $facts, removedEntities: $removed})`,
    {
      id: decisionId,
      s: r.source,
      title: p.title,
      by: r.by,
      reason: r.reason,
      facts: p.facts.length,
      removed: p.removed.map((e) => entityKey(e.label, e.id)),
    },
  );
  await recordChange(db, tx, {
    action: 'retract-source',
    by: r.by,
    reason: r.reason,
    entities: [
      entityKey('Source', r.source),
      ...p.removed.map((e) => entityKey(e.label, e.id)),
      ...p.kept.map((e) => entityKey(e.label, e.id)),
    ],
    before: {
      source: plain(source.records[0]?.get('props')),
      facts: plain(snapshot.records.map((x) => x.toObject())),
      entities: plain(removedProps),
    },
    details: { decision: decisionId, facts: p.facts.length, removedEntities: p.removed.length },
  });
  return {
    source: r.source,
    title: p.title,
    dryRun: false,
    decision: decisionId,
    removedFacts: p.facts,
    removedEntities: p.removed,
    keptEntities: p.kept,
  };
}

/** Withdraws a retraction: the source's seed file is loaded again at the next seed load. */
export async function withdrawRetraction(
  db: Database,
  tx: ManagedTransaction,
  w: { decision: string; reason: string; by: string },
): Promise<string> {
  const r = await db.run(
    tx,
    `MATCH (d:Decision {id: $id, kind: 'retraction'}) RETURN d.source AS source, d.withdrawnAt AS w`,
    { id: w.decision },
  );
  const d = r.records[0]?.toObject() as { source: string; w: unknown } | undefined;
  if (!d) throw new CurationError('NOT_FOUND', 'decision', `no retraction "${w.decision}"`);
  if (d.w) throw new CurationError('CONFLICT', 'decision', `retraction ${w.decision} was already withdrawn`);
  await db.run(
    tx,
    'MATCH (d:Decision {id: $id}) SET d.withdrawnAt = datetime(), d.withdrawnBy = $by, d.withdrawReason = $reason',
    { id: w.decision, by: w.by, reason: w.reason },
  );
  await recordChange(db, tx, {
    action: 'withdraw-retraction',
    by: w.by,
    reason: w.reason,
    entities: [entityKey('Source', d.source)],
    details: { decision: w.decision },
  });
  return d.source;
}
