import { EntityLink, EntityList } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState, Empty } from '../components/States';
import { Table } from '../components/Table';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section, byDate, year } from './common';
import { affiliationColumn, dateColumn, eventColumn, talkColumn, topicsColumn } from './talk-columns';

const QUERY = `query Person($id: ID!) {
  person(id: $id) {
    id name honorific aliases ${SOURCES}
    affiliations { title asOf institution { id name } provenance { ...Prov } }
    talks {
      id title date type provenance { ...Prov }
      event { id name startDate speakers { id name } }
      topics { id name }
      speakerAffiliation { title institution { id name } }
    }
    topics { id name }
    authored { id title }
    issued { title directive { id name } provenance { ...Prov } }
  }
} ${PROV}`;

interface Talk {
  id: string;
  title: string;
  date?: string | null;
  type: string;
  provenance?: Prov | null;
  event?: (Ref & { startDate: string; speakers: Ref[] }) | null;
  topics: Ref[];
  speakerAffiliation?: { title?: string | null; institution: Ref } | null;
}
interface Data {
  person: {
    id: string;
    name: string;
    honorific?: string | null;
    aliases: string[];
    sources: SourceRef[];
    affiliations: { title?: string | null; asOf?: string | null; institution: Ref; provenance: Prov }[];
    talks: Talk[];
    topics: Ref[];
    authored: { id: string; title: string }[];
    issued: { title?: string | null; directive: Ref; provenance: Prov }[];
  } | null;
}

export function PersonPage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.person} what="person">
      {(d) => {
        const p = d.person!;
        const talks = [...p.talks].sort(byDate);
        // Topics over time: for each year, the topics this person spoke on.
        const years = new Map<string, Map<string, Ref>>();
        for (const t of talks)
          for (const topic of t.topics) {
            const y = year(t.date ?? t.event?.startDate) || 'undated';
            if (!years.has(y)) years.set(y, new Map());
            years.get(y)!.set(topic.id, topic);
          }
        // People who spoke at the same events.
        const peers = new Map<string, { person: Ref; events: Map<string, Ref> }>();
        for (const t of talks)
          for (const s of t.event?.speakers ?? [])
            if (s.id !== p.id) {
              const e = peers.get(s.id) ?? { person: s, events: new Map() };
              e.events.set(t.event!.id, t.event!);
              peers.set(s.id, e);
            }
        return (
          <article>
            <EntityHeader
              kind="PERSON"
              id={p.id}
              name={p.name}
              aliases={p.aliases}
              sources={p.sources}
              sub={p.honorific ? <p class="muted">{p.honorific}</p> : undefined}
            />
            <FactSection title="Affiliations" items={p.affiliations} empty="No affiliation recorded.">
              {(a) => (
                <li key={a.institution.id + a.title}>
                  {a.title ? `${a.title}, ` : ''}
                  <EntityLink kind="INSTITUTION" id={a.institution.id} name={a.institution.name} />
                  {a.asOf && <span class="muted"> (as of {a.asOf})</span>}
                  <Provenance p={a.provenance} />
                </li>
              )}
            </FactSection>
            <Section title="Talks" count={talks.length}>
              <Table
                caption={`Talks by ${p.name}`}
                rows={talks}
                empty="No talk recorded."
                columns={[dateColumn, talkColumn(), affiliationColumn('As'), eventColumn, topicsColumn]}
              />
            </Section>
            <Section title="Topics over time" count={p.topics.length}>
              {years.size ? (
                <dl class="timeline">
                  {[...years.entries()].map(([y, topics]) => (
                    <div key={y}>
                      <dt>{y}</dt>
                      <dd>
                        <EntityList kind="TOPIC" items={[...topics.values()]} />
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <Empty>No topic recorded.</Empty>
              )}
            </Section>
            <Section title="Shared an event with" count={peers.size}>
              {peers.size ? (
                <ul class="facts">
                  {[...peers.values()].map((x) => (
                    <li key={x.person.id}>
                      <EntityLink kind="PERSON" id={x.person.id} name={x.person.name} />{' '}
                      <span class="muted">
                        at <EntityList kind="EVENT" items={[...x.events.values()]} />
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty>No other speaker at the same events.</Empty>
              )}
            </Section>
            {(p.authored.length > 0 || p.issued.length > 0) && (
              <Section title="Authored and issued">
                <ul class="facts">
                  {p.authored.map((s) => (
                    <li key={s.id}>
                      Wrote <EntityLink kind="SOURCE" id={s.id} name={s.title} />
                    </li>
                  ))}
                  {p.issued.map((i) => (
                    <li key={i.directive.id}>
                      Issued <EntityLink kind="DIRECTIVE" id={i.directive.id} name={i.directive.name} />
                      {i.title ? ` as ${i.title}` : ''}
                      <Provenance p={i.provenance} />
                    </li>
                  ))}
                </ul>
              </Section>
            )}
          </article>
        );
      }}
    </PageState>
  );
}
