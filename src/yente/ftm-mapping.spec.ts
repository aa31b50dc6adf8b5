import { describe, expect, it } from 'vitest';
import { normaliseExample, schemaOf, suggestProperty, toFtmEntity, toScreeningInput } from './ftm-mapping';

describe('suggestProperty', () => {
  it.each<[string, string | null, string]>([
    ['birthdate', 'birthDate', 'case slip'],
    ['dateOfBirth', 'birthDate', "partner-graph's REST name"],
    ['nationalty', 'nationality', 'a typo'],
    ['countries', 'country', 'plural'],
    ['favouriteColour', null, 'nothing close'],
  ])('suggests %j for %j (%s)', (unknown, expected) => {
    expect(suggestProperty(unknown)).toBe(expected);
  });
});

describe('toScreeningInput', () => {
  const options = { limit: 5, threshold: 0.7, lists: [] };

  it('takes the first name as the name and the rest, with aliases, as aliases', () => {
    const example = normaliseExample(
      { schema: 'Person', properties: { name: ['A B', 'C D'], alias: 'E F', nationality: ['ru', 'zz'] } },
      'queries.a',
    );

    const sut = toScreeningInput(example, 'queries.a', options);

    expect(sut).toMatchObject({ name: 'A B', aliases: ['C D', 'E F'], country: ['ru'], pathRisks: false });
  });

  it('builds a name from its parts when there is no name', () => {
    const example = normaliseExample({ schema: 'Person', properties: { firstName: 'Ada', lastName: 'Byron' } }, 'q');

    expect(toScreeningInput(example, 'q', options).name).toBe('Ada Byron');
  });

  it('keeps the date part of a birth date with a time', () => {
    const example = normaliseExample(
      { schema: 'Person', properties: { name: 'X', birthDate: '1971-03-14T00:00' } },
      'q',
    );

    expect(toScreeningInput(example, 'q', options).dateOfBirth).toEqual(['1971-03-14']);
  });

  it('refuses an unknown property, naming it and the close known one', () => {
    expect(() => normaliseExample({ schema: 'Person', properties: { name: 'X', birthdate: '1971' } }, 'q')).toThrow(
      'q.properties.birthdate: unknown property "birthdate"; did you mean "birthDate"?',
    );
  });
});

describe('schemaOf', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ schema: 'Vessel', labels: ['Entity', 'Organisation'] }, 'Vessel'],
    [{ labels: ['Entity', 'Person'] }, 'Person'],
    [{ labels: ['Entity', 'Military'] }, 'PublicBody'],
    [{ labels: ['Entity', 'Organisation'], kind: 'Company' }, 'Company'],
    [{ labels: ['Entity', 'Organisation'], kind: 'University' }, 'Organization'],
  ])('maps %j to %s', (entity, expected) => {
    expect(schemaOf(entity)).toBe(expected);
  });
});

describe('toFtmEntity', () => {
  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    [
      'an organisation with no LEI, Wikidata id or source URL',
      {
        id: 'ror:000000000',
        name: 'Example Institute of Lumenics',
        labels: ['Entity', 'Organisation'],
        country: ['GB'],
      },
      { name: ['Example Institute of Lumenics'], country: ['GB'] },
    ],
    [
      'a person with no gender and a null LEI',
      { id: 'x:1', name: 'Torvald Quennesby', labels: ['Entity', 'Person'], lei: null, wikidata: 'Q1' },
      { name: ['Torvald Quennesby'], wikidataId: ['Q1'] },
    ],
  ])('leaves out a property the record lacks (%s)', (_case, entity, expected) => {
    const { properties } = toFtmEntity({ entity, listings: [] });
    expect(properties).toEqual(expected);
    expect(Object.values(properties).flat()).not.toContain('undefined');
  });
});
