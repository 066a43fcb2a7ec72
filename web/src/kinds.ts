import grass from '../../cypher/style.grass';
import { NODE_LABELS, type NodeLabel } from '../../src/graph/model';

/** The kinds of the API (EntityKind) are the graph's labels in upper case. */
export type Kind = Uppercase<NodeLabel>;
export const KINDS = NODE_LABELS.map((l) => l.toUpperCase() as Kind);

export const labelOf = (kind: Kind): NodeLabel => NODE_LABELS[KINDS.indexOf(kind)]!;
/** URL segment of a kind's page: /person/liu-xiangang. */
export const pathOf = (kind: Kind, id: string) => `/${kind.toLowerCase()}/${encodeURIComponent(id)}`;
export const kindOfPath = (segment: string): Kind | undefined =>
  KINDS.find((k) => k.toLowerCase() === segment);

const PLURAL: Partial<Record<Kind, string>> = {
  EVENT: 'Events',
  PERSON: 'People',
  INSTITUTION: 'Institutions',
  TOPIC: 'Topics',
  PLACE: 'Places',
  TALK: 'Talks',
  SOURCE: 'Sources',
  DIRECTIVE: 'Directives',
};
export const pluralOf = (kind: Kind) => PLURAL[kind] ?? `${labelOf(kind)}s`;
export const singularOf = (kind: Kind) => labelOf(kind);

export interface KindStyle {
  color: string;
  border: string;
  text: string;
}

/** Colours per kind from cypher/style.grass, the Neo4j Browser style, so both tools look alike. */
function parseGrass(text: string): Record<string, KindStyle> {
  const blocks = [...text.matchAll(/node(?:\.(\w+))?\s*\{([^}]*)\}/g)];
  const prop = (body: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim();
  const base = blocks.find((b) => !b[1])?.[2] ?? '';
  const out: Record<string, KindStyle> = {};
  for (const [, label, body] of blocks) {
    out[label ?? '*'] = {
      color: prop(body!, 'color') ?? prop(base, 'color') ?? '#A5ABB6',
      border: prop(body!, 'border-color') ?? prop(base, 'border-color') ?? '#9AA1AC',
      text: prop(body!, 'text-color-internal') ?? prop(base, 'text-color-internal') ?? '#FFFFFF',
    };
  }
  return out;
}
const STYLES = parseGrass(grass);
export const styleOf = (kind: Kind): KindStyle => STYLES[labelOf(kind)] ?? STYLES['*']!;
