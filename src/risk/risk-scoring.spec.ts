import { describe, expect, it } from 'vitest';
import { loadRiskRules, type RiskLevelName } from './risk-rules';
import {
  findingSentence,
  levelForScore,
  readOwnership,
  readStep,
  riskLevelFrom,
  targetReasons,
  type WalkNode,
} from './risk-scoring';

const rules = loadRiskRules();

function node(overrides: Partial<WalkNode>): WalkNode {
  return {
    id: 'x',
    name: 'X',
    labels: ['Entity', 'Organisation'],
    kind: null,
    country: [],
    aliases: [],
    riskCategories: [],
    riskCategorySourceIds: [],
    demo: false,
    listings: [],
    ...overrides,
  };
}

describe('readOwnership', () => {
  it.each([
    [{ share: 0.12 }, 'exposure', 0.12, 'exact', 'a 12% stake is an exposure, not control'],
    [{ share: 0.25 }, 'significant-influence', 0.25, 'exact', '25% is the significant-influence threshold'],
    [{ share: 0.5 }, 'control', 0.5, 'exact', '50% is control'],
    [{ share: 51 }, 'control', 0.51, 'exact', 'a percentage is read as a fraction'],
    [{ shareMin: 0.2, shareMax: 0.3 }, 'significant-influence', 0.3, 'upper', 'a range is read at its upper bound'],
    [{ shareMin: 0.4, shareMax: 0.6 }, 'control', 0.6, 'upper', 'a range that may reach control counts as control'],
    [{ shareMin: 0.1 }, 'exposure', 0.1, 'lower', 'only a lower bound: that bound is all there is'],
    [{}, 'significant-influence', null, 'unknown', 'an unstated share takes the rules’ unknown-share band'],
  ])('reads %j as %s (%s)', (properties, band, share, basis, _reason) => {
    const sut = readOwnership(properties, rules);

    expect(sut).toMatchObject({ band, share, basis });
  });
});

describe('readStep', () => {
  it.each([
    ['SUPERVISED_BY', true, 0.9, 'supervised by', 'walked along the arrow'],
    ['HOSTS', false, 0.9, 'hosted by', 'a laboratory is walked back to its host'],
    ['SAME_AS', false, 1, 'the same body as', 'identity is walked both ways'],
  ])('weighs %s (forward %s) at %d as "%s" (%s)', (type, forward, weight, phrase) => {
    const sut = readStep(type, forward, 'a', 'b', {}, rules);

    expect(sut).toMatchObject({ weight, phrase });
  });

  it.each([
    ['HOSTS', true, 'a host does not depend on its laboratory'],
    ['LOCATED_IN', true, 'where a body is says nothing about who controls it'],
    ['PARTNER_OF', true, 'a partnership is not a dependency'],
  ])('does not walk %s (forward %s): %s', (type, forward) => {
    expect(readStep(type, forward, 'a', 'b', {}, rules)).toBeNull();
  });

  it('multiplies the rule weight by the relationship confidence and the ownership band', () => {
    const sut = readStep('OWNED_BY', true, 'a', 'b', { share: 0.12, confidence: 0.5 }, rules);

    expect(sut!.weight).toBeCloseTo(1 * 0.35 * 0.5);
    expect(sut!.control).toBe(false);
  });
});

describe('targetReasons', () => {
  it('describes a defence-industry government body as the state regulator of the defence industry', () => {
    const sut = targetReasons(
      node({ kind: 'GovernmentBody', riskCategories: ['defence-industry'], riskCategorySourceIds: ['src:a'] }),
      rules,
    );

    expect(sut).toEqual([
      expect.objectContaining({
        kind: 'CATEGORY',
        description: 'the state regulator of the defence industry',
        sourceIds: ['src:a'],
      }),
    ]);
  });

  it('weighs a CMIC-only listing by its programme rule', () => {
    const sut = targetReasons(
      node({ listings: [{ listId: 'l', listName: 'List', programmes: ['NS-CMIC'], sourceIds: [] }] }),
      rules,
    );

    expect(sut[0]).toMatchObject({ kind: 'LISTING', weight: 0.8 });
  });

  it.each([
    ['ca-nro', 'Named Research Organizations (Canada)', ['Named Research Organizations']],
    ['jp-meti-eul', 'End User List (Japan, METI)', ['M (missiles)', 'N (nuclear weapons)']],
  ])(
    'weighs a listing on %s as the research-security-list category, not as a sanction',
    (listId, listName, programmes) => {
      const sut = targetReasons(
        node({ listings: [{ listId, listName, programmes, sourceIds: [`list:${listId}`] }] }),
        rules,
      );

      expect(sut).toEqual([
        {
          kind: 'LISTING',
          category: 'research-security-list',
          listId,
          listName,
          programmes: [...programmes].sort(),
          weight: rules.riskCategories['research-security-list'].weight,
          description: `named on a research-security list: ${listName} (${[...programmes].sort().join(', ')})`,
          sourceIds: [`list:${listId}`],
        },
      ]);
      expect(sut[0].weight).toBeLessThan(rules.listings.weight);
    },
  );

  it('weighs a UK Sanctions List listing as a sanctions listing', () => {
    const sut = targetReasons(
      node({ listings: [{ listId: 'uk-sanctions', listName: 'UK Sanctions List', programmes: [], sourceIds: [] }] }),
      rules,
    );

    expect(sut[0]).toMatchObject({ kind: 'LISTING', category: null, weight: rules.listings.weight });
  });

  it('ignores a category the rules do not count', () => {
    expect(targetReasons(node({ riskCategories: ['party'] }), rules)).toEqual([]);
  });
});

describe('findingSentence', () => {
  it.each([
    [
      [
        node({ name: 'University' }),
        node({ name: 'SASTIND body', kind: 'GovernmentBody', riskCategories: ['defence-industry'] }),
      ],
      [readStep('SUPERVISED_BY', true, 'a', 'b', {}, rules)!],
      'Supervised by SASTIND body, the state regulator of the defence industry, 1 hop.',
    ],
    [
      [
        node({ name: 'Foundation' }),
        node({ name: 'Holder', kind: 'StateOwnedEnterprise', riskCategories: ['defence-industry'] }),
      ],
      [readStep('OWNED_BY', true, 'a', 'b', { share: 0.12 }, rules)!],
      '12% stake held by Holder: an exposure, not control, a state-owned defence-industry enterprise, 1 hop.',
    ],
    [
      [
        node({ name: 'Lab' }),
        node({ name: 'Host' }),
        node({ name: 'Command', aliases: ['CMD'], riskCategories: ['military'] }),
      ],
      [readStep('HOSTS', false, 'b', 'a', {}, rules)!, readStep('SUBORDINATE_TO', true, 'b', 'c', {}, rules)!],
      'Hosted by Host, which is subordinate to Command (CMD), a military body, 2 hops.',
    ],
  ])('reads a path in one sentence (%#)', (nodes, steps, expected) => {
    const reasons = targetReasons(nodes[nodes.length - 1], rules);

    expect(findingSentence(nodes, steps, reasons)).toBe(expected);
  });

  it('says when the entity itself is the target', () => {
    const start = node({ name: 'Command', riskCategories: ['military'] });

    expect(findingSentence([start], [], targetReasons(start, rules))).toBe(
      'Command is itself a military body, 0 hops.',
    );
  });
});

describe('riskLevelFrom', () => {
  it.each([
    [[], 'NONE', [], 'no findings, no risk'],
    [[{ level: 'LOW', score: 0.1, sentence: 'a' }], 'LOW', ['a'], 'one low finding'],
    [
      [
        { level: 'MEDIUM', score: 0.4, sentence: 'b' },
        { level: 'HIGH', score: 0.7, sentence: 'c' },
        { level: 'HIGH', score: 0.8, sentence: 'd' },
      ],
      'HIGH',
      ['d', 'c'],
      'the highest level wins and every finding at it is a reason, strongest first',
    ],
  ] as Array<[Array<{ level: RiskLevelName; score: number; sentence: string }>, RiskLevelName, string[], string]>)(
    'gives %j the level %s',
    (findings, riskLevel, reasons, _reason) => {
      expect(riskLevelFrom([...findings])).toEqual({ riskLevel, reasons });
    },
  );

  it.each([
    [0.95, 'CRITICAL'],
    [0.7, 'HIGH'],
    [0.3, 'MEDIUM'],
    [0.05, 'LOW'],
    [0.01, 'NONE'],
  ])('maps the score %d to %s', (score, level) => {
    expect(levelForScore(score, rules)).toBe(level);
  });
});
