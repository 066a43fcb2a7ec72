import type { ComponentChildren } from 'preact';
import { ApiDownError, ApiError } from '../api';

export const Loading = () => (
  <p class="loading" role="status" aria-live="polite">
    Loading…
  </p>
);

export const Empty = (props: { children: ComponentChildren }) => <p class="empty">{props.children}</p>;

export function NotFound(props: { what?: string }) {
  return (
    <section class="not-found" aria-labelledby="nf">
      <h1 id="nf">Not found</h1>
      <p>{props.what ?? 'There is no page at this address.'}</p>
      <p>
        Try the search box above, or go to the <a href="/">dashboard</a>.
      </p>
    </section>
  );
}

export function ErrorBox(props: { error: Error }) {
  if (props.error instanceof ApiDownError)
    return (
      <p class="error">
        The data could not be loaded because the API is not answering. {props.error.message}
      </p>
    );
  const code = props.error instanceof ApiError ? props.error.code : undefined;
  return (
    <p class="error" role="alert">
      {props.error.message}
      {code ? <span class="muted"> ({code})</span> : null}
    </p>
  );
}

/** Renders the loading, error and not-found states of a page's request, or the page. */
export function PageState<T>(props: {
  state: { data?: T; error?: Error; loading: boolean };
  missing?: (d: T) => boolean;
  what: string;
  children: (d: T) => ComponentChildren;
}) {
  const { data, error, loading } = props.state;
  if (error) return <ErrorBox error={error} />;
  if (loading || !data) return <Loading />;
  if (props.missing?.(data)) return <NotFound what={`No ${props.what} has this id.`} />;
  return <>{props.children(data)}</>;
}
