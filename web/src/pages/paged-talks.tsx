import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';
import { Table, type Column } from '../components/Table';
import { PROV, type Prov, type Ref } from '../fragments';

/**
 * A talk table that loads its talks from the root `talks` list 50 at a time (by date), for pages whose
 * talks run into thousands on a big graph: the first page comes with the page's own request
 * (`pagedTalks(...)` in its query), more on request. Sorting and CSV cover the talks loaded.
 */
export const TALK_PAGE = 50;

const TALK_FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  nodes {
    id title date provenance { ...Prov }
    speaker { id name }
    speakerAffiliation { institution { id name } }
    event { id name }
    topics { id name }
  }`;

/** The selection of the first page, to put in a page's query under `alias` (its variables: $where). */
export const pagedTalks = (alias: string, whereVar: string) =>
  `${alias}: talks(where: ${whereVar}, first: ${TALK_PAGE}, orderBy: { field: DATE }) { ${TALK_FIELDS} }`;

const MORE = `query MoreTalks($where: TalkFilter, $after: String) {
  talks(where: $where, first: ${TALK_PAGE}, after: $after, orderBy: { field: DATE }) { ${TALK_FIELDS} }
} ${PROV}`;

export interface PagedTalk {
  id: string;
  title: string;
  date?: string | null;
  provenance?: Prov | null;
  speaker?: Ref | null;
  speakerAffiliation?: { institution: Ref } | null;
  event?: Ref | null;
  topics: Ref[];
}
export interface TalkPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: PagedTalk[];
}

export function PagedTalks(props: {
  caption: string;
  where: Record<string, unknown>;
  first: TalkPage;
  columns: Column<PagedTalk>[];
  empty: string;
}) {
  const [talks, setTalks] = useState(props.first);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => setTalks(props.first), [props.first]);
  const more = () => {
    setBusy(true);
    gql<{ talks: TalkPage }>(MORE, { where: props.where, after: talks.pageInfo.endCursor }).then(
      (d) => {
        setTalks({ ...d.talks, nodes: [...talks.nodes, ...d.talks.nodes] });
        setBusy(false);
      },
      (e: Error) => {
        setError(e.message);
        setBusy(false);
      },
    );
  };
  return (
    <>
      <Table caption={props.caption} rows={talks.nodes} empty={props.empty} columns={props.columns} />
      {talks.pageInfo.hasNextPage && (
        <p>
          <span class="muted small">
            {talks.nodes.length} of {talks.totalCount} loaded (by date).{' '}
          </span>
          <button type="button" class="small-btn" disabled={busy} onClick={more}>
            Load {TALK_PAGE} more
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}
