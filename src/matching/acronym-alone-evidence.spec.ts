import { describe, expect, it } from 'vitest';
import { CandidateIndex, DERIVED_INITIALS_CAP } from './candidate-index';
import { prepareParty, scoreParties } from './name-matcher';
import { COUNTRY_CONFLICT_CAP } from './party-score';
import type { IndexEntry, MatchQuery } from './types';

/**
 * Rules 1.218.0 (branch acr6; probe7's A1 and A2, knic's item 1): an acronym alone is weak evidence. Every name here
 * is made up, never taken from an evaluation set.
 */
describe('an acronym alone across conflicting countries (rules 1.218.0)', () => {
  const score = (query: MatchQuery, entry: IndexEntry) => {
    const scored = scoreParties(prepareParty(query), prepareParty(entry));
    return { score: scored.score, match: scored.match };
  };
  const listed = (names: string[], countries: string[]): IndexEntry => ({
    entityId: 'l:1',
    schema: 'Organization',
    names,
    countries,
    listIds: ['l'],
  });

  it.each<[string, MatchQuery, IndexEntry, { score: number; match: boolean }]>([
    [
      'the same acronym, the countries conflicting: a possible match for review, not an alert',
      { name: 'QNC', schema: 'Organization', countries: ['fr'] },
      listed(['Quarrow National Clearing', 'QNC'], ['jp']),
      { score: COUNTRY_CONFLICT_CAP, match: false },
    ],
    [
      'a short word in capitals asked alone, written alike by a body of another country: the same cap',
      { name: 'QARV', schema: 'Organization', countries: ['fr'] },
      listed(['Harakat Tarvel Quillon', 'QARV'], ['jp']),
      { score: COUNTRY_CONFLICT_CAP, match: false },
    ],
    [
      'the acronym asked in small letters against a listed acronym of another country: the same cap',
      { name: 'Qnc', schema: 'Organization', countries: ['fr'] },
      listed(['Quarrow National Clearing', 'QNC'], ['jp']),
      { score: COUNTRY_CONFLICT_CAP, match: false },
    ],
    [
      'the listed body asked by its acronym with its own country: found',
      { name: 'QNC', schema: 'Organization', countries: ['jp'] },
      listed(['Quarrow National Clearing', 'QNC'], ['jp']),
      { score: 1, match: true },
    ],
    [
      'the acronym asked with no country: found (no conflict to read)',
      { name: 'QNC', schema: 'Organization' },
      listed(['Quarrow National Clearing', 'QNC'], ['jp']),
      { score: 1, match: true },
    ],
    [
      'the acronym asked with a country, the entry carrying none: found',
      { name: 'QNC', schema: 'Organization', countries: ['fr'] },
      listed(['Quarrow National Clearing', 'QNC'], []),
      { score: 1, match: true },
    ],
    [
      'a whole name written the same across countries keeps the same-name rule (not an acronym alone)',
      { name: 'Quarrow National Clearing', schema: 'Organization', countries: ['fr'] },
      listed(['Quarrow National Clearing', 'QNC'], ['jp']),
      { score: 0.95, match: true },
    ],
    [
      'a one-word name of seven letters in capitals is a word, not an acronym: the same-name rule',
      { name: 'QUARVEL', schema: 'Organization', countries: ['fr'] },
      listed(['QUARVEL'], ['jp']),
      { score: 0.95, match: true },
    ],
  ])('%s', (_rule, query, entry, expected) => {
    expect(score(query, entry)).toEqual(expected);
  });

  it('says why in the explanation', () => {
    const scored = scoreParties(
      prepareParty({ name: 'QNC', schema: 'Organization', countries: ['fr'] }),
      prepareParty(listed(['Quarrow National Clearing', 'QNC'], ['jp'])),
    );
    expect(scored.features.map((feature) => feature.reason)).toContain(
      'The names agree only as the acronym "QNC", of a body in JP; the query says FR: an acronym alone is no overwhelming evidence across countries (many bodies share one); a possible match for review, score at most 0.65.',
    );
  });
});

describe(`${CandidateIndex.name} a bare acronym read only as derived initials is weak evidence (rules 1.218.0)`, () => {
  const entries: IndexEntry[] = [
    {
      entityId: 'l:1',
      schema: 'Organization',
      names: ['Quillon Northern Shipping Finance Corporation'],
      listIds: ['l'],
    },
    { entityId: 'r:1', schema: 'Organization', names: ['Quarrow Natural Science Fund Council', 'QNSFC'] },
    { entityId: 'l:2', schema: 'Company', names: ['TARVEL EASTERN SHIPPING COMPANY (TESCO)'], listIds: ['l'] },
    { entityId: 'r:2', schema: 'Organization', names: ['Tarvel Escuela Superior de Cuarrow', 'TESC'] },
    { entityId: 'l:3', schema: 'Organization', names: ['Quarrow Vessel Trading Group'], listIds: ['l'] },
    { entityId: 'l:4', schema: 'Organization', names: ['Shahid Tarvel Quarrow Industries Group'], listIds: ['l'] },
    {
      entityId: 'm:4',
      schema: 'Organization',
      names: ['Shahid Tarvel Quarrow Industrial Group', 'STQIG'],
      listIds: ['m'],
    },
  ];
  const index = new CandidateIndex();
  entries.forEach((entry) => index.add(entry));
  index.build();
  const search = (name: string) =>
    index
      .search({ name }, { threshold: 0.3, derivedInitials: true })
      .map((result) => ({ id: result.entityId, score: result.score, match: result.match }));

  it.each<[string, string, Array<{ id: string; score: number; match: boolean }>]>([
    [
      '(b) another body writes the acronym as its own: the initials reading is a possible match for review',
      'QNSFC',
      [
        { id: 'r:1', score: 1, match: true },
        { id: 'l:1', score: DERIVED_INITIALS_CAP, match: false },
      ],
    ],
    [
      '(a) the listed body writes another acronym of its own in brackets after its name: no match through initials',
      'TESC',
      [{ id: 'r:2', score: 1, match: true }],
    ],
    [
      'the body writing the acronym is the same body, its name written otherwise on another list: the initials stand',
      'STQIG',
      [
        { id: 'm:4', score: 1, match: true },
        { id: 'l:4', score: 0.9, match: true },
      ],
    ],
    [
      'initials that no other body writes as its own keep their reading',
      'QVTG',
      [{ id: 'l:3', score: 0.9, match: true }],
    ],
  ])('%s', (_rule, name, expected) => {
    expect(search(name)).toEqual(expected);
  });

  it('says why in the feature', () => {
    const [, derived] = index.search({ name: 'QNSFC' }, { threshold: 0.3, derivedInitials: true });
    expect(derived.features.find((feature) => feature.name === 'derived_initials')?.reason).toBe(
      '"QNSFC" is only the initials of this name; "Quarrow Natural Science Fund Council" writes "QNSFC" as its own acronym: a possible match for review, score at most 0.65.',
    );
  });
});
