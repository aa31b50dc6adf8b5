import { describe, expect, it } from 'vitest';
import { checkAsOf, checkRelationshipTypes } from './graph-arguments';
import { buildLuceneQuery, nameSimilarity } from './graph.service';

describe(buildLuceneQuery.name, () => {
  it.each([
    ['NUDT', '(nudt OR nudt*)', 'a short word matches exactly or as a prefix, no fuzziness'],
    ['harbin univ', '(harbin OR harbin~1 OR harbin*) OR (univ OR univ*)', 'long words allow one typo and prefixes'],
    ['哈尔滨工程大学', '"哈尔滨工程大学"', 'a CJK run is left whole for the CJK analyzer'],
    ['a) OR *:* (', 'a OR or', 'Lucene operators in the input are lower-cased or dropped, never obeyed'],
    ['!!!', null, 'nothing to search for'],
  ])('turns "%s" into %s (%s)', (input, expected, _reason) => {
    expect(buildLuceneQuery(input)).toBe(expected);
  });
});

describe(checkRelationshipTypes.name, () => {
  it.each([
    [null, null, 'no filter'],
    [['SUPERVISED_BY', 'SUPERVISED_BY'], ['SUPERVISED_BY'], 'duplicates collapse'],
  ])('accepts %j as %j (%s)', (input, expected, _reason) => {
    expect(checkRelationshipTypes(input)).toEqual(expected);
  });

  it('refuses a type outside the allow-list, naming it', () => {
    expect(() => checkRelationshipTypes(['KNOWS'])).toThrow('unknown type "KNOWS"');
  });
});

describe(checkAsOf.name, () => {
  it.each([
    [null, '2026-11-26', 'today by default'],
    ['2020-01-31', '2020-01-31', 'a date'],
    ['2020-01-31T10:00:00Z', '2020-01-31', 'a timestamp is cut to its date'],
  ])('reads %j as %s (%s)', (input, expected, _reason) => {
    expect(checkAsOf(input, new Date('2026-11-26T12:00:00Z'))).toBe(expected);
  });

  it('refuses text that is not a date', () => {
    expect(() => checkAsOf('last year')).toThrow('asOf');
  });
});

describe(nameSimilarity.name, () => {
  it.each([
    ['Harbin Engineering University', 'Harbin Engineering University', 1, 'the same name'],
    ['University Engineering Harbin', 'Harbin Engineering University', 1, 'word order does not matter'],
    ['NUDT', 'NUDT', 1, 'an acronym against itself'],
    ['哈尔滨工程大学', '哈尔滨工程大学', 1, 'Chinese text compares by character pairs'],
  ])('scores "%s" against "%s" as %s (%s)', (query, name, expected, _reason) => {
    expect(nameSimilarity(query, name)).toBeCloseTo(expected, 5);
  });

  it.each([
    ['harbin enginering univ', 'Harbin Engineering University', 'Army Engineering University', 'a typo and a prefix'],
    ['University Engineering Harbin', 'Harbin Engineering University', 'Army Engineering University', 'reordered'],
    ['Harbin Engineering', 'Harbin Engineering University', 'Harbin Institute of Marine Studies', 'more shared words'],
  ])('ranks "%s" closer to %s than to %s (%s)', (query, better, worse, _reason) => {
    expect(nameSimilarity(query, better)).toBeGreaterThan(nameSimilarity(query, worse));
  });
});
