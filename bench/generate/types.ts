/** Shapes shared by the generator's parts (bench/generate/*.ts) and its assembly (bench/generate.ts). */
import type { NodeLabel } from '../../src/graph/model';
import type { plannedCounts } from '../generate';
import type { RelType } from './groups';
import type { Rng } from './random';

export type Props = Record<string, unknown>;

export interface NodeRow extends Props {
  id: string;
  name: string;
  aliases: string[];
  searchKeys: string[];
  sources: string[];
}
export interface RelRow {
  from: string;
  to: string;
  props: Props;
}

/** One generated relationship with its group's type and end labels. */
export interface Rel {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  row: RelRow;
}

/** One kind of node: how many, each node, and the relationships each one owns (computed on demand). */
export interface Owner {
  label: NodeLabel;
  count: number;
  node(i: number): NodeRow;
  rels(i: number): Rel[];
}

/** What every part gets: the sizes, its random streams and the relationship constructor. */
export interface Ctx {
  n: ReturnType<typeof plannedCounts>;
  /** The stream of entity `index` of a kind: the same (seed, kind, index) always gives the same numbers. */
  rngFor(kind: string, index: number): Rng;
  /** A relationship with `seeded: true`; throws when (type, from, to) is not a group of the catalogue. */
  rel(type: RelType, fromLabel: NodeLabel, from: string, toLabel: NodeLabel, to: string, props: Props): Rel;
}
