import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { IndexEntry, MatchQuery } from './types';

/**
 * Rules 1.116.0 (branch acr3): a bare acronym read only as another body's derived initials (the index's party
 * reading, `SearchOptions.derivedInitials`), and a part of three or more hyphen-joined words read as initials (a
 * pair rule). Every name here is made up, never taken from an evaluation set.
 */
interface Row {
  query: MatchQuery;
  candidate: MatchQuery;
  match: boolean;
  reason: string;
}

function org(name: string): MatchQuery {
  return { name, schema: 'Organization' };
}

function check(sut: NameMatcher, { query, candidate, match }: Row): void {
  const result = sut.score(query, candidate);
  expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
}

describe(`${NameMatcher.name} a part of three or more hyphen-joined words is no initials (rules 1.116.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QUARVO-UST-TARVEL, OOO'),
      candidate: org('Norland University of Science and Technology'),
      match: false,
      reason: 'a company named after a place written joined ("Ust-Tarvel") is no university of science and technology',
    },
    {
      query: org('Norland University of Science and Technology'),
      candidate: org('QUARVO-UST-TARVEL, OOO'),
      match: false,
      reason: 'either way round',
    },
    {
      query: org('QMEZ-KT-OAO'),
      candidate: org('Quarrow Mekhanichesky Eksperimentalny Zavod Kompozitsionnye Tekhnologii'),
      match: true,
      reason: 'acronyms and a legal form joined by hyphens are each read (every part an acronym or legal form)',
    },
    {
      query: org('QIT-BLM'),
      candidate: org('Quarrow Institute of Technology'),
      match: true,
      reason: 'two joined parts: a parent body acronym and a unit code, read as before',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${CandidateIndex.name} a bare acronym read only as derived initials (rules 1.116.0)`, () => {
  const entries: IndexEntry[] = [
    {
      entityId: 'l:1',
      schema: 'Organization',
      names: ['Quillon Northern Shipping Finance Corporation'],
      listIds: ['l'],
    },
    {
      entityId: 'l:2',
      schema: 'Organization',
      names: ['University of Electric Science and Technology of Quarrow', 'UESTQ'],
      listIds: ['l'],
    },
    { entityId: 'l:3', schema: 'Company', names: ['TAVCO COMPANY', 'TAVCO'], listIds: ['l'] },
    { entityId: 'r:1', schema: 'Organization', names: ['Quarrow Natural Science Fund Council', 'QNSFC'] },
  ];
  const index = new CandidateIndex();
  entries.forEach((entry) => index.add(entry));
  index.build();
  const search = (name: string, derivedInitials: boolean) =>
    index.search({ name }, { threshold: 0.3, derivedInitials }).map((result) => ({
      id: result.entityId,
      derived: result.features.find((feature) => feature.name === 'derived_initials')?.reason ?? null,
    }));

  it.each<[string, string, Array<{ id: string; derived: string | null }>]>([
    [
      '(b) another body writes the acronym: the initials reading stays, marked with that body',
      'QNSFC',
      [
        { id: 'r:1', derived: null },
        {
          id: 'l:1',
          derived:
            '"QNSFC" is only the initials of this name; "Quarrow Natural Science Fund Council" writes "QNSFC" as its own acronym.',
        },
      ],
    ],
    ['(a) the body writes another acronym of its own: no match through its initials', 'USTQ', []],
    ['(a) a typo of the body\u2019s own acronym read as its initials: no match either', 'TACO', []],
    ['the body written as the query is no derived reading', 'UESTQ', [{ id: 'l:2', derived: null }]],
  ])('%s', (_reason, name, expected) => {
    expect(search(name, true)).toEqual(expected);
  });

  it('without the option the search reads as before', () => {
    expect(search('USTQ', false).map((result) => result.id)).toEqual(['l:2']);
    expect(search('TACO', false).map((result) => result.id)).toEqual(['l:3']);
    expect(search('QNSFC', false)).toEqual([
      { id: 'r:1', derived: null },
      { id: 'l:1', derived: null },
    ]);
  });
});
