import { describe, expect, it } from 'vitest';
import { foldsKept, screenFoldLinks } from './entity-resolver';

/** A candidate as the resolver keeps it, with what the screen folded it into (made-up ids and lists). */
const candidate = (
  entityId: string,
  lists: string[],
  foldedInto?: string,
  type = 'Organisation',
): { entityId: string; type: string; lists: string[]; foldedInto?: { entityId: string; reason: string } } => ({
  entityId,
  type,
  lists,
  ...(foldedInto ? { foldedInto: { entityId: foldedInto, reason: 'same name, country agrees' } } : {}),
});

describe(screenFoldLinks.name, () => {
  it.each([
    {
      rule: 'a list entry the screen folds into a body on no list is a list entry of that body',
      candidates: [
        candidate('registry:quarrow-academy', []),
        candidate('list-a:qa-1', ['list-a'], 'registry:quarrow-academy'),
      ],
      links: [['list-a:qa-1', 'registry:quarrow-academy']],
    },
    {
      rule: 'a body on no list folded into a list entry (the entry scored best) is linked the same way, entry first',
      candidates: [candidate('list-a:qa-1', ['list-a']), candidate('registry:quarrow-academy', [], 'list-a:qa-1')],
      links: [['list-a:qa-1', 'registry:quarrow-academy']],
    },
    {
      rule: "the query the entry's own name and only another name (an alias) of the body: a unit the body holds as an alias is not the body",
      candidates: [
        { ...candidate('registry:quarrow-academy', []), name: 'Quarrow Academy', matchedName: 'Pellby Gauge Centre' },
        {
          ...candidate('list-a:pgc-1', ['list-a'], 'registry:quarrow-academy'),
          name: 'PELLBY GAUGE CENTRE',
          matchedName: 'Pellby Gauge Centre',
        },
      ],
      links: [],
    },
    {
      rule: "the body reached through another name while the entry's name is its own name less a place: linked",
      candidates: [
        {
          ...candidate('registry:quarrow-academy', []),
          name: 'Quarrow Academy, Pellby',
          matchedName: 'Akademia Quarrow',
        },
        {
          ...candidate('list-a:qa-1', ['list-a'], 'registry:quarrow-academy'),
          name: 'Quarrow Academy (QA)',
          matchedName: 'Quarrow Academy (QA)',
        },
      ],
      links: [['list-a:qa-1', 'registry:quarrow-academy']],
    },
    {
      rule: 'the body reached through its own name, the entry through its own: linked',
      candidates: [
        { ...candidate('registry:quarrow-academy', []), name: 'Quarrow Academy', matchedName: 'Quarrow Academy' },
        {
          ...candidate('list-a:qa-1', ['list-a'], 'registry:quarrow-academy'),
          name: 'Quarrow Academy (QA)',
          matchedName: 'Quarrow Academy (QA)',
        },
      ],
      links: [['list-a:qa-1', 'registry:quarrow-academy']],
    },
    {
      rule: 'two list entries folded are left to the listed-party rule',
      candidates: [candidate('list-a:qa-1', ['list-a']), candidate('list-b:qa-9', ['list-b'], 'list-a:qa-1')],
      links: [],
    },
    {
      rule: 'two bodies on no list are never linked (that takes a SAME_AS decision)',
      candidates: [
        candidate('registry:quarrow-academy', []),
        candidate('curated:quarrow-academy', [], 'registry:quarrow-academy'),
      ],
      links: [],
    },
    {
      rule: 'a person is never linked this way',
      candidates: [
        candidate('registry:pellby-person', [], undefined, 'Person'),
        candidate('list-a:pellby-1', ['list-a'], 'registry:pellby-person', 'Person'),
      ],
      links: [],
    },
    {
      rule: 'an entry folded into a result that is not among the candidates links to nothing',
      candidates: [candidate('list-a:qa-1', ['list-a'], 'registry:quarrow-academy')],
      links: [],
    },
    {
      rule: 'a list entry the screen did not fold stays apart, whatever its name',
      candidates: [candidate('registry:quarrow-academy', []), candidate('list-a:qa-1', ['list-a'])],
      links: [],
    },
  ])('$rule', ({ candidates, links }) => {
    const sut = screenFoldLinks(candidates);
    expect(sut.map((link) => [link.left, link.right])).toEqual(links);
    expect(sut.every((link) => link.body === true && link.reason.includes('as the screen folds them: same name'))).toBe(
      true,
    );
  });
});

describe(foldsKept.name, () => {
  const candidates = [
    candidate('registry:quarrow-academy', []),
    candidate('registry:quarrow-academy-unit', []),
    candidate('list-a:qa-1', ['list-a']),
    candidate('list-a:qa-unit-2', ['list-a']),
    candidate('list-b:qa-7', ['list-b']),
  ];
  const fold = (entry: string) => ({
    left: entry,
    right: 'registry:quarrow-academy',
    body: true,
    reason: 'same name, country agrees',
  });
  it.each([
    {
      rule: 'a fold joining a body and an entry nothing joins yet is kept',
      folds: ['list-a:qa-1'],
      links: [] as Array<[string, string]>,
      kept: ['list-a:qa-1'],
    },
    {
      rule: 'folds of entries of different lists into one body are all kept (one party on two lists)',
      folds: ['list-a:qa-1', 'list-b:qa-7'],
      links: [],
      kept: ['list-a:qa-1', 'list-b:qa-7'],
    },
    {
      rule: 'a second entry of the same list folded into the body is dropped: a list lists a party once',
      folds: ['list-a:qa-1', 'list-a:qa-unit-2'],
      links: [],
      kept: ['list-a:qa-1'],
    },
    {
      rule: 'a fold into a body another link already joins to an entry of that list is dropped (a unit named as an alias of its parent)',
      folds: ['list-a:qa-unit-2'],
      links: [['list-a:qa-1', 'registry:quarrow-academy']],
      kept: [],
    },
    {
      rule: "an entry another link already joins to another body of the graph is not folded into this one (a unit's record and its parent's alias)",
      folds: ['list-b:qa-7'],
      links: [['list-b:qa-7', 'registry:quarrow-academy-unit']],
      kept: [],
    },
    {
      rule: 'a fold of a pair another link already joins adds nothing',
      folds: ['list-a:qa-1'],
      links: [['list-a:qa-1', 'registry:quarrow-academy']],
      kept: [],
    },
  ])('$rule', ({ folds, links, kept }) => {
    const sut = foldsKept(folds.map(fold), links as Array<[string, string]>, candidates);
    expect(sut.map((link) => link.left)).toEqual(kept);
  });
});
