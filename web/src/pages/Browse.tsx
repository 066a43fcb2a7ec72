import { EntityLink } from '../components/EntityLink';
import { PageState } from '../components/States';
import { Table } from '../components/Table';
import { pluralOf, type Kind } from '../kinds';
import { navigate, withParams, type Location } from '../router';
import { useQuery } from '../use-query';

/** Server-paginated lists (100 a page) of the kinds the API lists: events, people, institutions, topics. */
const LISTS: Partial<Record<Kind, { field: string; extra: string; order: string; filter?: string }>> = {
  EVENT: {
    field: 'events',
    extra: 'startDate type place { name }',
    order: '{ field: START_DATE, direction: DESC }',
  },
  PERSON: { field: 'people', extra: 'affiliations { title institution { name } }', order: '{ field: NAME }' },
  INSTITUTION: { field: 'institutions', extra: 'type partOf { name }', order: '{ field: NAME }' },
  TOPIC: { field: 'topics', extra: 'broader { name }', order: '{ field: NAME }' },
  STANDARD: { field: 'standards', extra: 'title status', order: '{ field: NAME }', filter: 'code' },
};

interface Row {
  id: string;
  name: string;
  startDate?: string;
  type?: string;
  place?: { name: string } | null;
  affiliations?: { title?: string | null; institution: { name: string } }[];
  partOf?: { name: string } | null;
  broader?: { name: string }[];
  title?: string;
  status?: string | null;
}

const detail = (r: Row) =>
  [
    r.title,
    r.status,
    r.startDate,
    r.type,
    r.place?.name,
    r.partOf?.name,
    r.affiliations?.[0] &&
      [r.affiliations[0].title, r.affiliations[0].institution.name].filter(Boolean).join(', '),
    r.broader?.length ? `under ${r.broader.map((b) => b.name).join(', ')}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

export function BrowsePage(props: { kind: Kind; loc: Location }) {
  const spec = LISTS[props.kind];
  const name = props.loc.params.get('name') ?? '';
  const after = props.loc.params.get('after') ?? undefined;
  const query = spec
    ? `query Browse($name: String, $after: String) {
        list: ${spec.field}(where: { ${spec.filter ?? 'name'}: $name }, orderBy: ${spec.order}, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id name ${spec.extra} }
        }
      }`
    : null;
  const state = useQuery<{
    list: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string }; nodes: Row[] };
  }>(query, { name: name || null, after: after ?? null });
  const base = `/browse/${props.kind.toLowerCase()}`;
  if (!spec)
    return (
      <article>
        <h1>{pluralOf(props.kind)}</h1>
        <p class="empty">The API has no list of {pluralOf(props.kind).toLowerCase()}; use the search box.</p>
      </article>
    );
  return (
    <article>
      <h1>{pluralOf(props.kind)}</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const v = (new FormData(e.currentTarget).get('name') as string).trim();
          navigate(withParams(base, { name: v }));
        }}
      >
        <label>
          {spec.filter === 'code' ? 'Code contains' : 'Name contains'}{' '}
          <input name="name" defaultValue={name} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <PageState state={state} what="list">
        {(d) => (
          <>
            <p class="muted">
              {d.list.totalCount} in all{after ? ' (a later page)' : ''}.
            </p>
            <Table
              caption={pluralOf(props.kind)}
              rows={d.list.nodes}
              pageSize={100}
              empty={name ? `None matches “${name}”.` : 'None yet.'}
              columns={[
                {
                  label: 'Name',
                  text: (r) => r.name,
                  render: (r) => <EntityLink kind={props.kind} id={r.id} name={r.name} />,
                },
                { label: 'Details', text: detail },
              ]}
            />
            <nav class="pager" aria-label="More results">
              {after && (
                <button type="button" onClick={() => history.back()}>
                  Previous page
                </button>
              )}
              {d.list.pageInfo.hasNextPage && (
                <a href={withParams(base, { name, after: d.list.pageInfo.endCursor })}>Next 100</a>
              )}
            </nav>
          </>
        )}
      </PageState>
    </article>
  );
}
