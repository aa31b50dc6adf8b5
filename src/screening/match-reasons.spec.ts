import { describe, expect, it } from 'vitest';
import { loadRiskRules } from '../risk/risk-rules';
import { reviewOnly } from './match-reasons';

// unit1 (rules 1.196.0): a listed body's whole name written with its parent (feature `written_with_parent`) is a
// possible match for review: its finding weighs at most partOfNamedBody.findingWeight and says the feature's reason.

describe(reviewOnly.name, () => {
  const rules = loadRiskRules();
  const reason =
    'the query is "Brennock Marine Works" written with its parent "Quarrow Defence Commission": a possible match, for review';

  it.each([
    [
      'written with its parent: capped, the reason said',
      [{ name: 'written_with_parent' as const, value: 1, reason }],
      {
        findingWeight: rules.partOfNamedBody.findingWeight,
        description:
          '"Brennock Marine Works" written with its parent "Quarrow Defence Commission": a possible match, for review',
      },
    ],
    [
      'a whole-name match: not capped',
      [{ name: 'token_alignment' as const, value: 1, reason: '2 of 2 aligned' }],
      null,
    ],
  ])('%s', (_case, features, expected) => {
    expect(reviewOnly({ features }, rules)).toEqual(expected);
  });
});
