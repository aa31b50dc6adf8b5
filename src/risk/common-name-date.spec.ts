import { describe, expect, it } from 'vitest';
import { commonPersonName } from '../matching/given-name-conflict';
import { decideResolution, type CandidateFeature, type ScoredCandidate } from './resolution-rule';
import { SPEC_POLICY } from './scored-candidate.testing';

/**
 * Since rules 1.189.0 (probe5, issue 9): a person given with a date of birth, whose name is made only of common names
 * (name_frequency.yml), is not resolved to a listed person whose records hold no date
 * of birth (the matcher's `birth_date` feature absent: it is written whenever both sides hold one). The name is borne by
 * many people and the one fact given that could tell them apart cannot be checked: the listed person is shown as the
 * best candidate, NOT_FOUND (the screen still alerts). A date that agrees, an identifier shared, a rarer name, no date
 * given, or a body's candidate: as before. The name words of the rows are common names from the tables; the made-up
 * ones ("Quillan", "Tarrow", "Vesk") are in none.
 */
describe('a common name given with a date of birth the listed records cannot check (rules 1.189.0)', () => {
  const listedPerson = (query: string, matched: string, features: CandidateFeature[] = []): ScoredCandidate => ({
    entityId: 'list:person-1',
    score: 1,
    features: [{ name: 'token_alignment', value: 1, reason: '' }, ...features],
    queryName: query,
    matchedName: matched,
    name: matched,
    type: 'Person',
    lists: ['list'],
  });
  const agrees: CandidateFeature = { name: 'birth_date', value: 1, reason: 'Date of birth 1980-01-02 agrees.' };
  const identifier: CandidateFeature = { name: 'identifier', value: 1, reason: 'Identifier P123 is on both records.' };

  it.each<[string, ScoredCandidate, string[], string]>([
    [
      'common given name and surname, a date given, the listed records hold none: shown, not resolved',
      listedPerson('Maria Garcia', 'Maria GARCIA'),
      ['1980-01-02'],
      'NOT_FOUND',
    ],
    [
      'the same in the other order and another tradition: shown, not resolved',
      listedPerson('Song Yu', 'SONG, Yu'),
      ['1975'],
      'NOT_FOUND',
    ],
    [
      'a date given that agrees with the listed one: resolved as before',
      listedPerson('Maria Garcia', 'Maria GARCIA', [agrees]),
      ['1980-01-02'],
      'RESOLVED',
    ],
    [
      'an identifier on both records: resolved as before',
      listedPerson('Maria Garcia', 'Maria GARCIA', [identifier]),
      ['1980-01-02'],
      'RESOLVED',
    ],
    [
      'a name of a word no table holds, a date given, none listed: resolved as before',
      listedPerson('Quillan Tarrow Vesk', 'Quillan Tarrow VESK'),
      ['1980-01-02'],
      'RESOLVED',
    ],
    [
      'a common given name beside a rare surname: resolved as before',
      listedPerson('Maria Vesk', 'Maria VESK'),
      ['1980-01-02'],
      'RESOLVED',
    ],
  ])('%s', (_title, best, birthDates, status) => {
    const decision = decideResolution([best], [], SPEC_POLICY, [], birthDates);
    expect(decision.status).toBe(status);
    expect(decision.best?.entityId).toBe(best.entityId);
  });

  it('a body is not read so, whatever its words', () => {
    const body: ScoredCandidate = { ...listedPerson('Maria Garcia', 'Maria Garcia'), type: 'Organisation' };
    expect(decideResolution([body], [], SPEC_POLICY, [], ['1980-01-02']).status).toBe('RESOLVED');
  });

  it('says why, with the date given and the listed person', () => {
    const decision = decideResolution(
      [listedPerson('Maria Garcia', 'Maria GARCIA')],
      [],
      SPEC_POLICY,
      [],
      ['1980-01-02'],
    );
    expect(decision.why).toBe(
      `the name "Maria Garcia" is made of common names, which many people bear, and the date of birth given (1980-01-02) cannot be checked: Maria GARCIA's records hold no date of birth, so nothing beyond the name tells whether the person given is the one listed`,
    );
  });
});

/**
 * Since rules 1.202.0 (probe6's R2, issue 9): a person's name made only of common names (name_frequency.yml) resolves
 * to a listed person only with evidence beyond the name: a date of birth that agrees or an identifier on both records.
 * Given with no date at all ("Maria Garcia" alone, or with a country that agrees), the listed person is shown as the best
 * candidate, NOT_FOUND; the screen still alerts. A rarer name, or a common given name beside a rare surname, resolves on
 * its name as before. The common words are the tables' own; "Quorvane" and "Tarrow" are made up.
 */
describe('a common name given with no date of birth agreeing (rules 1.202.0)', () => {
  const person = (
    query: string,
    matched: string,
    features: CandidateFeature[] = [],
    name = matched,
  ): ScoredCandidate => ({
    entityId: 'list:person-2',
    score: 1,
    features: [{ name: 'token_alignment', value: 1, reason: '' }, ...features],
    queryName: query,
    matchedName: matched,
    name,
    type: 'Person',
    lists: ['list'],
  });
  const country: CandidateFeature = { name: 'country', value: 1, reason: 'Country es agrees.' };
  const agrees: CandidateFeature = { name: 'birth_date', value: 1, reason: 'Date of birth 1980-01-02 agrees.' };
  const conflicts: CandidateFeature = { name: 'birth_date', value: -1, reason: 'Dates of birth conflict.' };
  const identifier: CandidateFeature = { name: 'identifier', value: 1, reason: 'Identifier P123 is on both records.' };

  it.each<[string, ScoredCandidate, string[], string]>([
    [
      'a common given name and surname alone, matched exactly: shown, not resolved',
      person('Maria Garcia', 'Maria GARCIA'),
      [],
      'NOT_FOUND',
    ],
    [
      "the same given with a country that agrees: a common name's bearers share its country, shown, not resolved",
      person('Maria Garcia', 'Maria GARCIA', [country]),
      [],
      'NOT_FOUND',
    ],
    [
      'a common name matched through an alias of a listed person of another name: shown, not resolved',
      person('Maria Lopez', 'Lopez Maria', [], 'Quorvane TARROW'),
      [],
      'NOT_FOUND',
    ],
    [
      'surname first, three common words of one tradition: shown, not resolved',
      person('GARCIA LOPEZ, Maria', 'Maria GARCIA LOPEZ'),
      [],
      'NOT_FOUND',
    ],
    [
      'a date given that conflicts with the listed one and a score still high: shown, not resolved',
      person('Maria Garcia', 'Maria GARCIA', [conflicts]),
      ['1990-05-06'],
      'NOT_FOUND',
    ],
    [
      'a date given that agrees with the listed one: resolved',
      person('Maria Garcia', 'Maria GARCIA', [agrees]),
      ['1980-01-02'],
      'RESOLVED',
    ],
    [
      'an identifier on both records and no date: resolved',
      person('Maria Garcia', 'Maria GARCIA', [identifier]),
      [],
      'RESOLVED',
    ],
    [
      'a common given name beside a rare surname, no date: resolved on the name as before',
      person('Mohsen Tarrow', 'Mohsen TARROW'),
      [],
      'RESOLVED',
    ],
    [
      'made-up words no table holds, no date: resolved on the name as before',
      person('Quorvane Tarrow', 'TARROW, Quorvane'),
      [],
      'RESOLVED',
    ],
  ])('%s', (_title, best, birthDates, status) => {
    const decision = decideResolution([best], [], SPEC_POLICY, [], birthDates);
    expect(decision.status).toBe(status);
    expect(decision.best?.entityId).toBe(best.entityId);
  });

  it("reads a body of common words as before: the rule is a person's", () => {
    const body: ScoredCandidate = { ...person('Maria Garcia', 'Maria Garcia'), type: 'Organisation' };
    expect(decideResolution([body], [], SPEC_POLICY).status).toBe('RESOLVED');
  });

  it('says why, naming the listed person and what would resolve', () => {
    const decision = decideResolution([person('Maria Lopez', 'Lopez Maria', [], 'Quorvane TARROW')], [], SPEC_POLICY);
    expect(decision.why).toBe(
      'the name "Maria Lopez" is made of common names, which many people bear, and nothing beyond the name (no date of birth, no identifier) tells whether the person given is Quorvane TARROW; a country alone does not, since most bearers of a common name share it: give a date of birth to resolve',
    );
  });
});

describe(commonPersonName.name, () => {
  it.each<[string, string, boolean]>([
    ['a common given name and surname', 'Maria Garcia', true],
    ['surname first, another tradition', 'WANG, Fang', true],
    ['a made-up surname', 'Maria Vesk', false],
    ['made-up words only', 'Quillan Tarrow', false],
    ['given names that are no common names', 'Quillan Anthony Tarrow', false],
    ['no name word', '', false],
  ])('%s: %s', (_title, name, common) => {
    expect(commonPersonName(name)).toBe(common);
  });
});
