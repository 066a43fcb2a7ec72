import { EntityLink } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import { PageState } from '../components/States';
import { PROV, SOURCES, type Prov, type Ref, type SourceRef } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, FactSection } from './common';

const QUERY = `query Directive($id: ID!) {
  directive(id: $id) {
    id name description aliases ${SOURCES}
    issuedBy { title issuer { __typename ... on Person { id name } ... on Institution { id name } } provenance { ...Prov } }
    points { point topic { id name } provenance { ...Prov } }
    referencedBy { context event { id name startDate } provenance { ...Prov } }
  }
} ${PROV}`;

interface Data {
  directive: {
    id: string;
    name: string;
    description?: string | null;
    aliases: string[];
    sources: SourceRef[];
    issuedBy: {
      title?: string | null;
      issuer: Ref & { __typename: 'Person' | 'Institution' };
      provenance: Prov;
    }[];
    points: { point: string; topic: Ref; provenance: Prov }[];
    referencedBy: { context?: string | null; event: Ref & { startDate: string }; provenance: Prov }[];
  } | null;
}

export function DirectivePage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.directive} what="directive">
      {(d) => {
        const x = d.directive!;
        return (
          <article>
            <EntityHeader
              kind="DIRECTIVE"
              id={x.id}
              name={x.name}
              aliases={x.aliases}
              sources={x.sources}
              sub={x.description ? <p>{x.description}</p> : undefined}
            />
            <FactSection title="Issued by" items={x.issuedBy} empty="No issuer recorded.">
              {(i) => (
                <li key={i.issuer.id}>
                  <EntityLink
                    kind={i.issuer.__typename === 'Person' ? 'PERSON' : 'INSTITUTION'}
                    id={i.issuer.id}
                    name={i.issuer.name}
                  />
                  {i.title && <span class="muted">, {i.title}</span>}
                  <Provenance p={i.provenance} />
                </li>
              )}
            </FactSection>
            <FactSection title="What it calls for" items={x.points} empty="No point recorded.">
              {(p, i) => (
                <li key={i}>
                  {p.point} — <EntityLink kind="TOPIC" id={p.topic.id} name={p.topic.name} />
                  <Provenance p={p.provenance} />
                </li>
              )}
            </FactSection>
            <FactSection title="Cited by events" items={x.referencedBy} empty="No event cites it.">
              {(r, i) => (
                <li key={i}>
                  <EntityLink kind="EVENT" id={r.event.id} name={r.event.name} />{' '}
                  <span class="muted">{r.event.startDate}</span>
                  {r.context && <span> — {r.context}</span>}
                  <Provenance p={r.provenance} />
                </li>
              )}
            </FactSection>
          </article>
        );
      }}
    </PageState>
  );
}
