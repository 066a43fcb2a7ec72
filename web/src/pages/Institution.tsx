import { EntityLink, EntityList } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState, Empty } from '../components/States';
import { Table } from '../components/Table';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section } from './common';
import { PagedTalks, pagedTalks, type TalkPage } from './paged-talks';
import { dateColumn, eventColumn, speakerColumn, talkColumn, topicsColumn } from './talk-columns';

/**
 * Its people's talks come 50 at a time from the root talks list (same selection: people affiliated with it
 * or one of its units); the topics it speaks on are counted from every talk's topics, a light list.
 */
const QUERY = `query Institution($id: ID!, $talks: TalkFilter!) {
  institution(id: $id) {
    id name type aliases ${SOURCES}
    partOf { id name }
    units { id name type }
    people { title asOf person { id name } provenance { ...Prov } }
    events { role event { id name startDate } provenance { ...Prov } }
    talks { topics { id name } }
    issued { title directive { id name } provenance { ...Prov } }
    standards { id code title status }
    mirrors { id name }
    mirroredBy { id name }
    secretariatOf { id name }
    secretariat { id name }
  }
  ${pagedTalks('talkPage', '$talks')}
} ${PROV}`;

const ROLES: [string, string][] = [
  ['SPONSORED', 'Sponsored'],
  ['ORGANISED', 'Organised'],
  ['CO_ORGANISED', 'Co-organised'],
  ['HOSTED', 'Hosted'],
  ['CHAIRED', 'Chaired'],
  ['SECRETARIAT', 'Ran the secretariat'],
];

interface Data {
  institution: {
    id: string;
    name: string;
    type?: string | null;
    aliases: string[];
    sources: SourceRef[];
    partOf?: Ref | null;
    units: (Ref & { type?: string | null })[];
    people: { title?: string | null; asOf?: string | null; person: Ref; provenance: Prov }[];
    events: { role: string; event: Ref & { startDate: string }; provenance: Prov }[];
    talks: { topics: Ref[] }[];
    issued: { title?: string | null; directive: Ref; provenance: Prov }[];
    standards: { id: string; code: string; title: string; status?: string | null }[];
    mirrors: Ref[];
    mirroredBy: Ref[];
    secretariatOf: Ref[];
    secretariat: Ref[];
  } | null;
  talkPage: TalkPage;
}

export function InstitutionPage(props: { id: string }) {
  const talksWhere = { institution: props.id };
  const state = useQuery<Data>(QUERY, { id: props.id, talks: talksWhere });
  return (
    <PageState state={state} missing={(d) => !d.institution} what="institution">
      {(d) => {
        const x = d.institution!;
        const topicCounts = new Map<string, { topic: Ref; n: number }>();
        for (const t of x.talks)
          for (const tp of t.topics) {
            const c = topicCounts.get(tp.id) ?? { topic: tp, n: 0 };
            c.n++;
            topicCounts.set(tp.id, c);
          }
        return (
          <article>
            <EntityHeader
              kind="INSTITUTION"
              id={x.id}
              name={x.name}
              aliases={x.aliases}
              sources={x.sources}
              sub={
                <p>
                  {x.type && <span class="tag">{x.type}</span>}{' '}
                  {x.partOf && (
                    <>
                      Part of <EntityLink kind="INSTITUTION" id={x.partOf.id} name={x.partOf.name} />
                    </>
                  )}
                </p>
              }
            />
            <FactSection title="Units" items={x.units} empty="No unit recorded.">
              {(u) => (
                <li key={u.id}>
                  <EntityLink kind="INSTITUTION" id={u.id} name={u.name} />
                  {u.type && <span class="muted"> ({u.type})</span>}
                </li>
              )}
            </FactSection>
            {(x.mirrors.length > 0 ||
              x.mirroredBy.length > 0 ||
              x.secretariatOf.length > 0 ||
              x.secretariat.length > 0) && (
              <Section title="Committee structure">
                <ul class="facts">
                  {x.mirrors.length > 0 && (
                    <li>
                      Mirrors <EntityList kind="INSTITUTION" items={x.mirrors} />
                    </li>
                  )}
                  {x.mirroredBy.length > 0 && (
                    <li>
                      Mirrored by <EntityList kind="INSTITUTION" items={x.mirroredBy} />
                    </li>
                  )}
                  {x.secretariatOf.length > 0 && (
                    <li>
                      Holds the secretariat of <EntityList kind="INSTITUTION" items={x.secretariatOf} />
                    </li>
                  )}
                  {x.secretariat.length > 0 && (
                    <li>
                      Secretariat held by <EntityList kind="INSTITUTION" items={x.secretariat} />
                    </li>
                  )}
                </ul>
              </Section>
            )}
            {x.standards.length > 0 && (
              <Section title="Standards it develops" count={x.standards.length}>
                <Table
                  caption={`Standards developed by ${x.name}`}
                  rows={x.standards}
                  columns={[
                    {
                      label: 'Code',
                      text: (s) => s.code,
                      render: (s) => <EntityLink kind="STANDARD" id={s.id} name={s.code} />,
                    },
                    { label: 'Title', text: (s) => s.title },
                    { label: 'Status', text: (s) => s.status ?? '' },
                  ]}
                />
              </Section>
            )}
            <Section title="People" count={x.people.length}>
              <Table
                caption={`People of ${x.name}`}
                rows={x.people}
                empty="No one is recorded as affiliated with it."
                columns={[
                  {
                    label: 'Person',
                    text: (a) => a.person.name,
                    render: (a) => (
                      <>
                        <EntityLink kind="PERSON" id={a.person.id} name={a.person.name} />
                        <Provenance p={a.provenance} />
                      </>
                    ),
                  },
                  { label: 'Title', text: (a) => a.title ?? '' },
                  { label: 'As of', text: (a) => a.asOf ?? '' },
                ]}
              />
            </Section>
            <Section title="Events by role" count={x.events.length}>
              {x.events.length ? (
                [
                  ...ROLES,
                  ...[...new Set(x.events.map((e) => e.role))]
                    .filter((r) => !ROLES.some(([k]) => k === r))
                    .map((r) => [r, r] as [string, string]),
                ]
                  .filter(([r]) => x.events.some((e) => e.role === r))
                  .map(([r, label]) => (
                    <div key={r}>
                      <h3>{label}</h3>
                      <ul class="facts">
                        {x.events
                          .filter((e) => e.role === r)
                          .map((e) => (
                            <li key={e.event.id}>
                              <EntityLink kind="EVENT" id={e.event.id} name={e.event.name} />
                              <span class="muted"> {e.event.startDate}</span>
                              <Provenance p={e.provenance} />
                            </li>
                          ))}
                      </ul>
                    </div>
                  ))
              ) : (
                <Empty>No event recorded.</Empty>
              )}
            </Section>
            <Section title="Talks by its people" count={d.talkPage.totalCount}>
              <PagedTalks
                caption={`Talks by people of ${x.name}`}
                where={talksWhere}
                first={d.talkPage}
                empty="No talk recorded."
                columns={[dateColumn, talkColumn(), speakerColumn, eventColumn, topicsColumn]}
              />
            </Section>
            <Section title="Topics it speaks on" count={topicCounts.size}>
              <Table
                caption={`Topics ${x.name} speaks on`}
                rows={[...topicCounts.values()].sort(
                  (a, b) => b.n - a.n || a.topic.name.localeCompare(b.topic.name),
                )}
                empty="No talk by its people recorded."
                columns={[
                  {
                    label: 'Topic',
                    text: (c) => c.topic.name,
                    render: (c) => <EntityLink kind="TOPIC" id={c.topic.id} name={c.topic.name} />,
                  },
                  { label: 'Talks', text: (c) => String(c.n), numeric: true },
                ]}
              />
            </Section>
            {x.issued.length > 0 && (
              <Section title="Directives issued" count={x.issued.length}>
                <ul class="facts">
                  {x.issued.map((i) => (
                    <li key={i.directive.id}>
                      <EntityLink kind="DIRECTIVE" id={i.directive.id} name={i.directive.name} />
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
