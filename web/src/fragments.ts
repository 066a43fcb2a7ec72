/** GraphQL fragments the pages share. Provenance asks for `quote` when the schema has it. */
export const PROV = `fragment Prov on Provenance { location source { id title published }${__HAS_QUOTE__ ? ' quote' : ''} }`;
export const SOURCES = `sources { id title published }`;

export interface Ref {
  id: string;
  name: string;
}
export interface SourceRef {
  id: string;
  title: string;
  published?: string | null;
}
export interface Prov {
  location?: string | null;
  quote?: string | null;
  source: SourceRef;
}
