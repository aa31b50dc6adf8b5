import { describe, expect, it } from 'vitest';
import { score } from './name-matcher';

/** The resolver's threshold (risk-rules.v1.json resolution.threshold): a name resolves at this score or above. */
const RESOLUTION_THRESHOLD = 0.85;
/** The most two names read as different bodies score (name-matcher.ts ORG_DIFFERENCE_CAP). */
const DIFFERENT_BODIES = 0.65;
const QUALIFIER = 'is read as its country, a qualifier';

/**
 * Since rules 1.233.0 (country-qualifier.ts): a country an organisation's name writes after itself, in brackets or
 * after its last comma ("Central Aviation (Norway)", as a registry writes a company's national record), is a qualifier
 * when the other party's country agrees with it or is not known: the names are read also without it, the country
 * charged no more than it costs against the bare name. A country the other party is known in that is another, or
 * another country written after the other name, still decides. Made-up names, countries from the country table.
 */
describe('a country written after a name read as a qualifier (since rules 1.233.0)', () => {
  it.each<
    [rule: string, query: string, queryIn: string[], listed: string, listedIn: string[], reading: 'read' | 'decides']
  >([
    [
      'a bracketed country, the other party of no country',
      'Central Aviation (Norway)',
      [],
      'Central Aviation Company',
      [],
      'read',
    ],
    ['a country after the last comma', 'Central Aviation, Norway', [], 'Central Aviation Company', [], 'read'],
    [
      'the other party in the same country',
      'Central Aviation (Norway)',
      ['no'],
      'Central Aviation Company',
      ['no'],
      'read',
    ],
    [
      'a listed name with its legal form and quotes',
      'Central Aviation (Norway)',
      ['no'],
      'Public Joint Stock Company "Central Aviation Corporation"',
      [],
      'read',
    ],
    [
      'the listed name writes the country, the query is in it',
      'Central Aviation Company',
      ['no'],
      'Central Aviation (Norway)',
      ['no'],
      'read',
    ],
    [
      'the listed name writes the country, the query of no country',
      'Central Aviation Company',
      [],
      'Central Aviation (Norway)',
      [],
      'read',
    ],
    [
      'the other party known in another country: the country decides',
      'Central Aviation (Norway)',
      [],
      'Central Aviation Company',
      ['se'],
      'decides',
    ],
    [
      'the query given in another country than the listed name writes',
      'Central Aviation Company',
      ['se'],
      'Central Aviation (Norway)',
      ['no'],
      'decides',
    ],
    [
      'two names writing two countries: two national bodies',
      'Quarrow Tarvel (Norway)',
      [],
      'Quarrow Tarvel (Sweden)',
      [],
      'decides',
    ],
    [
      'another deciding word beside the country',
      'National Aviation (Norway)',
      [],
      'National Shipping Corporation',
      [],
      'decides',
    ],
    ['a group, not a kind word, left over', 'Central Aviation (Norway)', [], 'Central Aviation Group', [], 'decides'],
    ["a brand's foundation: another body", 'Quarrow (Norway)', [], 'Quarrow Foundation', [], 'decides'],
    ["a brand's unit: another body", 'Quarrow Tarvel (Norway)', [], 'Quarrow Tarvel Research', [], 'decides'],
    [
      'a place that is no country in brackets',
      'Central Aviation (Harbourville)',
      [],
      'Central Aviation Company',
      [],
      'decides',
    ],
  ])('%s: "%s" %j / "%s" %j', (_rule, query, queryIn, listed, listedIn, reading) => {
    const result = score(
      { name: query, schema: 'Organization', countries: queryIn },
      { name: listed, schema: 'Organization', countries: listedIn },
    );
    const alignment = result.features.find((feature) => feature.name === 'token_alignment');
    if (reading === 'read') {
      expect(result.score).toBeGreaterThanOrEqual(RESOLUTION_THRESHOLD);
      expect(alignment?.reason).toContain(QUALIFIER);
      expect(result.queryName).toBe(query);
      expect(result.matchedName).toBe(listed);
    } else {
      expect(result.score).toBeLessThanOrEqual(DIFFERENT_BODIES);
      expect(alignment?.reason ?? '').not.toContain(QUALIFIER);
    }
  });

  it('charges the country as it costs against the bare name: never above the name written whole', () => {
    const bare = score(
      { name: 'Quarrow Tarvel (Norway)', schema: 'Organization' },
      { name: 'Quarrow Tarvel', schema: 'Organization' },
    );
    const withKind = score(
      { name: 'Quarrow Tarvel (Norway)', schema: 'Organization' },
      { name: 'Quarrow Tarvel Corporation', schema: 'Organization' },
    );
    expect(bare.score).toBeLessThan(1);
    expect(withKind.score).toBeLessThanOrEqual(bare.score);
    expect(withKind.score).toBeGreaterThanOrEqual(RESOLUTION_THRESHOLD);
  });
});
