import { describe, expect, it } from 'vitest';
import type { RelationshipType } from '../common/graph-model';
import { substitute } from './neo4j.service';

describe(substitute.name, () => {
  it.each([
    [
      'MATCH (a)-[:__TYPES__]->(b)',
      { __TYPES__: ['OWNED_BY', 'FUNDED_BY'] },
      'MATCH (a)-[:OWNED_BY|FUNDED_BY]->(b)',
      'types joined as a pattern',
    ],
    [
      'MATCH p = (a)-[*..__MAX_HOPS__]-(b)',
      { __MAX_HOPS__: 4 },
      'MATCH p = (a)-[*..4]-(b)',
      'a hop bound as a literal',
    ],
    ['RETURN 1', {}, 'RETURN 1', 'nothing to replace'],
  ] as const)('writes %s as %s (%s)', (statement, substitutions, expected, _reason) => {
    expect(substitute(statement, substitutions as never)).toBe(expected);
  });

  it.each([
    [{ __TYPES__: ['OWNED_BY) DETACH DELETE (a' as RelationshipType] }, 'text that is not an allow-listed type'],
    [{ __TYPES__: [] }, 'an empty type list'],
    [{ __MAX_HOPS__: 2.5 }, 'a fractional bound'],
    [{ __MAX_HOPS__: -1 }, 'a negative bound'],
    [{ __ABSENT__: 3 }, 'a placeholder the statement does not hold'],
  ])('refuses %j (%s)', (substitutions, _reason) => {
    expect(() => substitute('MATCH (a)-[:__TYPES__*..__MAX_HOPS__]-(b)', substitutions)).toThrow();
  });
});
