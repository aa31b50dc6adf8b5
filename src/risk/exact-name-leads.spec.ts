import { describe, expect, it } from 'vitest';
import { decidingVariantsOnly } from '../matching/word-for-word';
import { decideResolution } from './resolution-rule';
import { SPEC_POLICY, scoredCandidate } from './scored-candidate.testing';

/**
 * Since rules 1.223.0 (probe8's B1): the deciding-word table makes the forms and translations of one field word one
 * word ("Polytechnic" and "Technology", "Normal" and "Education"), so a query that is one body's name word for word
 * scores as high against another body whose name writes the other form. A body named exactly beats a variant reading:
 * among the candidates within the margin of the top, a body whose name the query is word for word leads bodies read
 * only through such variants, and resolves. A second body of the query's name written word for word, or a body that
 * differs in any other way (a word added, a word spelt otherwise), still makes the answer AMBIGUOUS. Made-up names.
 */
describe('decidingVariantsOnly: names differing only by a deciding word written as another of its group', () => {
  it.each([
    { query: 'Quarrow Polytechnic University', matched: 'Quarrow University of Technology', variants: true },
    { query: 'Pellby University of Education', matched: 'Pellby Normal University', variants: true },
    { query: 'Quarrow Polytechnic University', matched: 'Quarrow Polytechnic University', variants: false },
    { query: 'Quarrow Polytechnic University', matched: 'Quarrow University', variants: false },
    { query: 'Quarrow Polytechnic University', matched: 'Pellby University of Technology', variants: false },
    {
      query: 'Quarrow Polytechnic University',
      matched: 'Quarrow Polytechnic University of Technology',
      variants: false,
    },
    { query: 'Quarrow Polytechnic University', matched: 'Quarow University of Technology', variants: false },
  ])('$query / $matched: $variants', ({ query, matched, variants }) => {
    expect(decidingVariantsOnly(query, matched)).toBe(variants);
  });
});

describe('a body named word for word leads bodies read through a known variant (since rules 1.223.0)', () => {
  const query = 'Quarrow Polytechnic University';
  it.each([
    {
      rule: 'the exact name leads a variant reading tied with it (ties are otherwise by id)',
      others: [{ id: 'ror:a-variant', matched: 'Quarrow University of Technology', score: 1 }],
      status: 'RESOLVED',
      best: 'ror:z-exact',
    },
    {
      rule: 'the exact name leads a variant reading scoring a little higher',
      others: [{ id: 'ror:a-variant', matched: 'Quarrow Technological University', score: 1 }],
      exactScore: 0.99,
      status: 'RESOLVED',
      best: 'ror:z-exact',
    },
    {
      rule: 'a second body written word for word too: AMBIGUOUS',
      others: [
        { id: 'ror:a-variant', matched: 'Quarrow University of Technology', score: 1 },
        { id: 'ror:b-namesake', matched: 'Quarrow Polytechnic University', score: 1 },
      ],
      status: 'AMBIGUOUS',
    },
    {
      rule: 'a body with a word added is no variant reading: AMBIGUOUS',
      others: [{ id: 'ror:a-longer', matched: 'Quarrow Polytechnic University Pellby', score: 1 }],
      status: 'AMBIGUOUS',
    },
  ])('$rule', ({ others, exactScore, status, best }) => {
    const candidates = [
      scoredCandidate('ror:z-exact', exactScore ?? 1, exactScore ?? 1, [query, query]),
      ...others.map((other) => scoredCandidate(other.id, other.score, other.score, [query, other.matched])),
    ];
    const decision = decideResolution(candidates, [], SPEC_POLICY, ['qq']);
    expect(decision.status).toBe(status);
    if (best) {
      expect(decision.best?.entityId).toBe(best);
      expect(decision.why).toContain('is the name given word for word');
    }
  });
});
