import type { ModuleRef } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../matching';
import { EntityResolverService } from '../risk/entity-resolver';
import type { PathRiskService } from '../risk/path-risk.service';
import { loadRiskRules } from '../risk/risk-rules';
import type { RiskRepository } from '../risk/risk.repository';
import type { ScreeningIndexService, ScreeningSnapshot } from './screening-index.service';
import { ScreeningService } from './screening.service';

function snapshot(): ScreeningSnapshot {
  const index = new CandidateIndex();
  index.add({
    entityId: 'l:1',
    schema: 'Company',
    names: ['Quarrow Advanced Computing Technology Co., Ltd.'],
    weakNames: ['QUARROWTEK', 'STRATEGIC FORCES', 'GAN'],
    countries: ['is'],
    listIds: ['l'],
  });
  index.build();
  return {
    index,
    details: new Map([
      [
        'l:1',
        {
          name: 'Quarrow Advanced Computing Technology Co., Ltd.',
          type: 'Organisation',
          schema: 'Company',
          kind: null,
          riskCategories: [],
          listings: [{ id: 'l', programme: 'SDGT' }],
        },
      ],
    ]),
    listVersions: [{ listId: 'l', versionId: 'l@1', seq: 1 }],
    knownLists: new Set(['l']),
    builtAt: '2025-01-01T00:00:00.000Z',
    generation: 0,
    entities: 1,
    origin: 'supplied',
  };
}

describe(`${ScreeningService.name} weak aliases (rules 1.109.0)`, () => {
  const rules = loadRiskRules();
  const current = snapshot();
  const pathRisk = {
    rules,
    assessMany: (ids: string[]) => Promise.resolve(new Map(ids.map((id) => [id, { truncated: false, findings: [] }]))),
    summarise: (assessments: unknown[]) => ({ assessments, pathRisks: [], riskLevel: 'NONE', reasons: [] }),
  };
  const resolver = new EntityResolverService(
    { findSameAsLinks: () => Promise.resolve([]) } as unknown as RiskRepository,
    {} as ModuleRef,
    rules,
  );
  const sut = new ScreeningService(
    { current: () => Promise.resolve(current), isBehindGraph: () => false } as unknown as ScreeningIndexService,
    pathRisk as unknown as PathRiskService,
    resolver,
  );

  it.each<[string, { name: string; country?: string[] }, string, number | null]>([
    [
      'a weak alias alone is a possible match for review, not the listing at full weight',
      { name: 'Quarrowtek' },
      'MEDIUM',
      0.7,
    ],
    [
      'an agreeing country makes it a match at the listing\u2019s weight',
      { name: 'Quarrowtek', country: ['IS'] },
      'CRITICAL',
      0.8,
    ],
    ['a weak alias of common words only is not matched', { name: 'Strategic Forces' }, 'NONE', null],
    ['a weak alias of three letters is not matched', { name: 'Gan' }, 'NONE', null],
  ])('%s', async (_reason, input, level, score) => {
    const result = await sut.screen({ ...input, pathRisks: false });
    expect(result.riskLevel).toBe(level);
    expect(result.matches.find((match) => match.match)?.score ?? null).toBe(score);
    if (score !== null) {
      expect(result.matches[0].features[0].reason).toBe(
        'matched a weak alias (the list calls it low quality): QUARROWTEK',
      );
    }
    if (level === 'MEDIUM') {
      expect(result.riskReasons[0]).toContain(rules.weakAliases.description);
    }
  });
});
