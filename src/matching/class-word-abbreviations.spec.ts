import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { MATCH_THRESHOLD } from './name-matcher';

/**
 * Since rules 1.213.0 (resb, probe7's B1): a name of class words and places alone that writes a class word abbreviated
 * (org_words.yml class_word_abbreviations: "Univ.", "Inst.", "Natl.", "Acad.", "Coll.") also stands for itself with the
 * words written out. Read as written, "Univ. of <country>" had the abbreviation as its only name word, the country set
 * apart as a place, and the index found a body whose acronym is "UNIV" instead of the university of that country. Made-up
 * bodies of a real country (whose name no evaluation file holds) and a made-up place.
 */
describe(`${CandidateIndex.name} an abbreviated class word in a name of class words and a country (rules 1.213.0)`, () => {
  let sut: CandidateIndex;

  beforeAll(() => {
    sut = new CandidateIndex();
    const add = (entityId: string, names: string[], countries: string[]) =>
      sut.add({ entityId, schema: 'Organization', names, countries, listIds: [] });
    add('tuvalu-university', ['University of Tuvalu'], ['tv']);
    add('tuvalu-national', ['National University of Tuvalu'], ['tv']);
    add('tuvalu-academy', ['Academy of Tuvalu'], ['tv']);
    add('quarrow-college', ['Quarrow College', 'UNIV'], ['gb']);
    add('pellby-university', ['University of Pellby'], ['gb']);
    sut.build();
  });

  it.each<{ name: string; countries: string[]; expected: string; reason: string }>([
    {
      name: 'Univ. of Tuvalu',
      countries: ['tv'],
      expected: 'tuvalu-university',
      reason: '"Univ." is the class word it shortens, not the acronym "UNIV" of another body',
    },
    { name: 'Univ. of Tuvalu', countries: [], expected: 'tuvalu-university', reason: 'so without a country given' },
    {
      name: 'Natl. Univ. of Tuvalu',
      countries: ['tv'],
      expected: 'tuvalu-national',
      reason: 'two abbreviations, "Natl." too: the national university, not the university',
    },
    { name: 'UNIV. OF TUVALU', countries: [], expected: 'tuvalu-university', reason: 'in capitals with its full stop' },
    { name: 'Acad. of Tuvalu', countries: ['tv'], expected: 'tuvalu-academy', reason: '"Acad." is academy' },
    {
      name: 'Univ. of Pellby',
      countries: [],
      expected: 'pellby-university',
      reason: 'a name word of its own finds its body as before',
    },
  ])('$name in [$countries] finds $expected ($reason)', ({ name, countries, expected }) => {
    const [best] = sut.search({ name, schema: 'Organization', countries }, { limit: 5, threshold: 0.3 });
    expect(best?.entityId).toBe(expected);
    expect(best?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('reads "UNIV" alone as the acronym it is, not as a university', () => {
    const results = sut.search({ name: 'UNIV', schema: 'Organization' }, { limit: 5, threshold: 0.3 });
    expect(results[0]?.entityId).toBe('quarrow-college');
    expect(results.filter((result) => result.entityId.startsWith('tuvalu')).map((result) => result.score)).toEqual([]);
  });
});
