import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../matching/candidate-index';
import { qualifiedName } from '../matching/qualified-name';
import { decideResolution, type CandidateFeature, type ScoredCandidate } from './resolution-rule';
import { SPEC_POLICY, candidatesOfResults, scoredCandidate } from './scored-candidate.testing';

// res23 (since rules 1.185.0, issue 9): a query held word for word in the names of two bodies, each with a qualifier
// of its own the query lacks ("Tidal Foundation" against "Quarrow Tidal Foundation" and "Pellby Tidal Foundation"),
// both of the country given (or no country given at all), names neither more than the other: AMBIGUOUS
// with both shown, where the best alone would have resolved. The other body is no namesake when its name is a part of
// a body bearing the query's name: its words of its own hold a class word of a unit named before its parent
// (org_words.yml unit_before_parent_classes: "Research Centre, Tidal Foundation") or a function word joins them to the
// query's words ("Services of the Tidal Foundation"). Made-up names throughout.

describe(qualifiedName.name, () => {
  it.each<[string, string, string, { ownWords: string[]; partOfBody: boolean } | null]>([
    [
      'a qualifier before the name',
      'Tidal Foundation',
      'Quarrow Tidal Foundation',
      { ownWords: ['quarrow'], partOfBody: false },
    ],
    [
      'a qualifier after the name',
      'Centro de Mareas',
      'Centro de Mareas Pellby',
      { ownWords: ['pellby'], partOfBody: false },
    ],
    [
      'a parent after a function word, its class word one of unit_before_parent_classes: read as a part of a body (the best may be one)',
      'Centro de Mareas',
      'Centro de Mareas do Instituto Quarrow',
      { ownWords: ['instituto', 'quarrow'], partOfBody: true },
    ],
    [
      'a unit named before the query (a class word of unit_before_parent_classes): a part of the body',
      'Quarrow Tidal College',
      'Pellby Research Centre Quarrow Tidal College',
      { ownWords: ['pellby', 'research', 'centre'], partOfBody: true },
    ],
    [
      'a function word just before the query: a part or thing of the body',
      'Quarrow Tidal Society',
      'Services of the Quarrow Tidal Society',
      { ownWords: ['services'], partOfBody: true },
    ],
    ['the name itself: no qualifier', 'Quarrow Tidal Foundation', 'Quarrow Tidal Foundation', null],
    ['only a function word added: no qualifier', 'Quarrow Tidal Foundation', 'The Quarrow Tidal Foundation', null],
    ['the words apart (another word between): not held', 'Tidal Foundation', 'Tidal Quarrow Foundation', null],
    ['the words in another order: not held', 'Tidal Foundation', 'Foundation Tidal Quarrow', null],
    ['a shorter name: not held', 'Quarrow Tidal Foundation', 'Tidal Foundation', null],
  ])('%s: "%s" in "%s"', (_rule, name, longer, expected) => {
    expect(qualifiedName(name, longer)).toEqual(expected);
  });
});

const country = (value: number): CandidateFeature => ({ name: 'country', value, reason: '' });

/** An organisation candidate with the country feature `agrees` (1 agreeing, -1 conflicting), or none when null. */
function body(entityId: string, score: number, names: [string, string], agrees: number | null = 1): ScoredCandidate {
  const candidate = scoredCandidate(entityId, score, score, names);
  return agrees === null ? candidate : { ...candidate, features: [...candidate.features, country(agrees)] };
}

describe(`${decideResolution.name}: a query held in the names of two bodies, each with a qualifier (since rules 1.185.0)`, () => {
  it.each<[string, ScoredCandidate[], string[], string]>([
    [
      'two bodies of the country given, each the query with a name before it: AMBIGUOUS',
      [
        body('a', 1, ['Tidal Foundation', 'Quarrow Tidal Foundation']),
        body('b', 0.78, ['Tidal Foundation', 'Pellby Tidal Foundation']),
      ],
      ['gb'],
      'AMBIGUOUS',
    ],
    [
      'one with a parent after it, one with a field word after it: AMBIGUOUS',
      [
        body('a', 1, ['Centro de Mareas', 'Centro de Mareas do Instituto Quarrow']),
        body('b', 0.54, ['Centro de Mareas', 'Centro de Mareas Oceánicas']),
      ],
      ['pt'],
      'AMBIGUOUS',
    ],
    [
      'no country given at all (no country feature on either): AMBIGUOUS',
      [
        body('a', 1, ['Tidal Society', 'Quarrow Tidal Society'], null),
        body('b', 0.91, ['Tidal Society', 'Tidal Society of Pellby'], null),
      ],
      [],
      'AMBIGUOUS',
    ],
    [
      'the other body of a conflicting country: the country tells them apart, RESOLVED',
      [
        body('a', 1, ['Tidal Foundation', 'Quarrow Tidal Foundation']),
        body('b', 0.78, ['Tidal Foundation', 'Pellby Tidal Foundation'], -1),
      ],
      ['gb'],
      'RESOLVED',
    ],
    [
      'the other body of no known country, the best of the country given: the country tells them apart, RESOLVED',
      [
        body('a', 1, ['Tidal Foundation', 'Quarrow Tidal Foundation']),
        body('b', 0.78, ['Tidal Foundation', 'Pellby Tidal Foundation'], null),
      ],
      ['gb'],
      'RESOLVED',
    ],
    [
      'the best is the query word for word: its own name, RESOLVED',
      [
        body('a', 1, ['Quarrow Tidal Foundation', 'Quarrow Tidal Foundation']),
        body('b', 0.67, ['Quarrow Tidal Foundation', 'Quarrow Tidal Foundation Pellby']),
      ],
      ['gb'],
      'RESOLVED',
    ],
    [
      'the other body a unit named before the query (a research centre of it): RESOLVED',
      [
        body('a', 1, ['Quarrow Tidal College', 'Quarrow Tidal College, Pellby University']),
        body('b', 0.41, ['Quarrow Tidal College', 'Makrow Research Centre, Quarrow Tidal College']),
      ],
      ['us'],
      'RESOLVED',
    ],
    [
      'the other body named "… of the <query>": a part of the body, RESOLVED',
      [
        body('a', 1, ['Quarrow Tidal Society', 'Quarrow Tidal Society Pellby']),
        body('b', 0.44, ['Quarrow Tidal Society', 'Services of the Quarrow Tidal Society']),
      ],
      ['mx'],
      'RESOLVED',
    ],
    [
      'the other body holds the query with a word between: not held, RESOLVED',
      [
        body('a', 1, ['Tidal Foundation', 'Quarrow Tidal Foundation']),
        body('b', 0.55, ['Tidal Foundation', 'Tidal Pellby Foundation']),
      ],
      ['gb'],
      'RESOLVED',
    ],
  ])('%s', (_rule, candidates, countries, status) => {
    const decision = decideResolution(candidates, [], SPEC_POLICY, countries);

    expect(decision.status).toBe(status);
    expect(decision.best?.entityId).toBe('a');
    if (status === 'AMBIGUOUS') {
      expect(decision.runnerUp?.entityId).toBe('b');
      expect(decision.why).toContain('is held word for word in the names of two bodies');
    }
  });

  it('keeps the answer when the other body is the best one by SAME_AS', () => {
    const candidates = [
      body('a', 1, ['Tidal Foundation', 'Quarrow Tidal Foundation']),
      body('b', 0.78, ['Tidal Foundation', 'Pellby Tidal Foundation']),
    ];

    expect(decideResolution(candidates, [['a', 'b']], SPEC_POLICY, ['gb']).status).toBe('RESOLVED');
  });

  it('leaves a person to the person rules', () => {
    const candidates = [
      { ...body('a', 1, ['Tidal Marrow', 'Quarrow Tidal Marrow']), type: 'Person' },
      body('b', 0.78, ['Tidal Marrow', 'Pellby Tidal Marrow']),
    ];

    expect(decideResolution(candidates, [], SPEC_POLICY, ['gb']).status).toBe('RESOLVED');
  });
});

describe(`${CandidateIndex.name}: two bodies bearing the query's name with a qualifier each (since rules 1.185.0)`, () => {
  const org = (entityId: string, names: string[], countries: string[]) => ({
    entityId,
    schema: 'Organization',
    names,
    countries,
  });
  const sut = new CandidateIndex();
  sut.add(org('reg:quarrow-fdn', ['Quarrow Tidal Foundation'], ['GB']));
  sut.add(org('reg:pellby-fdn', ['Pellby Tidal Foundation'], ['GB']));
  sut.add(org('reg:makrow-society', ['Makrow Tidal Society'], ['GB']));
  sut.build();

  const decide = (name: string, countries: string[]) => {
    const results = sut.search({ name, schema: 'Organization', countries }, { limit: 20, threshold: 0.3 });
    return decideResolution(candidatesOfResults(results), [], SPEC_POLICY, countries);
  };

  it('shows both bodies for the name they share, not one of them', () => {
    const decision = decide('Tidal Foundation', ['gb']);

    expect(decision.status).not.toBe('RESOLVED');
  });

  it('resolves a body named in full', () => {
    const decision = decide('Quarrow Tidal Foundation', ['gb']);

    expect(decision).toMatchObject({ status: 'RESOLVED', best: { entityId: 'reg:quarrow-fdn' } });
  });
});
