import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * unit4 (rules 1.163.0, A3 of unit3): "<words>'s (<ACR>) <rest>", whose bracketed acronym's letters come in order from
 * the words before it, is read also as "<ACR> <rest>" against a name that writes <ACR>, the higher score standing.
 * Made-up names.
 */
describe(`${NameMatcher.name} a name's words written out before their acronym in brackets (rules 1.163.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QTC Institute 625'),
      candidate: org("Quarrow Tidal Corporation's (QTC) Institute 625"),
      match: true,
      reason: 'the acronym and the unit written after the words it stands for',
    },
    {
      query: org("Quarrow Tidal Corporation's (QTC) Institute 625"),
      candidate: org('QTC Institute 625'),
      match: true,
      reason: 'the same the other way round',
    },
    {
      query: org('QTC Institute 625'),
      candidate: org('Quarrow Tidal Corporation (QTC) Institute 625'),
      match: true,
      reason: 'without the possessive',
    },
    {
      query: org('QTC Institute 626'),
      candidate: org("Quarrow Tidal Corporation's (QTC) Institute 625"),
      match: false,
      reason: 'another unit number: another institute',
    },
    {
      query: org('QTC Institute 625'),
      candidate: org("Norvale Harbour Board's (QTC) Institute 625"),
      match: false,
      reason: 'letters that do not come from the words before them: no reading (another body called so)',
    },
    {
      query: org('QTC Tidal Laboratory'),
      candidate: org("Quarrow Tidal Corporation's (QTC) Institute 625"),
      match: false,
      reason: 'the reading still compares the rest: another unit',
    },
  ])('$query.name / $candidate.name: match $match ($reason)', (row) => {
    check(sut, row);
  });

  it('says which name was read so and keeps the name as written', () => {
    const result = sut.score(org('QTC Institute 625'), org("Quarrow Tidal Corporation's (QTC) Institute 625"));

    expect(result.matchedName).toBe("Quarrow Tidal Corporation's (QTC) Institute 625");
    expect(result.features.map((feature) => feature.reason)).toContain(
      '"Quarrow Tidal Corporation\'s (QTC) Institute 625" read as "QTC Institute 625": the acronym in brackets stands for the words before it.',
    );
  });
});
