import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * acr14 (since rules 1.181.0): a name that is only initials and a company's legal form (a legal form of
 * company_words.yml company_legal_generics, written as a word of its own) is a company's name. Read as the initials of
 * a name of another kind of body (a class word of company_words.yml non_company_body_classes: a university, an
 * institute, a ministry, a museum …) that has no company's legal form and no class word of a company's kind, it names
 * another body: the acronym is not read as the whole name (no acronym-expanded score) and the pair is capped at 0.65.
 * A legal form whose letters are the initials of the other name's words left over is that body's acronym, and the
 * reading stands. Made-up names.
 */
describe('initials beside only a company’s legal form do not stand for a body of another kind (since rules 1.181.0)', () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('QTI LLC'),
      candidate: org('Quarrow Tidal Institute'),
      match: false,
      reason: 'a company’s initials and legal form against an institute: another body',
    },
    {
      query: company('QTU LIMITED'),
      candidate: org('Quarrow Tarvel University'),
      match: false,
      reason: 'the same against a university',
    },
    {
      query: company('LLC QTM'),
      candidate: org('Quarrow Tidal Museum'),
      match: false,
      reason: 'the legal form written first, against a museum',
    },
    {
      query: org('Quarrow Ministry of Tides'),
      candidate: company('QMT S.A.'),
      match: false,
      reason: 'the initials on the listed side, against a ministry',
    },
    {
      query: company('QTS LLC'),
      candidate: company('Quarrow Tidal Systems'),
      match: true,
      reason: 'against a name of no other kind of body (no class word of the list) the reading stands',
    },
    {
      query: company('QTI LLC'),
      candidate: company('Quarrow Tidal Institute LLC'),
      match: true,
      reason: 'the other name has a company’s legal form too: a company that calls itself an institute',
    },
    {
      query: company('QTI LLC'),
      candidate: org('Quarrow Tidal Institute Company'),
      match: true,
      reason: 'the other name has a class word of a company’s kind',
    },
    {
      query: org('QTI-SA'),
      candidate: org('Quarrow Tidal Institute'),
      match: true,
      reason: 'a letter pair joined to the acronym is a place’s or a parent’s code, not a legal form written apart',
    },
    {
      query: org('QOS SAS'),
      candidate: org('Quarrow Oriental Studies of the Slovak Academy of Sciences'),
      match: true,
      reason: 'the legal form’s letters are the initials of the other name’s words left over: that body’s acronym',
    },
    {
      query: org('QTI'),
      candidate: org('Quarrow Tidal Institute'),
      match: true,
      reason: 'the initials alone, no legal form',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });

  it('explains the cap with the acronym, the words it is read as, the legal form and the other name’s class word', () => {
    const result = sut.score(company('QTI LLC'), org('Quarrow Tidal Institute'));
    expect(result.score).toBeLessThanOrEqual(0.65);
    expect(result.features.map((feature) => feature.reason)).toContain(
      '"qti" beside only "llc", a company\'s legal form, is read as the initials of "quarrow tidal institute", a name of another kind of body ("institute"): names of different bodies, score at most 0.65.',
    );
  });
});
