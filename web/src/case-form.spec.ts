import { describe, expect, it } from 'vitest';
import { caseInputOf, EMPTY_ROW } from './case-form';

const blank = { title: '', partner: EMPTY_ROW, funders: [], people: [], researchAreas: '', notes: '' };

describe('caseInputOf', () => {
  it.each([
    {
      reason: 'an untouched form sends the title and partner as typed, so the API names what is missing',
      form: blank,
      expected: { title: '', partner: { name: '' } },
    },
    {
      reason: 'a country is sent trimmed, and only when given',
      form: { ...blank, title: 'T', partner: { name: ' Body ', country: ' cn ', dateOfBirth: '' } },
      expected: { title: 'T', partner: { name: 'Body', country: 'cn' } },
    },
    {
      reason: 'empty funder and person rows are left out',
      form: { ...blank, funders: [EMPTY_ROW], people: [EMPTY_ROW] },
      expected: { title: '', partner: { name: '' } },
    },
    {
      reason: 'a person row keeps its place and splits dates of birth on commas',
      form: {
        ...blank,
        people: [{ name: 'A Person', country: '', dateOfBirth: '1970, 1971-02' }],
      },
      expected: { title: '', partner: { name: '' }, people: [{ name: 'A Person', dateOfBirth: ['1970', '1971-02'] }] },
    },
    {
      reason: 'a funder row with only a country is sent, so the API can say its name is missing',
      form: { ...blank, funders: [{ name: '', country: 'de', dateOfBirth: '' }] },
      expected: { title: '', partner: { name: '' }, funders: [{ name: '', country: 'de' }] },
    },
    {
      reason: 'research areas are one a line, blank lines dropped; notes are sent as written',
      form: { ...blank, researchAreas: 'optics\n\n lasers \n', notes: ' see file ' },
      expected: { title: '', partner: { name: '' }, researchAreas: ['optics', 'lasers'], notes: ' see file ' },
    },
  ])('$reason', ({ form, expected }) => {
    const sut = caseInputOf(form);

    expect(sut).toEqual(expected);
  });
});
