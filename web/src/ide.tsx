/**
 * The offline GraphQL IDE served at /graphql to browsers in development mode: GraphiQL 4 from local
 * assets, with its docs explorer and history, and the examples of docs/api.md as saved queries.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './ide.css';

const examples = __API_EXAMPLES__;

function Examples() {
  const editors = useEditorContext({ nonNull: true });
  return (
    <div className="examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>From docs/api.md. Choosing one replaces the query in the current tab.</p>
      <ul className="examples-list">
        {examples.map((e) => (
          <li key={e.title}>
            <button
              type="button"
              onClick={() => {
                editors.queryEditor?.setValue(e.query);
                editors.variableEditor?.setValue(e.variables ?? '');
              }}
            >
              {e.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Saved queries: the examples of docs/api.md',
  icon: () => (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        d="M5 3h10l4 4v14H5z M9 9h6 M9 13h6 M9 17h4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  ),
  content: Examples,
};

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const first = examples[0];

createRoot(document.getElementById('ide')!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[examplesPlugin]}
    visiblePlugin={examplesPlugin}
    defaultQuery={first?.query}
    defaultTabs={examples.slice(0, 1).map((e) => ({ query: e.query, variables: e.variables ?? null }))}
    defaultEditorToolsVisibility="variables"
  >
    <GraphiQL.Logo>Standards actors graph</GraphiQL.Logo>
  </GraphiQL>,
);
