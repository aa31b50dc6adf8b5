import { describe, expect, it } from 'vitest';
import { score } from './name-matcher';

/** The resolver's threshold (risk-rules.v1.json resolution.threshold): a name resolves at this score or above. */
const RESOLUTION_THRESHOLD = 0.85;

/**
 * Since rules 1.228.0 (dropped-company-kind.ts): a company's kind word ("Co", "Company", "Corporation":
 * company_words.yml dropped_company_kind_classes) that one name writes and the other leaves out, every other word of
 * the two names written the same (two words at least, one naming the body), costs a quarter of what it cost before:
 * it says only that the body is a company, which the shorter name does not deny, so the shorter name resolves as a
 * dropped legal form ("Ltd") does. A group or a holding, a word spelt otherwise, another word left over, or class
 * words alone are no such name. Made-up names; each row states the rule it checks.
 */
describe('a company kind word left out of one name (since rules 1.228.0)', () => {
  it.each<[rule: string, query: string, listed: string, leftOut: boolean]>([
    ['"Co" left out, the rest word for word', 'Quarrow Shipping', 'QUARROW SHIPPING CO', true],
    ['"Company" left out', 'Quarrow Tarvel', 'Quarrow Tarvel Company', true],
    ['"Corporation" left out', 'Quarrow Tarvel Trading', 'Quarrow Tarvel Trading Corporation', true],
    ['"Corp." left out', 'Quarrow Tarvel', 'Quarrow Tarvel Corp.', true],
    ['the query writes it, the listed name leaves it out', 'Quarrow Tarvel Company', 'QUARROW TARVEL', true],
    [
      'a name made only of class words, its words read as name words',
      'United Aircraft',
      'United Aircraft Corporation',
      true,
    ],
    ['"Group" left out: as often the parent of the company', 'Quarrow Tarvel', 'Quarrow Tarvel Group', false],
    ['"Holding" left out: as often the parent of the company', 'Quarrow Tarvel', 'Quarrow Tarvel Holding', false],
    ['another word left over beside it', 'Quarrow Tarvel', 'Quarrow Tarvel Selkin Co', false],
    ['a deciding class word in its place on the other side', 'Quarrow Shipping Co', 'Quarrow Trading', false],
    ['a name word spelt otherwise: not word for word', 'Quarrow Tarvel', 'Quarrou Tarvel Co', false],
    ['one word beside it: the one-word brand rule reads it', 'Quarrow', 'Quarrow Co', false],
    [
      'the other name writes a legal form: the kind word may be another form',
      'Quarrow Exchange Company',
      'QUARROW EXCHANGE LLC',
      false,
    ],
    ['a class word alone beside it', 'Shipping', 'Shipping Co', false],
  ])('%s: "%s" / "%s"', (_rule, query, listed, leftOut) => {
    const result = score({ name: query, schema: 'Organization' }, { name: listed, schema: 'Organization' });
    const alignment = result.features.find((feature) => feature.name === 'token_alignment');
    if (leftOut) {
      expect(result.score).toBeGreaterThanOrEqual(RESOLUTION_THRESHOLD);
      expect(alignment?.reason).toContain('a company kind word the other name leaves out');
    } else {
      expect(result.score).toBeLessThan(RESOLUTION_THRESHOLD);
      expect(alignment?.reason ?? '').not.toContain('a company kind word');
    }
  });

  it('keeps the name written whole ahead of the name without its kind word', () => {
    const whole = score(
      { name: 'Quarrow Shipping Co', schema: 'Organization' },
      { name: 'QUARROW SHIPPING CO', schema: 'Organization' },
    ).score;
    const leftOut = score(
      { name: 'Quarrow Shipping', schema: 'Organization' },
      { name: 'QUARROW SHIPPING CO', schema: 'Organization' },
    ).score;
    expect(leftOut).toBeLessThan(whole);
  });
});
