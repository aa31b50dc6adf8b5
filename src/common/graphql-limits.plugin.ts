import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode } from 'graphql';

/** The part of Apollo's plugin interface this plugin uses (structural, so one copy of the types). */
export interface LimitsPlugin {
  requestDidStart(): Promise<{
    didResolveOperation(context: { document: DocumentNode }): Promise<void>;
  }>;
}

export interface QueryMeasure {
  /** Levels of nested field selections (a fragment cycle is infinitely deep). */
  depth: number;
  /** Field selections once every fragment is expanded where it is spread: the work the query asks for. */
  fields: number;
}

/** Measures a query from its text alone, before anything runs. */
export function measureQuery(document: DocumentNode): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const measure = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): QueryMeasure => {
    const total: QueryMeasure = { depth: 0, fields: 0 };
    for (const selection of selectionSet?.selections ?? []) {
      let inner: QueryMeasure;
      if (selection.kind === Kind.FIELD) {
        const nested = measure(selection.selectionSet, seen);
        inner = { depth: 1 + nested.depth, fields: 1 + nested.fields };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        inner = seen.has(name)
          ? { depth: Number.POSITIVE_INFINITY, fields: Number.POSITIVE_INFINITY }
          : measure(fragments.get(name)?.selectionSet, new Set([...seen, name]));
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.fields += inner.fields;
    }
    return total;
  };
  const result: QueryMeasure = { depth: 0, fields: 0 };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const operation = measure(definition.selectionSet, new Set());
      result.depth = Math.max(result.depth, operation.depth);
      result.fields += operation.fields;
    }
  }
  return result;
}

/**
 * Refuses, before execution, queries nested deeper than `maxDepth` or costlier than
 * `maxComplexity` field selections (aliases and fragments count each time; list sizes are capped by
 * the resolvers themselves).
 */
export function graphqlLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): LimitsPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          const { depth, fields } = measureQuery(document);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
            });
          }
          if (fields > limits.maxComplexity) {
            throw new GraphQLError(`The query selects ${fields} fields; the limit is ${limits.maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
            });
          }
        },
      };
    },
  };
}
