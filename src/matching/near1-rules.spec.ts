import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';
import {
  bodyEntryOfEvidence,
  decideResolution,
  tiedEntryOfEvidence,
  type ScoredCandidate,
} from '../risk/resolution-rule';
import { SPEC_POLICY, scoredCandidate } from '../risk/scored-candidate.testing';

// Rules 1.159.0 (near1): two confidently wrong shapes left by session 53's branches (bench/HISTORY.md, near1).
// Made-up names throughout.

// (1) "Federal" is a deciding word of a jurisdiction, as "State", "National" and "Municipal" are: a federation's body
// is another body than the one named without the word (org_words.yml deciding: federal).
describe(`${NameMatcher.name} "Federal" on one side only names another body (rules 1.159.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Universidade de Quarrow'),
      candidate: org('Universidade Federal de Quarrow'),
      match: false,
      reason: "a federation's university and the university named without the word are two universities",
    },
    {
      query: org('Quarrow University'),
      candidate: org('Federal University of Quarrow'),
      match: false,
      reason: 'the English form, the word first',
    },
    {
      query: org('Quarrow Environment Agency'),
      candidate: org('Quarrow Federal Environment Agency'),
      match: false,
      reason: "a federation's agency and a state's agency of the same field are two agencies",
    },
    {
      query: org('Université de Quarrow'),
      candidate: org('Université fédérale de Quarrow'),
      match: false,
      reason: 'the French form, accented',
    },
    {
      query: org('Quarrow Federal University'),
      candidate: org('Federal University of Quarrow'),
      match: true,
      reason: 'the word on both sides, reordered: one body',
    },
    {
      query: org('Quarrow Federal Polytechnic'),
      candidate: org('Federal Polytechnic, Quarrow'),
      match: true,
      reason: 'the word on both sides, the place set apart by a comma',
    },
    {
      query: org('Federal State Budgetary Institution Quarrow Institute'),
      candidate: org('Quarrow Institute'),
      match: true,
      reason: 'a legal form that begins with the word is a legal form, not the deciding word',
    },
    {
      query: org('Federal State Enterprise Quarrow Powder Works'),
      candidate: org('Quarrow Powder Works'),
      match: true,
      reason: "the lists' English form of a federal treasury enterprise is a legal form (org_types.yml)",
    },
    {
      query: org('Federal State Enterprise Quarrow Powder Works'),
      candidate: org('Federal State Unitary Enterprise Quarrow Powder Works'),
      match: true,
      reason: 'two federal legal forms, one written without "Unitary"',
    },
    {
      query: org('Universidade Federal de Quarrow'),
      candidate: org('Universidade Estadual de Quarrow'),
      match: false,
      reason: "a federation's university and a state's: two deciding words of a jurisdiction",
    },
  ])('$reason: "$query.name" / "$candidate.name"', (row) => {
    check(sut, row);
  });
});

// (2) Entries of one body tie at the top score, the first by id of weak name evidence (the query the list's shorter
// name with a field word of its own) while another entry is the query's name: the answer is that body, through that
// entry, shown with all its entries.
const QUERY = 'Quarrow Ashby University of Technology';

function listed(entityId: string, matched: string, more: Partial<ScoredCandidate> = {}): ScoredCandidate {
  return scoredCandidate(entityId, 1, 1, [QUERY, matched], { lists: [entityId.split(':')[0]], ...more });
}

const SHORT_A = listed('aa-list:1', 'Quarrow Ashby University');
const SHORT_B = listed('bb-list:2', 'QUARROW ASHBY UNIVERSITY');
const FULL = listed('cc-list:3', 'QUARROW ASHBY UNIVERSITY OF TECHNOLOGY');
const ONE_BODY: Array<[string, string]> = [
  ['aa-list:1', 'bb-list:2'],
  ['bb-list:2', 'cc-list:3'],
];

describe(`${decideResolution.name}: one body's entries tied at the top (rules 1.159.0)`, () => {
  it.each<
    [
      reason: string,
      candidates: ScoredCandidate[],
      links: Array<[string, string]>,
      expected: { status: string; best: string; why?: RegExp },
    ]
  >([
    [
      'the entries linked as one body: RESOLVED to the body through its entry of strong evidence',
      [SHORT_A, SHORT_B, FULL],
      ONE_BODY,
      { status: 'RESOLVED', best: 'cc-list:3', why: /no other body is a candidate/ },
    ],
    [
      'no links read: the tied entry may be another body, NOT_FOUND as before (the resolver then reads the links)',
      [SHORT_A, SHORT_B, FULL],
      [],
      { status: 'NOT_FOUND', best: 'aa-list:1', why: /field words of its own/ },
    ],
    [
      'the entry of strong evidence is not linked to the first: another body, NOT_FOUND as before',
      [SHORT_A, SHORT_B, FULL],
      [['aa-list:1', 'bb-list:2']],
      { status: 'NOT_FOUND', best: 'aa-list:1' },
    ],
    [
      'the entry of strong evidence is of a conflicting country: not the answer',
      [SHORT_A, SHORT_B, listed('cc-list:3', FULL.matchedName!, { features: [...FULL.features, country(-1)] })],
      ONE_BODY,
      { status: 'NOT_FOUND', best: 'aa-list:1' },
    ],
    [
      'the entry of strong evidence scores below the top: no tie, NOT_FOUND as before',
      [SHORT_A, SHORT_B, { ...FULL, score: 0.95 }],
      ONE_BODY,
      { status: 'NOT_FOUND', best: 'aa-list:1' },
    ],
    [
      // Since rules 1.223.0 a body differing only by a field word's other form ("Technological University") no longer
      // ties with the body named word for word (exactNameFirst, its own rows): the body close behind differs otherwise.
      'another body close behind: the margin still decides (AMBIGUOUS)',
      [SHORT_A, FULL, scoredCandidate('ror:9', 0.97, 0.97, [QUERY, 'Quarrow Ashby Tidal University'])],
      ONE_BODY,
      { status: 'AMBIGUOUS', best: 'cc-list:3', why: /less than the margin/ },
    ],
    [
      'the first by id is itself of strong evidence: unchanged',
      [listed('aa-list:1', 'Quarrow Ashby University of Technology'), SHORT_B],
      ONE_BODY,
      { status: 'RESOLVED', best: 'aa-list:1' },
    ],
  ])('%s', (_reason, candidates, links, expected) => {
    const decision = decideResolution(candidates, links, SPEC_POLICY);
    expect(decision.status).toBe(expected.status);
    expect(decision.best?.entityId).toBe(expected.best);
    if (expected.why) {
      expect(decision.why).toMatch(expected.why);
    }
    if (decision.status === 'RESOLVED' && links === ONE_BODY) {
      // Shown with all its entries: each candidate of the body is marked as the best's body.
      expect(candidates.every((candidate) => decision.sameBody.has(candidate.entityId))).toBe(true);
    }
  });
});

describe(`${tiedEntryOfEvidence.name}: a NOT_FOUND answer worth reading the links for (rules 1.159.0)`, () => {
  it.each<[reason: string, candidates: ScoredCandidate[], expected: boolean]>([
    ['a weak first tied by an entry of strong evidence', [SHORT_A, SHORT_B, FULL], true],
    ['only weak entries tied', [SHORT_A, SHORT_B], false],
    ['the strong entry below the top', [SHORT_A, { ...FULL, score: 0.95 }], false],
    [
      'a tie below the threshold',
      [
        { ...SHORT_A, score: 0.8 },
        { ...FULL, score: 0.8 },
      ],
      false,
    ],
    ['the first by id is strong itself', [listed('a0-list:0', FULL.matchedName!), SHORT_A], false],
  ])('%s', (_reason, candidates, expected) => {
    expect(tiedEntryOfEvidence(candidates, SPEC_POLICY)).toBe(expected);
  });

  it('the body entry chosen is null without a link to it', () => {
    expect(bodyEntryOfEvidence([SHORT_A, FULL], new Set(['aa-list:1']), SPEC_POLICY)).toBeNull();
    expect(bodyEntryOfEvidence([SHORT_A, FULL], new Set(['aa-list:1', 'cc-list:3']), SPEC_POLICY)?.entityId).toBe(
      'cc-list:3',
    );
  });
});

function country(value: number): ScoredCandidate['features'][number] {
  return { name: 'country', value, reason: '' };
}
