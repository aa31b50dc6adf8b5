import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, score } from './name-matcher';

/**
 * Since rules 1.186.0 (weak-person-pairs.ts): a kunya's word paired alone, and a two-word query none of whose words
 * the other name writes the same against a longer name (or through a word that only sounds alike), are weak
 * evidence: the score stays below the threshold. Made-up names; each row states the rule it checks.
 */
describe('weak person pairs (since rules 1.186.0)', () => {
  it.each<[rule: string, query: string, listed: string, alerts: boolean]>([
    [
      'a given name paired with the word after "Abu", the surname only spelt alike',
      'Maryam Tarvelli',
      'Abu Maryam al-Tarvel',
      false,
    ],
    [
      'a given name paired with the word after "Umm", the surname only spelt alike',
      'Ansom Tarvelli',
      'AL-TARVEL, Umm Ansom',
      false,
    ],
    [
      'the kunya word paired, the surname written the same: still one name',
      'Ansom Tarvel',
      'AL-TARVEL, Umm Ansom',
      true,
    ],
    ['the particle written in the query too', 'Abu Maryam Tarvelli', 'Abu Maryam al-Tarvel', true],
    ['the kunya word left out, the rest written the same', 'Maryam al-Tarvel', 'Abu Maryam al-Tarvel', true],
    [
      'two words only spelt alike against a name with two name words more',
      'Tarvel Quarrowi',
      'QUARROW, Tarvelle Ansom Brade',
      false,
    ],
    [
      'two words only spelt alike, the longer name repeating a word it adds',
      'Tarvel Quarrowi',
      'QUARROW, Tarvelle Ansom Ansom',
      false,
    ],
    ['two words only spelt alike, one only sounding alike, no word more', 'Quinta Zaidi', 'Quinto Saudi', false],
    [
      'two words only spelt alike, no word more: spelling variants allowed',
      'Tarvell Quarrowe',
      'Tarvelle Quarrow',
      true,
    ],
    [
      'a word written the same and a name word more: left to the score',
      'Tarvel Quarrow',
      'QUARROW, Tarvel Ansom Brade',
      true,
    ],
    ['a word written the same, the other only sounding alike', 'Zaidi Tarvel', 'Saudi Tarvel', true],
    [
      'the extra word a second spelling of an aligned word',
      'Tarvelle Quarrowi',
      'QUARROW, Tarvelle Ansom (Tarvel)',
      true,
    ],
  ])('%s: "%s" / "%s"', (_rule, query, listed, alerts) => {
    const result = score({ name: query, schema: 'Person' }, { name: listed, schema: 'Person' });
    expect(result.score >= MATCH_THRESHOLD).toBe(alerts);
  });
});
