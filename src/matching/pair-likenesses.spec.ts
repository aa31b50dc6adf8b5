import { describe, expect, it } from 'vitest';
import { compareNames, PairLikenesses, prepareParty } from './name-matcher';
import { Kind } from './normalise';
import { Likeness } from './token-similarity';

/**
 * `PairLikenesses` reuses a word-pair likeness for the same candidate word object with the same kind, tag
 * and mode in a name placed or not alike (since rules 1.177.0), and the passes of `joinRuns` and `joinDroppedWords` leave names alone that cannot join: every
 * comparison made with them must be the comparison made without them. The candidates of a row are compared
 * in turn with one `PairLikenesses`, as one query compares the names it blocks (their words are shared
 * objects, so later candidates meet words the earlier ones had).
 */
interface Row {
  reason: string;
  schema: string;
  query: string;
  candidates: string[];
}

const rows: Row[] = [
  {
    reason: 'a person met again under other names, with a typo, reordered and with an initial',
    schema: 'Person',
    query: 'Dorvan Kellick Tashmere',
    candidates: ['Dorvan Kellik Tashmere', 'Tashmere Dorvan', 'D. Kellick Tashmere', 'Dorvan Kellick'],
  },
  {
    reason: 'joined words: a run of two against one word, and one word against a run',
    schema: 'Person',
    query: 'Marel Ostvan sky',
    candidates: ['Marel Ostvansky', 'Marel Ostvan', 'Marelostvan Sky'],
  },
  {
    reason: 'syllables of a compound given name (tags), against the name written joined',
    schema: 'Person',
    query: 'Pak Mi-rang',
    candidates: ['Pak Mirang', 'Pak Mi Rang', 'Mi-rang Pak'],
  },
  {
    reason: 'class words as class words, and as name words in a name made only of class words',
    schema: 'Organization',
    query: 'Institute of Technology',
    candidates: ['Quarrow Institute of Technology', 'Institute of Technology', 'Technology Institute Quarrow'],
  },
  {
    reason: 'a class word against a name word, in a generic name with no place and then placed (since rules 1.177.0)',
    schema: 'Organization',
    query: 'Universiti Tarvel Nasional',
    candidates: ['Universidad Nacional', 'Universidad Nacional de Islandia', 'Universidad Nacional'],
  },
  {
    reason: 'the same, placed first',
    schema: 'Organization',
    query: 'Universiti Tarvel Nasional',
    candidates: ['Universidad Nacional de Islandia', 'Universidad Nacional', 'Universidad Nacional de Islandia'],
  },
  {
    reason: 'a left-out word written onto its neighbour, and apart',
    schema: 'Organization',
    query: 'Al-Quarvenix Trading',
    candidates: ['Alquarvenix Trading', 'Al Quarvenix Trading', 'Quarvenix Trading'],
  },
  {
    reason: 'acronyms written and expanded',
    schema: 'Organization',
    query: 'BVQ',
    candidates: ['Brackvale Vintners Quarrow', 'BVQ Holdings', 'Brackvale Vintners Quarrow (BVQ)'],
  },
  {
    reason: 'other scripts: Cyrillic and Arabic against their Latin spellings',
    schema: 'Person',
    query: 'Дорван Келлик',
    candidates: ['Dorvan Kellik', 'Дорван Келлик', 'دوروان كليك'],
  },
  {
    reason: 'Chinese characters, each one word',
    schema: 'Organization',
    query: '锐川 科技 有限公司',
    candidates: ['锐川科技有限公司', '锐川 科技', 'Ruichuan Technology'],
  },
];

describe(PairLikenesses.name, () => {
  it.each(rows)('gives each comparison what it gets alone ($reason)', ({ schema, query, candidates }) => {
    const queryNames = prepareParty({ name: query, schema }).names;
    const sut = new PairLikenesses();
    for (const listed of candidates) {
      for (const candidate of prepareParty({ entityId: 'listed-1', schema, names: [listed] }).names) {
        for (const queryName of queryNames) {
          expect(compareNames(queryName, candidate, undefined, undefined, undefined, undefined, sut)).toEqual(
            compareNames(queryName, candidate),
          );
        }
      }
    }
  });

  it.each([
    { reason: 'the same word read as an acronym (compared exactly)', kinds: [Kind.Acronym, Kind.Name], tags: [0, 0] },
    { reason: 'the same word read as a number', kinds: [Kind.Number, Kind.Name], tags: [0, 0] },
    {
      reason: 'the same word read as an initial (the other word must begin with it)',
      kinds: [Kind.Initial, Kind.Name],
      tags: [0, 0],
    },
  ])('tells apart one word object met under another kind or tag ($reason)', ({ kinds, tags }) => {
    const [queryName] = prepareParty({ name: 'Quarow Vintners', schema: 'Person' }).names;
    const [candidate] = prepareParty({ entityId: 'listed-1', schema: 'Person', names: ['Quarrow Vintners'] }).names;
    const other = { ...candidate, kinds: Uint8Array.from(kinds), tags: Uint16Array.from(tags) };
    const sut = new PairLikenesses();

    const first = compareNames(queryName, candidate, undefined, undefined, undefined, undefined, sut);
    const second = compareNames(queryName, other, undefined, undefined, undefined, undefined, sut);

    expect(first).toEqual(compareNames(queryName, candidate));
    expect(second).toEqual(compareNames(queryName, other));
    expect(second.score).not.toEqual(first.score);
  });

  it.each([
    {
      reason: 'a run of two words spells the other name’s one word',
      query: 'Marel Ostvan sky',
      listed: 'Marel Ostvansky',
    },
    {
      reason: 'one word spells the other name’s run of two',
      query: 'Brightvale Shipping',
      listed: 'Bright Vale Shipping',
    },
  ])('still joins words that spell one word ($reason)', ({ query, listed }) => {
    const schema = query.includes('Shipping') ? 'Organization' : 'Person';
    const [queryName] = prepareParty({ name: query, schema }).names;
    const [candidate] = prepareParty({ entityId: 'listed-1', schema, names: [listed] }).names;

    const comparison = compareNames(
      queryName,
      candidate,
      undefined,
      undefined,
      undefined,
      undefined,
      new PairLikenesses(),
    );

    expect(comparison.pairs.some((pair) => pair.how === Likeness.Joined)).toBe(true);
  });
});
