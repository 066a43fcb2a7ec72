/**
 * The shape of the model catalogue (catalogue.ts): labels and relationship types held once, as data.
 * Migrations, the seed format and its plan and export, the API's Cypher mapping, the bench generator,
 * docs/model.md and the Browser style are all derived from it.
 */

export type PropType = 'string' | 'date' | 'boolean';

export interface PropDef {
  type: PropType;
  description: string;
  required?: boolean;
  /** The only values allowed. */
  values?: readonly string[];
  /** Value the seed format fills in when the field is left out. */
  default?: string | boolean;
  /** In the full-text index (names and aliases always are). */
  searchable?: boolean;
  /** A range index, for filters and sorting. */
  indexed?: boolean;
  /** The GraphQL field's name when it differs (a node's `kind` is GraphQL's `type`). */
  graphql?: string;
  /** What GraphQL serves when the property is missing (an event without endDate ends on its startDate). */
  orElse?: string;
  /** A date that must not be before this other date property. */
  notBefore?: string;
  /** The property holds the id of a node with this label (checked like a relationship end). */
  ref?: string;
  /** When missing, taken from the node at the end of this relationship, and flagged `<name>Inferred`. */
  inheritFrom?: { rel: string; prop: string };
}

export interface StyleDef {
  color: string;
  border: string;
  text?: string;
  diameter: number;
  caption: string;
}

export interface LabelDef {
  label: string;
  description: string;
  /** The seed file section that declares these nodes; `single` for the source itself. */
  seed: { section: string; single?: boolean };
  /** The property that doubles as `name` (a talk's or source's title, a standard's code). */
  nameFrom?: string;
  props: Record<string, PropDef>;
  style: StyleDef;
}

/** A GraphQL field on one end of a relationship, listing what is at the other end. */
export interface EndField {
  name: string;
  description?: string;
  /** Several (default) or at most one. */
  list?: boolean;
  /** ORDER BY over `rel` and `other`; ROLE orders by the role list. */
  order?: string;
  /** Takes a `role` argument that narrows the organiser roles followed. */
  roleArgument?: boolean;
}

/** How a relationship is written in a seed file. */
export type SeedForm =
  /** Ids of the other end in a field of the owning end's entry; provenance is the entry's `at`. */
  | { form: 'ids'; owner: 'from' | 'to'; field: string; many: boolean; required?: boolean; at?: string }
  /** A list of objects `{<other end>, ...props, at}` in the owning end's entry. */
  | {
      form: 'objects';
      owner: 'from' | 'to';
      field: string;
      /** The field naming the other end, per label when it can be one of several. */
      other: Record<string, string>;
      /** The field choosing the relationship type among `types` (organiser roles). */
      role?: string;
      min?: number;
    }
  /** A section of its own: `{<from>, <to>, ...props, at}`. */
  | { form: 'section'; section: string; fromField: string; toField: string };

export interface RelDef {
  /** Key unique in the catalogue: `From-TYPE-To`. */
  key: string;
  /** One type, or several sharing one shape that differ by role (the organiser roles). */
  types: readonly string[];
  from: readonly string[];
  to: readonly string[];
  description: string;
  props: Record<string, PropDef>;
  /** A tree or DAG (no cycles); queries follow at most maxDepth hops. */
  hierarchy?: { maxDepth: number };
  /** GraphQL object type for one relationship (Affiliation), with its end fields' names. */
  edge?: { type: string; from: string; to: string; role?: string };
  /** GraphQL fields on the from end and on the to end. */
  fields: { from?: EndField; to?: EndField };
  seed: SeedForm;
  /** Browser caption, e.g. '{title}'. */
  caption?: string;
  /**
   * A fact that holds for a time: the date properties bounding it (either may be missing). The end
   * fields then take an `asOf: Date` argument that keeps the relationships valid on that day.
   */
  validity?: { from: string; to: string };
}
