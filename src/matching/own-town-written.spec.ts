import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { placedOrg, matchedAtOwnTown } from './own-town.testing';

// town4 (rules 1.153.0): a body's own town written otherwise than the index holds it, or after a name made only of
// class words, and a country written last as a phrase or as a name `countryForms` keys otherwise than by its
// code. "<name>, <own town>[, <its country>]" names the body at its address (town1's own_town, rules 1.141.0;
// probe4's country, rules 1.148.0); a town or a country that is not the body's own changes nothing. Made-up names
// and towns; the countries are ISO's and their names as ICU and org_words.yml country_names write them.

const org = placedOrg;

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add(org('reg:quarrow', ['Quarrow Institute of Technology'], ["Kel'darin"], ['CN']));
  sut.add(org('reg:marine', ['National Institute of Marine Engineering'], ['Harbourville'], ['CN']));
  sut.add(org('reg:tarvel', ['Tarvel Polytechnic University'], ['Ostbury'], ['TR']));
  sut.add(org('reg:makrow', ['Makrow Engineering University'], ['Lindmoor'], ['DE']));
  sut.add(org('reg:kesbridge', ['Kesbridge Academy of Science and Technology'], ['Norbridge'], ['VN']));
  sut.add(org('reg:polder', ['Polder Technical College'], ['Eastwick'], ['GB']));
  sut.add(org('reg:marsh', ['Universidad Quarrow del Sur'], ['Seville'], ['ES']));
  return sut.build();
}

describe(`${CandidateIndex.name}: a body's own town and country as written (rules 1.153.0)`, () => {
  const sut = build();

  it.each<[string, string, string, boolean]>([
    // A town written with an apostrophe, which tokenising drops: found where the name writes it.
    [
      'a town with an apostrophe, as the index holds it',
      "Quarrow Institute of Technology, Kel'darin",
      'reg:quarrow',
      true,
    ],
    ['the town with a typographic apostrophe', 'Quarrow Institute of Technology, Kel’darin', 'reg:quarrow', true],
    [
      'the town without its apostrophe (town1, unchanged)',
      'Quarrow Institute of Technology, Keldarin',
      'reg:quarrow',
      true,
    ],
    ['another town with an apostrophe: not raised', "Quarrow Institute of Technology, Ost'bury", 'reg:quarrow', false],
    // A name made only of class words: the town after its comma is read as after any other name.
    [
      'a name of class words only and its own town',
      'National Institute of Marine Engineering, Harbourville',
      'reg:marine',
      true,
    ],
    [
      'a name of class words only and another town: not raised',
      'National Institute of Marine Engineering, Ostbury',
      'reg:marine',
      false,
    ],
    // A country written last as a phrase, or as a name that countryForms keys otherwise than by its code.
    [
      "the country as a phrase (People's Republic of China)",
      "Quarrow Institute of Technology, Kel'darin, People's Republic of China",
      'reg:quarrow',
      true,
    ],
    [
      'the country abbreviated (P.R. China)',
      "Quarrow Institute of Technology, Kel'darin, P.R. China",
      'reg:quarrow',
      true,
    ],
    ['the country abbreviated (PR China)', "Quarrow Institute of Technology, Kel'darin, PR China", 'reg:quarrow', true],
    [
      'Turkey, not a region name of ICU (Türkiye)',
      'Tarvel Polytechnic University, Ostbury, Turkey',
      'reg:tarvel',
      true,
    ],
    [
      'Germany, a name ICU also gives a withdrawn code',
      'Makrow Engineering University, Lindmoor, Germany',
      'reg:makrow',
      true,
    ],
    [
      'Germany by its formal name',
      'Makrow Engineering University, Lindmoor, Federal Republic of Germany',
      'reg:makrow',
      true,
    ],
    [
      'Vietnam, a name ICU also gives a withdrawn code',
      'Kesbridge Academy of Science and Technology, Norbridge, Vietnam',
      'reg:kesbridge',
      true,
    ],
    [
      'a country of two words (United Kingdom)',
      'Polder Technical College, Eastwick, United Kingdom',
      'reg:polder',
      true,
    ],
    [
      'a country by another of its names (Great Britain)',
      'Polder Technical College, Eastwick, Great Britain',
      'reg:polder',
      true,
    ],
    [
      'another country as a phrase: not raised',
      'Quarrow Institute of Technology, Keldarin, Republic of Korea',
      'reg:quarrow',
      false,
    ],
    [
      'another country (Germany for a Turkish body): not raised',
      'Tarvel Polytechnic University, Ostbury, Germany',
      'reg:tarvel',
      false,
    ],
    ['its country, another town: not raised', 'Makrow Engineering University, Norbridge, Germany', 'reg:makrow', false],
    // A town the index holds by another of its names in org_word_meanings.yml's places (its exonyms).
    [
      'the town in its own language, the index holding its English name',
      'Universidad Quarrow del Sur, Sevilla',
      'reg:marsh',
      true,
    ],
    [
      'the town in English as the index holds it (town1, unchanged)',
      'Universidad Quarrow del Sur, Seville',
      'reg:marsh',
      true,
    ],
    ['another town of the places list: not raised', 'Universidad Quarrow del Sur, München', 'reg:marsh', false],
  ])('%s: "%s" ~ %s at its own town %s', (_case, query, entityId, expected) => {
    expect(matchedAtOwnTown(sut, query, entityId)).toBe(expected);
  });

  it('quotes the town as written, with its country', () => {
    const result = sut
      .search({ name: "Quarrow Institute of Technology, Kel'darin, P.R. China", schema: 'Organization' }, { limit: 10 })
      .find((candidate) => candidate.entityId === 'reg:quarrow');

    expect(result?.score).toBe(1);
    expect(result?.features.find((feature) => feature.name === 'own_town')?.reason).toBe(
      '"Kel\'darin, P.R. China" after "Quarrow Institute of Technology" is the town the index holds "Quarrow Institute of Technology" in (Kel\'darin): its address, not another body.',
    );
  });
});
