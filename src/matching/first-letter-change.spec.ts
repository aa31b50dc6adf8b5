import { describe, expect, it } from 'vitest';
import { firstLetterChanged } from './first-letter-change';

/**
 * Two persons' own names pairing a word with one that begins with another consonant, in writing and in the romanised
 * key, that no romanisation writes for one letter (rules 1.216.0): read by the resolution before it joins two list
 * entries as one listed party. The names are made up.
 */
describe(`${firstLetterChanged.name} (rules 1.216.0)`, () => {
  it.each<{ left: string; right: string; changed: [string, string] | null; reason: string }>([
    {
      left: 'KAVREL ANSOM TARVEL AL-QUARROWI',
      right: 'AL-QUARROWI, Javrel Ansom Tarvel',
      changed: ['kavrel', 'javrel'],
      reason: 'k and j begin two given names (two brothers of one father and family)',
    },
    {
      left: 'AL-QUARROWI, Kavrel Ansom Tarvel',
      right: 'KAVREL ANSOM TARVEL AL-QUARROWI',
      changed: null,
      reason: 'every word written the same, in another order',
    },
    { left: 'OUMRAN DESSEL', right: 'DESSEL, Omran', changed: null, reason: 'a word beginning with a vowel' },
    {
      left: 'ANSOM TARVEL CHAVRIKH',
      right: 'SHAVRIKH, Ansom Tarvel',
      changed: null,
      reason: 'c and s (French "ch" for "sh"): romanisation.yml initial_alternations',
    },
    { left: 'Kavrel Tarvel', right: 'Gavrel Tarvel', changed: null, reason: 'k and g share the romanised key' },
  ])('$left / $right → $changed ($reason)', ({ left, right, changed }) => {
    expect(firstLetterChanged(left, right)).toEqual(changed);
  });
});
