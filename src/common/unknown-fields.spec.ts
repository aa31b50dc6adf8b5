import { describe, expect, it } from 'vitest';
import { findUnknownField } from './unknown-fields';

describe(findUnknownField.name, () => {
  const known = ['name', 'dateOfBirth', 'country', 'identifiers'];
  const synonyms = { birthDate: 'dateOfBirth', nationality: 'country' };

  it.each<[Record<string, unknown>, ReturnType<typeof findUnknownField>, string]>([
    [{ name: 'x', country: ['de'] }, null, 'only known fields'],
    [{ name: 'x', birthDate: '1990' }, { field: 'birthDate', suggestion: 'dateOfBirth' }, "yente's name for the field"],
    [{ name: 'x', contry: ['de'] }, { field: 'contry', suggestion: 'country' }, 'a typo'],
    [{ name: 'x', colour: 'red' }, { field: 'colour', suggestion: null }, 'nothing close'],
  ])('answers %j with %j (%s)', (body, expected) => {
    expect(findUnknownField(body, known, synonyms)).toEqual(expected);
  });
});
