import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// link3 (rules 1.123.0): a name that is an identifier (an IMO or MMSI number, an aircraft registration) finds the
// record that holds it whatever the query's schema: a name given without a schema is screened as a LegalEntity,
// which a vessel or an aircraft is not. Made-up names and identifiers only.

describe(`${CandidateIndex.name}: a query whose name is an identifier finds the record that holds it whatever its schema`, () => {
  const build = () => {
    const sut = new CandidateIndex();
    sut.add({
      entityId: 'v:1',
      schema: 'Vessel',
      names: ['TESSALY STAR'],
      identifiers: ['IMO 9912345', '273456789'],
      listIds: ['v'],
    });
    sut.add({
      entityId: 'a:1',
      schema: 'Airplane',
      names: ['EP-QXR'],
      identifiers: ['EP-QXR'],
      listIds: ['v'],
    });
    sut.add({ entityId: 'o:1', schema: 'Organization', names: ['Tessaly Star Shipping Company'], listIds: ['v'] });
    // Since rules 1.125.0: records that write the number alone, or the MMSI with its word.
    sut.add({ entityId: 'v:2', schema: 'Vessel', names: ['ORVENA'], identifiers: ['9923456'], listIds: ['v'] });
    sut.add({
      entityId: 'v:3',
      schema: 'Vessel',
      names: ['KASTRELL'],
      identifiers: ['MMSI 273999111'],
      listIds: ['v'],
    });
    return sut.build();
  };

  it.each([
    ['an IMO number, no schema (LegalEntity)', 'IMO 9912345', undefined, ['v:1']],
    ['an IMO number as LegalEntity', 'IMO 9912345', 'LegalEntity', ['v:1']],
    ['an IMO number written with a hyphen, as Organization', 'IMO-9912345', 'Organization', ['v:1']],
    ['an IMO number as Person', 'IMO 9912345', 'Person', ['v:1']],
    ['an IMO number as Vessel (as before)', 'IMO 9912345', 'Vessel', ['v:1']],
    ['an MMSI number, no schema', 'MMSI 273456789', undefined, ['v:1']],
    ['an aircraft registration, no schema', 'EP-QXR', undefined, ['a:1']],
    ['an IMO number no record holds', 'IMO 9900000', undefined, []],
    ['an IMO number a record writes without "IMO" (rules 1.125.0)', 'IMO 9923456', undefined, ['v:2']],
    ['an IMO number written joined, a record without "IMO" (rules 1.125.0)', 'IMO9923456', 'Vessel', ['v:2']],
    ['an MMSI number a record writes with its word (rules 1.125.0)', 'MMSI 273999111', undefined, ['v:3']],
  ])('%s: %s', (_case, name, schema, expected) => {
    const sut = build();

    const results = sut.search({ name, schema }, { limit: 5, threshold: 0.5 });

    expect(results.map((result) => result.entityId)).toEqual(expected);
    expect(results.every((result) => result.score >= 0.95)).toBe(true);
  });

  it.each([
    [
      'a vessel asked by its name as LegalEntity (no identifier): the schema still decides',
      'TESSALY STAR',
      'LegalEntity',
    ],
    ['a vessel asked by its name as Person', 'Tessaly Star', 'Person'],
  ])('not %s: %s', (_case, name, schema) => {
    const sut = build();

    const results = sut.search({ name, schema }, { limit: 5, threshold: 0.5 });

    expect(results.map((result) => result.entityId)).not.toContain('v:1');
  });

  it('the identifier is the reason the vessel is found', () => {
    const sut = build();

    const [result] = sut.search({ name: 'IMO 9912345' }, { limit: 5, threshold: 0.5 });

    expect(result.features.map((feature) => feature.reason)).toContain('Identifier IMO9912345 is on both records.');
  });
});
