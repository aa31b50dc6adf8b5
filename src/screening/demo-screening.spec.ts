import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../matching';
import { screeningServiceOver, suppliedSnapshot } from './screening-service.testing';
import { ScreeningService } from './screening.service';

/**
 * Since rules 1.210.0: a fictional demo body changes no answer to a real query. Found only by one of its own names
 * written whole; a match on it says `demo: true`, and its reasons say it is a fictional demo body.
 */
describe(`${ScreeningService.name} demo bodies (rules 1.210.0)`, () => {
  const entries: IndexEntry[] = [
    {
      entityId: 'demo:quarrow-defence-works',
      schema: 'Organization',
      names: ['Quarrow Defence Works Company'],
      demo: true,
    },
    {
      entityId: 'l:belvastro',
      schema: 'Organization',
      names: ['Belvastro Defence Works Company'],
      listIds: ['l'],
    },
  ];
  const snapshot = suppliedSnapshot(entries);
  snapshot.details.get('demo:quarrow-defence-works')!.riskCategories.push('defence-industry');
  const { sut } = screeningServiceOver(snapshot);

  it.each([
    ['QDWC', 'its initials'],
    ['Quarow Defence Works Company', 'a spelling variant'],
    ['Quarrow Defence Company', 'a left-out word'],
  ])('"%s" (%s) matches nothing demo and raises nothing', async (name) => {
    const result = await sut.screen({ name, pathRisks: false });

    expect(result.matches.map((match) => match.entityId)).not.toContain('demo:quarrow-defence-works');
    expect(result.riskReasons.join(' ')).not.toContain('Quarrow');
  });

  it('the name written whole finds the demo body, marked demo, and its reasons say so', async () => {
    const result = await sut.screen({ name: 'quarrow defence-works company', pathRisks: false });

    expect(result.matches[0]).toMatchObject({ entityId: 'demo:quarrow-defence-works', demo: true, match: true });
    expect(result.riskReasons.join(' ')).toContain('a fictional demo body');
  });

  it('a real body is never marked demo', async () => {
    const result = await sut.screen({ name: 'Belvastro Defence Works Company', pathRisks: false });

    expect(result.matches[0]).toMatchObject({ entityId: 'l:belvastro', demo: false });
    expect(result.riskReasons.join(' ')).not.toContain('demo');
  });
});
