import YAML from 'yaml';
import type { Database } from '../../neo4j/database';
import type { SeedFileInput } from './format';

type Props = Record<string, unknown>;
interface NodeRecord {
  label: string;
  props: Props;
  at: string | null;
}
interface RelRecord {
  type: string;
  fromLabel: string;
  from: string;
  to: string;
  props: Props;
}

/** Neo4j DATE values come back as objects; the seed format wants YYYY-MM-DD. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'year' in value && 'month' in value && 'day' in value) {
    return String(value);
  }
  return value;
}

function pick(props: Props, keys: string[]): Props {
  const out: Props = {};
  for (const k of keys) {
    const v = plain(props[k]);
    if (v !== undefined && v !== null) out[k] = v;
  }
  return out;
}

const byId = <T extends { id?: unknown }>(a: T, b: T) => String(a.id).localeCompare(String(b.id));

/** Rebuilds the seed document for one source from the graph: the round trip of the loader. */
export async function exportSource(db: Database, sourceId: string): Promise<SeedFileInput | undefined> {
  const { nodes, rels } = await db.read(async (tx) => {
    const n = await db.run(
      tx,
      `MATCH (n) WHERE $src IN n.sources
       OPTIONAL MATCH (n)-[m:MENTIONED_IN {source: $src}]->(:Source {id: $src})
       RETURN labels(n)[0] AS label, properties(n) AS props, m.location AS at`,
      { src: sourceId },
    );
    const r = await db.run(
      tx,
      `MATCH (a)-[r]->(b) WHERE r.source = $src AND type(r) <> 'MENTIONED_IN'
       RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.id AS from, b.id AS to, properties(r) AS props`,
      { src: sourceId },
    );
    return {
      nodes: n.records.map((x) => x.toObject() as NodeRecord),
      rels: r.records.map((x) => x.toObject() as RelRecord),
    };
  });
  const sourceNode = nodes.find((n) => n.label === 'Source' && n.props.id === sourceId);
  if (!sourceNode) return undefined;

  const relsOf = (type: string, from?: string) =>
    rels.filter((r) => r.type === type && (from === undefined || r.from === from));
  const firstTo = (type: string, from: string) => relsOf(type, from)[0]?.to;
  const nodesOf = (label: string) =>
    nodes.filter((n) => n.label === label).sort((a, b) => byId(a.props, b.props));
  const aliases = (p: Props) => ((p.aliases as string[] | undefined) ?? []).slice();

  const s = sourceNode.props;
  return {
    source: {
      ...(pick(s, [
        'id',
        'title',
        'kind',
        'published',
        'publisher',
        'url',
        'language',
        'notes',
      ]) as SeedFileInput['source']),
      authors: relsOf('AUTHORED')
        .map((r) => r.from)
        .sort(),
    },
    places: nodesOf('Place').map((n) => ({
      ...(pick(n.props, ['id', 'name', 'kind']) as { id: string; name: string; kind: 'city' }),
      aliases: aliases(n.props),
      ...(firstTo('LOCATED_IN', n.props.id as string)
        ? { locatedIn: firstTo('LOCATED_IN', n.props.id as string) }
        : {}),
      at: n.at ?? '',
    })),
    institutions: nodesOf('Institution').map((n) => ({
      ...(pick(n.props, ['id', 'name', 'kind']) as { id: string; name: string }),
      aliases: aliases(n.props),
      ...(firstTo('PART_OF', n.props.id as string)
        ? { partOf: firstTo('PART_OF', n.props.id as string) }
        : {}),
      at: n.at ?? '',
    })),
    people: nodesOf('Person').map((n) => ({
      ...(pick(n.props, ['id', 'name', 'familyName', 'givenName', 'honorific']) as {
        id: string;
        name: string;
        familyName: string;
      }),
      aliases: aliases(n.props),
      at: n.at ?? '',
    })),
    topics: nodesOf('Topic').map((n) => ({
      ...(pick(n.props, ['id', 'name', 'description']) as { id: string; name: string }),
      aliases: aliases(n.props),
      broader: relsOf('BROADER', n.props.id as string)
        .map((r) => r.to)
        .sort(),
      at: n.at ?? '',
    })),
    events: nodesOf('Event').map((n) => {
      const id = n.props.id as string;
      return {
        ...(pick(n.props, ['id', 'name', 'kind', 'startDate', 'endDate', 'description', 'recorded']) as {
          id: string;
          name: string;
          kind: 'forum';
          startDate: string;
        }),
        aliases: aliases(n.props),
        ...(firstTo('HELD_IN', id) ? { heldIn: firstTo('HELD_IN', id) } : {}),
        ...(rels.find((r) => r.type === 'PART_OF' && r.fromLabel === 'Event' && r.from === id)
          ? { partOf: rels.find((r) => r.type === 'PART_OF' && r.fromLabel === 'Event' && r.from === id)!.to }
          : {}),
        organisers: rels
          .filter((r) => r.to === id && ['SPONSORED', 'ORGANISED', 'CO_ORGANISED'].includes(r.type))
          .map((r) => ({
            institution: r.from,
            role: r.type as 'SPONSORED',
            at: r.props.location as string,
          }))
          .sort((a, b) => `${a.role}${a.institution}`.localeCompare(`${b.role}${b.institution}`)),
        at: n.at ?? '',
      };
    }),
    affiliations: relsOf('AFFILIATED_WITH')
      .map((r) => ({
        person: r.from,
        institution: r.to,
        ...pick(r.props, ['title', 'asOf']),
        at: r.props.location as string,
      }))
      .sort((a, b) => `${a.person}${a.institution}`.localeCompare(`${b.person}${b.institution}`)),
    talks: nodesOf('Talk').map((n) => {
      const id = n.props.id as string;
      return {
        ...(pick(n.props, ['id', 'title', 'summary', 'kind']) as { id: string; title: string }),
        speaker: rels.find((r) => r.type === 'GAVE' && r.to === id)?.from ?? '',
        event: firstTo('AT', id) ?? '',
        ...(n.props.dateInferred ? {} : pick(n.props, ['date'])),
        topics: relsOf('ABOUT', id)
          .map((r) => r.to)
          .sort(),
        at: n.at ?? '',
      };
    }),
    directives: nodesOf('Directive').map((n) => {
      const id = n.props.id as string;
      return {
        ...(pick(n.props, ['id', 'name', 'description']) as { id: string; name: string }),
        aliases: aliases(n.props),
        issuedBy: rels
          .filter((r) => r.type === 'ISSUED' && r.to === id)
          .map((r) => ({
            [r.fromLabel === 'Person' ? 'person' : 'institution']: r.from,
            ...pick(r.props, ['title']),
            at: r.props.location as string,
          }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        callsFor: relsOf('CALLS_FOR', id)
          .map((r) => ({ topic: r.to, point: r.props.point as string, at: r.props.location as string }))
          .sort((a, b) => `${a.at}${a.topic}`.localeCompare(`${b.at}${b.topic}`)),
        at: n.at ?? '',
      };
    }),
    emphasised: relsOf('EMPHASISED')
      .map((r) => ({
        event: r.from,
        topic: r.to,
        point: r.props.point as string,
        ...pick(r.props, ['directive']),
        at: r.props.location as string,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    references: relsOf('REFERENCED')
      .map((r) => ({
        event: r.from,
        directive: r.to,
        ...pick(r.props, ['context']),
        at: r.props.location as string,
      }))
      .sort((a, b) => `${a.at}${a.directive}`.localeCompare(`${b.at}${b.directive}`)),
  };
}

export function toYaml(doc: SeedFileInput): string {
  return YAML.stringify(doc, { lineWidth: 120 });
}
