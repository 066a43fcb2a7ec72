import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** One selected field, merged over every place it is selected under the same response key. */
export interface SelectedField {
  responseKey: string;
  name: string;
  args: Record<string, unknown>;
  def: GraphQLField<unknown, unknown>;
  nodes: FieldNode[];
}

export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export function selectionContext(info: GraphQLResolveInfo): SelectionContext {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

function included(
  ctx: SelectionContext,
  node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1],
) {
  if (getDirectiveValues(GraphQLSkipDirective, node, ctx.variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables)?.if === false) return false;
  return true;
}

function applies(
  ctx: SelectionContext,
  typeCondition: string | undefined,
  runtime: GraphQLObjectType,
): boolean {
  if (!typeCondition || typeCondition === runtime.name) return true;
  const condition = ctx.schema.getType(typeCondition);
  return !!condition && isAbstractType(condition) && ctx.schema.isSubType(condition, runtime);
}

/**
 * The fields selected on `runtime` (a concrete object type) by these selection sets, following
 * fragments and @skip/@include, keyed by response key (alias or name), as graphql-js itself does.
 */
export function collectFields(
  ctx: SelectionContext,
  runtime: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, SelectedField> {
  const out = new Map<string, SelectedField>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (!included(ctx, sel)) continue;
      if (sel.kind === 'Field') {
        const name = sel.name.value;
        if (name === '__typename') continue;
        const key = sel.alias?.value ?? name;
        const existing = out.get(key);
        if (existing) {
          existing.nodes.push(sel);
          continue;
        }
        const def = runtime.getFields()[name];
        if (!def) continue;
        out.set(key, {
          responseKey: key,
          name,
          def,
          nodes: [sel],
          args: getArgumentValues(def, sel, ctx.variables),
        });
      } else if (sel.kind === 'InlineFragment') {
        if (applies(ctx, sel.typeCondition?.name.value, runtime)) visit(sel.selectionSet);
      } else {
        const fragment = ctx.fragments[sel.name.value];
        if (fragment && applies(ctx, fragment.typeCondition.name.value, runtime))
          visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return out;
}

/** The selection sets under a field (merged over all its nodes). */
export function subSelections(field: SelectedField): SelectionSetNode[] {
  return field.nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);
}

/** Concrete object types a field's named return type can be at run time. */
export function possibleTypes(ctx: SelectionContext, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return ctx.schema.getPossibleTypes(type);
  return [];
}

export function namedTypeOf(field: SelectedField): GraphQLNamedType {
  return getNamedType(field.def.type);
}
