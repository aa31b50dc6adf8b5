import { describe, expect, it } from 'vitest';
import { decideResolution, type ScoredCandidate } from '../risk/resolution-rule';
import { expectDecision, graphBodyCandidate as candidate } from '../risk/scored-candidate.testing';
import { identityWordSpeltAlone, identityWordSpelling } from './identity-word-spelling';

// Rules 1.126.0 (resol8): a registry's body (a body of the graph on no list) whose one identity word the query spells
// otherwise is shown, not resolved to. Made-up bodies.
describe(identityWordSpelling.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string, string] | null]>([
    ['one identity word each, the class word shared', 'Quarrel College', 'Quarrow College', ['quarrel', 'quarrow']],
    [
      'in any position, beside function words',
      'University of Quarrel',
      'University of Quarrow',
      ['quarrel', 'quarrow'],
    ],
    [
      'several shared class words',
      'Quarrel University of Medical Sciences',
      'Quarrow University of Medical Sciences',
      ['quarrel', 'quarrow'],
    ],
    ['a legal form aside', 'Quarrel College Ltd', 'Quarrow College', ['quarrel', 'quarrow']],
    ['no shared word: not one name (left to the score)', 'Quarrel', 'Quarrow', null],
    [
      'a shared word that is not a class word says which body: left to the score',
      'Tarrow Quarrel College',
      'Tarrow Quarrow College',
      null,
    ],
    ['a class word differing too: not one word each', 'Quarrel College', 'Quarrow University', null],
    ['two words of the query its own', 'Quarrel Tarrow College', 'Quarrow College', null],
    ['the query holds the name and more: not a spelling', 'Quarrow Tarrow College', 'Quarrow College', null],
    ['the same name', 'Quarrow College', 'Quarrow College', null],
    // Since rules 1.138.0 (resol12): a shared field or kind word (a deciding group's) counts as a class word.
    [
      'a shared field word ("Normal", a deciding group) says what kind, not which body',
      'Quarrel Normal University',
      'Quarrow Normal University',
      ['quarrel', 'quarrow'],
    ],
    [
      'a shared kind word in another language ("Estadual")',
      'Universidade Estadual do Quarrel',
      'Universidade Estadual da Quarrow',
      ['quarrel', 'quarrow'],
    ],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(identityWordSpelling(query, matched)).toEqual(expected);
  });
});

describe(`${decideResolution.name}: a registry's body, its one identity word spelt otherwise or a charity for its class word (rules 1.126.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'a body on no list, its one identity word spelt otherwise, is NOT_FOUND, shown as the best with the reason',
      candidate('ror:quarrow', 0.93, 0.93, ['Quarrel College', 'Quarrow College']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the names differ only in their one identity word, "quarrel" and "quarrow", spelt otherwise, and a registry\'s body is named by its registry\'s names',
      },
    ],
    [
      'a list entry whose one identity word is a romanisation variant keeps it (rules 1.136.0: not a spelling alone)',
      candidate('list:karimi', 0.95, 0.95, ['Kareemi Machinery Factory', 'Karimi Machinery Factory'], {
        lists: ['a-list'],
      }),
      { status: 'RESOLVED' },
    ],
    [
      'lists not known (a comparison of two list records): left to the score',
      candidate('quarrow', 0.93, 0.93, ['Quarrel College', 'Quarrow College'], { lists: undefined }),
      { status: 'RESOLVED' },
    ],
    [
      // Since rules 1.186.0 the name alone, no country given, is shown, not resolved, by the name-alone rule (its reason
      // here, not this rule's: name-differs.spec.ts).
      'the matcher reading the two words as one (a name score of 1) leaves it to the score, and no country to the name-alone rule',
      candidate('ror:quarrow', 1, 1, ['Quarrel College', 'Quarrow College']),
      {
        status: 'NOT_FOUND',
        why: 'the name given differs from "Quarrow College" ("quarrel" where it has "quarrow"); with no country or identifier to support it, it is shown, not resolved: give the country to resolve',
      },
    ],
    [
      'a charity for the association of a registry body is a class swap (class-word-swap.ts): NOT_FOUND',
      candidate('ror:pellby', 1, 1, ['Pellby Dairy Charity', 'Pellby Dairy Association']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the names differ only in a class word of another class ("charity" and "association")',
      },
    ],
    [
      "a charity for a list entry's association: left to the score",
      candidate('list:pellby', 1, 1, ['Pellby Dairy Charity', 'Pellby Dairy Association'], { lists: ['a-list'] }),
      { status: 'RESOLVED' },
    ],
    [
      'a shared name word beside the spelling leaves it to the score, and no country to the name-alone rule',
      candidate('ror:quarrow', 0.95, 0.95, ['Tarrow Quarrel College', 'Tarrow Quarrow College']),
      {
        status: 'NOT_FOUND',
        why: 'the name given differs from "Tarrow Quarrow College" ("quarrel" where it has "quarrow"); with no country or identifier to support it, it is shown, not resolved: give the country to resolve',
      },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});

// Rules 1.136.0 (resol9): a list entry whose one identity word the query writes alike in spelling alone (the matcher's
// spelling variant, not a known, romanisation or transliteration variant) is a possible match, shown, not resolved
// to. Made-up bodies.
describe(identityWordSpeltAlone.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string, string] | null]>([
    [
      'one letter changed in the identity word: a spelling alone',
      'Quarrew Engineering University',
      'Quarrow Engineering University',
      ['quarrew', 'quarrow'],
    ],
    ['a first letter changed', 'Taeron Machinery Factory', 'Daeron Machinery Factory', ['taeron', 'daeron']],
    [
      'a romanisation variant of the word (long vowel written)',
      'Kareemi Machinery Factory',
      'Karimi Machinery Factory',
      null,
    ],
    ['a romanisation variant of the word (final vowel)', 'Tarrowi Trading Company', 'Tarrowy Trading Company', null],
    [
      'a known variant (romanisation.yml): the matcher reads one word',
      'Peking Engineering Academy',
      'Beijing Engineering Academy',
      null,
    ],
    ['not the shape: a shared name word', 'Tarrow Quarrew College', 'Tarrow Quarrow College', null],
    ['not the shape: no shared word', 'Quarrew', 'Quarrow', null],
    // Since rules 1.140.0 (resol11): two forms of one class word count as shared, legal forms aside as before.
    [
      'two forms of one class word and other legal forms: still one identity word each way',
      'QUARREW TRADE FZE',
      'QUARROW TRADING FZCO',
      ['quarrew', 'quarrow'],
    ],
    [
      'two forms of one class word, the same legal form',
      'Quarrew Trading Company',
      'Quarrow Trade Company',
      ['quarrew', 'quarrow'],
    ],
    ["not the shape: a class word of the query's own besides", 'Quarrew Steel Trading', 'Quarrow Trade', null],
    [
      'not the shape: two class words of different classes',
      'Quarrew Steel Foundation',
      'Quarrow Trading Foundation',
      null,
    ],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(identityWordSpeltAlone(query, matched)).toEqual(expected);
  });
});

describe(`${decideResolution.name}: a list entry alike in spelling alone is a possible match, not a resolution (rules 1.136.0)`, () => {
  const listed = (more: Partial<ScoredCandidate> = {}): Partial<ScoredCandidate> => ({ lists: ['a-list'], ...more });
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'a listed body one letter away in its one identity word is NOT_FOUND, shown as the best with the reason',
      candidate(
        'list:quarrow',
        0.96,
        0.957,
        ['Quarrew Engineering University', 'Quarrow Engineering University'],
        listed(),
      ),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the names differ only in their one identity word, "quarrew" and "quarrow", alike in spelling alone: a possible match for the listed body, not a resolution to it',
      },
    ],
    [
      'so is a first letter changed (the lists write some names so; the alert stands, the resolution does not)',
      candidate('list:daeron', 0.94, 0.94, ['Taeron Machinery Factory', 'Daeron Machinery Factory'], listed()),
      { status: 'NOT_FOUND' },
    ],
    [
      'a country agreeing does not make a spelling a name of the body',
      candidate('list:quarrow', 1, 0.957, ['Quarrew Engineering University', 'Quarrow Engineering University'], {
        lists: ['a-list'],
        features: [
          { name: 'token_alignment', value: 0.957, reason: '' },
          { name: 'country', value: 1, reason: '' },
        ],
      }),
      { status: 'NOT_FOUND' },
    ],
    [
      'a romanisation variant of a listed name resolves as before',
      candidate('list:tarrowy', 0.95, 0.95, ['Tarrowi Trading Company', 'Tarrowy Trading Company'], listed()),
      { status: 'RESOLVED' },
    ],
    [
      'the listed name itself (a name score of 1) resolves',
      candidate('list:quarrow', 1, 1, ['Quarrow Engineering University', 'Quarrow Engineering University'], listed()),
      { status: 'RESOLVED' },
    ],
    [
      'a listed person is not read so (given-name rules decide there)',
      candidate('list:quarrew', 0.95, 0.95, ['Quarrew Engineering University', 'Quarrow Engineering University'], {
        lists: ['a-list'],
        type: 'Person',
      }),
      { status: 'RESOLVED' },
    ],
    [
      'lists not known (a comparison of two list records): left to the score',
      candidate('quarrow', 0.96, 0.957, ['Quarrew Engineering University', 'Quarrow Engineering University'], {
        lists: undefined,
      }),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});
