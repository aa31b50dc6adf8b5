import { describe, expect, it } from 'vitest';
import { CandidateIndex, topByScore } from './candidate-index';

describe(`${CandidateIndex.name} blocking ties`, () => {
  it('keeps the body whose class words also match when hundreds of names share its one name word', () => {
    const sut = new CandidateIndex();
    // Indexed first (as entity ids sort), so a tie on "natural" alone would keep these and cut the last.
    for (let place = 0; place < 300; place++) {
      sut.add({
        entityId: `a-${place}`,
        schema: 'Organization',
        names: [`Natural Science Foundation of Place${place}`],
      });
    }
    sut.add({
      entityId: 'z-nsfc',
      schema: 'Organization',
      names: ['National Natural Science Foundation of China', 'NSFC'],
    });
    sut.build();

    const [best] = sut.search({ name: 'National Natural Science Foundation of China' }, { limit: 1 });

    expect(best).toMatchObject({ entityId: 'z-nsfc', score: 1, match: true });
  });
});

describe(`${CandidateIndex.name} names that are the query word for word (rules 1.104.0)`, () => {
  it('scores every body that holds a one-word query as a name, however many names tie with it at the cut', () => {
    const sut = new CandidateIndex();
    // 64 names whose initials are "QTV", indexed first: found through the acronym before the word "QTV" is read,
    // each ties with the bare "QTV" aliases, and the names tied at the cut are kept in the order they were found.
    const syllables = ['ar', 'el', 'in', 'om', 'us', 'ev', 'ix', 'or'];
    for (const first of syllables) {
      for (const second of syllables) {
        sut.add({
          entityId: `a-${first}${second}`,
          schema: 'Organization',
          names: [`Q${first}${second}n Tidal Venture`],
        });
      }
    }
    sut.add({ entityId: 'y-quarrow', schema: 'Organization', names: ['Quarrow Tidal Venture', 'QTV'] });
    sut.add({ entityId: 'z-quillan', schema: 'Organization', names: ['Quillan Tarrow Vessels', 'QTV'] });
    sut.build();

    const found = sut.search({ name: 'QTV' }, { limit: 10, threshold: 0.95 });

    expect(found.map((result) => [result.entityId, result.score])).toEqual([
      ['y-quarrow', 1],
      ['z-quillan', 1],
    ]);
  });

  it('adds nothing when blocking cut no name, nor a name that is only part of the query', () => {
    const sut = new CandidateIndex();
    sut.add({ entityId: 'y-quarrow', schema: 'Organization', names: ['Quarrow Tidal Venture', 'QTV'] });
    sut.add({ entityId: 'z-quillan', schema: 'Organization', names: ['QTV Quillan'] });
    sut.build();

    const found = sut.search({ name: 'QTV Quillan' }, { limit: 10, threshold: 0.9 });

    expect(found.map((result) => result.entityId)).toEqual(['z-quillan']);
  });
});

describe(`${CandidateIndex.name} blocking state between searches`, () => {
  function index(): CandidateIndex {
    const sut = new CandidateIndex();
    for (let place = 0; place < 400; place++) {
      sut.add({
        entityId: `o-${place}`,
        schema: 'Organization',
        names: [`Velmora ${['Shipping', 'Trading', 'Mining'][place % 3]} Company Place${place}`],
      });
      sut.add({ entityId: `p-${place}`, schema: 'Person', names: [`Dorin Kastell${place % 7} Avrum${place}`] });
    }
    return sut.build();
  }
  const queries = [
    { name: 'Velmora Trading Company Place12', schema: 'Organization' },
    { name: 'Dorin Kastell3', schema: 'Person' },
    { name: 'Velmora Company', schema: 'Organization' },
    { name: 'Dorin Avrum15 Kastell1', schema: 'Person' },
  ];

  it('answers each search as a fresh index does, whatever searches came before (nothing of theirs is left)', () => {
    const sut = index();
    const afterOthers = [...queries, ...queries].map((query) => sut.search(query, { limit: 10, threshold: 0.3 }));

    const fresh = [...queries, ...queries].map((query) => index().search(query, { limit: 10, threshold: 0.3 }));

    expect(afterOthers).toEqual(fresh);
  });
});

/**
 * The ranking as it was first written (a heap of names compared through a closure): which of several
 * equal scores it keeps depends on every score before them, lower ones included, and the names blocked
 * (hence the answers) depend on that choice, so the faster ranking must keep the same places.
 */
function referenceTop(score: Float32Array, touchedCount: number, count: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => score[a] < score[b];
  for (let place = 0; place < touchedCount; place++) {
    if (heap.length < count) {
      heap.push(place);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!less(heap[child], heap[parent])) {
          break;
        }
        [heap[child], heap[parent]] = [heap[parent], heap[child]];
        child = parent;
      }
    } else if (less(heap[0], place)) {
      heap[0] = place;
      let parent = 0;
      for (;;) {
        const left = parent * 2 + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < heap.length && less(heap[left], heap[smallest])) {
          smallest = left;
        }
        if (right < heap.length && less(heap[right], heap[smallest])) {
          smallest = right;
        }
        if (smallest === parent) {
          break;
        }
        [heap[smallest], heap[parent]] = [heap[parent], heap[smallest]];
        parent = smallest;
      }
    }
  }
  return heap.sort((a, b) => score[b] - score[a]);
}

describe(topByScore.name, () => {
  it.each([
    { reason: 'few distinct scores: ties everywhere, low scores before the tied ones', distinct: 3, size: 500 },
    { reason: 'many distinct scores: ties rare', distinct: 10_000, size: 500 },
    { reason: 'fewer places than kept', distinct: 4, size: 20 },
  ])('keeps the same places in the same order as the first ranking ($reason)', ({ distinct, size }) => {
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let round = 0; round < 50; round++) {
      const score = new Float32Array(size);
      for (let place = 0; place < size; place++) {
        score[place] = (1 + Math.floor(next() * distinct)) / distinct;
      }

      const kept = topByScore(score, size, 32);

      expect(kept).toEqual(referenceTop(score, size, 32));
    }
  });

  it('keeps among equal scores the one a min-heap keeps, which a lower score before them decides', () => {
    const withLowerFirst = Float32Array.from([0.1, 0.3, 0.3, 0.5]);
    const withoutIt = withLowerFirst.subarray(1);

    // With 0.1 first the first 0.3 is kept (place 1); without it the second (place 1 of the shorter array).
    expect(topByScore(withLowerFirst, 4, 2)).toEqual([3, 1]);
    expect(topByScore(withoutIt, 3, 2)).toEqual([2, 1]);
  });
});
