import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from './app-error';

/** The part of Apollo's plugin interface this plugin uses (structural, so one copy of the types). */
export interface LimitsPlugin {
  requestDidStart(): Promise<{
    didResolveOperation(context: {
      document: DocumentNode;
      operationName?: string | null;
      request: { variables?: Record<string, unknown> };
    }): Promise<void>;
  }>;
}

export interface QueryLimits {
  /** Levels of nested field selections. */
  maxDepth: number;
  /** Field selections once every fragment and alias is expanded. */
  maxComplexity: number;
  /** Items the request asks the server to process: see {@link QueryMeasure.work}. */
  maxWork: number;
  /** Top-level fields (each alias counts): they run at the same time, each with its own database work. */
  maxRootFields: number;
}

export interface QueryMeasure {
  /** Levels of nested field selections (a fragment cycle is infinitely deep). */
  depth: number;
  /** Field selections once every fragment is expanded where it is spread: the work the query asks for. */
  fields: number;
  /**
   * Items to process: each top-level field counts its batch size (the lengths of its list arguments,
   * or of the lists inside an input object), or its `limit`/`first`, and at least 1; a nested field
   * with such an argument counts it too, times the items of the fields around it. Aliases and
   * fragments count each time they are used.
   */
  work: number;
  /** Top-level field selections, aliases and fragments expanded. */
  rootFields: number;
}

const INFINITE: QueryMeasure = {
  depth: Number.POSITIVE_INFINITY,
  fields: Number.POSITIVE_INFINITY,
  work: Number.POSITIVE_INFINITY,
  rootFields: Number.POSITIVE_INFINITY,
};

/** Arguments whose value says how many items a field returns. */
const SIZE_ARGUMENTS = new Set(['limit', 'first', 'last']);

/**
 * `ofType` is a single link in introspection's type references (a list of a non-null of …); the
 * standard introspection query nests it seven deep, so it adds no level.
 */
const LEVEL_FREE_FIELDS = new Set(['ofType']);

/**
 * Measures a query from its text alone, before anything runs. Each fragment is measured once and
 * reused wherever it is spread, so the cost of measuring grows with the text, not with the
 * expansion (a chain of fragments each spreading the next twice is measured in linear time).
 */
export function measureQuery(document: DocumentNode, variables: Record<string, unknown> = {}): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const sizeOf = (value: ValueNode, nested: boolean): number => {
    switch (value.kind) {
      case Kind.LIST:
        return value.values.length;
      case Kind.INT:
        return 0;
      case Kind.VARIABLE:
        return sizeOfVariable(variables[value.name.value], nested);
      case Kind.OBJECT:
        return nested ? 0 : value.fields.reduce((sum, field) => sum + sizeOf(field.value, true), 0);
      default:
        return 0;
    }
  };
  const itemsOf = (argumentNodes: readonly ArgumentNode[] | undefined): number | null => {
    let items = 0;
    for (const argument of argumentNodes ?? []) {
      if (SIZE_ARGUMENTS.has(argument.name.value)) {
        items += sizeLimitOf(argument.value, variables);
      } else {
        items += sizeOf(argument.value, false);
      }
    }
    return items > 0 ? items : null;
  };

  // Fragments are measured once per place kind (top level or nested); `inProgress` finds cycles.
  const memo = new Map<string, QueryMeasure>();
  const inProgress = new Set<string>();
  const measureFragment = (name: string, root: boolean): QueryMeasure => {
    const key = `${root ? 'root' : 'nested'}:${name}`;
    const known = memo.get(key);
    if (known) {
      return known;
    }
    if (inProgress.has(name)) {
      return INFINITE;
    }
    inProgress.add(name);
    const measured = measure(fragments.get(name)?.selectionSet, root);
    inProgress.delete(name);
    memo.set(key, measured);
    return measured;
  };
  const measure = (selectionSet: SelectionSetNode | undefined, root: boolean): QueryMeasure => {
    const total: QueryMeasure = { depth: 0, fields: 0, work: 0, rootFields: 0 };
    for (const selection of selectionSet?.selections ?? []) {
      let inner: QueryMeasure;
      if (selection.kind === Kind.FIELD) {
        const nested = measure(selection.selectionSet, false);
        const items = itemsOf(selection.arguments);
        const own = items ?? (root ? 1 : 0);
        inner = {
          depth: (LEVEL_FREE_FIELDS.has(selection.name.value) ? 0 : 1) + nested.depth,
          fields: 1 + nested.fields,
          work: own + Math.max(items ?? 1, 1) * nested.work,
          rootFields: root ? 1 : 0,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet, root);
      } else {
        inner = measureFragment(selection.name.value, root);
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.fields += inner.fields;
      total.work += inner.work;
      total.rootFields += inner.rootFields;
    }
    return total;
  };
  const result: QueryMeasure = { depth: 0, fields: 0, work: 0, rootFields: 0 };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const operation = measure(definition.selectionSet, true);
      result.depth = Math.max(result.depth, operation.depth);
      result.fields += operation.fields;
      result.work += operation.work;
      result.rootFields += operation.rootFields;
    }
  }
  return result;
}

function sizeOfVariable(value: unknown, nested: boolean): number {
  if (Array.isArray(value)) {
    return value.length;
  }
  if (!nested && value !== null && typeof value === 'object') {
    return Object.values(value).reduce<number>((sum, field) => sum + (Array.isArray(field) ? field.length : 0), 0);
  }
  return 0;
}

function sizeLimitOf(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.INT) {
    return Math.max(0, Number(value.value));
  }
  if (value.kind === Kind.VARIABLE) {
    const bound = variables[value.name.value];
    return typeof bound === 'number' && Number.isFinite(bound) ? Math.max(0, bound) : 0;
  }
  return 0;
}

/** The operations of a document that will run: the named one, or all of them when none is named. */
function selectOperations(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  if (!operationName) {
    return document;
  }
  return {
    ...document,
    definitions: document.definitions.filter(
      (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.name?.value === operationName,
    ),
  };
}

/** Past this a measure is only said to be huge: fragment bombs measure in the trillions of trillions. */
const HUGE = 1e9;

const describe = (value: number): string => (value > HUGE ? 'more than a billion' : value.toLocaleString('en-GB'));

/** The first limit a query passes, as the error to answer with; `null` when it is within all of them. */
export function checkQueryLimits(
  document: DocumentNode,
  limits: QueryLimits,
  variables: Record<string, unknown> = {},
  operationName: string | null = null,
): AppError | null {
  const { depth, fields, work, rootFields } = measureQuery(selectOperations(document, operationName), variables);
  const refuse = (message: string, limit: string, value: number, maximum: number): AppError =>
    new AppError('QUERY_TOO_COMPLEX', message, {
      limit,
      maximum,
      measured: value > HUGE ? `more than ${HUGE}` : value,
    });
  if (depth > limits.maxDepth) {
    return refuse(
      `The query is nested ${describe(depth)} levels deep; the limit is ${limits.maxDepth} (GRAPHQL_MAX_DEPTH)`,
      'GRAPHQL_MAX_DEPTH',
      depth,
      limits.maxDepth,
    );
  }
  if (fields > limits.maxComplexity) {
    return refuse(
      `The query selects ${describe(fields)} fields; the limit is ${limits.maxComplexity} (GRAPHQL_MAX_COMPLEXITY)`,
      'GRAPHQL_MAX_COMPLEXITY',
      fields,
      limits.maxComplexity,
    );
  }
  if (rootFields > limits.maxRootFields) {
    return refuse(
      `The query asks for ${describe(rootFields)} top-level fields (aliases count each time); the limit is ${limits.maxRootFields} (GRAPHQL_MAX_ROOT_FIELDS): use screenBatch for many parties`,
      'GRAPHQL_MAX_ROOT_FIELDS',
      rootFields,
      limits.maxRootFields,
    );
  }
  if (work > limits.maxWork) {
    return refuse(
      `The query asks for ${describe(work)} items of work (batch sizes and limits, times aliases); the limit is ${limits.maxWork} (GRAPHQL_MAX_WORK): split it into several requests`,
      'GRAPHQL_MAX_WORK',
      work,
      limits.maxWork,
    );
  }
  return null;
}

/**
 * Refuses, before execution, queries past the limits above. The HTTP gate
 * (graphql-request.gate.ts) refuses them earlier still, before parsing in Apollo and validation;
 * this plugin is the same check for operations that reach Apollo another way.
 */
export function graphqlLimitsPlugin(limits: QueryLimits): LimitsPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const refusal = checkQueryLimits(document, limits, request.variables ?? {}, operationName ?? null);
          if (refusal) {
            throw new GraphQLError(refusal.message, {
              originalError: refusal,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
