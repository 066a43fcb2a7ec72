import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isApiDown, onApiStatus, gql } from './api';
import { Search } from './components/Search';
import { NotFound, Loading } from './components/States';
import { kindOfPath, type Kind } from './kinds';
import { EntityPage } from './pages/entity';
import { SearchPage } from './pages/SearchPage';
import { MatrixPage } from './pages/Matrix';
import { BrowsePage } from './pages/Browse';
import { ReviewPage } from './pages/Review';
import { useLocation, type Location } from './router';
import { ideEnabled } from './config';

/** Pages with heavy libraries (graph drawing, charts) are loaded when first opened. */
function lazy(load: () => Promise<ComponentType<{ loc: Location }>>) {
  let loaded: ComponentType<{ loc: Location }> | undefined;
  return function Lazy(props: { loc: Location }) {
    const [C, setC] = useState(() => loaded);
    useEffect(() => {
      if (!C) load().then((c) => setC(() => (loaded = c)));
    }, [C]);
    return C ? <C loc={props.loc} /> : <Loading />;
  };
}
const GraphPage = lazy(() => import('./pages/Graph').then((m) => m.GraphPage));
const DashboardPage = lazy(() => import('./pages/Dashboard').then((m) => m.DashboardPage));

function ApiBanner() {
  const [down, setDown] = useState(isApiDown());
  useEffect(() => onApiStatus(setDown), []);
  if (!down) return null;
  return (
    <div class="banner" role="alert">
      <strong>The GraphQL API is not answering.</strong> What you see may be incomplete; the explorer retries
      when you act again.{' '}
      <button type="button" onClick={() => gql('{ __typename }').catch(() => undefined)}>
        Retry now
      </button>
    </div>
  );
}

function route(loc: Location) {
  const parts = loc.path.split('/').filter(Boolean);
  if (parts.length === 0 || (parts[0] === 'dashboard' && parts.length === 1))
    return <DashboardPage loc={loc} />;
  const [head, ...rest] = parts;
  if (head === 'search' && !rest.length) return <SearchPage loc={loc} />;
  if (head === 'matrix' && !rest.length) return <MatrixPage loc={loc} />;
  if (head === 'graph' && !rest.length) return <GraphPage loc={loc} />;
  if (head === 'review' && !rest.length) return <ReviewPage />;
  if (head === 'browse' && rest.length === 1) {
    const kind = kindOfPath(rest[0]!);
    if (kind) return <BrowsePage kind={kind} loc={loc} />;
  }
  const kind: Kind | undefined = kindOfPath(head!);
  if (kind && rest.length === 1) return <EntityPage kind={kind} id={rest[0]!} />;
  return <NotFound />;
}

const NAV: [string, string][] = [
  ['/', 'Dashboard'],
  ['/matrix', 'Who spoke on what'],
  ['/graph', 'Graph'],
  ['/browse/event', 'Events'],
  ['/browse/person', 'People'],
  ['/browse/institution', 'Institutions'],
  ['/browse/topic', 'Topics'],
  ['/browse/standard', 'Standards'],
  ['/review', 'Review a report'],
  ['/graphql', 'GraphQL IDE'],
];

export function App() {
  const loc = useLocation();
  useEffect(() => {
    // Focus moves to the new page's heading, so screen readers announce navigations.
    const h = document.querySelector<HTMLElement>('main h1');
    h?.setAttribute('tabindex', '-1');
  }, [loc.path]);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          Standards actors
        </a>
        <Search id="q" label="Search the graph" />
        <nav aria-label="Main">
          {NAV.filter(([href]) => href !== '/graphql' || ideEnabled).map(([href, label]) => (
            <a
              key={href}
              href={href}
              aria-current={
                (href === '/' ? loc.path === '/' : loc.path.startsWith(href)) ? 'page' : undefined
              }
            >
              {label}
            </a>
          ))}
        </nav>
      </header>
      <ApiBanner />
      <main id="main">{route(loc)}</main>
    </>
  );
}
