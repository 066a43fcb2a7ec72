import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import type { NodeLabel } from '../model';
import { CurationError } from './curator';
import { activeNotSame } from './decisions';
import { entityKey, plain, recordChange } from './history';
import { deleteRels, moveRels, park, relsOf, restoreParked, sameFact, type ParkedRel } from './rel-moves';

/**
 * Merging two entities of one label, as a recorded and reversible decision:
 * - the dropped node's relationships move to the kept one (marked `mergedBy`), except copies of a fact
 *   the kept node already has and links between the two, which are parked in the decision;
 * - the dropped node becomes a tombstone `(:Merged {mergedLabel, id, mergedInto, mergeId})` keeping its
 *   own properties, so lookups by its id, seed files naming it and links from elsewhere redirect;
 * - the kept node gains the dropped name and aliases as aliases, and its sources;
 * - a `(:Decision {kind: 'merge'})` node records who, when, why and exactly what was added, which is what
 *   `undoMerge` takes back.
 */

export interface MergeResult {
  decision: string;
  label: NodeLabel;
  keep: string;
  drop: string;
  movedFacts: number;
  parkedFacts: number;
  addedAliases: string[];
}

interface MergeRequest {
  label: NodeLabel;
  keep: string;
  drop: string;
  reason: string;
  by: string;
}

async function nodeProps(db: Database, tx: ManagedTransaction, label: NodeLabel, id: string) {
  const r = await db.run(tx, `MATCH (n:${label} {id: $id}) RETURN properties(n) AS p`, { id });
  return r.records[0]?.get('p') as Record<string, unknown> | undefined;
}

export async function mergeEntities(
  db: Database,
  tx: ManagedTransaction,
  m: MergeRequest,
  decisionId: string = randomUUID(),
): Promise<MergeResult> {
  const { label, keep, drop } = m;
  if (label === 'Source')
    throw new CurationError(
      'BAD_USER_INPUT',
      'kind',
      'sources are not merged: retract the duplicate source instead',
    );
  if (keep === drop) throw new CurationError('BAD_USER_INPUT', 'drop', 'keep and drop are the same entity');
  const keepBefore = await nodeProps(db, tx, label, keep);
  if (!keepBefore) throw new CurationError('NOT_FOUND', 'keep', `no ${label} with id "${keep}"`);
  const dropProps = await nodeProps(db, tx, label, drop);
  if (!dropProps) throw new CurationError('NOT_FOUND', 'drop', `no ${label} with id "${drop}"`);
  const notSame = await activeNotSame(db, tx, label, keep, drop);
  if (notSame)
    throw new CurationError(
      'CONFLICT',
      'drop',
      `${label} "${keep}" and "${drop}" were marked as different (decision ${notSame.id} by ${notSame.by}: ${notSame.reason}); withdraw that decision first`,
    );

  const keepRels = await relsOf(db, tx, label, keep);
  const keepEid = (
    await db.run(tx, `MATCH (n:${label} {id: $id}) RETURN elementId(n) AS e`, { id: keep })
  ).records[0]!.get('e') as string;
  const dropEid = (
    await db.run(tx, `MATCH (n:${label} {id: $id}) RETURN elementId(n) AS e`, { id: drop })
  ).records[0]!.get('e') as string;
  const existing = new Set(keepRels.map((r) => sameFact(r, r.otherEid)));
  const dropRels = await relsOf(db, tx, label, drop);
  const parked: ParkedRel[] = [];
  const parkedRids: string[] = [];
  const moving = dropRels.filter((r) => {
    const internal = r.otherEid === keepEid || r.otherEid === dropEid;
    if (internal || existing.has(sameFact(r, r.otherEid))) {
      parked.push(park(r));
      parkedRids.push(r.rid);
      return false;
    }
    return true;
  });
  await deleteRels(db, tx, parkedRids);
  await moveRels(
    db,
    tx,
    moving,
    { label, id: keep },
    'SET r2.mergedBy = coalesce(r.mergedBy, []) + $decision',
    { decision: decisionId },
  );

  // The kept node gains the dropped names and sources; what it gains is recorded for the undo.
  const names = [...new Set([dropProps.name as string, ...((dropProps.aliases as string[]) ?? [])])].filter(
    Boolean,
  );
  const added = await db.run(
    tx,
    `MATCH (k:${label} {id: $keep})
     WITH k,
          [a IN $names WHERE a <> k.name AND NOT a IN coalesce(k.aliases, [])] AS aliases,
          [s IN $sources WHERE NOT s IN coalesce(k.sources, [])] AS sources,
          [x IN $keys WHERE NOT x IN coalesce(k.searchKeys, [])] AS keys
     SET k.aliases = coalesce(k.aliases, []) + aliases,
         k.sources = coalesce(k.sources, []) + sources,
         k.searchKeys = coalesce(k.searchKeys, []) + keys,
         k.curatedAliases = coalesce(k.curatedAliases, []) + aliases,
         k.curatedKeys = coalesce(k.curatedKeys, []) + keys
     RETURN aliases, sources, keys`,
    {
      keep,
      names,
      sources: (dropProps.sources as string[]) ?? [],
      keys: (dropProps.searchKeys as string[]) ?? [],
    },
  );
  const gained = added.records[0]!.toObject() as { aliases: string[]; sources: string[]; keys: string[] };

  // Earlier merges into the dropped node now point at the kept one (redirects stay one hop).
  const repointed = (
    await db.run(
      tx,
      `MATCH (t:Merged {mergedLabel: $label, mergedInto: $drop}) SET t.mergedInto = $keep RETURN collect(t.id) AS ids`,
      { label, drop, keep },
    )
  ).records[0]!.get('ids') as string[];

  await db.run(
    tx,
    `MATCH (d:${label} {id: $drop})
     REMOVE d:${label}
     SET d:Merged, d.mergedLabel = $label, d.mergedInto = $keep, d.mergeId = $decision, d.mergedSources = d.sources
     REMOVE d.sources`,
    { drop, keep, label, decision: decisionId },
  );
  await db.run(
    tx,
    `CREATE (d:Decision {id: $decision, kind: 'merge', label: $label, keep: $keep, drop: $drop, by: $by,
                         at: datetime(), reason: $reason, addedAliases: $aliases, addedSources: $sources,
                         addedSearchKeys: $keys, repointed: $repointed, parked: $parked})`,
    {
      decision: decisionId,
      label,
      keep,
      drop,
      by: m.by,
      reason: m.reason,
      aliases: gained.aliases,
      sources: gained.sources,
      keys: gained.keys,
      repointed,
      parked: JSON.stringify(parked),
    },
  );
  await recordChange(db, tx, {
    action: 'merge',
    by: m.by,
    reason: m.reason,
    entities: [entityKey(label, keep), entityKey(label, drop)],
    before: { keep: keepBefore, drop: dropProps },
    after: { keep: await nodeProps(db, tx, label, keep) },
    details: { decision: decisionId, movedFacts: moving.length, parkedFacts: parked.length },
  });
  return {
    decision: decisionId,
    label,
    keep,
    drop,
    movedFacts: moving.length,
    parkedFacts: parked.length,
    addedAliases: gained.aliases,
  };
}

interface MergeDecision {
  id: string;
  label: NodeLabel;
  keep: string;
  drop: string;
  addedAliases: string[];
  addedSources: string[];
  addedSearchKeys: string[];
  repointed: string[];
  parked: string;
  undoneAt: unknown;
}

/** Takes a merge back: both entities as they were, facts and redirects included. */
export async function undoMerge(
  db: Database,
  tx: ManagedTransaction,
  u: { decision: string; reason: string; by: string },
): Promise<MergeResult> {
  const r = await db.run(tx, `MATCH (d:Decision {id: $id, kind: 'merge'}) RETURN properties(d) AS d`, {
    id: u.decision,
  });
  const d = r.records[0]?.get('d') as MergeDecision | undefined;
  if (!d) throw new CurationError('NOT_FOUND', 'decision', `no merge decision "${u.decision}"`);
  if (d.undoneAt) throw new CurationError('CONFLICT', 'decision', `merge ${d.id} was already undone`);
  const { label, keep, drop } = d;
  const later = await db.run(tx, 'MATCH (t:Merged {mergedLabel: $label, id: $keep}) RETURN t.mergeId AS m', {
    label,
    keep,
  });
  if (later.records.length > 0)
    throw new CurationError(
      'CONFLICT',
      'decision',
      `"${keep}" was itself merged later (decision ${String(later.records[0]!.get('m'))}); undo that merge first`,
    );
  if (await nodeProps(db, tx, label, drop))
    throw new CurationError(
      'CONFLICT',
      'decision',
      `a ${label} with id "${drop}" exists again; it must be merged or deleted before this undo`,
    );
  const keepBefore = await nodeProps(db, tx, label, keep);

  await db.run(
    tx,
    `MATCH (t:Merged {mergeId: $decision})
     REMOVE t:Merged
     SET t:${label}, t.sources = t.mergedSources
     REMOVE t.mergedSources, t.mergedInto, t.mergedLabel, t.mergeId`,
    { decision: d.id },
  );
  const moved = await relsOf(db, tx, label, keep, '$decision IN coalesce(r.mergedBy, [])', {
    decision: d.id,
  });
  await moveRels(
    db,
    tx,
    moved,
    { label, id: drop },
    // Setting null removes the property: a relationship back home carries no trace of the merge.
    `SET r2.mergedBy = CASE WHEN size(r.mergedBy) = 1 THEN null ELSE [m IN r.mergedBy WHERE m <> $decision] END`,
    { decision: d.id },
  );
  await restoreParked(db, tx, { label, id: drop }, JSON.parse(d.parked) as ParkedRel[]);
  await db.run(
    tx,
    `MATCH (k:${label} {id: $keep})
     SET k.aliases = [a IN k.aliases WHERE NOT a IN $aliases],
         k.sources = [s IN k.sources WHERE NOT s IN $sources],
         k.searchKeys = [x IN k.searchKeys WHERE NOT x IN $keys]
     WITH k, [a IN coalesce(k.curatedAliases, []) WHERE NOT a IN $aliases] AS ca,
          [x IN coalesce(k.curatedKeys, []) WHERE NOT x IN $keys] AS ck
     SET k.curatedAliases = CASE WHEN size(ca) = 0 THEN null ELSE ca END,
         k.curatedKeys = CASE WHEN size(ck) = 0 THEN null ELSE ck END`,
    { keep, aliases: d.addedAliases, sources: d.addedSources, keys: d.addedSearchKeys },
  );
  await db.run(
    tx,
    'MATCH (t:Merged {mergedLabel: $label, mergedInto: $keep}) WHERE t.id IN $ids SET t.mergedInto = $drop',
    { label, keep, drop, ids: d.repointed },
  );
  await db.run(
    tx,
    'MATCH (d:Decision {id: $id}) SET d.undoneAt = datetime(), d.undoneBy = $by, d.undoReason = $reason',
    { id: d.id, by: u.by, reason: u.reason },
  );
  await recordChange(db, tx, {
    action: 'undo-merge',
    by: u.by,
    reason: u.reason,
    entities: [entityKey(label, keep), entityKey(label, drop)],
    before: { keep: plain(keepBefore) },
    after: { keep: await nodeProps(db, tx, label, keep), drop: await nodeProps(db, tx, label, drop) },
    details: { decision: d.id },
  });
  return {
    decision: d.id,
    label,
    keep,
    drop,
    movedFacts: moved.length,
    parkedFacts: (JSON.parse(d.parked) as unknown[]).length,
    addedAliases: [],
  };
}
