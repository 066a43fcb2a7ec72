import fs from 'node:fs';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import YAML from 'yaml';
import type { Database } from '../../neo4j/database';
import { dateProps, isNodeLabel } from '../model';
import { dateSetters } from '../node-writes';
import { plain } from './history';

/**
 * The curators' decisions as a file beside the seed files (`<seeds>/curation/decisions.yaml`): every
 * decision (merges with what they added and parked, "not the same" marks, retractions, suppressions, also
 * undone or withdrawn ones) and every merge tombstone with the dropped entity's own properties. With the
 * exported seed files it is enough to rebuild the graph from files alone. Importing is idempotent and
 * never brings back a decision the graph already has in another state: the graph's copy wins.
 */

export const DECISIONS_FILE = path.join('curation', 'decisions.yaml');

type Props = Record<string, unknown>;

export interface DecisionsDoc {
  decisions: Props[];
  tombstones: { label: string; props: Props }[];
}

const DECISION_DATETIMES = ['at', 'undoneAt', 'withdrawnAt'];

export async function exportDecisions(db: Database): Promise<DecisionsDoc> {
  return db.read(async (tx) => {
    const d = await db.run(tx, 'MATCH (d:Decision) RETURN properties(d) AS p ORDER BY d.at, d.id');
    const t = await db.run(
      tx,
      'MATCH (t:Merged) RETURN t.mergedLabel AS label, properties(t) AS p ORDER BY label, t.id',
    );
    return {
      decisions: d.records.map((r) => plain(r.get('p')) as Props),
      tombstones: t.records.map((r) => ({
        label: r.get('label') as string,
        props: plain(r.get('p')) as Props,
      })),
    };
  });
}

export const decisionsYaml = (doc: DecisionsDoc) =>
  `# Curators' decisions, written by npm run export; loaded with the seed files (see docs/curation.md).\n${YAML.stringify(doc, { lineWidth: 120 })}`;

export function readDecisionsFile(seedsDir: string): DecisionsDoc | undefined {
  const file = path.join(seedsDir, DECISIONS_FILE);
  if (!fs.existsSync(file)) return undefined;
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) as Partial<DecisionsDoc> | null;
  const decisions = doc?.decisions ?? [];
  const tombstones = doc?.tombstones ?? [];
  if (!Array.isArray(decisions) || !Array.isArray(tombstones))
    throw new Error(`${file}: expected lists "decisions" and "tombstones"`);
  for (const [i, d] of decisions.entries())
    if (typeof d?.id !== 'string' || typeof d.kind !== 'string')
      throw new Error(`${file}: decisions[${i}] needs an id and a kind`);
  for (const [i, t] of tombstones.entries())
    if (!isNodeLabel(String(t?.label)) || typeof t.props?.id !== 'string')
      throw new Error(`${file}: tombstones[${i}] needs a label of the model and props.id`);
  return { decisions, tombstones };
}

/** Adds the file's decisions and tombstones the graph does not have yet. */
export async function importDecisions(
  db: Database,
  tx: ManagedTransaction,
  doc: DecisionsDoc,
): Promise<number> {
  const r = await db.run(
    tx,
    `UNWIND $rows AS row
     MERGE (d:Decision {id: row.id})
     ON CREATE SET d += row, d.imported = true
     WITH d WHERE d.imported
     REMOVE d.imported
     ${DECISION_DATETIMES.map((p) => `SET d.${p} = CASE WHEN d.${p} IS NULL THEN null ELSE datetime(d.${p}) END`).join('\n')}
     RETURN count(d) AS n`,
    { rows: doc.decisions },
  );
  for (const label of new Set(doc.tombstones.map((t) => t.label))) {
    await db.run(
      tx,
      `UNWIND $rows AS row
       MERGE (t:Merged {mergeId: row.mergeId, id: row.id})
       ON CREATE SET t += row
       ${dateSetters('t', dateProps(label))}`,
      { rows: doc.tombstones.filter((t) => t.label === label).map((t) => t.props) },
    );
  }
  return r.records[0]!.get('n') as number;
}
