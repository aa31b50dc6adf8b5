import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import type { MatchQuery } from './types';

/*
 * Blocking's expansions of a query word (the indexed words it may stand for: itself, its spellings, its sound-alike
 * words) are kept between queries by the word as written and the reading (person or organisation, a known word's
 * variants, a place's slot), since speed16: a query searched again, or after others, finds the names a fresh index
 * finds, and its words' expansions are read once.
 */
describe(`${CandidateIndex.name} keeps blocking's word expansions between queries`, () => {
  let sut: CandidateIndex;
  const entries = [
    { entityId: 'tidal', schema: 'Organization', names: ['Quarrow Tidal Institute'] },
    { entityId: 'tidal-place', schema: 'Organization', names: ['Vessant Institute of Tidal'] },
    { entityId: 'marek', schema: 'Person', names: ['Marek Tallowin'] },
    { entityId: 'tallowin-works', schema: 'Company', names: ['Tallowin Brickworks'] },
    { entityId: 'other', schema: 'Organization', names: ['Norland Harbour Authority'] },
  ];

  beforeAll(() => {
    sut = new CandidateIndex();
    entries.forEach((entry) => sut.add(entry));
    sut.build();
    // (The first index of a process reads the reference data: seconds on a loaded machine.)
  }, 60_000);

  /** The same query on an index that has kept nothing yet. */
  const fresh = (query: MatchQuery) => {
    const index = new CandidateIndex();
    entries.forEach((entry) => index.add(entry));
    return index.build().search(query, { limit: 5, threshold: 0.3 });
  };

  it.each([
    { query: { name: 'Quarrow Tidl Institute', schema: 'Organization' }, rule: "an organisation's misspelt word" },
    { query: { name: 'Merek Tallowin', schema: 'Person' }, rule: "a person's misspelt given name" },
    { query: { name: 'Vessant Institute of Tidel', schema: 'Organization' }, rule: "a word in a place's slot" },
    { query: { name: 'Tallowin Brikworks', schema: 'Company' }, rule: 'a known word beside a misspelt one' },
  ])('$rule: searched again, the same names as a fresh index, its words read once', ({ query }) => {
    const first = sut.search(query, { limit: 5, threshold: 0.3 });
    sut.search({ name: 'Norland Harbor Authority', schema: 'Organization' });
    const misses = sut.expansionMemo.misses;
    const hits = sut.expansionMemo.hits;

    const again = sut.search(query, { limit: 5, threshold: 0.3 });

    expect(first).toEqual(fresh(query));
    expect(again).toEqual(first);
    expect(again.length).toBeGreaterThan(0);
    expect(sut.expansionMemo.misses).toBe(misses);
    expect(sut.expansionMemo.hits).toBeGreaterThan(hits);
  });

  it.each([
    { first: 'Person', then: 'Organization', rule: "a person's reading is not an organisation's" },
    { first: 'Organization', then: 'Person', rule: "an organisation's reading is not a person's" },
  ])('$rule: the same word read again in the other reading', ({ first, then }) => {
    const index = new CandidateIndex();
    entries.forEach((entry) => index.add(entry));
    index.build();
    index.search({ name: 'Tallowen', schema: first });
    const misses = index.expansionMemo.misses;

    const other = index.search({ name: 'Tallowen', schema: then }, { limit: 5, threshold: 0.3 });

    expect(index.expansionMemo.misses).toBe(misses + 1);
    expect(other).toEqual(fresh({ name: 'Tallowen', schema: then }));
  });
});
