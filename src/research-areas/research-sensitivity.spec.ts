import { describe, expect, it } from 'vitest';
import { loadResearchSensitivity, ResearchSensitivity, ResearchVocabularyError } from './research-sensitivity';

describe(ResearchSensitivity.name, () => {
  const sut = loadResearchSensitivity();

  it.each([
    // [research area, expected level, expected category ids (highest level first), why]
    ['hypersonics', 'CONTROLLED', ['9'], 'a plural folds to the controlled term "hypersonic"'],
    ['Scramjet combustion', 'CONTROLLED', ['9'], 'a controlled and a related term of one category'],
    ['aeronautics', 'RELATED', ['9'], 'a field that feeds category 9 without being controlled'],
    ['computational fluid dynamics', 'RELATED', ['9'], 'a multi-word phrase'],
    ['CFD for wing design', 'RELATED', ['9'], 'an acronym in the vocabulary, any case'],
    ['underwater acoustics', 'RELATED', ['6', '8'], 'one term listed under sensors and under marine'],
    ['inertial navigation', 'CONTROLLED', ['7'], 'the controlled phrase wins over the related word "navigation"'],
    ['quantum sensing', 'RELATED', ['6'], 'a research-security topic the guidance names'],
    ['fiber optic gyroscope', 'CONTROLLED', ['7'], 'American spelling folds to the British term'],
    ['Fibre-optic gyroscopes', 'CONTROLLED', ['7'], 'hyphen as a space, plural folded'],
    ['pure mathematics', 'NONE', [], 'a topic with no sensitivity raises nothing'],
    ['computer science', 'NONE', [], 'a broad discipline is not a controlled technology'],
    ['medieval history', 'NONE', [], 'no term at all'],
    ['mission planning', 'NONE', [], 'a term word inside another word ("missile" in "mission") does not match'],
    ['laser spectroscopy of missiles', 'CONTROLLED', ['9', '6'], 'controlled category first, then related'],
    [
      'post-quantum cryptography for smart meters',
      'RELATED',
      ['5'],
      'a prefix joined by a hyphen makes another word: not "quantum cryptography", still cryptography',
    ],
    ['post-blast explosives forensics', 'RELATED', ['1'], 'the prefix joins only the word after it'],
    ['quantum cryptography', 'CONTROLLED', ['5'], 'without the prefix the controlled term as before'],
    ['anti-jamming receivers', 'CONTROLLED', ['5'], '"anti" is not such a prefix: the term "anti jamming" is listed'],
  ])('%s is %s in %j (%s)', (area, level, ids) => {
    const result = sut.assess(area);
    expect(result.level).toBe(level);
    expect(result.categories.map((category) => category.id)).toEqual(ids);
  });

  it('names the terms that matched, so an analyst can see why', () => {
    const result = sut.assess('Solid rocket motors and rocket propellants');
    const aerospace = result.categories.find((category) => category.id === '9');
    expect(aerospace?.terms).toEqual(['solid rocket motor', 'rocket motor']);
    expect(result.categories.find((category) => category.id === '1')?.terms).toEqual(['rocket propellant']);
  });

  it.each([
    // [research area, category id, expected terms, why]
    ['hypersonic flow', '9', ['hypersonic'], 'the plural twin "hypersonics" folds to the same words: named once'],
    ['drone imagery for crop monitoring', '9', ['drone'], 'one word of the area, one term, not its plural too'],
    ['lasers in dermatology', '6', ['laser'], 'a plural in the area names the first of the two twins'],
    ['semiconductor lithography', '3', ['semiconductor', 'lithography'], 'two different terms are both named'],
  ])('names %j by one term for each thing it says (category %s: %j; %s)', (area, id, terms) => {
    const result = sut.assess(area);
    expect(result.categories.find((category) => category.id === id)?.terms).toEqual(terms);
  });

  it('states the vocabulary version it used', () => {
    expect(sut.version).toBe('research-sensitivity-v1');
  });

  it('refuses a vocabulary with a repeated category or an empty term, naming each problem', () => {
    const build = () =>
      new ResearchSensitivity({
        version: 'test',
        sources: [],
        equivalents: [],
        categories: [
          { id: '1', name: 'a', terms: { controlled: ['-'], related: [] } },
          { id: '1', name: 'b', terms: { controlled: [], related: [] } },
        ],
      });
    expect(build).toThrow(ResearchVocabularyError);
    expect(build).toThrow(/categories\[0\]\.terms\.controlled\[0\].*\n.*categories\[1\]\.id/s);
  });
});
