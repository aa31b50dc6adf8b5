import { describe, expect, it } from 'vitest';
import { type Answerability, answerabilityOf, type ExpectedNode, splitVerdict, type Verdict } from './answerability';

const node = (id: string, name: string | null, options: Partial<ExpectedNode> = {}): ExpectedNode => ({
  id,
  name,
  unresolved: false,
  sameAs: [],
  ...options,
});

describe(answerabilityOf.name, () => {
  const nodes = new Map<string, ExpectedNode>(
    [
      node('ror:named', 'Quarrow Tarvel University'),
      node('ror:inactive', 'Quarrow Institute of Tarvel'),
      node('ror:placeholder', null, { unresolved: true }),
      node('ror:by-id', 'ror:by-id'),
      node('ror:placeholder-same-as', null, { unresolved: true, sameAs: ['fundref:named'] }),
      node('fundref:named', 'Tarvel Research Foundation', { sameAs: ['ror:placeholder-same-as'] }),
      node('ror:placeholder-same-as-inactive', null, { unresolved: true, sameAs: ['ror:inactive'] }),
    ].map((one) => [one.id, one]),
  );
  const index = new Set(['ror:named', 'fundref:named']);
  const sut = (expected: string[]): Answerability => answerabilityOf(expected, nodes, (id) => index.has(id));

  it.each<[string, string[], Answerability]>([
    ['a body the index holds by name is answerable', ['ror:named'], { answerable: true }],
    ['one answerable body among several expected is enough', ['ror:placeholder', 'ror:named'], { answerable: true }],
    [
      'a placeholder linked SAME_AS to a body the index holds is answerable through it',
      ['ror:placeholder-same-as'],
      { answerable: true },
    ],
    [
      'a named body the index leaves out (not in force, delisted) is reachable only through its id',
      ['ror:inactive'],
      { answerable: false, why: 'not indexed' },
    ],
    [
      'a placeholder linked SAME_AS to a named body the index leaves out reads as that body',
      ['ror:placeholder-same-as-inactive'],
      { answerable: false, why: 'not indexed' },
    ],
    [
      'a registry relationship placeholder has no name to search',
      ['ror:placeholder'],
      { answerable: false, why: 'placeholder' },
    ],
    ['a node named only by its id is a placeholder', ['ror:by-id'], { answerable: false, why: 'placeholder' }],
    [
      'a placeholder is nearer an answer than an id with no node',
      ['ror:absent', 'ror:placeholder'],
      { answerable: false, why: 'placeholder' },
    ],
    ['an id the graph holds no node of is absent', ['ror:absent'], { answerable: false, why: 'absent' }],
    ['a query expecting no body has nothing to answer', [], { answerable: false, why: 'no body expected' }],
  ])('%s', (_reason, expected, answer) => {
    expect(sut(expected)).toEqual(answer);
  });
});

describe(splitVerdict.name, () => {
  it.each<[string, Verdict, boolean, Verdict]>([
    ['a NOT_FOUND the query expects (a listed name with a country not its own) is right', 'not found', true, 'right'],
    ['a NOT_FOUND on a query that expects its body is a miss', 'not found', false, 'not found'],
    ['a resolution counted right stays right where NOT_FOUND is expected', 'right', true, 'right'],
    ['a wrong body stays wrong where NOT_FOUND is expected', 'wrong', true, 'wrong'],
    ['AMBIGUOUS is not the NOT_FOUND expected', 'ambiguous', true, 'ambiguous'],
    ['a namesake stays counted apart', 'namesake', true, 'namesake'],
    ['a right answer is right', 'right', false, 'right'],
  ])('%s', (_reason, verdict, expectsNotFound, counted) => {
    expect(splitVerdict(verdict, expectsNotFound)).toBe(counted);
  });
});
