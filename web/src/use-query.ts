import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';

export interface QueryState<T> {
  data?: T;
  error?: Error;
  loading: boolean;
}

/** Runs one GraphQL request whenever the key (query and variables) changes; older answers are dropped. */
export function useQuery<T>(query: string | null, variables: Record<string, unknown> = {}): QueryState<T> {
  const key = query === null ? '' : query + JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T> & { key?: string }>({ loading: query !== null });
  useEffect(() => {
    if (query === null) return;
    let live = true;
    setState((s) => ({ data: s.key === key ? s.data : undefined, loading: true, key }));
    gql<T>(query, variables).then(
      (data) => live && setState({ data, loading: false, key }),
      (error: Error) => live && setState({ error, loading: false, key }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state.key === key || query === null ? state : { loading: true };
}
