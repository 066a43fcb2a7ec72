import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import { MENTIONED_IN, type NodeLabel } from '../model';
import { factKey } from '../node-writes';
import type { GraphPlan, NodeGroup, RelGroup } from './plan';

/**
 * Curators' decisions win over the seed files, so a reload loses nothing curated:
 * - a retracted source's file is skipped;
 * - a suppressed fact (deleted or corrected through the API) is skipped;
 * - an id merged into another is redirected: its facts attach to the kept entity (marked `mergedBy`, as
 *   the merge left them) and its names and sources become the kept entity's aliases and sources;
 * - properties a curator updated (`curatedProps`) keep the curated value.
 */

export interface CurationState {
  /** `Label:id` → the id it was merged into, and the merge's decision. */
  redirects: Map<string, { to: string; mergeId: string }>;
  retracted: Set<string>;
  suppressed: Set<string>;
  /** Changes when any of the above does, so a reload is not skipped. */
  fingerprint: string;
}

export async function readCurationState(db: Database, tx: ManagedTransaction): Promise<CurationState> {
  const merged = await db.run(
    tx,
    'MATCH (t:Merged) RETURN t.mergedLabel AS label, t.id AS id, t.mergedInto AS to, t.mergeId AS mergeId ORDER BY label, id',
  );
  const decisions = await db.run(
    tx,
    `MATCH (d:Decision) WHERE d.kind IN ['retraction', 'suppression'] AND d.withdrawnAt IS NULL
     RETURN d.kind AS kind, d.source AS source,
            d.key AS key
     ORDER BY kind, key, source`,
  );
  const redirects = new Map<string, { to: string; mergeId: string }>();
  for (const r of merged.records)
    redirects.set(`${r.get('label') as string}:${r.get('id') as string}`, {
      to: r.get('to') as string,
      mergeId: r.get('mergeId') as string,
    });
  const retracted = new Set<string>();
  const suppressed = new Set<string>();
  for (const r of decisions.records) {
    if (r.get('kind') === 'retraction') retracted.add(r.get('source') as string);
    else suppressed.add(r.get('key') as string);
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([[...redirects], [...retracted], [...suppressed]]))
    .digest('hex');
  return { redirects, retracted, suppressed, fingerprint };
}

/** Names and sources a redirected declaration gives the kept entity. */
export interface AdoptRow {
  id: string;
  names: string[];
  sources: string[];
  keys: string[];
}

export interface CuratedPlan extends GraphPlan {
  adopt: { label: NodeLabel; rows: AdoptRow[] }[];
}

export function applyCuration(plan: GraphPlan, state: CurationState): CuratedPlan {
  const redirect = (label: string, id: string) => state.redirects.get(`${label}:${id}`);
  const adopt: CuratedPlan['adopt'] = [];
  const nodes: NodeGroup[] = plan.nodes.map((g) => {
    const rows = [];
    const adopted: AdoptRow[] = [];
    for (const row of g.rows) {
      const sources = row.sources.filter((s) => !state.retracted.has(s));
      if (sources.length === 0) continue;
      const to = redirect(g.label, row.id);
      if (to) {
        const p = row.props;
        adopted.push({
          id: to.to,
          names: [p.name as string, ...((p.aliases as string[] | undefined) ?? [])].filter(Boolean),
          sources,
          keys: (p.searchKeys as string[] | undefined) ?? [],
        });
      } else rows.push({ ...row, sources });
    }
    if (adopted.length) adopt.push({ label: g.label, rows: adopted });
    return { ...g, rows };
  });
  const rels: RelGroup[] = plan.rels.map((g) => {
    const seen = new Set<string>();
    const rows = [];
    for (const row of g.rows) {
      const source = row.props.source as string;
      if (state.retracted.has(source)) continue;
      if (
        g.type !== MENTIONED_IN &&
        state.suppressed.has(
          factKey(g.type, { label: g.fromLabel, id: row.from }, { label: g.toLabel, id: row.to }, row.props),
        )
      )
        continue;
      const from = redirect(g.fromLabel, row.from);
      const to = redirect(g.toLabel, row.to);
      const mergedBy = [from?.mergeId, to?.mergeId].filter((m): m is string => Boolean(m));
      const mapped = {
        from: from?.to ?? row.from,
        to: to?.to ?? row.to,
        props: mergedBy.length ? { ...row.props, mergedBy } : row.props,
      };
      // Two declarations that became one entity: their identical facts (or mentions) become one.
      const key =
        g.type === MENTIONED_IN
          ? `${mapped.from}|${mapped.to}`
          : `${mapped.from}|${mapped.to}|${JSON.stringify(row.props)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(mapped);
    }
    return { ...g, rows };
  });
  return { ...plan, nodes, rels, adopt };
}
