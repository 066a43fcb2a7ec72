/**
 * The generator's label and relationship groups, derived from the model catalogue (src/graph/model): every
 * (type, from label, to label) of RELATIONSHIPS with the relationship's date properties, plus MENTIONED_IN
 * from every label but Source. A relationship or date property added to the catalogue appears here without
 * an edit; tests/unit/bench-generator.test.ts fails until the generator fills it or NOT_GENERATED says why.
 */
import {
  dateProps,
  MENTIONED_IN,
  NODE_LABELS,
  RELATIONSHIPS,
  relDateProps,
  type NodeLabel,
  type RelationshipType,
  type RelDef,
} from '../../src/graph/model';

export type RelType = RelationshipType | typeof MENTIONED_IN;

export interface RelGroupKey {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  /** Properties holding ISO dates (YYYY-MM-DD) the loader stores as Neo4j DATE values. */
  dateProps: string[];
}

export function relGroupKey(g: { type: string; fromLabel: string; toLabel: string }): string {
  return `${g.fromLabel}-${g.type}-${g.toLabel}`;
}

/** Every relationship group of the catalogue, MENTIONED_IN included. */
export const REL_GROUPS: readonly RelGroupKey[] = [
  ...(RELATIONSHIPS as readonly RelDef[]).flatMap((r) =>
    r.types.flatMap((type) =>
      r.from.flatMap((from) =>
        r.to.map((to) => ({
          type: type as RelType,
          fromLabel: from as NodeLabel,
          toLabel: to as NodeLabel,
          dateProps: relDateProps(r),
        })),
      ),
    ),
  ),
  ...NODE_LABELS.filter((l) => l !== 'Source').map((l) => ({
    type: MENTIONED_IN as RelType,
    fromLabel: l,
    toLabel: 'Source' as NodeLabel,
    dateProps: [],
  })),
];

/** Catalogue groups the generator leaves empty, keyed by relGroupKey, with the reason. */
export const NOT_GENERATED: Readonly<Record<string, string>> = {};

/** Date properties per label, as the catalogue declares them. */
export const nodeDateProps = (label: NodeLabel): string[] => dateProps(label);
