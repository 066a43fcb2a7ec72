import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../neo4j/database';
import { depth, inheritedProps, searchKeys, type NodeLabel } from '../model';
import { addSearchKeys, addSource, nodeDateSetters, relDateSetters } from '../node-writes';
import { noteTalksAround } from '../tallies/maintain';

/**
 * A rejected curation write: `field` is the input path at fault; nothing has been written. CONFLICT: the
 * request is well-formed but the graph's state forbids it (a pair marked as different, facts still held).
 */
export class CurationError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT',
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

export interface Provenance {
  source: string;
  location?: string | null;
}

type Props = Record<string, unknown>;

/** Curation writes for one transaction; checks and writes share it, so a failed check writes nothing. */
export class Curator {
  constructor(
    private readonly db: Database,
    private readonly tx: ManagedTransaction,
  ) {}

  private async exists(label: NodeLabel, id: string): Promise<boolean> {
    const r = await this.db.run(this.tx, `MATCH (n:${label} {id: $id}) RETURN count(n) AS n`, { id });
    return (r.records[0]?.get('n') as number) > 0;
  }

  async requireExisting(
    label: NodeLabel,
    id: string,
    field: string,
    code: 'BAD_USER_INPUT' | 'NOT_FOUND' = 'BAD_USER_INPUT',
  ) {
    if (!(await this.exists(label, id))) throw new CurationError(code, field, `no ${label} with id "${id}"`);
  }

  async requireNew(label: NodeLabel, id: string, field: string) {
    if (await this.exists(label, id))
      throw new CurationError('BAD_USER_INPUT', field, `a ${label} with id "${id}" already exists`);
  }

  async requireSource(p: Provenance) {
    await this.requireExisting('Source', p.source, 'provenance.source');
  }

  /**
   * Creates or updates a node's own properties, records the source, and links it to the source. An
   * update names its properties in `curatedProps`, so reloading the seed files does not undo it.
   */
  async upsertNode(label: NodeLabel, id: string, props: Props, p: Provenance, update = false) {
    const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
    await this.db.run(
      this.tx,
      `MERGE (n:${label} {id: $id})
       ON CREATE SET n.aliases = []
       SET n += $props
       ${update ? 'SET n.curatedProps = coalesce(n.curatedProps, []) + [k IN keys($props) WHERE NOT k IN coalesce(n.curatedProps, [])]' : ''}
       ${addSource('n', '$source')}
       ${nodeDateSetters('n', label)}
       ${addSearchKeys('n', '$keys')}
       WITH n
       MATCH (s:Source {id: $source})
       MERGE (n)-[m:MENTIONED_IN {source: $source}]->(s)
       SET m.location = coalesce($location, m.location)`,
      {
        id,
        props: clean,
        source: p.source,
        location: p.location ?? null,
        keys: searchKeys(clean.name as string | undefined, id),
      },
    );
  }

  /** A new source document; it lists itself in `sources` so every node keeps that invariant. */
  async createSource(props: Props & { id: string; title: string }) {
    const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
    await this.db.run(
      this.tx,
      `CREATE (s:Source {id: $id}) SET s += $props, s.name = $props.title, s.aliases = [], s.sources = [$id],
         s.searchKeys = $keys
       ${nodeDateSetters('s', 'Source')}`,
      { id: props.id, props: clean, keys: searchKeys(props.title, props.id) },
    );
  }

  /** Fills what the catalogue inherits when missing (a talk's date from its event), as the seed loader does. */
  async inheritMissing(label: NodeLabel, id: string) {
    for (const { prop, rel, from } of inheritedProps(label)) {
      await this.db.run(
        this.tx,
        `MATCH (n:${label} {id: $id})-[:${rel}]->(m) WHERE n.${prop} IS NULL SET n.${prop} = m.${from}, n.${prop}Inferred = true`,
        { id },
      );
    }
  }

  async addAlias(label: NodeLabel, id: string, alias: string, p: Provenance) {
    await this.db.run(
      this.tx,
      `MATCH (n:${label} {id: $id})
       SET n.aliases = CASE WHEN $alias IN coalesce(n.aliases, []) THEN n.aliases ELSE coalesce(n.aliases, []) + $alias END
       // Kept apart too, so a reload of the seed files (which rewrites aliases) keeps it.
       SET n.curatedAliases = [a IN coalesce(n.curatedAliases, []) WHERE a <> $alias] + $alias,
           n.curatedKeys = coalesce(n.curatedKeys, []) + [k IN $keys WHERE NOT k IN coalesce(n.curatedKeys, [])]
       ${addSearchKeys('n', '$keys')}
       ${addSource('n', '$source')}`,
      { id, alias, keys: searchKeys(alias), source: p.source },
    );
  }

  /** A fact relationship with its provenance; an identical fact from the same source is not duplicated. */
  async relate(
    from: { label: NodeLabel; id: string },
    type: string,
    to: { label: NodeLabel; id: string },
    p: Provenance,
    props: Props = {},
  ) {
    await this.db.run(
      this.tx,
      `MATCH (a:${from.label} {id: $from}), (b:${to.label} {id: $to})
       MERGE (a)-[r:${type} {source: $source}]->(b)
       SET r += $props, r.location = $location, r.curated = true
       ${relDateSetters('r', type, from.label, to.label)}`,
      {
        from: from.id,
        to: to.id,
        source: p.source,
        location: p.location ?? null,
        props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null)),
      },
    );
    // A new link can move tallies of talks the change does not name (a topic's broader topic).
    await noteTalksAround(
      this.db,
      this.tx,
      `MATCH (a:${from.label} {id: $from})-[r:${type} {source: $source}]->(b:${to.label} {id: $to})`,
      { from: from.id, to: to.id, source: p.source },
    );
  }

  /** Replaces the outgoing relationships of one type (e.g. a topic's broader topics). */
  async replaceOutgoing(
    from: { label: NodeLabel; id: string },
    type: string,
    toLabel: NodeLabel,
    ids: string[],
    p: Provenance,
  ) {
    const outgoing = `MATCH (a:${from.label} {id: $id})-[r:${type}]->(:${toLabel})`;
    await noteTalksAround(this.db, this.tx, outgoing, { id: from.id });
    await this.db.run(this.tx, `${outgoing} DELETE r`, { id: from.id });
    for (const id of ids) await this.relate(from, type, { label: toLabel, id }, p);
  }

  /** Refuses a BROADER edge that would make a topic its own ancestor. */
  async requireNoTopicCycle(topicId: string, broaderIds: string[], field: string) {
    const r = await this.db.run(
      this.tx,
      `UNWIND $broader AS b
       MATCH (x:Topic {id: b})
       WHERE x.id = $id OR EXISTS { (x)-[:BROADER*1..${depth('Topic-BROADER-Topic')}]->(:Topic {id: $id}) }
       RETURN x.id AS id LIMIT 1`,
      { broader: broaderIds, id: topicId },
    );
    const culprit = r.records[0]?.get('id') as string | undefined;
    if (culprit)
      throw new CurationError(
        'BAD_USER_INPUT',
        field,
        `"${culprit}" is narrower than "${topicId}" (or is it): that would make a cycle`,
      );
  }
}
