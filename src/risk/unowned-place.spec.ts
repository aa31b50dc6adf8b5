import { describe, expect, it } from 'vitest';
import { unownedPlace } from '../matching/unowned-place';
import { decideResolution, type ScoredCandidate } from './resolution-rule';
import { expectDecision, scoredCandidate, SPEC_POLICY } from './scored-candidate.testing';

/**
 * Since rules 1.145.0: a place written after a body's name is read as the body's address only when it is the body's
 * own town: a town one of its names shown writes, or one the index holds it in (a registry's locations, a list entry's
 * address towns). Otherwise the body is shown, not resolved to. Made-up names; Ghent and Lyon are place_names.tsv
 * towns.
 */
describe("resolution: a place after a body's name that is none of its own (rules 1.145.0)", () => {
  const row = (
    query: string,
    matched: string,
    more: Partial<ScoredCandidate>,
    status: 'RESOLVED' | 'NOT_FOUND',
    reason: string,
  ) => ({ query, matched, more, status, reason });

  it.each([
    row(
      'Quarrow Institute, Ghent',
      'Quarrow Institute',
      { towns: ['Ghent'] },
      'RESOLVED',
      'the town the index holds the body in',
    ),
    row(
      'Quarrow Institute, Ghent',
      'Quarrow Institute',
      { towns: ['Lyon'] },
      'NOT_FOUND',
      "another town than the body's",
    ),
    row(
      'Quarrow Institute, Ghent',
      'Quarrow Institute',
      {},
      'NOT_FOUND',
      "no town known: the place is not the body's by any fact",
    ),
    row(
      'QUARROW TRADING LLC, GHENT',
      'QUARROW TRADING LLC',
      { towns: ['Ghent'], lists: ['ofac-sdn'] },
      'RESOLVED',
      "a list entry's address town, in capitals",
    ),
    row(
      'Quarrow Trading, Ghent',
      'Quarrow Trading',
      { lists: ['ofac-sdn'] },
      'NOT_FOUND',
      'a company of a list whose entry has no town',
    ),
    row('Quarrow Institute, Ghent', 'Quarrow Institute, Ghent', {}, 'RESOLVED', 'the matched name writes the town'),
    row(
      'Quarrow Institute, Ghent',
      'Quarrow Institute',
      { name: 'Quarrow Institute (Ghent)' },
      'RESOLVED',
      "the body's display name writes the town",
    ),
    row(
      'Quarrow Institute, Belgium',
      'Quarrow Institute',
      {},
      'RESOLVED',
      'a country is no town: the country feature speaks for it',
    ),
    row('Quarrow Institute, Main Campus', 'Quarrow Institute', {}, 'RESOLVED', 'a listed qualifier is no place'),
    row(
      'Quarrow Institute Ghent',
      'Quarrow Institute',
      {},
      'RESOLVED',
      "after a comma only: a place after a space is the matcher's to weigh",
    ),
    row(
      'Quarrow Institute, Ghent',
      'Quarrow Institute',
      {
        features: [
          { name: 'token_alignment', value: 1, reason: '' },
          { name: 'own_town', value: 1, reason: '' },
        ],
      },
      'RESOLVED',
      "the index read the place as the body's own town (own_town)",
    ),
  ])('$reason', ({ query, matched, more, status, reason }) => {
    const candidate = scoredCandidate('quarrow', 0.95, 1, [query, matched], more);
    expectDecision(candidate, { status });
    if (status === 'NOT_FOUND') {
      expect(decisionWhy(candidate), reason).toContain(
        "a place after a name is read as the body's address only when it is the body's own town",
      );
    }
  });

  it('says which place and which towns', () => {
    expect(unownedPlace('Quarrow Institute, Ghent', 'Quarrow Institute', 'Quarrow Institute', ['Lyon'])).toBe('Ghent');
    expect(unownedPlace('Quarrow Institute, Ghent', 'Quarrow Institute', 'Quarrow Institute', ['ghent'])).toBeNull();
  });
});

function decisionWhy(candidate: ScoredCandidate): string {
  return decideResolution([candidate], [], SPEC_POLICY).why;
}
