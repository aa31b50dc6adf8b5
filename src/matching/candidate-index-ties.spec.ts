import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

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
