import { EntityLink } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState } from '../components/States';
import { Table } from '../components/Table';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section, StandardsSection } from './common';
import { affiliationColumn, dateColumn, speakerColumn, talkColumn, topicsColumn } from './talk-columns';

const QUERY = `query Event($id: ID!) {
  event(id: $id) {
    id name type startDate endDate description recorded aliases ${SOURCES}
    place { id name locatedIn { id name } }
    partOf { id name }
    parts { id name startDate }
    organisers { role institution { id name } provenance { ...Prov } }
    talks {
      id title date type provenance { ...Prov }
      speaker { id name }
      speakerAffiliation { title institution { id name } }
      topics { id name }
    }
    emphasised { point topic { id name } directive { id name } provenance { ...Prov } }
    references { context directive { id name } provenance { ...Prov } }
    standards { id code title }
  }
} ${PROV}`;

const ROLE_LABEL: Record<string, string> = {
  SPONSORED: 'Sponsor',
  ORGANISED: 'Organiser',
  CO_ORGANISED: 'Co-organiser',
};

interface Data {
  event: {
    id: string;
    name: string;
    type: string;
    startDate: string;
    endDate: string;
    description?: string | null;
    recorded?: boolean | null;
    aliases: string[];
    sources: SourceRef[];
    place?: (Ref & { locatedIn?: Ref | null }) | null;
    partOf?: Ref | null;
    parts: (Ref & { startDate: string })[];
    organisers: { role: string; institution: Ref; provenance: Prov }[];
    talks: {
      id: string;
      title: string;
      date?: string | null;
      type: string;
      provenance?: Prov | null;
      speaker?: Ref | null;
      speakerAffiliation?: { title?: string | null; institution: Ref } | null;
      topics: Ref[];
    }[];
    emphasised: { point: string; topic: Ref; directive?: Ref | null; provenance: Prov }[];
    references: { context?: string | null; directive: Ref; provenance: Prov }[];
    standards: { id: string; code: string; title: string }[];
  } | null;
}

export function EventPage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.event} what="event">
      {(d) => {
        const e = d.event!;
        const when = e.startDate === e.endDate ? e.startDate : `${e.startDate} to ${e.endDate}`;
        return (
          <article>
            <EntityHeader
              kind="EVENT"
              id={e.id}
              name={e.name}
              aliases={e.aliases}
              sources={e.sources}
              sub={
                <>
                  <p>
                    <span class="tag">{e.type}</span> {when}
                    {e.place && (
                      <>
                        {' · '}
                        <EntityLink kind="PLACE" id={e.place.id} name={e.place.name} />
                        {e.place.locatedIn && <span class="muted">, {e.place.locatedIn.name}</span>}
                      </>
                    )}
                    {e.recorded && <span class="muted"> · recorded</span>}
                  </p>
                  {e.partOf && (
                    <p>
                      Part of <EntityLink kind="EVENT" id={e.partOf.id} name={e.partOf.name} />
                    </p>
                  )}
                  {e.description && <p>{e.description}</p>}
                </>
              }
            />
            {e.parts.length > 0 && (
              <Section title="Parts" count={e.parts.length}>
                <ul class="facts">
                  {e.parts.map((p) => (
                    <li key={p.id}>
                      <EntityLink kind="EVENT" id={p.id} name={p.name} />{' '}
                      <span class="muted">{p.startDate}</span>
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <FactSection title="Organisers" items={e.organisers} empty="No organiser recorded.">
              {(o) => (
                <li key={o.role + o.institution.id}>
                  <span class="tag">{ROLE_LABEL[o.role] ?? o.role}</span>{' '}
                  <EntityLink kind="INSTITUTION" id={o.institution.id} name={o.institution.name} />
                  <Provenance p={o.provenance} />
                </li>
              )}
            </FactSection>
            <Section title="Programme" count={e.talks.length}>
              <Table
                caption={`Programme of ${e.name}`}
                rows={e.talks}
                empty="No talk recorded."
                columns={[
                  { label: '#', text: (t) => String(e.talks.indexOf(t) + 1), numeric: true },
                  dateColumn,
                  talkColumn(true),
                  speakerColumn,
                  affiliationColumn('Affiliation'),
                  topicsColumn,
                ]}
              />
            </Section>
            <FactSection title="Priorities it stressed" items={e.emphasised} empty="No priority recorded.">
              {(x, i) => (
                <li key={i}>
                  {x.point} — <EntityLink kind="TOPIC" id={x.topic.id} name={x.topic.name} />
                  {x.directive && (
                    <>
                      {' '}
                      (<EntityLink kind="DIRECTIVE" id={x.directive.id} name={x.directive.name} />)
                    </>
                  )}
                  <Provenance p={x.provenance} />
                </li>
              )}
            </FactSection>
            <FactSection title="Directives cited" items={e.references} empty="No directive cited.">
              {(r, i) => (
                <li key={i}>
                  <EntityLink kind="DIRECTIVE" id={r.directive.id} name={r.directive.name} />
                  {r.context && <span class="muted"> — {r.context}</span>}
                  <Provenance p={r.provenance} />
                </li>
              )}
            </FactSection>
            <StandardsSection standards={e.standards} />
          </article>
        );
      }}
    </PageState>
  );
}
