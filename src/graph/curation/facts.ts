import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import { noteTalksAround } from '../tallies/maintain';
import { MENTIONED_IN, NODE_LABELS, type NodeLabel } from '../model';
import { factKey, relDateSetters, relFor } from '../node-writes';
import { CurationError } from './curator';
import { entityKey, plain, recordChange } from './history';
import type { FactRef } from './retract';

/**
 * Deleting and correcting one fact (a relationship with its provenance), and deleting an entity.
 * A fact from a seed file is not just deleted (the next seed load would bring it back): a `suppression`
 * decision names it (type, ends, source) and the loader skips it; a correction is that suppression plus a
 * curated fact with the corrected values.
 */

type Props = Record<string, unknown>;

interface FactRow extends FactRef {
  props: Props;
}

async function factById(db: Database, tx: ManagedTransaction, id: string): Promise<FactRow> {
  const r = await db.run(
    tx,
    `MATCH (a)-[r]->(b) WHERE elementId(r) = $id
     RETURN elementId(r) AS id, type(r) AS type, labels(a)[0] AS fromLabel, a.id AS from, labels(b)[0] AS toLabel,
            b.id AS to, r.location AS location, r.quote AS quote, coalesce(r.seeded, false) AS seeded,
            properties(r) AS props`,
    { id },
  );
  const f = r.records[0]?.toObject() as FactRow | undefined;
  if (!f) throw new CurationError('NOT_FOUND', 'id', `no fact with id "${id}"`);
  if (f.type === MENTIONED_IN)
    throw new CurationError(
      'BAD_USER_INPUT',
      'id',
      'a MENTIONED_IN link is provenance, not a fact: retract the source or delete the entity instead',
    );
  if (
    !(NODE_LABELS as readonly string[]).includes(f.fromLabel) ||
    !(NODE_LABELS as readonly string[]).includes(f.toLabel)
  )
    throw new CurationError('BAD_USER_INPUT', 'id', `fact "${id}" is not between entities of the model`);
  return f;
}

async function suppress(db: Database, tx: ManagedTransaction, f: FactRow, by: string, reason: string) {
  const id = randomUUID();
  await db.run(
    tx,
    `CREATE (:Decision {id: $id, kind: 'suppression', type: $type, fromLabel: $fromLabel, from: $from,
                        toLabel: $toLabel, to: $to, source: $source, key: $key, by: $by, at: datetime(), reason: $reason})`,
    {
      id,
      type: f.type,
      fromLabel: f.fromLabel,
      from: f.from,
      toLabel: f.toLabel,
      to: f.to,
      source: f.props.source ?? null,
      key: factKey(f.type, { label: f.fromLabel, id: f.from }, { label: f.toLabel, id: f.to }, f.props),
      by,
      reason,
    },
  );
  return id;
}

export async function deleteFact(
  db: Database,
  tx: ManagedTransaction,
  d: { id: string; reason: string; by: string },
): Promise<FactRef> {
  const f = await factById(db, tx, d.id);
  const decision = f.seeded ? await suppress(db, tx, f, d.by, d.reason) : null;
  await noteTalksAround(db, tx, 'MATCH ()-[r]->() WHERE elementId(r) = $id', { id: d.id });
  await db.run(tx, 'MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r', { id: d.id });
  await recordChange(db, tx, {
    action: 'delete-fact',
    by: d.by,
    reason: d.reason,
    entities: [entityKey(f.fromLabel, f.from), entityKey(f.toLabel, f.to)],
    before: { type: f.type, from: f.from, to: f.to, props: plain(f.props) },
    details: { suppression: decision },
  });
  const { props: _props, ...ref } = f;
  return ref;
}

/**
 * Corrects a fact's properties (those the model declares for its type, and `location` and `quote`).
 * `checkQuote` says what is wrong with a quote for a source, or nothing.
 */
export async function correctFact(
  db: Database,
  tx: ManagedTransaction,
  c: {
    id: string;
    set: Props;
    reason: string;
    by: string;
    checkQuote?: (source: string, quote: string) => string | undefined;
  },
): Promise<FactRef> {
  const f = await factById(db, tx, c.id);
  const def = relFor(f.type, f.fromLabel, f.toLabel);
  const allowed = new Set([...Object.keys(def.props), 'location', 'quote']);
  for (const key of Object.keys(c.set)) {
    if (!allowed.has(key))
      throw new CurationError(
        'BAD_USER_INPUT',
        `set.${key}`,
        `${f.type} facts have no property "${key}"; they have ${[...allowed].join(', ')}`,
      );
  }
  const source = String(f.props.source);
  if (typeof c.set.quote === 'string' && c.checkQuote) {
    const problem = c.checkQuote(source, c.set.quote);
    if (problem) throw new CurationError('BAD_USER_INPUT', 'set.quote', problem);
  }
  const props = { ...(plain(f.props) as Props), ...c.set };
  delete props.seeded;
  let id = c.id;
  if (f.seeded) {
    // The file's version is suppressed; the corrected one is curated, so reloads keep it.
    await suppress(db, tx, f, c.by, c.reason);
    await noteTalksAround(db, tx, 'MATCH ()-[r]->() WHERE elementId(r) = $id', { id: c.id });
    await db.run(tx, 'MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r', { id: c.id });
    const created = await db.run(
      tx,
      `MATCH (a:${f.fromLabel} {id: $from}), (b:${f.toLabel} {id: $to})
       CREATE (a)-[r:${f.type}]->(b)
       SET r = $props, r.curated = true
       ${relDateSetters('r', f.type, f.fromLabel, f.toLabel)}
       RETURN elementId(r) AS id`,
      { from: f.from, to: f.to, props },
    );
    id = created.records[0]!.get('id') as string;
  } else {
    await db.run(
      tx,
      `MATCH ()-[r]->() WHERE elementId(r) = $id SET r = $props, r.curated = true
       ${relDateSetters('r', f.type, f.fromLabel, f.toLabel)}`,
      { id, props },
    );
  }
  await recordChange(db, tx, {
    action: 'correct-fact',
    by: c.by,
    reason: c.reason,
    entities: [entityKey(f.fromLabel, f.from), entityKey(f.toLabel, f.to)],
    before: { type: f.type, from: f.from, to: f.to, props: plain(f.props) },
    after: { props },
  });
  return { ...(await factById(db, tx, id)), props: undefined } as unknown as FactRef;
}

/**
 * Deletes an entity with its curated facts. Refused while seed files still hold it (the next seed load
 * would bring it back): the error lists those facts, to be removed from the files or suppressed first.
 */
export async function deleteEntity(
  db: Database,
  tx: ManagedTransaction,
  d: { label: NodeLabel; id: string; reason: string; by: string },
): Promise<void> {
  const r = await db.run(
    tx,
    `MATCH (n:${d.label} {id: $id})
     OPTIONAL MATCH (seed:SeedState {id: 'seeds'})
     WITH n, [s IN n.sources WHERE s IN coalesce(seed.sources, [])] AS seedSources
     OPTIONAL MATCH (n)-[r]-(x) WHERE r.seeded AND type(r) <> '${MENTIONED_IN}'
     RETURN properties(n) AS props, seedSources,
            collect(type(r) + ' ' + CASE WHEN startNode(r) = n THEN 'to' ELSE 'from' END + ' ' + x.id
                    + ' (source ' + r.source + coalesce(', ' + r.location, '') + ')')[..20] AS held`,
    { id: d.id },
  );
  const row = r.records[0]?.toObject() as { props: Props; seedSources: string[]; held: string[] } | undefined;
  if (!row) throw new CurationError('NOT_FOUND', 'id', `no ${d.label} with id "${d.id}"`);
  if (row.seedSources.length > 0 || row.held.length > 0)
    throw new CurationError(
      'CONFLICT',
      'id',
      `${d.label} "${d.id}" is held by seed files` +
        (row.seedSources.length ? ` (declared in the files of ${row.seedSources.join(', ')})` : '') +
        (row.held.length ? `; facts: ${row.held.join('; ')}` : '') +
        '. Remove it from those files, retract the sources or merge it into another entity instead.',
    );
  const rels = await db.run(
    tx,
    `MATCH (n:${d.label} {id: $id})-[r]-(x) RETURN type(r) AS type, startNode(r) = n AS out, labels(x)[0] AS otherLabel,
            x.id AS other, properties(r) AS props`,
    { id: d.id },
  );
  await noteTalksAround(db, tx, `MATCH (n:${d.label} {id: $id})-[r]-()`, { id: d.id });
  await db.run(tx, `MATCH (n:${d.label} {id: $id}) DETACH DELETE n`, { id: d.id });
  await recordChange(db, tx, {
    action: 'delete-entity',
    by: d.by,
    reason: d.reason,
    entities: [entityKey(d.label, d.id)],
    before: { props: plain(row.props), facts: plain(rels.records.map((x) => x.toObject())) },
  });
}
