import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureQuery } from './graphql-limits.plugin';

describe(measureQuery.name, () => {
  it.each([
    ['{ a }', 1, 1, 'one field'],
    ['{ a { b { c } } }', 3, 3, 'nested fields'],
    ['{ a { ...F } x: a { ...F } } fragment F on T { b { c } }', 3, 6, 'fragments count each time they are spread'],
    ['{ a { ... on T { b } } }', 2, 2, 'inline fragments add no level'],
    ['{ a { ...F } } fragment F on T { b { ...F } }', Infinity, Infinity, 'a fragment cycle is infinitely deep'],
  ])('measures %s as depth %s, %s fields (%s)', (query, depth, fields, _reason) => {
    expect(measureQuery(parse(query))).toEqual({ depth, fields });
  });
});
