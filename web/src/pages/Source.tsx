import { EntityList } from '../components/EntityLink';
import { PageState } from '../components/States';
import type { Ref } from '../fragments';
import { useQuery } from '../use-query';
import { EntityHeader, Section } from './common';

const QUERY = `query Source($id: ID!) {
  source(id: $id) { id title type published publisher url language notes aliases authors { id name } }
}`;

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
  } | null;
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
            <Section title="Facts it supports">
              <p class="empty">
                The API does not list a source's facts yet (no <code>Source</code> field leads from a source
                to the facts that cite it). Every fact on the other pages links back here through its “src”
                marker.
              </p>
            </Section>
          </article>
        );
      }}
    </PageState>
  );
}
