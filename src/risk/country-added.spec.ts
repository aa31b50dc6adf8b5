import { describe, expect, it } from 'vitest';
import { countryQueryLacks } from '../matching/country-in-name';
import { decideResolution, type CandidateFeature, type ScoredCandidate } from './resolution-rule';
import { scoredCandidate, SPEC_POLICY } from './scored-candidate.testing';

/**
 * Since rules 1.185.0 (issue 9): an organisation's name sent with no country (none given, none written in the name)
 * that the graph's body matches only through a name adding a country the query does not say ("Quarrow Tidal Trust"
 * against "Quarrow Tidal Trust of Kenya") is shown, not resolved: bodies of other countries may bear the name without
 * the country, and the one the graph holds is no evidence that it is meant. A country given or written in the query,
 * a demonym of the same country or the country misspelt in the query, an identifier shared or the body's own town
 * resolve as before. Made-up body names; the countries are ISO's and their names as ICU and org_words.yml write them.
 */
describe(countryQueryLacks.name, () => {
  it.each<[string, string, string, string | null]>([
    ['a country after "of" the query lacks', 'Quarrow Tidal Trust', 'Quarrow Tidal Trust of Kenya', 'Kenya'],
    ['a country after a comma', 'Quarrow Tidal Office', 'Quarrow Tidal Office, Kenya', 'Kenya'],
    ['a country of two words', 'Quarrow Tidal Office', 'Quarrow Tidal Office, New Zealand', 'New Zealand'],
    ['a country first', 'Quarrow Tidal Foundation', 'Kenya Quarrow Tidal Foundation', 'Kenya'],
    ['a country after "in"', 'Quarrow School of Tides', 'Quarrow School of Tides in Qatar', 'Qatar'],
    [
      'the query writes the country too: not added',
      'Quarrow Tidal Trust of Kenya',
      'Quarrow Tidal Trust of Kenya',
      null,
    ],
    ['the query says it by its demonym: not added', 'Kenyan Quarrow Tidal Trust', 'Quarrow Tidal Trust of Kenya', null],
    ['the query spells the country otherwise: said, misspelt', 'Ugnada Tidal Imports', 'Uganda Tidal Imports', null],
    ['no country in the name matched', 'Quarrow Tidal Trust', 'Quarrow Tidal Trust of Pellby', null],
    [
      'a name registry bodies write for another country (Georgia): not read',
      'Quarrow College',
      'Georgia Quarrow College',
      null,
    ],
    ['a country in brackets, a remark: not read', 'Quarrow Tidal Trust', 'Quarrow Tidal Trust (Kenya office)', null],
  ])('%s: %s against %s', (_rule, query, matched, added) => {
    expect(countryQueryLacks(query, matched)).toBe(added);
  });
});

const feature = (name: string, value: number): CandidateFeature => ({ name, value, reason: '' });

describe('resolution: a name matched that adds a country the query does not say, no country given (rules 1.185.0)', () => {
  const row = (
    query: string,
    matched: string,
    countries: string[],
    more: Partial<ScoredCandidate>,
    status: 'RESOLVED' | 'NOT_FOUND',
    reason: string,
    why = 'which the query does not say',
  ) => ({ query, matched, countries, more, status, reason, why });

  it.each([
    row('Quarrow Tidal Trust', 'Quarrow Tidal Trust of Kenya', [], {}, 'NOT_FOUND', 'the country added, none given'),
    row('Quarrow Tidal Office', 'Quarrow Tidal Office, New Zealand', [], {}, 'NOT_FOUND', 'a country of two words'),
    row('Quarrow Tidal Trust', 'Quarrow Tidal Trust of Kenya', ['ke'], {}, 'RESOLVED', 'the country given is the one'),
    row(
      'Quarrow Tidal Trust',
      'Quarrow Tidal Trust of Kenya',
      [],
      { features: [feature('token_alignment', 1), feature('identifier', 1)] },
      'RESOLVED',
      'an identifier shared is evidence beyond the name',
    ),
    row(
      'Quarrow Tidal Trust',
      'Quarrow Tidal Trust of Kenya',
      [],
      { features: [feature('token_alignment', 1), feature('own_town', 1)] },
      'RESOLVED',
      "the body's own town written is evidence beyond the name",
    ),
    row('Kenyan Quarrow Tidal Trust', 'Quarrow Tidal Trust of Kenya', [], {}, 'RESOLVED', 'the query says the country'),
    // Since rules 1.186.0 a place added that is no country is a word the query lacks: the name-alone rule shows it.
    row(
      'Quarrow Tidal Trust',
      'Quarrow Tidal Trust of Pellby',
      [],
      {},
      'NOT_FOUND',
      'no country added: not this rule, the name-alone rule',
      'the name given differs from "Quarrow Tidal Trust of Pellby" (it adds "pellby")',
    ),
    row(
      'Quarrow Tidal Trust',
      'Quarrow Tidal Trust of Kenya',
      [],
      { type: 'Vessel' },
      'RESOLVED',
      'a vessel is named otherwise than a body',
    ),
  ])(
    '$query against $matched in [$countries]: $status ($reason)',
    ({ query, matched, countries, more, status, why }) => {
      const best = scoredCandidate('graph:trust', 0.95, 0.95, [query, matched], { lists: [], ...more });
      const decision = decideResolution([best], [], SPEC_POLICY, countries);
      expect(decision.status).toBe(status);
      expect(decision.best?.entityId).toBe('graph:trust');
      if (status === 'NOT_FOUND') {
        expect(decision.why).toContain(why);
        expect(decision.why).toContain('give the country to resolve');
      }
    },
  );
});
