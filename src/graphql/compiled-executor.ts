/**
 * Executes queries with graphql-jit: each parsed document (Apollo keeps one per query text) is compiled
 * once into a function that walks the answer with plain property reads, where graphql-js resolves every
 * field of the already-shaped projection through its general machinery. Mutations, and the rare query
 * graphql-jit cannot read correctly (below), run on graphql-js with the same schema and field resolver.
 *
 * Apollo Server takes a custom executor only through its gateway interface; this is one with a fixed
 * schema and no gateway behind it.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Projections are keyed by response key (alias), while graphql-jit reads a field without a resolver as
 * `parent[fieldName]`. A field that takes arguments can be asked twice under two aliases with different
 * answers, so those fields get the response-key resolver; an alias on a field without arguments would be
 * read under its name, so such a document runs on graphql-js instead.
 */
export function readArgumentFieldsByResponseKey<C>(
  schema: GraphQLSchema,
  fieldResolver: GraphQLFieldResolver<unknown, C>,
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve && field.args.length > 0) field.resolve = fieldResolver;
    }
  }
}

/** True when some alias in the document is on a field graphql-jit would read by its name. */
function aliasesReadByName(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (!node.alias || node.alias.value === node.name.value || node.name.value.startsWith('__')) return;
        const def = typeInfo.getFieldDef();
        if (def && !def.resolve) found = true;
      },
    }),
  );
  return found;
}

const isQuery = (document: DocumentNode, operationName: string | null | undefined) =>
  document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      d.operation === 'query' &&
      (!operationName || d.name?.value === operationName),
  );

export interface CompiledExecutorStats {
  compiled: number;
  graphqlJs: number;
}

/**
 * graphql-jit's errors are frozen look-alikes of GraphQLError; plugins (graphql-armor masks suggestions
 * in messages) and the error formatter expect graphql-js's own class, with its cause and code.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions,
  });
  (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return error;
}

/** The executor: compiled per document and operation name, graphql-js where compiling does not apply. */
export function compiledExecutor<C>(
  schema: GraphQLSchema,
  fieldResolver: GraphQLFieldResolver<unknown, C>,
  stats: CompiledExecutorStats = { compiled: 0, graphqlJs: 0 },
): GatewayExecutor {
  // Per parsed document (Apollo's document cache owns its lifetime), per operation name.
  const plans = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const planFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      let plan: CompiledQuery | null = null;
      if (isQuery(document, operationName) && !aliasesReadByName(schema, document)) {
        const compiled = compileQuery(schema, document, operationName ?? undefined);
        // Not compiled (e.g. an unknown operation name): graphql-js reports it in its own words.
        if (isCompiledQuery(compiled)) plan = compiled;
      }
      byName.set(key, plan);
    }
    return byName.get(key)!;
  };

  return async ({ document, operationName, request, context }) => {
    const plan = planFor(document, operationName);
    if (plan) {
      const result = await plan.query(undefined, context, request.variables ?? {});
      // No data at all means the variables were refused before execution: graphql-js words that (and
      // Apollo classifies it as BAD_USER_INPUT), so it answers instead.
      if (result.data !== undefined) {
        stats.compiled++;
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
      }
    }
    stats.graphqlJs++;
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues: request.variables,
      operationName,
      fieldResolver,
    });
  };
}

/** Apollo's gateway interface around a fixed schema and the compiled executor. */
export function compiledGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: () => Promise.resolve(),
  };
}
