import { EntityLink } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState, Empty } from '../components/States';
import { Table } from '../components/Table';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section, StandardsSection } from './common';
import { PagedTalks, pagedTalks, type TalkPage } from './paged-talks';
import {
  dateColumn,
  eventColumn,
  institutionColumn,
  speakerColumn,
  talkColumn,
  topicsColumn,
} from './talk-columns';

/** How many speakers and institutions the page lists, most talks first. */
const RANKED = 20;

/**
 * Talks (including narrower topics) come from the root talks list 50 at a time, and the topic's speakers
 * and institutions ranked by talks from the talkMatrix aggregate, so a topic with thousands of talks costs
 * the page no more than a small one.
 */
const QUERY = `query Topic($id: ID!, $talks: TalkFilter!, $scope: TalkMatrixFilter!) {
  topic(id: $id) {
    id name description aliases ${SOURCES}
    broader { id name broader { id name broader { id name broader { id name broader { id name } } } } }
    narrower { id name narrower { id name narrower { id name narrower { id name } } } }
    emphasisedBy { point event { id name } provenance { ...Prov } }
    calledForBy { point directive { id name } provenance { ...Prov } }
    standards { id code title }
  }
  ${pagedTalks('talks', '$talks')}
  byInstitution: talkMatrix(by: INSTITUTION, where: $scope, columns: ${RANKED}, rows: 1) {
    columnCount columns { institution { id name } count }
  }
  bySpeaker: talkMatrix(by: PERSON, where: $scope, columns: ${RANKED}, rows: 1) {
    columnCount columns { person { id name } count }
  }
} ${PROV}`;

interface Up extends Ref {
  broader?: Up[];
}
interface Down extends Ref {
  narrower?: Down[];
}
interface Ranked {
  columnCount: number;
  columns: { institution?: Ref | null; person?: Ref | null; count: number }[];
}
interface Data {
  topic: {
    id: string;
    name: string;
    description?: string | null;
    aliases: string[];
    sources: SourceRef[];
    broader: Up[];
    narrower: Down[];
    emphasisedBy: { point: string; event: Ref; provenance: Prov }[];
    calledForBy: { point: string; directive: Ref; provenance: Prov }[];
    standards: { id: string; code: string; title: string }[];
  } | null;
  talks: TalkPage;
  byInstitution: Ranked;
  bySpeaker: Ranked;
}

/** Every root-to-here chain of broader topics (a topic may sit under several). */
function chains(up: Up[]): Ref[][] {
  if (!up.length) return [[]];
  return up.flatMap((b) => chains(b.broader ?? []).map((c) => [...c, { id: b.id, name: b.name }]));
}

function Tree(props: { items: Down[] }) {
  return (
    <ul class="tree">
      {props.items.map((n) => (
        <li key={n.id}>
          <EntityLink kind="TOPIC" id={n.id} name={n.name} />
          {n.narrower && n.narrower.length > 0 && <Tree items={n.narrower} />}
        </li>
      ))}
    </ul>
  );
}

/** "Speakers" or, when there are more than listed, "Speakers (20 of 2,536, most talks first)". */
const rankedTitle = (title: string, r: Ranked) =>
  r.columnCount > r.columns.length
    ? `${title} (${r.columns.length} of ${r.columnCount.toLocaleString('en')}, most talks first)`
    : title;
const ranked = (r: Ranked) => r.columns.map((c) => ({ ref: (c.institution ?? c.person)!, n: c.count }));

export function TopicPage(props: { id: string }) {
  const talksWhere = { topic: props.id, includeNarrower: true };
  const state = useQuery<Data>(QUERY, { id: props.id, talks: talksWhere, scope: { topic: props.id } });
  return (
    <PageState state={state} missing={(d) => !d.topic} what="topic">
      {(d) => {
        const t = d.topic!;
        const paths = chains(t.broader);
        const speakers = ranked(d.bySpeaker);
        const institutions = ranked(d.byInstitution);
        return (
          <article>
            <nav aria-label="Broader topics" class="breadcrumbs">
              {paths.map((c, i) => (
                <ol key={i}>
                  {c.map((r) => (
                    <li key={r.id}>
                      <EntityLink kind="TOPIC" id={r.id} name={r.name} />
                    </li>
                  ))}
                  <li aria-current="page">{t.name}</li>
                </ol>
              ))}
            </nav>
            <EntityHeader
              kind="TOPIC"
              id={t.id}
              name={t.name}
              aliases={t.aliases}
              sources={t.sources}
              sub={t.description ? <p>{t.description}</p> : undefined}
            />
            <Section title="Narrower topics" count={t.narrower.length}>
              {t.narrower.length ? <Tree items={t.narrower} /> : <Empty>No narrower topic.</Empty>}
            </Section>
            <Section title="Talks, including narrower topics" count={d.talks.totalCount}>
              <PagedTalks
                caption={`Talks on ${t.name}`}
                where={talksWhere}
                first={d.talks}
                empty="No talk on this topic or a narrower one."
                columns={[
                  dateColumn,
                  talkColumn(),
                  speakerColumn,
                  institutionColumn,
                  eventColumn,
                  topicsColumn,
                ]}
              />
            </Section>
            <div class="two-col">
              <FactSection title={rankedTitle('Speakers', d.bySpeaker)} items={speakers} empty="No speaker.">
                {(s) => (
                  <li key={s.ref.id}>
                    <EntityLink kind="PERSON" id={s.ref.id} name={s.ref.name} />{' '}
                    <span class="muted">{s.n}</span>
                  </li>
                )}
              </FactSection>
              <FactSection
                title={rankedTitle('Institutions', d.byInstitution)}
                items={institutions}
                empty="No institution."
              >
                {(s) => (
                  <li key={s.ref.id}>
                    <EntityLink kind="INSTITUTION" id={s.ref.id} name={s.ref.name} />{' '}
                    <span class="muted">{s.n}</span>
                  </li>
                )}
              </FactSection>
            </div>
            {(t.emphasisedBy.length > 0 || t.calledForBy.length > 0) && (
              <Section
                title="Stressed by events and called for by directives"
                count={t.emphasisedBy.length + t.calledForBy.length}
              >
                <Table
                  caption={`Events and directives that stress ${t.name}`}
                  rows={[
                    ...t.calledForBy.map((e) => ({ kind: 'DIRECTIVE' as const, by: e.directive, ...e })),
                    ...t.emphasisedBy.map((e) => ({ kind: 'EVENT' as const, by: e.event, ...e })),
                  ]}
                  columns={[
                    {
                      label: 'By',
                      text: (e) => e.by.name,
                      render: (e) => <EntityLink kind={e.kind} id={e.by.id} name={e.by.name} />,
                    },
                    {
                      label: 'Point',
                      text: (e) => e.point,
                      render: (e) => (
                        <>
                          {e.point}
                          <Provenance p={e.provenance} />
                        </>
                      ),
                    },
                  ]}
                />
              </Section>
            )}
            <StandardsSection standards={t.standards} />
          </article>
        );
      }}
    </PageState>
  );
}
