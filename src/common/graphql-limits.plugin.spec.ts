import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkQueryLimits, graphqlLimitsPlugin, measureQuery, type QueryLimits } from './graphql-limits.plugin';

/** A chain of fragments, each spreading the next twice: the expansion doubles with every level. */
function fragmentChain(levels: number): string {
  let text = '{ entity(id: "x") { ...F0 } }\n';
  for (let level = 0; level < levels; level++) {
    text += `fragment F${level} on Entity { id ...F${level + 1} ...F${level + 1} }\n`;
  }
  return `${text}fragment F${levels} on Entity { id name }\n`;
}

describe(measureQuery.name, () => {
  it.each([
    ['{ a }', 1, 1, 'one field'],
    ['{ a { b { c } } }', 3, 3, 'nested fields'],
    ['{ a { ...F } x: a { ...F } } fragment F on T { b { c } }', 3, 6, 'fragments count each time they are spread'],
    ['{ a { ... on T { b } } }', 2, 2, 'inline fragments add no level'],
    ['{ a { ...F } } fragment F on T { b { ...F } }', Infinity, Infinity, 'a fragment cycle is infinitely deep'],
    ['{ a { ...F ...G } } fragment F on T { ...G } fragment G on T { ...F }', Infinity, Infinity, 'a longer cycle too'],
    ['{ __type(name: "T") { ofType { ofType { ofType { name } } } } }', 2, 5, 'ofType adds no level'],
  ])('measures %s as depth %s, %s fields (%s)', (query, depth, fields, _reason) => {
    expect(measureQuery(parse(query))).toMatchObject({ depth, fields });
  });

  it.each([
    ['{ a b }', {}, 2, 2, 'each top-level field is one item'],
    ['{ x: a y: a z: a }', {}, 3, 3, 'aliases count each time'],
    ['{ batch(inputs: [{n: 1}, {n: 2}, {n: 3}]) { r } }', {}, 3, 1, 'a literal list counts its length'],
    ['query Q($inputs: [I!]!) { batch(inputs: $inputs) { r } }', { inputs: [1, 2, 3, 4] }, 4, 1, 'a list variable too'],
    ['{ search(query: "x", limit: 50) { r } }', {}, 50, 1, 'a limit counts its value'],
    ['query Q($n: Int) { search(first: $n) { r } }', { n: 7 }, 7, 1, 'a first variable too'],
    ['{ assess(input: {partner: "p", funders: ["a", "b"]}) { r } }', {}, 2, 1, 'lists inside an input object count'],
    ['{ a(limit: 10) { b(limit: 5) { c } } }', {}, 60, 1, 'a nested limit counts times its parent'],
    ['{ ...R ...R } fragment R on Query { batch(inputs: [1, 2]) { r } }', {}, 4, 2, 'top-level fragments count'],
  ])('measures %s as %s items and %s top-level fields (%s)', (query, variables, work, rootFields, _reason) => {
    expect(measureQuery(parse(query), variables)).toMatchObject({ work, rootFields });
  });

  it('measures a 300-level fragment chain at once, each fragment measured once', () => {
    // Walking the chain instead of measuring each fragment once would visit 2^300 fields: the test would not end.
    const measured = measureQuery(parse(fragmentChain(300)));

    expect(measured.fields).toBeGreaterThan(2 ** 300);
  });
});

describe(checkQueryLimits.name, () => {
  const limits: QueryLimits = { maxDepth: 5, maxComplexity: 100, maxWork: 1_000, maxRootFields: 10 };

  it.each([
    [fragmentChain(30), 'GRAPHQL_MAX_COMPLEXITY', 'a fragment bomb selects too many fields'],
    ['{ a { b { c { d { e { f } } } } } }', 'GRAPHQL_MAX_DEPTH', 'too deep'],
    [
      `{ ${Array.from({ length: 11 }, (_, index) => `s${index}: screen { r }`).join(' ')} }`,
      'GRAPHQL_MAX_ROOT_FIELDS',
      'too many aliases',
    ],
    ['{ a: batch(inputs: $x) { r } b: batch(inputs: $x) { r } }', 'GRAPHQL_MAX_WORK', 'two batches of 600'],
  ])('refuses %s naming %s (%s)', (query, limit, _reason) => {
    const refusal = checkQueryLimits(parse(query), limits, { x: new Array(600).fill({}) });

    expect(refusal?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refusal?.details.limit).toBe(limit);
    expect(refusal?.message).toContain(limit);
  });

  it('measures only the operation that runs when the request names one', () => {
    const query = 'query Small { a } query Big { a { b { c { d { e { f } } } } } }';

    expect(checkQueryLimits(parse(query), limits, {}, 'Small')).toBeNull();
    expect(checkQueryLimits(parse(query), limits, {}, 'Big')?.details.limit).toBe('GRAPHQL_MAX_DEPTH');
  });

  it('lets a query within every limit through', () => {
    expect(checkQueryLimits(parse('{ batch(inputs: $x) { r } }'), limits, { x: new Array(600).fill({}) })).toBeNull();
  });
});

describe(graphqlLimitsPlugin.name, () => {
  it('refuses with HTTP 400 and the app error behind it, for operations that reach Apollo directly', async () => {
    const sut = graphqlLimitsPlugin({ maxDepth: 5, maxComplexity: 100, maxWork: 1_000, maxRootFields: 10 });
    const listener = await sut.requestDidStart();

    const attempt = listener.didResolveOperation({
      document: parse('query Q($x: [I!]!) { a: batch(inputs: $x) { r } b: batch(inputs: $x) { r } }'),
      operationName: 'Q',
      request: { variables: { x: new Array(600).fill({}) } },
    });

    await expect(attempt).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      originalError: { code: 'QUERY_TOO_COMPLEX', details: { limit: 'GRAPHQL_MAX_WORK' } },
    });
  });
});
