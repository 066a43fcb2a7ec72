import YAML from 'yaml';
import type { Database } from '../../neo4j/database';
import { MENTIONED_IN } from '../model';
import { matchFactsOf } from '../source-facts';
import type { SeedFileInput } from './format';
import { exportFile, type SourceDump } from './sections';

/** Rebuilds the seed document for one source from the graph: the round trip of the loader. */
export async function exportSource(db: Database, sourceId: string): Promise<SeedFileInput | undefined> {
  const dump = await db.read(async (tx): Promise<SourceDump> => {
    const n = await db.run(
      tx,
      `MATCH (n) WHERE $src IN n.sources
       OPTIONAL MATCH (n)-[m:${MENTIONED_IN} {source: $src}]->(:Source {id: $src})
       RETURN labels(n)[0] AS label, properties(n) AS props, m.location AS at, m.quote AS quote`,
      { src: sourceId },
    );
    const r = await db.run(
      tx,
      `${matchFactsOf('$src', 'r')} WITH r, startNode(r) AS a, endNode(r) AS b
       RETURN type(r) AS type, labels(a)[0] AS fromLabel, labels(b)[0] AS toLabel, a.id AS from, b.id AS to,
              properties(r) AS props`,
      { src: sourceId },
    );
    return {
      nodes: n.records.map((x) => x.toObject() as SourceDump['nodes'][number]),
      rels: r.records.map((x) => x.toObject() as SourceDump['rels'][number]),
    };
  });
  if (!dump.nodes.some((n) => n.label === 'Source' && n.props.id === sourceId)) return undefined;
  return exportFile({
    ...dump,
    nodes: dump.nodes.filter((n) => n.label !== 'Source' || n.props.id === sourceId),
  });
}

export function toYaml(doc: SeedFileInput): string {
  return YAML.stringify(doc, { lineWidth: 120 });
}
