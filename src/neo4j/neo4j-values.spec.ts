import { describe, expect, it } from 'vitest';
import { firstColumn } from './neo4j-values';

describe(firstColumn.name, () => {
  it.each<[string, Array<Record<string, unknown>>, unknown]>([
    ['the column of the first row', [{ entity: { id: 'a' } }, { entity: { id: 'b' } }], { id: 'a' }],
    ['null when the statement returned no row', [], null],
    ['the value as stored when it is falsy', [{ entity: 0 }], 0],
  ])('gives %s', (_reason, rows, expected) => {
    expect(firstColumn(rows, 'entity')).toEqual(expected);
  });
});
