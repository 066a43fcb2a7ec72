import { EntityLink, EntityList } from '../components/EntityLink';
import { PageState, Empty } from '../components/States';
import { Table } from '../components/Table';
import { SOURCES, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section } from './common';
import { dateColumn, eventColumn, speakerColumn, talkColumn } from './talk-columns';

const STD = 'id code title status';
const QUERY = `query Standard($id: ID!) {
  standard(id: $id) {
    id code title status published withdrawn aliases ${SOURCES}
    developedBy { id name type partOf { id name } }
    topics { id name }
    supersedes { ${STD} } supersededBy { ${STD} }
    references { ${STD} } referencedBy { ${STD} }
    discussedAt { id name startDate }
    mentionedIn { id title date speaker { id name } event { id name } }
  }
}`;

interface Std {
  id: string;
  code: string;
  title: string;
  status?: string | null;
}
interface Data {
  standard:
    | (Std & {
        published?: string | null;
        withdrawn?: string | null;
        aliases: string[];
        sources: SourceRef[];
        developedBy: (Ref & { type?: string | null; partOf?: Ref | null })[];
        topics: Ref[];
        supersedes: Std[];
        supersededBy: Std[];
        references: Std[];
        referencedBy: Std[];
        discussedAt: (Ref & { startDate: string })[];
        mentionedIn: {
          id: string;
          title: string;
          date?: string | null;
          speaker?: Ref | null;
          event?: Ref | null;
        }[];
      })
    | null;
}

function Standards(props: { items: Std[]; empty: string }) {
  if (!props.items.length) return <Empty>{props.empty}</Empty>;
  return (
    <ul class="facts">
      {props.items.map((s) => (
        <li key={s.id}>
          <EntityLink kind="STANDARD" id={s.id} name={s.code} /> {s.title}
          {s.status && <span class="muted"> ({s.status})</span>}
        </li>
      ))}
    </ul>
  );
}

export function StandardPage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.standard} what="standard">
      {(d) => {
        const s = d.standard!;
        return (
          <article>
            <EntityHeader
              kind="STANDARD"
              id={s.id}
              name={s.code}
              aliases={s.aliases}
              sources={s.sources}
              sub={
                <p>
                  {s.title}
                  <br />
                  {s.status && <span class="tag">{s.status}</span>}{' '}
                  {s.published && <span class="muted">published {s.published}</span>}
                  {s.withdrawn && <span class="muted">, withdrawn {s.withdrawn}</span>}
                </p>
              }
            />
            <FactSection title="Developed by" items={s.developedBy} empty="No committee recorded.">
              {(i) => (
                <li key={i.id}>
                  <EntityLink kind="INSTITUTION" id={i.id} name={i.name} />
                  {i.type && <span class="muted"> ({i.type})</span>}
                  {i.partOf && (
                    <span class="muted">
                      {' '}
                      of <EntityLink kind="INSTITUTION" id={i.partOf.id} name={i.partOf.name} />
                    </span>
                  )}
                </li>
              )}
            </FactSection>
            <Section title="Topics" count={s.topics.length}>
              <EntityList kind="TOPIC" items={s.topics} empty="No topic recorded." />
            </Section>
            <div class="two-col">
              <Section title="Supersedes">
                <Standards items={s.supersedes} empty="No earlier edition recorded." />
              </Section>
              <Section title="Superseded by">
                <Standards items={s.supersededBy} empty="Not superseded, as far as recorded." />
              </Section>
              <Section title="References">
                <Standards items={s.references} empty="No reference recorded." />
              </Section>
              <Section title="Referenced by">
                <Standards items={s.referencedBy} empty="No standard recorded as citing it." />
              </Section>
            </div>
            <FactSection title="Discussed at events" items={s.discussedAt} empty="No event recorded.">
              {(e) => (
                <li key={e.id}>
                  <EntityLink kind="EVENT" id={e.id} name={e.name} /> <span class="muted">{e.startDate}</span>
                </li>
              )}
            </FactSection>
            <Section title="Talks that presented or cited it" count={s.mentionedIn.length}>
              <Table
                caption={`Talks citing ${s.code}`}
                rows={s.mentionedIn}
                empty="No talk recorded."
                columns={[dateColumn, talkColumn(), speakerColumn, eventColumn]}
              />
            </Section>
          </article>
        );
      }}
    </PageState>
  );
}
