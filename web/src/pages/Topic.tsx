import { EntityLink } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState, Empty } from '../components/States';
import { Table } from '../components/Table';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section, StandardsSection, byDate } from './common';
import {
  dateColumn,
  eventColumn,
  institutionColumn,
  speakerColumn,
  talkColumn,
  topicsColumn,
} from './talk-columns';

const QUERY = `query Topic($id: ID!) {
  topic(id: $id) {
    id name description aliases ${SOURCES}
    broader { id name broader { id name broader { id name broader { id name broader { id name } } } } }
    narrower { id name narrower { id name narrower { id name narrower { id name } } } }
    talks(includeNarrower: true) {
      id title date provenance { ...Prov }
      speaker { id name }
      speakerAffiliation { institution { id name } }
      event { id name }
      topics { id name }
    }
    emphasisedBy { point event { id name } provenance { ...Prov } }
    calledForBy { point directive { id name } provenance { ...Prov } }
    standards { id code title }
  }
} ${PROV}`;

interface Up extends Ref {
  broader?: Up[];
}
interface Down extends Ref {
  narrower?: Down[];
}
interface Talk {
  id: string;
  title: string;
  date?: string | null;
  provenance?: Prov | null;
  speaker?: Ref | null;
  speakerAffiliation?: { institution: Ref } | null;
  event?: Ref | null;
  topics: Ref[];
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
    talks: Talk[];
    emphasisedBy: { point: string; event: Ref; provenance: Prov }[];
    calledForBy: { point: string; directive: Ref; provenance: Prov }[];
    standards: { id: string; code: string; title: string }[];
  } | null;
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

function count<T>(items: T[], key: (t: T) => Ref | undefined | null) {
  const m = new Map<string, { ref: Ref; n: number }>();
  for (const i of items) {
    const r = key(i);
    if (!r) continue;
    const c = m.get(r.id) ?? { ref: r, n: 0 };
    c.n++;
    m.set(r.id, c);
  }
  return [...m.values()].sort((a, b) => b.n - a.n || a.ref.name.localeCompare(b.ref.name));
}

export function TopicPage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.topic} what="topic">
      {(d) => {
        const t = d.topic!;
        const paths = chains(t.broader);
        const speakers = count(t.talks, (x) => x.speaker);
        const institutions = count(t.talks, (x) => x.speakerAffiliation?.institution);
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
            <Section title="Talks, including narrower topics" count={t.talks.length}>
              <Table
                caption={`Talks on ${t.name}`}
                rows={[...t.talks].sort(byDate)}
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
              <FactSection title="Speakers" items={speakers} empty="No speaker.">
                {(s) => (
                  <li key={s.ref.id}>
                    <EntityLink kind="PERSON" id={s.ref.id} name={s.ref.name} />{' '}
                    <span class="muted">{s.n}</span>
                  </li>
                )}
              </FactSection>
              <FactSection title="Institutions" items={institutions} empty="No institution.">
                {(s) => (
                  <li key={s.ref.id}>
                    <EntityLink kind="INSTITUTION" id={s.ref.id} name={s.ref.name} />{' '}
                    <span class="muted">{s.n}</span>
                  </li>
                )}
              </FactSection>
            </div>
            {(t.emphasisedBy.length > 0 || t.calledForBy.length > 0) && (
              <Section title="Stressed by events and called for by directives">
                <ul class="facts">
                  {t.emphasisedBy.map((e, i) => (
                    <li key={'e' + i}>
                      <EntityLink kind="EVENT" id={e.event.id} name={e.event.name} />: {e.point}
                      <Provenance p={e.provenance} />
                    </li>
                  ))}
                  {t.calledForBy.map((e, i) => (
                    <li key={'d' + i}>
                      <EntityLink kind="DIRECTIVE" id={e.directive.id} name={e.directive.name} />: {e.point}
                      <Provenance p={e.provenance} />
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <StandardsSection standards={t.standards} />
          </article>
        );
      }}
    </PageState>
  );
}
