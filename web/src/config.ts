/** Settings the server puts in the page's <meta> tags (no inline script, for the CSP). */
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
/** Neo4j Browser's URL when the service started the embedded Neo4j (else unknown). */
export const neo4jBrowserUrl = meta('neo4j-browser');
/** The offline GraphQL IDE is served at /graphql (development mode only). */
export const ideEnabled = meta('graphql-ide') === 'on';
