import { describe, expect, it } from 'vitest';
import { screeningServiceOver, suppliedSnapshot } from './screening-service.testing';
import { ScreeningService } from './screening.service';

describe(`${ScreeningService.name} weak aliases (rules 1.109.0)`, () => {
  const { sut, rules } = screeningServiceOver(
    suppliedSnapshot([
      {
        entityId: 'l:1',
        schema: 'Company',
        names: ['Quarrow Advanced Computing Technology Co., Ltd.'],
        weakNames: ['QUARROWTEK', 'STRATEGIC FORCES', 'GAN'],
        countries: ['is'],
        listIds: ['l'],
      },
    ]),
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
