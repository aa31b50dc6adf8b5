import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// unit2 (rules 1.154.0): a query "<name> (<acronym or short name>)" whose bracketed word the entry itself writes as a
// name counts no less than the name alone. Made-up bodies and acronyms.

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'l:omsu', schema: 'Organization', names: ['Quarrow State Technical University', 'QuSTU'] });
  sut.add({ entityId: 'l:bfq', schema: 'Organization', names: ['Federal Institute for Tide Assessment', 'BfQ'] });
  sut.add({ entityId: 'l:marsh', schema: 'Organization', names: ['Tarvel Marsh Alliance', 'T-Folk'] });
  sut.add({ entityId: 'l:other', schema: 'Organization', names: ['Quarrow State Maritime University', 'QSMU'] });
  return sut.build();
}

describe(`${CandidateIndex.name}: "<name> (<its own acronym>)" counts no less than the name alone (rules 1.154.0)`, () => {
  const sut = build();

  it.each<[string, string, string]>([
    [
      'a mixed-case acronym the entry writes (read as its initials before)',
      'Quarrow State Technical University (QuSTU)',
      'l:omsu',
    ],
    ['an acronym of another language the entry writes', 'Federal Institute for Tide Assessment (BfQ)', 'l:bfq'],
    ['a short name the entry writes', 'Tarvel Marsh Alliance (T-Folk)', 'l:marsh'],
  ])('%s: %s', (_case, name, entityId) => {
    const [best] = sut.search({ name, schema: 'Organization' }, { limit: 3 });

    expect(best?.entityId).toBe(entityId);
    expect(best?.score).toBeCloseTo(1, 3);
  });

  it.each<[string, string, string]>([
    ['an acronym the entry does not write', 'Quarrow State Technical University (QXZ)', 'l:omsu'],
    ["another body's acronym after this body's name", 'Quarrow State Technical University (QSMU)', 'l:omsu'],
  ])('not raised: %s: %s', (_case, name, entityId) => {
    const results = sut.search({ name, schema: 'Organization' }, { limit: 3 });

    const result = results.find((candidate) => candidate.entityId === entityId);
    expect(result?.features.map((feature) => feature.reason).join(' ') ?? '').not.toContain(
      'is a name of this entry too',
    );
    expect(results.find((candidate) => candidate.entityId === 'l:other')?.match ?? false).toBe(false);
  });
});
