import { describe, expect, it } from 'vitest';
import { screenFoldLinks } from './entity-resolver';

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
