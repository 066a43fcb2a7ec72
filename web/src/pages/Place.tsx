import { EntityLink } from '../components/EntityLink';
import { PageState } from '../components/States';
import { Table } from '../components/Table';
import { SOURCES, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section } from './common';

const QUERY = `query Place($id: ID!) {
  place(id: $id) {
    id name type aliases ${SOURCES}
    locatedIn { id name locatedIn { id name locatedIn { id name } } }
    contains { id name type }
    events { id name type startDate }
  }
}`;

interface Up extends Ref {
  locatedIn?: Up | null;
}
interface Data {
  place: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    sources: SourceRef[];
    locatedIn?: Up | null;
    contains: (Ref & { type: string })[];
    events: (Ref & { type: string; startDate: string })[];
  } | null;
}

export function PlacePage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.place} what="place">
      {(d) => {
        const p = d.place!;
        const up: Ref[] = [];
        for (let u = p.locatedIn; u; u = u.locatedIn) up.push(u);
        return (
          <article>
            <EntityHeader
              kind="PLACE"
              id={p.id}
              name={p.name}
              aliases={p.aliases}
              sources={p.sources}
              sub={
                <p>
                  <span class="tag">{p.type}</span>{' '}
                  {up.map((u, i) => (
                    <>
                      {i === 0 ? 'in ' : ', '}
                      <EntityLink kind="PLACE" id={u.id} name={u.name} />
                    </>
                  ))}
                </p>
              }
            />
            <FactSection title="Places inside" items={p.contains} empty="No place recorded inside it.">
              {(c) => (
                <li key={c.id}>
                  <EntityLink kind="PLACE" id={c.id} name={c.name} /> <span class="muted">{c.type}</span>
                </li>
              )}
            </FactSection>
            <Section title="Events held here" count={p.events.length}>
              <Table
                caption={`Events in ${p.name}`}
                rows={[...p.events].sort((a, b) => a.startDate.localeCompare(b.startDate))}
                empty="No event recorded here."
                columns={[
                  { label: 'Date', text: (e) => e.startDate },
                  {
                    label: 'Event',
                    text: (e) => e.name,
                    render: (e) => <EntityLink kind="EVENT" id={e.id} name={e.name} />,
                  },
                  { label: 'Type', text: (e) => e.type },
                ]}
              />
            </Section>
          </article>
        );
      }}
    </PageState>
  );
}
