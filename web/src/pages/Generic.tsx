import { EntityLink } from '../components/EntityLink';
import { PageState } from '../components/States';
import { Table } from '../components/Table';
import { KINDS, labelOf, pathOf, type Kind } from '../kinds';
import { useQuery } from '../use-query';
import { EntityHeader, Section } from './common';

/** Any kind without a page of its own yet: the entity and its direct relationships, from neighbourhood. */
const QUERY = `query Around($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 500) {
    truncated
    nodes { key id kind name entity { aliases } }
    edges { type from to label source location${__HAS_QUOTE__ ? ' quote' : ''} }
  }
}`;

interface Node {
  key: string;
  id: string;
  kind: Kind;
  name: string;
  entity: { aliases: string[] };
}
interface Edge {
  type: string;
  from: string;
  to: string;
  label?: string | null;
  source?: string | null;
  location?: string | null;
  quote?: string | null;
}

export function GenericPage(props: { kind: Kind; id: string }) {
  const key = `${labelOf(props.kind)}:${props.id}`;
  const state = useQuery<{ neighbourhood: { nodes: Node[]; edges: Edge[] } }>(QUERY, { id: key });
  return (
    <PageState
      state={state}
      what={labelOf(props.kind).toLowerCase()}
      missing={(d) => !d.neighbourhood.nodes.some((n) => n.key === key)}
    >
      {(d) => {
        const nodes = new Map(d.neighbourhood.nodes.map((n) => [n.key, n]));
        const me = nodes.get(key)!;
        const rows = d.neighbourhood.edges
          .filter((e) => e.from === key || e.to === key)
          .map((e) => ({ e, other: nodes.get(e.from === key ? e.to : e.from)!, out: e.from === key }));
        return (
          <article>
            <EntityHeader kind={props.kind} id={props.id} name={me.name} aliases={me.entity.aliases} />
            <Section title="Relationships" count={rows.length}>
              <Table
                caption={`Relationships of ${me.name}`}
                rows={rows}
                empty="No relationship recorded."
                columns={[
                  { label: 'Relationship', text: (r) => (r.out ? `${r.e.type} →` : `← ${r.e.type}`) },
                  {
                    label: 'With',
                    text: (r) => r.other.name,
                    render: (r) =>
                      KINDS.includes(r.other.kind) ? (
                        <EntityLink kind={r.other.kind} id={r.other.id} name={r.other.name} />
                      ) : (
                        r.other.name
                      ),
                  },
                  { label: 'Detail', text: (r) => r.e.label ?? '' },
                  {
                    label: 'Source',
                    text: (r) => [r.e.source, r.e.location].filter(Boolean).join(', '),
                    render: (r) =>
                      r.e.source ? (
                        <>
                          <a href={pathOf('SOURCE', r.e.source)}>{r.e.source}</a>
                          {r.e.location && <span class="muted">, {r.e.location}</span>}
                          {r.e.quote && <q class="quote">{r.e.quote}</q>}
                        </>
                      ) : (
                        '—'
                      ),
                  },
                ]}
              />
            </Section>
          </article>
        );
      }}
    </PageState>
  );
}
