import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** The part of Apollo's plugin interface this plugin uses (structural, so one copy of the types). */
export interface LimitsPlugin {
  requestDidStart(): Promise<{
    didResolveOperation(context: {
      request: { variables?: Record<string, unknown>; operationName?: string | null };
      document: DocumentNode;
      schema: GraphQLSchema;
    }): Promise<void>;
  }>;
}

/** The depth of the deepest field selection, following fragments (cycles count as too deep). */
export function queryDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!selectionSet) {
      return 0;
    }
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        if (seen.has(name)) {
          return Number.POSITIVE_INFINITY;
        }
        deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
    }
  }
  return deepest;
}

/**
 * Refuses, before execution, queries nested deeper than `maxDepth` or costlier than
 * `maxComplexity` (each field costs 1; list fields are not multiplied, the resolvers cap sizes).
 */
export function graphqlLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): LimitsPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = queryDepth(document);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
            });
          }
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(`The query costs ${complexity}; the limit is ${limits.maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
            });
          }
        },
      };
    },
  };
}
