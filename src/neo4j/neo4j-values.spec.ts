import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { firstColumn, toPlain } from './neo4j-values';

describe(toPlain.name, () => {
  it.each<[string, unknown, unknown]>([
    ['keeps text, numbers and booleans as they are', ['a', 1.5, true], ['a', 1.5, true]],
    ['turns null and undefined into null', [null, undefined], [null, null]],
    ['turns a Neo4j integer into a number', neo4j.int(42), 42],
    ['turns an integer beyond 2^53 into its digits', neo4j.int('9007199254740993'), '9007199254740993'],
    ['writes a date as ISO text', new neo4j.types.Date(2026, 12, 1), '2026-12-01'],
    ['writes a date-time as ISO text', new neo4j.types.DateTime(2026, 12, 1, 10, 30, 0, 0, 0), '2026-12-01T10:30:00Z'],
    [
      'takes a node as its properties, converted',
      new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'x:1', seq: neo4j.int(3) }, 'element-1'),
      { id: 'x:1', seq: 3 },
    ],
    [
      'converts maps and lists inside each other',
      { listings: [{ listId: 'l', seq: neo4j.int(2), programmes: ['A'] }], aliases: [], name: 'N' },
      { listings: [{ listId: 'l', seq: 2, programmes: ['A'] }], aliases: [], name: 'N' },
    ],
  ])('%s', (_reason, value, expected) => {
    expect(toPlain(value)).toEqual(expected);
  });
});

describe(firstColumn.name, () => {
  it.each<[string, Array<Record<string, unknown>>, unknown]>([
    ['the column of the first row', [{ entity: { id: 'a' } }, { entity: { id: 'b' } }], { id: 'a' }],
    ['null when the statement returned no row', [], null],
    ['the value as stored when it is falsy', [{ entity: 0 }], 0],
  ])('gives %s', (_reason, rows, expected) => {
    expect(firstColumn(rows, 'entity')).toEqual(expected);
  });
});
