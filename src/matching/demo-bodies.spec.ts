import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import type { IndexEntry } from './types';

/**
 * Since rules 1.210.0: a fictional demo body (`IndexEntry.demo`) is found only by one of its own names written whole,
 * case, punctuation and spacing aside; a real body of the same shape is found by every reading as before.
 */
function indexOf(entries: IndexEntry[]): CandidateIndex {
  const index = new CandidateIndex();
  entries.forEach((entry) => index.add(entry));
  return index.build();
}

const demo: IndexEntry = {
  entityId: 'demo:quarrow-tide-foundation',
  schema: 'Organization',
  names: ['Quarrow Tide Foundation'],
  demo: true,
};
const real: IndexEntry = {
  entityId: 'real:belvastro-tide-foundation',
  schema: 'Organization',
  names: ['Belvastro Tide Foundation'],
};

describe('demo bodies', () => {
  const index = indexOf([demo, real]);
  const found = (name: string, countries?: string[]) =>
    index
      .search({ name, ...(countries ? { countries } : {}) }, { limit: 20, threshold: 0.3 })
      .map((result) => result.entityId);

  it.each([
    ['QTF', 'its initials'],
    ['QTF', 'its initials given with a country', ['eg']],
    ['Quarow Tide Foundation', 'a spelling variant'],
    ['Kwarrow Tide Foundation', 'a sound-alike'],
    ['Quarrow Foundation', 'a left-out word'],
    ['Quarrow Tide Foundation Trust', 'a word added'],
    ['Tide Foundation', 'its last words'],
  ])('"%s" (%s) finds nothing demo', (name, _reading, countries?: string[]) => {
    expect(found(name, countries)).not.toContain(demo.entityId);
  });

  it.each([
    ['Quarrow Tide Foundation', 'as written'],
    ['quarrow tide foundation', 'in small letters'],
    ['QUARROW TIDE-FOUNDATION', 'capitals and a hyphen'],
    ['  Quarrow   Tide Foundation. ', 'spacing and a full stop'],
  ])('"%s" (%s) finds the demo body', (name) => {
    expect(found(name)[0]).toBe(demo.entityId);
  });

  it('finds the demo body by an alias of the query written whole', () => {
    const results = index.search({ name: 'QTF', aliases: ['Quarrow Tide Foundation'] }, { threshold: 0.3 });

    expect(results.map((result) => result.entityId)).toContain(demo.entityId);
  });

  it.each([
    ['BTF', 'its initials'],
    ['Belvastro Tyde Foundation', 'a spelling variant'],
  ])('a real body of the same shape is still found by "%s" (%s)', (name) => {
    expect(found(name)).toContain(real.entityId);
  });

  it('a saved and restored index keeps the rule', () => {
    const restored = CandidateIndex.fromState(index.toState());

    expect(restored.search({ name: 'QTF' }, { threshold: 0.3 }).map((result) => result.entityId)).not.toContain(
      demo.entityId,
    );
    expect(restored.search({ name: 'quarrow tide foundation' })[0]?.entityId).toBe(demo.entityId);
  });
});
