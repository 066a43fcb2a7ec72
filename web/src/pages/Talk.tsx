import { EntityLink } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState } from '../components/States';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection, Section, StandardsSection } from './common';

const QUERY = `query Talk($id: ID!) {
  talk(id: $id) {
    id title type summary date aliases ${SOURCES}
    provenance { ...Prov }
    speaker { id name }
    speakerAffiliation { title institution { id name } provenance { ...Prov } }
    event { id name startDate place { id name } }
    topics { id name ancestors { id name } }
    standards { id code title }
  }
} ${PROV}`;

interface Data {
  talk: {
    id: string;
    title: string;
    type: string;
    summary?: string | null;
    date?: string | null;
    aliases: string[];
    sources: SourceRef[];
    provenance?: Prov | null;
    speaker?: Ref | null;
    speakerAffiliation?: { title?: string | null; institution: Ref; provenance: Prov } | null;
    event?: (Ref & { startDate: string; place?: Ref | null }) | null;
    topics: (Ref & { ancestors: Ref[] })[];
    standards: { id: string; code: string; title: string }[];
  } | null;
}

export function TalkPage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.talk} what="talk">
      {(d) => {
        const t = d.talk!;
        return (
          <article>
            <EntityHeader
              kind="TALK"
              id={t.id}
              name={t.title}
              aliases={t.aliases}
              sources={t.sources}
              sub={
                <p>
                  <span class="tag">{t.type}</span> {t.date ?? 'undated'}
                </p>
              }
            />
            <Section title="Who, where">
              <ul class="facts">
                <li>
                  Speaker:{' '}
                  {t.speaker ? (
                    <EntityLink kind="PERSON" id={t.speaker.id} name={t.speaker.name} />
                  ) : (
                    'unknown'
                  )}
                  <Provenance p={t.provenance} />
                </li>
                {t.speakerAffiliation && (
                  <li>
                    Speaking as {t.speakerAffiliation.title ? `${t.speakerAffiliation.title}, ` : ''}
                    <EntityLink
                      kind="INSTITUTION"
                      id={t.speakerAffiliation.institution.id}
                      name={t.speakerAffiliation.institution.name}
                    />
                    <Provenance p={t.speakerAffiliation.provenance} />
                  </li>
                )}
                <li>
                  At:{' '}
                  {t.event ? (
                    <>
                      <EntityLink kind="EVENT" id={t.event.id} name={t.event.name} />{' '}
                      <span class="muted">
                        {t.event.startDate}
                        {t.event.place ? `, ${t.event.place.name}` : ''}
                      </span>
                    </>
                  ) : (
                    'unknown event'
                  )}
                </li>
              </ul>
            </Section>
            {t.summary && (
              <Section title="Summary">
                <p>{t.summary}</p>
              </Section>
            )}
            <FactSection title="Topics" items={t.topics} empty="No topic recorded.">
              {(x) => (
                <li key={x.id}>
                  <EntityLink kind="TOPIC" id={x.id} name={x.name} />
                  {x.ancestors.length > 0 && (
                    <span class="muted small"> under {x.ancestors.map((a) => a.name).join(', ')}</span>
                  )}
                  <Provenance p={t.provenance} />
                </li>
              )}
            </FactSection>
            <StandardsSection standards={t.standards} />
          </article>
        );
      }}
    </PageState>
  );
}
