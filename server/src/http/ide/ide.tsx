/**
 * The local GraphQL IDE served at /graphql to browsers: GraphiQL 5 from npm, bundled by Vite
 * (see build.ts), nothing loaded from a CDN. Written with createElement rather than JSX so the
 * project's tsconfig (which has no `jsx` setting) type-checks it unchanged.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { IDE_EXAMPLES } from './examples.ts';

// Same origin as the page: the IDE talks to the endpoint it was served from. The preflight
// header satisfies Apollo's CSRF prevention for GET requests should the fetcher use them.
const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.href).toString(),
  headers: { 'apollo-require-preflight': 'true' },
});

const defaultTabs = IDE_EXAMPLES.map((example) => ({
  query: example.query,
  variables: JSON.stringify(example.variables, null, 2),
}));

const container = document.getElementById('ide');
if (container) {
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs,
      // GraphiQL 5 fills the first tab's query from defaultTabs but not its variables; passing
      // both explicitly fixes that, and on a later visit selects the stored tab that matches.
      initialQuery: defaultTabs[0]?.query,
      initialVariables: defaultTabs[0]?.variables,
      defaultEditorToolsVisibility: 'variables',
    }),
  );
}
