import { describe, expect, it } from 'vitest';
import { genericNameOnly } from '../matching/generic-name';
import type { CandidateFeature, ScoredCandidate } from './resolution-rule';
import { expectDecision, scoredCandidate } from './scored-candidate.testing';

/**
 * Since rules 1.183.0: a name made only of class, field and topic words (the reference data's classes: "Institute",
 * "Maritime", "Metallurgy", "Pedagogical", "Open") names no one body. It resolves, on its name alone, only to a body
 * whose name it is word for word; the name of a body with a parent or place added, or the same words in another
 * order, is shown, not resolved, as is a body whose other name is generic when the query adds identity words of its
 * own. A country agreeing, an identifier or the body's own town is evidence beyond the name. Made-up names.
 */
const feature = (name: string, value: number): CandidateFeature => ({ name, value, reason: '' });

describe('genericNameOnly: a name of class, field and topic words only (since rules 1.183.0)', () => {
  it.each([
    {
      query: 'Institute of Maritime Metallurgy',
      matched: 'Institute of Maritime Metallurgy, Quarrow Academy of Sciences',
      shape: 'generic query',
      reason: 'a generic query inside a longer name: the parent dropped',
    },
    {
      query: 'Maritime Metallurgy Institute',
      matched: 'Institute of Maritime Metallurgy',
      shape: 'generic query',
      reason: 'the same generic words in another order',
    },
    {
      query: 'Institute of Maritime Metallurgy',
      matched: 'Maritime Metallurgy',
      shape: 'generic query',
      reason: 'a generic query with its class word dropped',
    },
    {
      query: 'Institute for Maritime Metallurgy',
      matched: 'Institute of Maritime Metallurgy',
      shape: null,
      reason: 'the same words in the same order, function words aside',
    },
    {
      query: 'Institute of Marine Science',
      matched: 'Institute of Marine Sciences',
      shape: null,
      reason: 'two forms of one field word are one word',
    },
    {
      query: 'Pellby State Pedagogical University',
      matched: 'Pedagogical University',
      shape: 'longer query',
      reason: 'a generic matched name, the query adding a place of its own',
    },
    {
      query: 'Open University of Quarrowland',
      matched: 'The Open University',
      shape: 'longer query',
      reason: 'a topic word and a class word matched, the query adding a name of its own',
    },
    {
      query: 'Quarrow Institute of Maritime Metallurgy',
      matched: 'Quarrow Institute of Maritime Metallurgy, Pellby',
      shape: null,
      reason: 'an identity word on both sides: no generic name',
    },
    {
      query: 'Quarrow Metallurgy Institute',
      matched: 'Quarrow Institute',
      shape: null,
      reason: 'the matched name holds an identity word',
    },
    {
      query: 'Pedagogical University',
      matched: 'Pedagogical University',
      shape: null,
      reason: 'the same name',
    },
    // Since rules 1.223.0 (probe8's B5): Persian "مهندسی کشاورزی" (engineering, agriculture: org_words.yml
    // abjad_deciding_words) is "Agricultural Engineering" in a Persian order, not the English words reordered.
    {
      query: 'INSTITUTE مهندسی کشاورزی',
      matched: 'Institute of Agricultural Engineering',
      shape: null,
      reason: "a name read through another script's words, in that language's order: a translation",
    },
    {
      query: 'INSTITUTE مهندسی',
      matched: 'Institute of Agricultural Engineering',
      shape: 'generic query',
      reason: "a name read through another script's words with a field dropped",
    },
    {
      query: 'Engineering Agricultural Institute',
      matched: 'Institute of Agricultural Engineering',
      shape: 'generic query',
      reason: 'Latin words in another order stay another order',
    },
    // Since rules 1.234.0 (probe8's L4): the query's own acronym in brackets at its end, spelling its words, is the
    // initials of a generic name, no word naming a body of its own.
    {
      query: 'Maritime Metallurgy Institute (MMI)',
      matched: 'Maritime Metallurgy Institute',
      shape: null,
      reason: "the query's own bracketed acronym beside the body's name written without it",
    },
    {
      query: 'Institute of Maritime Metallurgy (IMM)',
      matched: 'Institute of Maritime Metallurgy, Quarrow Academy of Sciences',
      shape: 'generic query',
      reason: 'the bracketed acronym set aside, the query is still a generic name inside a longer one',
    },
    {
      query: 'Maritime Metallurgy Institute',
      matched: 'Maritime Metallurgy Institute (MMI)',
      shape: null,
      reason: "the body's name written with its own bracketed acronym, asked without it",
    },
    {
      query: 'Maritime Metallurgy Institute (QMMI)',
      matched: 'Maritime Metallurgy Institute',
      shape: 'longer query',
      reason: 'a bracketed word whose first letter is no word of the name is a word of its own',
    },
    {
      query: 'Maritime Metallurgy Institute (Pellby)',
      matched: 'Maritime Metallurgy Institute',
      shape: 'longer query',
      reason: 'a place in brackets names a body the generic name does not',
    },
  ])('$query against $matched: $shape ($reason)', ({ query, matched, shape }) => {
    expect(genericNameOnly(query, matched)?.shape ?? null).toBe(shape);
  });
});

describe('resolution: a generic name resolves only with evidence beyond the name (since rules 1.183.0)', () => {
  const row = (
    query: string,
    matched: string,
    more: Partial<ScoredCandidate>,
    status: 'RESOLVED' | 'NOT_FOUND',
    reason: string,
  ) => ({ query, matched, more, status, reason });

  it.each([
    row(
      'Institute of Maritime Metallurgy',
      'Institute of Maritime Metallurgy, Quarrow Academy of Sciences',
      {},
      'NOT_FOUND',
      'the parent dropped, no country given',
    ),
    row(
      'Maritime Metallurgy Institute',
      'Institute of Maritime Metallurgy',
      {},
      'NOT_FOUND',
      'the generic words in another order, no country given',
    ),
    row(
      'Institute of Maritime Metallurgy',
      'Institute of Maritime Metallurgy, Quarrow Academy of Sciences',
      { features: [feature('token_alignment', 1), feature('country', 1)] },
      'RESOLVED',
      'the country given agrees',
    ),
    row(
      'Institute of Maritime Metallurgy',
      'Institute of Maritime Metallurgy',
      {},
      'RESOLVED',
      "the body's own name word for word (a namesake elsewhere is the country's to tell)",
    ),
    row(
      'Institute of Maritime Metallurgy',
      'Institute of Maritime Metallurgy, Quarrow Academy of Sciences',
      { type: 'Vessel' },
      'RESOLVED',
      'a vessel is named otherwise than bodies',
    ),
    row(
      'Pellby State Pedagogical University',
      'Pedagogical University',
      {},
      'NOT_FOUND',
      'a place added to a generic name',
    ),
    row(
      'Pellby State Pedagogical University',
      'Pedagogical University',
      { features: [feature('token_alignment', 1), feature('own_town', 1)] },
      'RESOLVED',
      "the place added is the body's own town",
    ),
    row(
      'Pellby State Pedagogical University',
      'Pedagogical University',
      { features: [feature('token_alignment', 1), feature('country', 1)] },
      'RESOLVED',
      'the country given agrees',
    ),
    row(
      'Maritime Metallurgy Institute (MMI)',
      'Maritime Metallurgy Institute',
      {},
      'RESOLVED',
      "the body's own name with its own bracketed acronym (since rules 1.234.0, probe8's L4)",
    ),
    row(
      'Maritime Metallurgy Institute',
      'Maritime Metallurgy Institute (MMI)',
      {},
      'RESOLVED',
      "the body's own name asked without its bracketed acronym (since rules 1.234.0, probe8's L4)",
    ),
  ])('$query against $matched: $status ($reason)', ({ query, matched, more, status }) => {
    expectDecision(scoredCandidate('ror:q1', 1, 1, [query, matched], more), { status });
  });

  it('says why: many bodies bear the name, and nothing beyond it tells which', () => {
    expectDecision(
      scoredCandidate('ror:q1', 1, 1, [
        'Institute of Maritime Metallurgy',
        'Institute of Maritime Metallurgy, Quarrow Academy of Sciences',
      ]),
      {
        status: 'NOT_FOUND',
        why: 'the name "Institute of Maritime Metallurgy" is made of class, field and topic words only, which many bodies bear, and it is not the name matched, "Institute of Maritime Metallurgy, Quarrow Academy of Sciences", word for word; no country agrees and no identifier is shared, so nothing beyond the name tells which of those bodies it is',
      },
    );
  });
});

// Since rules 1.223.0 (probe8's B6): a generic query matched, with its country agreeing, only through another name of a
// body that holds the same words in another order ("Maritime Metallurgy Institute", an alias of "Quarrow Maritime Metallurgy
// Institute") is not resolved: the country says only that the body is of the country the many bearers of the name are
// of. The body's display name in another order, a translation (letters or accents of their own), or an identifier
// shared still resolve. Made-up names.
describe('resolution: a generic query through a reordered generic alias needs more than a country (since rules 1.223.0)', () => {
  const country = [feature('token_alignment', 1), feature('country', 1)];
  it.each([
    {
      query: 'Institute of Maritime Metallurgy',
      matched: 'Maritime Metallurgy Institute',
      name: 'Quarrow Maritime Metallurgy Institute',
      features: country,
      status: 'NOT_FOUND',
      reason: "another name of the body, the query's generic words in another order, the country agreeing",
    },
    {
      query: 'Institute of Maritime Metallurgy',
      matched: 'Maritime Metallurgy Institute',
      name: 'Maritime Metallurgy Institute',
      features: country,
      status: 'RESOLVED',
      reason: "the body's display name itself",
    },
    {
      query: 'Federal Office for Maritime Metallurgy',
      matched: 'Office Fédéral de Maritime Metallurgy',
      name: 'Quarrow Bundesamt',
      features: country,
      status: 'RESOLVED',
      reason: 'a translation, a word of letters of its own',
    },
    {
      query: 'Institute of Maritime Metallurgy',
      matched: 'Maritime Metallurgy Institute',
      name: 'Quarrow Maritime Metallurgy Institute',
      features: [...country, feature('identifier', 1)],
      status: 'RESOLVED',
      reason: 'an identifier shared',
    },
    {
      query: 'Institute of Maritime Metallurgy',
      matched: 'Institute of Maritime Metallurgy',
      name: 'Quarrow Maritime Metallurgy Institute',
      features: country,
      status: 'RESOLVED',
      reason: 'another name of the body written word for word in the same order',
    },
  ])('$query through $matched ($name): $status ($reason)', ({ query, matched, name, features, status }) => {
    expectDecision(scoredCandidate('ror:q1', 1, 1, [query, matched], { name, features }), { status });
  });
});
