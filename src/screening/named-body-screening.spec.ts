import { describe, expect, it } from 'vitest';
import { screeningServiceOver, suppliedSnapshot } from './screening-service.testing';
import { ScreeningService } from './screening.service';

/**
 * Since rules 1.219.0 (lres's C3 through the resolver): a named body of one country written before a body's name
 * ("Hezbollah", a word of the lists' own, LB in org_words.yml `named_body_countries`) caps a namesake of another
 * country at 0.65 in the matcher (1.217.0); the resolver then no longer reads that cap as "bodies of several
 * countries bear the name" when no country is given (`countrylessLead`), so the screen resolves the named body's own
 * entry, as the matcher ranks it. Made-up bodies.
 */
describe(`${ScreeningService.name} resolution of a body named with its parent body (rules 1.219.0)`, () => {
  const { sut } = screeningServiceOver(
    suppliedSnapshot([
      {
        entityId: 'l:brenholt-ir',
        schema: 'Organization',
        names: ['BRENHOLT FOUNDATION'],
        countries: ['ir'],
        listIds: ['l'],
      },
      {
        entityId: 'l:brenholt-lb',
        schema: 'Organization',
        names: ['BRENHOLT FOUNDATION IN LEBANON', 'HIZBALLAH BRENHOLT FOUNDATION'],
        countries: ['lb'],
        listIds: ['l'],
      },
    ]),
  );

  it.each<[reason: string, country: string[] | undefined, status: string, entityId: string | null]>([
    [
      'with no country given, the named body\u2019s own foundation, not the namesake of another country',
      undefined,
      'RESOLVED',
      'l:brenholt-lb',
    ],
    ['given the named body\u2019s country, the same', ['LB'], 'RESOLVED', 'l:brenholt-lb'],
  ])('%s', async (_reason, country, status, entityId) => {
    const result = await sut.screen({
      name: 'Hezbollah Brenholt Foundation',
      schema: 'Organization',
      country,
      pathRisks: false,
    });

    expect(result.matches.map((match) => [match.entityId, match.match])).toEqual([
      ['l:brenholt-lb', true],
      ['l:brenholt-ir', false],
    ]);
    expect(result.resolution).toMatchObject({ status, entityId });
  });
});
