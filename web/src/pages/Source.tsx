import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';
import { EntityLink, EntityList } from '../components/EntityLink';
import { Table, type Column } from '../components/Table';
import { PageState } from '../components/States';
import type { Ref } from '../fragments';
import type { Kind } from '../kinds';
import { useQuery } from '../use-query';
import { EntityHeader, Section } from './common';

const FACTS = `facts(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type location quote from { __typename id name } to { __typename id name } properties { name value } }
  }`;
const QUERY = `query Source($id: ID!, $after: String) {
  source(id: $id) { id title type published publisher url language notes aliases authors { id name } ${FACTS} }
}`;
/** The next 100 facts, when the curator asks for them. */
const MORE = `query SourceFacts($id: ID!, $after: String) { source(id: $id) { ${FACTS} } }`;

interface End {
  __typename: string;
  id: string;
  name: string;
}
export interface SourceFact {
  id: string;
  type: string;
  location?: string | null;
  quote?: string | null;
  from: End;
  to: End;
  properties: { name: string; value: string }[];
}
interface FactPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: SourceFact[];
}

interface Data {
  source: {
    id: string;
    title: string;
    type: string;
    published?: string | null;
    publisher?: string | null;
    url?: string | null;
    language?: string | null;
    notes?: string | null;
    aliases: string[];
    authors: Ref[];
    facts: FactPage;
  } | null;
}

const endLink = (e: End) => <EntityLink kind={e.__typename.toUpperCase() as Kind} id={e.id} name={e.name} />;
const typeText = (t: string) => t.toLowerCase().replace(/_/g, ' ');
const propsText = (f: SourceFact) => f.properties.map((p) => `${p.name}: ${p.value}`).join('; ');

const FACT_COLUMNS: Column<SourceFact>[] = [
  { label: 'From', text: (f) => f.from.name, render: (f) => endLink(f.from) },
  { label: 'Fact', text: (f) => typeText(f.type) },
  { label: 'To', text: (f) => f.to.name, render: (f) => endLink(f.to) },
  { label: 'Details', text: propsText },
  { label: 'Where', text: (f) => f.location ?? '' },
  {
    label: 'Quote',
    text: (f) => f.quote ?? '',
    render: (f) => (f.quote ? <q class="quote">{f.quote}</q> : <span class="muted">—</span>),
  },
];

/** The facts a source states: the first 100 with the page, more on request (100 at a time). */
function SourceFacts(props: { id: string; first: FactPage }) {
  const [facts, setFacts] = useState(props.first);
  const [error, setError] = useState<string>();
  useEffect(() => setFacts(props.first), [props.first]);
  const more = () =>
    gql<{ source: { facts: FactPage } | null }>(MORE, { id: props.id, after: facts.pageInfo.endCursor }).then(
      (d) => d.source && setFacts({ ...d.source.facts, nodes: [...facts.nodes, ...d.source.facts.nodes] }),
      (e: Error) => setError(e.message),
    );
  return (
    <>
      <Table
        caption="Facts it supports"
        columns={FACT_COLUMNS}
        rows={facts.nodes}
        empty="No fact in the graph cites this source."
      />
      {facts.pageInfo.hasNextPage && (
        <p>
          <span class="muted small">
            {facts.nodes.length} of {facts.totalCount} loaded.{' '}
          </span>
          <button type="button" class="small-btn" onClick={more}>
            Load 100 more
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}

export function SourcePage(props: { id: string }) {
  const state = useQuery<Data>(QUERY, { id: props.id });
  return (
    <PageState state={state} missing={(d) => !d.source} what="source">
      {(d) => {
        const s = d.source!;
        return (
          <article>
            <EntityHeader kind="SOURCE" id={s.id} name={s.title} aliases={s.aliases} />
            <Section title="About this source">
              <dl class="props">
                <dt>Type</dt>
                <dd>{s.type}</dd>
                <dt>Published</dt>
                <dd>{s.published ?? 'undated'}</dd>
                <dt>Publisher</dt>
                <dd>{s.publisher ?? '—'}</dd>
                <dt>Language</dt>
                <dd>{s.language ?? '—'}</dd>
                <dt>Authors</dt>
                <dd>
                  <EntityList kind="PERSON" items={s.authors} empty="not named" />
                </dd>
                <dt>Address</dt>
                <dd>
                  {s.url ? (
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.url}
                    </a>
                  ) : (
                    '—'
                  )}
                </dd>
                {s.notes && (
                  <>
                    <dt>Notes</dt>
                    <dd>{s.notes}</dd>
                  </>
                )}
              </dl>
            </Section>
            <Section title="Facts it supports" count={s.facts.totalCount}>
              <SourceFacts id={s.id} first={s.facts} />
            </Section>
          </article>
        );
      }}
    </PageState>
  );
}
