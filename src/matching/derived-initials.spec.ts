import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import type { IndexEntry } from './types';

/**
 * Rules 1.117.0 (branch acr3): a bare acronym read only as another body's derived initials (the index's party
 * reading, `SearchOptions.derivedInitials`). Every name here is made up, never taken from an evaluation set.
 */
describe(`${CandidateIndex.name} a bare acronym read only as derived initials (rules 1.117.0)`, () => {
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
      '(b) another body writes the acronym: the initials reading stays, marked with that body (below the threshold since 1.218.0)',
      'QNSFC',
      [
        { id: 'r:1', derived: null },
        {
          id: 'l:1',
          derived:
            '"QNSFC" is only the initials of this name; "Quarrow Natural Science Fund Council" writes "QNSFC" as its own acronym: a possible match for review, score at most 0.65.',
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
