/** Set by scripts/build-web.ts at build time. */
declare const __API_EXAMPLES__: { title: string; query: string; variables?: string }[];
/** True when the schema's Provenance has `quote` (scripts/build-web.ts reads schema.graphql). */
declare const __HAS_QUOTE__: boolean;
declare module '*.grass' {
  const text: string;
  export default text;
}
declare module '*.css';
