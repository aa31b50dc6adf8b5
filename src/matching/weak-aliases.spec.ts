import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import type { MatchQuery, WeakAliasPolicy } from './types';
import { weakAliasUsable } from './weak-aliases';

const policy: WeakAliasPolicy = { minLetters: 4, score: 0.7, corroboratedScore: 0.8 };

function index(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add({
    entityId: 'l:1',
    schema: 'Company',
    names: ['Quarrow Advanced Computing Technology Co., Ltd.'],
    weakNames: ['QUARROWTEK', 'VORNAX', 'STRATEGIC FORCES', 'SARA', 'Q.W.X.Z.'],
    countries: ['xq'],
    identifiers: ['REG-778812'],
    listIds: ['l'],
  });
  sut.add({
    entityId: 'l:2',
    schema: 'Person',
    names: ['Tobrin Valasquel Hundertmark'],
    weakNames: ['The Lanternwright', 'Dr. Ibrahim'],
    listIds: ['l'],
  });
  // A second holder of l:1's identifier: an identifier two entries hold finds neither by itself (since rules
  // 1.112.0 one entry's own identifier does), so the weak alias's corroboration is what is tested.
  sut.add({
    entityId: 'l:3',
    schema: 'Company',
    names: ['Brennockvale Freight Forwarding LLC'],
    identifiers: ['REG-778812'],
    listIds: ['l'],
  });
  sut.add({ entityId: 'g:1', schema: 'Organization', names: ['Quarrowtek Systems Institute'] });
  return sut.build();
}

describe('weak aliases', () => {
  const sut = index();

  it.each<[string, MatchQuery, string | null, number | null]>([
    ['the query is the weak alias word for word, in other capitals', { name: 'Quarrowtek' }, 'l:1', 0.7],
    ['the weak alias written with dots is the same word', { name: 'QWXZ' }, 'l:1', 0.7],
    ['an agreeing country corroborates it', { name: 'Quarrowtek', countries: ['XQ'] }, 'l:1', 0.8],
    ['an agreeing identifier corroborates it', { name: 'Quarrowtek', identifiers: ['REG 778812'] }, 'l:1', 0.8],
    ['a country of each side that disagrees rules it out', { name: 'Quarrowtek', countries: ['xr'] }, null, null],
    ['a longer name is no weak-alias match (no partial match)', { name: 'Quarrowtek Holdings Group' }, null, null],
    ['a misspelling is no weak-alias match (no fuzzy match)', { name: 'Quarowtek' }, null, null],
    ['a name of common words only is never matched', { name: 'Strategic Forces' }, null, null],
    ['a common given name is never matched', { name: 'Sara' }, null, null],
    ['a person\u2019s nickname matches a person query', { name: 'The Lanternwright', schema: 'Person' }, 'l:2', 0.7],
    ['a person\u2019s title and a common given name are never matched', { name: 'Dr. Ibrahim' }, null, null],
  ])('%s', (_reason, query, entityId, score) => {
    const found = sut
      .search(query, { weakAliases: policy })
      .find((result) => result.features.some((feature) => feature.name === 'weak_alias'));
    expect(found?.entityId ?? null).toBe(entityId);
    expect(found?.score ?? null).toBe(score);
    if (found) {
      expect(found.match).toBe(true);
      expect(found.features[0].reason).toMatch(/^matched a weak alias \(the list calls it low quality\): /);
    }
  });

  it('reads no weak alias without a policy', () => {
    expect(sut.search({ name: 'Quarrowtek' }).map((result) => result.entityId)).not.toContain('l:1');
  });

  it('never matches a weak alias shorter than the policy allows (VORNAX with 7 letters needed)', () => {
    expect(sut.search({ name: 'Vornax' }, { weakAliases: { ...policy, minLetters: 7 } })).toEqual([]);
    expect(sut.search({ name: 'Vornax' }, { weakAliases: policy }).map((result) => result.entityId)).toEqual(['l:1']);
  });

  it('keeps a stronger match through the entry\u2019s own names', () => {
    const [best] = sut.search({ name: 'Quarrow Advanced Computing Technology Co Ltd' }, { weakAliases: policy });
    expect(best.entityId).toBe('l:1');
    expect(best.score).toBeGreaterThan(0.9);
    expect(best.features.some((feature) => feature.name === 'weak_alias')).toBe(false);
  });

  it('keeps the weak names through a saved state', () => {
    const restored = CandidateIndex.fromState(sut.toState());
    expect(restored.search({ name: 'QUARROWTEK' }, { weakAliases: policy })[0]).toMatchObject({
      entityId: 'l:1',
      score: 0.7,
    });
  });

  it.each<[string, string, boolean]>([
    ['Quarrowtek', 'a made-up word', true],
    ['GAN', 'three letters', false],
    ['Strategic Forces', 'common English words only', false],
    ['Khan Organization', 'a common surname and a common word', false],
    ['Khan Quarrowtek', 'one word is neither', true],
    ['Soldiers of Dawn', 'common English words and a function word', false],
    ['D Company', 'a letter and a class word', false],
    ['Norway', 'a country', false],
  ])('weakAliasUsable(%s): %s', (name, _reason, usable) => {
    expect(weakAliasUsable(name, 'org', 4)).toBe(usable);
  });
});
