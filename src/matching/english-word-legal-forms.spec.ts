import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { Kind, KIND_NAMES, prepareName } from './normalise';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * legal7 (since rules 1.165.0): a one-word legal form that is a plain English word (company_words.yml
 * english_word_legal_forms: "spa", the Italian S.p.A.; "charity"; "cooperative"; "cooperation"), written as a word (no
 * full stops, not an acronym's capitals among small letters) right before a class word, is a word of the name (a class
 * word where the tables make it one); last, or written as the legal form, it stays a legal form. Made-up names.
 */
describe('a plain English legal-form word before a class word is a word of the name (since rules 1.165.0)', () => {
  const kindOf = (name: string, word: string) => {
    const prepared = prepareName(name, 'org');
    const index = prepared.tokens.findIndex((token) => token.text === word);
    return KIND_NAMES[prepared.kinds[index]];
  };

  it.each([
    { name: 'Quarrow Spa University', word: 'spa', kind: 'name', reason: 'a spa town’s word before a class word' },
    { name: 'Quarrow Charity Hospital', word: 'charity', kind: 'class', reason: 'a class word of the tables there' },
    {
      name: 'Cooperative Institute for Tidal Studies',
      word: 'cooperative',
      kind: 'class',
      reason: 'first, before one',
    },
    { name: 'Tarvel Cooperation Office', word: 'cooperation', kind: 'class', reason: 'the same, another listed word' },
    { name: 'QUARROW SPA UNIVERSITY', word: 'spa', kind: 'acronym', reason: 'in a name in capitals: no legal form' },
    { name: 'Quarrow S.p.A. Holding', word: 'spa', kind: 'legal', reason: 'written with full stops: the legal form' },
    { name: 'Quarrow SpA Holding', word: 'spa', kind: 'legal', reason: 'written in the legal form’s mixed case' },
    { name: 'Quarrow SPA Holding', word: 'spa', kind: 'legal', reason: 'in capitals among small letters' },
    { name: 'Quarrow Tidal Charity', word: 'charity', kind: 'legal', reason: 'last: left as it was' },
    { name: 'Quarrow Cooperative of Tarvel', word: 'cooperative', kind: 'legal', reason: 'before no class word' },
    { name: 'Quarrow Trading Limited Group', word: 'limited', kind: 'legal', reason: 'a word the list does not hold' },
  ])('reads "$word" of "$name" as $kind ($reason)', ({ name, word, kind }) => {
    expect(kindOf(name, word)).toBe(kind);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Spa University'),
      candidate: org('University of Tarvel'),
      match: false,
      reason: 'the query’s "Spa" is its own word, not a legal form that drops out',
    },
    {
      query: org('Tarvel Spa University'),
      candidate: org('Quarrow Spa University'),
      match: false,
      reason: 'two spa towns’ universities are two bodies',
    },
    {
      query: org('Tarvel Spa University'),
      candidate: org('TARVEL SPA UNIVERSITY'),
      match: true,
      reason: 'the same name in capitals',
    },
    {
      query: company('Quarrow Tidal S.p.A.'),
      candidate: company('Quarrow Tidal'),
      match: true,
      reason: 'the legal form written as one still drops out',
    },
    {
      query: org('Quarrow Charity Hospital'),
      candidate: org('Quarrow Charity Hospital'),
      match: true,
      reason: 'the same name',
    },
  ])('$query.name ~ $candidate.name: $match ($reason)', (row) => check(sut, row));

  it.each([
    { query: 'St. Quarrow Charity Hospital', candidate: 'St Quarrow Hospital', reason: 'a class word of its own' },
    { query: 'Quarrow Cooperative Research Centre', candidate: 'Quarrow Research Centre', reason: 'the same' },
  ])('$query ~ $candidate is not the same name word for word ($reason)', ({ query, candidate }) => {
    expect(sut.score(org(query), org(candidate)).score).toBeLessThan(1);
  });

  it('keeps the legal form of a name that writes it last', () => {
    const prepared = prepareName('Quarrow Tidal Charity', 'org');
    expect(Array.from(prepared.kinds)).toEqual([Kind.Name, Kind.Name, Kind.Legal]);
  });
});
