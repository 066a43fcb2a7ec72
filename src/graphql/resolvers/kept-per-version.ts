import { print, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { readDataVersion } from '../../graph/data-version';
import type { DataVersion } from '../../util/versioned-cache';
import type { GraphQLContext } from '../context';

/** Printed selections, per parsed field node: Apollo reuses a parsed document across requests. */
const printed = new WeakMap<FieldNode, string>();
const printedSelection = (info: GraphQLResolveInfo) => {
  const node = info.fieldNodes[0]!;
  let text = printed.get(node);
  if (text === undefined) {
    text = [
      info.fieldNodes.map((n) => (n.selectionSet ? print(n.selectionSet) : '')).join('|'),
      ...Object.values(info.fragments)
        .map((f) => print(f))
        .sort(),
    ].join('|');
    printed.set(node, text);
  }
  return text;
};

/** An answer depends on the field, its arguments and its selection (what the projection returns). */
const answerKey = (info: GraphQLResolveInfo, args: unknown) =>
  [info.parentType.name, info.fieldName, JSON.stringify(args), printedSelection(info)].join('\n');

type Resolver<P, A, R> = (parent: P, args: A, ctx: GraphQLContext, info: GraphQLResolveInfo) => Promise<R>;

/**
 * An aggregate kept in ctx.aggregates per data version (see VersionedCache): it is computed when the
 * data changed since it was last asked for, and otherwise answered for the cost of the version read.
 * `version` gives the version the request reads: its own read for a root field, or one its parent made
 * for all of its fields (`stats`).
 */
export function keptPerVersion<P, A, R>(
  compute: Resolver<P, A, R>,
  version: (parent: P, ctx: GraphQLContext) => Promise<DataVersion> = (_, ctx) => readDataVersion(ctx.db),
): Resolver<P, A, R> {
  return async (parent, args, ctx, info) =>
    ctx.aggregates.get(answerKey(info, args), await version(parent, ctx), () =>
      compute(parent, args, ctx, info),
    ) as Promise<R>;
}
