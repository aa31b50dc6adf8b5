import { describe, expect, it } from 'vitest';
import { type NameDifference, wordForWordDifference } from '../matching/word-for-word';
import { decideResolution, type CandidateFeature, type ScoredCandidate } from './resolution-rule';
import { graphBodyCandidate, SPEC_POLICY } from './scored-candidate.testing';

/**
 * Since rules 1.186.0 (issue 9): an organisation's name sent with nothing beside it (no country given or written, no
 * identifier, not the body's own town) resolves to a body of the graph on no list only through a name it agrees with
 * word for word (a list entry keeps the matcher's reading): the same letters once case, accents, spaces, hyphens, dots
 * and apostrophes are dropped, function words and legal forms aside; the same words in another order; or the name
 * with a segment after a comma added. A typo, a known variant, a class word in another language or form, a word added
 * or dropped, another script: the body is shown as the best candidate, NOT_FOUND, and the country resolves it.
 * Made-up names.
 */
describe(wordForWordDifference.name, () => {
  const differs = (queryOwn: string[], matchedOwn: string[], otherScript = false): NameDifference => ({
    queryOwn,
    matchedOwn,
    otherScript,
  });

  it.each<[string, string, string, NameDifference | null]>([
    ['the same name: agrees', 'Quarrow Tidal Institute', 'Quarrow Tidal Institute', null],
    ['case and a word joined otherwise: agrees', 'Quarrow TideWorks Institute', 'Quarrow Tideworks Institute', null],
    ['a word written in two: agrees', 'Quarrowtidal University', 'Quarrow Tidal University', null],
    ['accents: agrees', 'Université de Quarrów', 'Universite de Quarrow', null],
    ['dots and spaces between initials: agrees', 'Q.T. Pellby Stiftelse', 'Q. T. Pellby Stiftelse', null],
    ['a hyphen: agrees', 'Quarrow-Pellby Tidal Institute', 'Quarrow Pellby Tidal Institute', null],
    ['a legal form and an article aside: agrees', 'Quarrow Tidal Works Ltd', 'The Quarrow Tidal Works', null],
    ['another function word: agrees', 'Institute for Quarrow Tides', 'Institute of Quarrow Tides', null],
    ['the same words in another order: agrees', 'Quarrow University', 'University of Quarrow', null],
    [
      'the name with a parent after a comma: agrees',
      'Quarrow Tidal Institute',
      'Quarrow Tidal Institute, Pellby Academy of Sciences',
      null,
    ],
    [
      'the query with a place after a comma: agrees',
      'Quarrow Tidal Institute, Pellby',
      'Quarrow Tidal Institute',
      null,
    ],
    ['a letter off: differs', 'Quarow Tidal Institute', 'Quarrow Tidal Institute', differs(['quarow'], ['quarrow'])],
    [
      'a class word in another language: differs',
      'Universidad de Quarrow',
      'University of Quarrow',
      differs(['universidad'], ['university']),
    ],
    [
      'another form of a class word: differs',
      'Quarrow Academy of Science',
      'Quarrow Academy of Sciences',
      differs(['science'], ['sciences']),
    ],
    ['a known variant: differs', 'St. Quarrow Hospital', 'Saint Quarrow Hospital', differs(['st'], ['saint'])],
    [
      'a word added before: differs',
      'Quarrow Tidal Institute',
      'Pellby Quarrow Tidal Institute',
      differs([], ['pellby']),
    ],
    [
      'a place after a dash, not a comma: differs',
      'Quarrow Tidal Institute - Pellby',
      'Quarrow Tidal Institute',
      differs(['pellby'], []),
    ],
    [
      'another place after the comma on each side: differs',
      'Quarrow Tidal Institute, Pellby',
      'Quarrow Tidal Institute, Varnley',
      differs(['pellby'], ['varnley']),
    ],
    [
      'another script: differs',
      'Quarrow University',
      'Кварроу университет',
      differs(['quarrow', 'university'], ['кварроу', 'университет'], true),
    ],
    // Since rules 1.213.0 (resb, probe7's B2): a last word in capitals alone in brackets that spells words of the name,
    // from any of them to the last, is the body's own acronym beside its name.
    [
      "the body's bracketed acronym, spelt from a later word: agrees",
      'Quarrow-Institut für Tidenkunde und Marschforschung',
      'Quarrow-Institut für Tidenkunde und Marschforschung (ITM)',
      null,
    ],
    [
      "the body's bracketed acronym after an article and an honouree: agrees",
      'Pellby Varn Centre for Tidal Physics',
      'The Pellby Varn Centre for Tidal Physics (CTP)',
      null,
    ],
    [
      'the query with the acronym and the name without it: agrees',
      'Pellby Varn Centre for Tidal Physics (CTP)',
      'Pellby Varn Centre for Tidal Physics',
      null,
    ],
    [
      'a bracketed word that spells no words of the name: differs',
      'Quarrow Tidal Institute',
      'Quarrow Tidal Institute (PELLBY)',
      differs([], ['pellby']),
    ],
    [
      'a bracketed acronym whose last letter is no last word of the name: differs',
      'Quarrow Tidal Institute',
      'Quarrow Tidal Institute (QTX)',
      differs([], ['qtx']),
    ],
  ])('%s: %s against %s', (_rule, query, matched, expected) => {
    expect(wordForWordDifference(query, matched)).toEqual(expected);
  });
});

const feature = (name: string, value: number): CandidateFeature => ({ name, value, reason: '' });

describe('resolution: nothing but a name that does not agree word for word is shown, not resolved (rules 1.186.0)', () => {
  const row = (
    query: string,
    matched: string,
    countries: string[],
    more: Partial<ScoredCandidate>,
    status: 'RESOLVED' | 'NOT_FOUND',
    reason: string,
  ) => ({ query, matched, countries, more, status, reason });

  it.each([
    row('Quarow Tidal Institute', 'Quarrow Tidal Institute', [], {}, 'NOT_FOUND', 'a letter off, no country'),
    row('Universidad de Quarrow', 'University of Quarrow', [], {}, 'NOT_FOUND', 'a class word in another language'),
    row('Quarrow Tidal Institute', 'Pellby Quarrow Tidal Institute', [], {}, 'NOT_FOUND', 'a word added'),
    row('Quarow Tidal Institute', 'Quarrow Tidal Institute', ['ke'], {}, 'RESOLVED', 'the country given supports it'),
    row(
      'Quarow Tidal Institute',
      'Quarrow Tidal Institute',
      [],
      { features: [feature('token_alignment', 0.97), feature('identifier', 1)] },
      'RESOLVED',
      'an identifier shared is evidence beyond the name',
    ),
    row(
      'Quarow Tidal Institute',
      'Quarrow Tidal Institute',
      [],
      { features: [feature('token_alignment', 0.97), feature('own_town', 1)] },
      'RESOLVED',
      "the body's own town written is evidence beyond the name",
    ),
    row('Quarrow TideWorks Institute', 'Quarrow Tideworks Institute', [], {}, 'RESOLVED', 'case and joining only'),
    row('Quarrow University', 'University of Quarrow', [], {}, 'RESOLVED', 'the same words in another order'),
    row(
      'Quarrow-Institut für Tidenkunde und Marschforschung',
      'Quarrow-Institut für Tidenkunde und Marschforschung (ITM)',
      [],
      {},
      'RESOLVED',
      "the body's own acronym in brackets (since rules 1.213.0)",
    ),
    row(
      'Quarrow Tidal Institute',
      'Quarrow Tidal Institute, Pellby Academy of Sciences',
      [],
      {},
      'RESOLVED',
      'the name with its parent after a comma',
    ),
    row(
      'Quarow Tidal Institute',
      'Quarrow Tidal Institute',
      [],
      { lists: ['un-sc'] },
      'RESOLVED',
      "a list entry keeps the matcher's reading: the lists write one name in several spellings",
    ),
    row(
      'Quarow Tidal Institute',
      'Quarrow Tidal Institute',
      [],
      { type: 'Vessel' },
      'RESOLVED',
      'a vessel is named otherwise than a body',
    ),
  ])('$query against $matched in [$countries]: $status ($reason)', ({ query, matched, countries, more, status }) => {
    const best = graphBodyCandidate('graph:institute', 0.95, 0.97, [query, matched], more);
    const decision = decideResolution([best], [], SPEC_POLICY, countries);
    expect(decision.status).toBe(status);
    expect(decision.best?.entityId).toBe('graph:institute');
    if (status === 'NOT_FOUND') {
      expect(decision.why).toContain(`the name given differs from "${matched}"`);
      expect(decision.why).toContain('give the country to resolve');
    }
  });

  it('says what differs: the words of each name the other lacks', () => {
    const best = graphBodyCandidate('graph:institute', 0.95, 0.97, [
      'Quarow Tidal Institute',
      'Quarrow Tidal Institute',
    ]);
    expect(decideResolution([best], [], SPEC_POLICY, []).why).toBe(
      'the name given differs from "Quarrow Tidal Institute" ("quarow" where it has "quarrow"); with no country or identifier to support it, it is shown, not resolved: give the country to resolve',
    );
  });

  it('leaves an answer AMBIGUOUS when another body is as near: the margin decides first', () => {
    const best = graphBodyCandidate('graph:institute', 0.95, 0.97, [
      'Quarow Tidal Institute',
      'Quarrow Tidal Institute',
    ]);
    const other = graphBodyCandidate('graph:other', 0.93, 0.95, ['Quarow Tidal Institute', 'Quarrow Tidal Institutes']);
    expect(decideResolution([best, other], [], SPEC_POLICY, []).status).toBe('AMBIGUOUS');
  });
});
