import { EntityLink } from '../components/EntityLink';
import { PageState } from '../components/States';
import type { Hit } from '../components/Search';
import { KINDS, pluralOf } from '../kinds';
import type { Location } from '../router';
import { useQuery } from '../use-query';

const QUERY = `query SearchPage($text: String!) {
  search(text: $text, first: 50) { kind matched score entity { id name } }
}`;

/** Full results of a search (Enter in the search box without choosing a suggestion), grouped by kind. */
export function SearchPage(props: { loc: Location }) {
  const q = props.loc.params.get('q') ?? '';
  const state = useQuery<{ search: Hit[] }>(q ? QUERY : null, { text: q });
  return (
    <article>
      <h1>Search: “{q}”</h1>
      {!q ? (
        <p class="empty">Type in the search box above.</p>
      ) : (
        <PageState state={state} what="result">
          {(d) =>
            d.search.length === 0 ? (
              <p class="empty">Nothing matches “{q}”. Try fewer words or another spelling.</p>
            ) : (
              KINDS.filter((k) => d.search.some((h) => h.kind === k)).map((k) => (
                <section key={k} aria-label={pluralOf(k)}>
                  <h2>{pluralOf(k)}</h2>
                  <ul class="facts">
                    {d.search
                      .filter((h) => h.kind === k)
                      .map((h) => (
                        <li key={h.entity.id}>
                          <EntityLink kind={k} id={h.entity.id} name={h.entity.name} />
                          {h.matched && h.matched !== h.entity.name && (
                            <span class="muted"> · {h.matched}</span>
                          )}
                        </li>
                      ))}
                  </ul>
                </section>
              ))
            )
          }
        </PageState>
      )}
    </article>
  );
}
