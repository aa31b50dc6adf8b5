import { describe, expect, it } from 'vitest';
import { closestNotResolved } from './partnership.service';

// assess3 (rules 1.161.0): an UNKNOWN party's reason says why its closest candidate was not resolved, as the
// resolution decided it; it said "below the threshold or without strong name evidence" of every candidate, also of
// one at 1.000 of another country.
describe(closestNotResolved.name, () => {
  const country = (value: number) => ({ name: 'country', value, reason: '' });

  it.each<
    [string, { score: number; strongNameEvidence: boolean; features: Array<ReturnType<typeof country>> }, string]
  >([
    [
      'below the threshold',
      { score: 0.62, strongNameEvidence: true, features: [] },
      'below the 0.85 a resolution needs',
    ],
    [
      'of another country, at 1.000',
      { score: 1, strongNameEvidence: true, features: [country(-1)] },
      'of another country than the one given',
    ],
    [
      'weak name evidence',
      { score: 0.95, strongNameEvidence: false, features: [country(1)] },
      'without strong name evidence',
    ],
    [
      'none of these: the explanation says',
      { score: 0.95, strongNameEvidence: true, features: [] },
      "not resolved: the resolution's explanation says why",
    ],
  ])('%s', (_rule, closest, expected) => {
    expect(closestNotResolved(closest, 0.85)).toBe(expected);
  });
});
