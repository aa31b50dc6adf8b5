import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../matching';
import { screeningServiceOver, suppliedSnapshot } from './screening-service.testing';
import { ScreeningService } from './screening.service';

/** Made-up bodies: listed ones on list "l", registry records on none. */
const LISTED: IndexEntry[] = [
  { entityId: 'l:1', schema: 'Organization', names: ['Quillon Northern Shipping Finance Corporation'], listIds: ['l'] },
  {
    entityId: 'l:2',
    schema: 'Organization',
    names: ['University of Electric Science and Technology of Quarrow', 'UESTQ'],
    listIds: ['l'],
  },
  { entityId: 'l:3', schema: 'Organization', names: ['Tarvel Marine Dynamics Bureau'], listIds: ['l'] },
  {
    entityId: 'l:4',
    schema: 'Organization',
    names: ['Varrow Optical Research Institute', 'VORI'],
    listIds: ['l'],
  },
];
const REGISTRY: IndexEntry[] = [
  { entityId: 'r:1', schema: 'Organization', names: ['Quarrow Natural Science Fund Council', 'QNSFC'] },
  { entityId: 'r:2', schema: 'Organization', names: ['University of Science and Technology of Quarrow', 'USTQ'] },
];

describe(`${ScreeningService.name} a bare acronym read only as a listed body's initials (rules 1.117.0)`, () => {
  const { sut: withRegistry, rules } = screeningServiceOver(suppliedSnapshot([...LISTED, ...REGISTRY]));
  const listsOnly = screeningServiceOver(suppliedSnapshot(LISTED)).sut;

  it.each<[string, 'registry' | 'lists', string, string, string | null]>([
    [
      '(b) another body writes the acronym as its own: the listed body read through its initials is shown for review, below the threshold (rules 1.218.0)',
      'registry',
      'QNSFC',
      'NONE',
      null,
    ],
    ['no other body writes it: the initials reading alerts as before', 'lists', 'QNSFC', 'CRITICAL', 'l:1'],
    [
      '(a) the listed body writes another acronym of its own: its initials, a word left out, do not count',
      'registry',
      'USTQ',
      'NONE',
      null,
    ],
    ['(a) holds with no other body too', 'lists', 'USTQ', 'NONE', null],
    ['the listed body writes the acronym itself: a full match', 'registry', 'UESTQ', 'CRITICAL', 'l:2'],
    ['initials of a body that writes the same acronym: a full match', 'lists', 'VORI', 'CRITICAL', 'l:4'],
    ['initials alone of a listed body, no acronym anywhere: as before', 'lists', 'TMDB', 'CRITICAL', 'l:3'],
  ])('%s', async (_reason, index, name, level, listed) => {
    const sut = index === 'registry' ? withRegistry : listsOnly;
    const result = await sut.screen({ name, pathRisks: false });
    expect(result.riskLevel).toBe(level);
    const match = result.matches.find((one) => one.match && one.lists.length > 0);
    expect(match?.entityId ?? null).toBe(listed);
  });

  it('(b) shows the listed body below the threshold, naming the other body in the feature (rules 1.218.0)', async () => {
    const result = await withRegistry.screen({ name: 'QNSFC', pathRisks: false });
    const listed = result.matches.find((one) => one.entityId === 'l:1')!;
    expect(listed).toMatchObject({ match: false, score: 0.65 });
    const feature = listed.features.find((one) => one.name === 'derived_initials');
    expect(feature?.reason).toBe(
      '"QNSFC" is only the initials of this name; "Quarrow Natural Science Fund Council" writes "QNSFC" as its own acronym: a possible match for review, score at most 0.65.',
    );
    expect(result.matches[0]).toMatchObject({ entityId: 'r:1', score: 1 });
  });

  it('(b) a screen asked with a lower threshold counts the listing as a possible match for review', async () => {
    const result = await withRegistry.screen({ name: 'QNSFC', pathRisks: false, threshold: 0.6 });
    expect(result.riskLevel).toBe('MEDIUM');
    expect(result.riskReasons[0]).toContain(rules.derivedInitials.description);
    expect(result.riskReasons[0]).toContain('Quarrow Natural Science Fund Council');
  });

  it('a full name is never read so', async () => {
    const result = await withRegistry.screen({
      name: 'Quillon Northern Shipping Finance Corporation',
      pathRisks: false,
    });
    expect(result.riskLevel).toBe('CRITICAL');
    expect(result.matches[0].features.some((one) => one.name === 'derived_initials')).toBe(false);
  });
});
