import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryDepth } from './graphql-limits.plugin';

describe(queryDepth.name, () => {
  it.each([
    ['{ a }', 1, 'one field'],
    ['{ a { b { c } } }', 3, 'nested fields'],
    ['{ a { ...F } } fragment F on T { b { c } }', 3, 'fragments count where they are spread'],
    ['{ a { ... on T { b } } }', 2, 'inline fragments add no level'],
    ['{ a { ...F } } fragment F on T { b { ...F } }', Number.POSITIVE_INFINITY, 'a fragment cycle is infinitely deep'],
  ])('measures %s as %s (%s)', (query, expected) => {
    expect(queryDepth(parse(query))).toBe(expected);
  });
});
