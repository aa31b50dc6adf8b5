import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, score } from './name-matcher';

/**
 * Since rules 1.187.0 (weak-person-pairs.ts): a kunya's word paired alone, and a two-word query none of whose words
 * the other name writes the same against a longer name (or through a word that only sounds alike), are weak
 * evidence: the score stays below the threshold. Made-up names ("Ahmed" for a common name word of name_frequency.yml); each row
 * states the rule it checks.
 */
describe('weak person pairs (since rules 1.187.0; a loose spelling since rules 1.188.0; crossed spellings since rules 1.194.0)', () => {
  it.each<[rule: string, query: string, listed: string, schema: string, alerts: boolean]>([
    // kunya word (kunyaWordAlone)
    [
      'a given name paired with the word after "Abu", the surname only spelt alike',
      'Maryam Tarvelli',
      'Abu Maryam al-Tarvel',
      'Person',
      false,
    ],
    [
      'a given name paired with the word after "Umm", the surname only spelt alike',
      'Ansom Tarvelli',
      'AL-TARVEL, Umm Ansom',
      'Person',
      false,
    ],
    [
      'the kunya word paired, the surname written the same: left to the score',
      'Ansom Tarvel',
      'AL-TARVEL, Umm Ansom',
      'Person',
      true,
    ],
    ['the particle written in the query too', 'Abu Maryam Tarvelli', 'Abu Maryam al-Tarvel', 'Person', true],
    ['the kunya word left out, the rest written the same', 'Maryam al-Tarvel', 'Abu Maryam al-Tarvel', 'Person', true],
    [
      'the kunya word against a word after a particle spelt otherwise ("Abou el"): not a given name, left to the score',
      'QUARROW, Tarvel Abu',
      'Tarvell Abou el Quarrow',
      'Person',
      true,
    ],
    // two words, spellings only (variantsOnlyAgainstMore)
    [
      'two words only spelt alike against a name with two name words more',
      'Tarvel Quarrowi',
      'QUARROW, Tarvelle Ansom Brade',
      'Person',
      false,
    ],
    [
      'two words only spelt alike, the longer name giving its added word twice',
      'Tarvel Quarrowi',
      'QUARROW, Tarvelle Ansom Ansom',
      'Person',
      false,
    ],
    [
      'two words only spelt alike, no word more: spelling variants allowed',
      'Tarvell Quarrowe',
      'Tarvelle Quarrow',
      'Person',
      true,
    ],
    [
      'two words only spelt alike, the word more a second spelling of an aligned word',
      'Tarvell Quarrowi',
      'QUARROW, Tarvelle (Tarvel)',
      'Person',
      true,
    ],
    [
      'two words only spelt alike, the word more a patronymic',
      'Tarvell Quarrowi',
      'QUARROW, Tarvelle Ansomovich',
      'Person',
      true,
    ],
    [
      "two words only spelt alike against a name read as a body's (no person's entry)",
      'Tarvell Quarrowe',
      'TARVELLE AL-QUARROWI',
      'LegalEntity',
      false,
    ],
    [
      "the same two words against a person's entry of that name",
      'Tarvell Quarrowe',
      'TARVELLE AL-QUARROWI',
      'Person',
      true,
    ],
    // one common word written the same
    [
      'a common given name written the same, the surname only spelt alike, a name word more',
      'Ahmed Quarrowi',
      'QUARROW, Ahmed Tarvel',
      'Person',
      false,
    ],
    [
      'a rare word written the same, the other only spelt alike, a name word more: left to the score',
      'Tarvel Quarrowi',
      'QUARROW, Tarvel Ansom',
      'Person',
      true,
    ],
    [
      'a common given name and the surname written the same, a name word more: left to the score',
      'Ahmed Quarrow',
      'QUARROW, Ahmed Tarvel',
      'Person',
      true,
    ],
    [
      'a common given name written the same, the surname spelt alike, no word more',
      'Ahmed Quarrowi',
      'Ahmed Quarrow',
      'Person',
      true,
    ],
    // Since rules 1.188.0: one rare word written the same and only a loose spelling of the other (looseSpelling)
    [
      'a rare word written the same, the other beginning with another consonant, a name word more',
      'Ansom Tavrell',
      'Ansom Navrell Brade',
      'Person',
      false,
    ],
    [
      'a rare word written the same, the other its nisba "-i", two name words more',
      'Ansom Tarveli',
      'ANSOM, Tarvel Brade Quist',
      'Person',
      false,
    ],
    [
      'a rare surname written the same, the given name its nisba "-i", a name word more',
      'Tarveli Quarrow',
      'QUARROW, Tarvel Ansom',
      'Person',
      false,
    ],
    [
      'another first letter that spellings write either way (r and l), a name word more: left to the score',
      'Ansom Rovaru',
      'Ansom Lovaru Brade',
      'Person',
      true,
    ],
    [
      'another first letter that spellings write either way (h and g), a name word more: left to the score',
      'Ansom Husarel',
      'Ansom Gusarel Brade',
      'Person',
      true,
    ],
    [
      'another first vowel, a name word more: a spelling, left to the score',
      'Ansom Osmarel',
      'Ansom Usmarel Brade',
      'Person',
      true,
    ],
    [
      'another consonant inside the word, a name word more: a spelling, left to the score',
      'Ansom Tavrell',
      'Ansom Tavnell Brade',
      'Person',
      true,
    ],
    ['another first consonant, no word more: left to the score', 'Ansom Tavrell', 'Ansom Navrell', 'Person', true],
    ['the nisba "-i", no word more: left to the score', 'Ansom Tarveli', 'ANSOM, Tarvel', 'Person', true],
    // Since rules 1.194.0: two words only spelt alike in the other order (crossedSpellings)
    [
      "a hyphen-joined given name's syllables each in another romanisation, in the other order",
      'Tarvel Dreom-kheol',
      'TARVEL, Khol Drom',
      'Person',
      false,
    ],
    [
      "the syllables each in another romanisation, in the other order, the other name's hyphen-joined",
      'Tarvel Dreom-kheol',
      'Tarvel Khol-drom',
      'Person',
      false,
    ],
    [
      'the syllables each in another romanisation, in order: another system, left to the score',
      'Tarvel Dreom-kheol',
      'TARVEL, Drom Khol',
      'Person',
      true,
    ],
    [
      'the syllables written the same in the other order: left to the score',
      'Tarvel Dreom-kheol',
      'TARVEL, Kheol Dreom',
      'Person',
      true,
    ],
    [
      'two words in the other order, both spelt otherwise, one only sounding alike',
      'Tarvel Nikwar',
      'Niquar Tarvell',
      'Person',
      false,
    ],
    ['the same spellings in order: left to the score', 'Tarvel Nikwar', 'Tarvell Niquar', 'Person', true],
    [
      'a longer query, two words in the other order, both spelt otherwise, one sounding alike: left to the score',
      'Ansom Tarvel Nikwar',
      'ANSOM, Niquar Tarvell',
      'Person',
      true,
    ],
    [
      'in the other order, the sound-alike only another spelling of its first sound (gh, q), the rest written the same',
      'Tarvel Ghavrel',
      'Qavrel Tarvell',
      'Person',
      true,
    ],
    [
      'in the other order, one word written the same and one sounding alike: left to the score',
      'Tarvel Nikwar',
      'Niquar Tarvel',
      'Person',
      true,
    ],
    [
      'in the other order, both spelt otherwise, neither a sound-alike nor syllables of one name: left to the score',
      'Tarvel Quarrowe',
      'Quarrow Tarvell',
      'Person',
      true,
    ],
  ])('%s: "%s" / "%s" (%s)', (_rule, query, listed, schema, alerts) => {
    const result = score({ name: query, schema: 'Person' }, { name: listed, schema });
    expect(result.score >= MATCH_THRESHOLD).toBe(alerts);
  });
});
