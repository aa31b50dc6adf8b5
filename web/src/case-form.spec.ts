import { describe, expect, it } from 'vitest';
import { birthDatesOf, caseInputOf, EMPTY_ROW, partyInputOf, partyUpdateOf } from './case-form';

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
      form: {
        ...blank,
        title: 'T',
        partner: { name: ' Body ', country: ' cn ', dateOfBirth: '', identifiers: '', aliases: '' },
      },
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
        people: [{ name: 'A Person', country: '', dateOfBirth: '1970, 1971-02', identifiers: '', aliases: '' }],
      },
      expected: { title: '', partner: { name: '' }, people: [{ name: 'A Person', dateOfBirth: ['1970', '1971-02'] }] },
    },
    {
      reason: 'a funder row with only a country is sent, so the API can say its name is missing',
      form: { ...blank, funders: [{ name: '', country: 'de', dateOfBirth: '', identifiers: '', aliases: '' }] },
      expected: { title: '', partner: { name: '' }, funders: [{ name: '', country: 'de' }] },
    },
    {
      reason: "the partner's dates of birth are sent split on commas, as a person's (rules 1.200.0)",
      form: {
        ...blank,
        partner: { name: 'Some Body', country: '', dateOfBirth: '1958-02, 1959', identifiers: '', aliases: '' },
      },
      expected: { title: '', partner: { name: 'Some Body', dateOfBirth: ['1958-02', '1959'] } },
    },
    {
      reason: "a funder's date of birth is sent with it (rules 1.200.0)",
      form: {
        ...blank,
        funders: [{ name: 'A Funder', country: 'es', dateOfBirth: ' 1961-02-14 ', identifiers: '', aliases: '' }],
      },
      expected: {
        title: '',
        partner: { name: '' },
        funders: [{ name: 'A Funder', country: 'es', dateOfBirth: ['1961-02-14'] }],
      },
    },
    {
      reason: 'a funder row with only a date is sent, so the API can say its name is missing',
      form: { ...blank, funders: [{ name: '', country: '', dateOfBirth: '1970', identifiers: '', aliases: '' }] },
      expected: { title: '', partner: { name: '' }, funders: [{ name: '', dateOfBirth: ['1970'] }] },
    },
    {
      reason: 'a date written wrong is sent as typed, for the API to refuse at its field',
      form: {
        ...blank,
        partner: { name: 'Some Body', country: '', dateOfBirth: '1958-13', identifiers: '', aliases: '' },
      },
      expected: { title: '', partner: { name: 'Some Body', dateOfBirth: ['1958-13'] } },
    },
    {
      reason:
        "a funder's identifiers are sent split on semicolons, trimmed, so a case party resolves by one (rules 1.219.0)",
      form: {
        ...blank,
        funders: [{ name: 'A Funder', country: '', dateOfBirth: '', identifiers: ' QF-12 ; LEI 5493 ;', aliases: '' }],
      },
      expected: {
        title: '',
        partner: { name: '' },
        funders: [{ name: 'A Funder', identifiers: ['QF-12', 'LEI 5493'] }],
      },
    },
    {
      reason: 'a person row with only identifiers is sent, so the API can say its name is missing',
      form: { ...blank, people: [{ name: '', country: '', dateOfBirth: '', identifiers: 'P-0001', aliases: '' }] },
      expected: { title: '', partner: { name: '' }, people: [{ name: '', identifiers: ['P-0001'] }] },
    },
    {
      reason:
        "the partner's and a person's other names are sent split on semicolons, trimmed, blanks dropped (a name may hold a comma; rules 1.232.0)",
      form: {
        ...blank,
        partner: {
          name: 'Some Body',
          country: '',
          dateOfBirth: '',
          identifiers: '',
          aliases: ' Institute of Tidal Optics, Quarrow ; ; Quarrow Optics ',
        },
        people: [{ name: 'A Person', country: '', dateOfBirth: '', identifiers: '', aliases: 'Persona Alta' }],
      },
      expected: {
        title: '',
        partner: { name: 'Some Body', aliases: ['Institute of Tidal Optics, Quarrow', 'Quarrow Optics'] },
        people: [{ name: 'A Person', aliases: ['Persona Alta'] }],
      },
    },
    {
      reason: 'a funder row with only other names is sent, so the API can say its name is missing',
      form: { ...blank, funders: [{ name: '', country: '', dateOfBirth: '', identifiers: '', aliases: 'Fund Q' }] },
      expected: { title: '', partner: { name: '' }, funders: [{ name: '', aliases: ['Fund Q'] }] },
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

describe('birthDatesOf', () => {
  it.each([
    { reason: 'nothing typed is no date', text: '  ', expected: [] },
    { reason: 'one date, trimmed', text: ' 1970-01 ', expected: ['1970-01'] },
    { reason: 'several dates separated by commas', text: '1970,1971-02-03', expected: ['1970', '1971-02-03'] },
    { reason: 'a semicolon separates as a comma does', text: '1970; 1971', expected: ['1970', '1971'] },
    { reason: 'empty parts are dropped', text: '1970,, ,1971,', expected: ['1970', '1971'] },
  ])('$reason: "$text"', ({ text, expected }) => {
    expect(birthDatesOf(text)).toEqual(expected);
  });
});

describe('partyInputOf', () => {
  it('sends the name alone when nothing else is typed', () => {
    expect(partyInputOf({ name: ' A Body ', country: ' ', dateOfBirth: ' ', identifiers: '', aliases: '' })).toEqual({
      name: 'A Body',
    });
  });
});

describe('partyUpdateOf', () => {
  const current = { name: 'A Person', country: 'es', dateOfBirth: ['1961'], identifiers: ['QP-1'], aliases: [] };

  it.each([
    {
      reason: 'nothing changed sends nothing, for the API to ask for a field',
      row: { name: 'A Person', country: 'ES', dateOfBirth: '1961', identifiers: 'QP-1', aliases: '' },
      expected: {},
    },
    {
      reason: 'a date changed is sent alone, split on commas',
      row: { name: 'A Person', country: 'es', dateOfBirth: '1961-02-14, 1962', identifiers: 'QP-1', aliases: '' },
      expected: { dateOfBirth: ['1961-02-14', '1962'] },
    },
    {
      reason: 'dates emptied are sent as [], which clears them',
      row: { name: 'A Person', country: 'es', dateOfBirth: '', identifiers: 'QP-1', aliases: '' },
      expected: { dateOfBirth: [] },
    },
    {
      reason: 'a country emptied is sent as "", which clears it',
      row: { name: 'A Person', country: ' ', dateOfBirth: '1961', identifiers: 'QP-1', aliases: '' },
      expected: { country: '' },
    },
    {
      reason: 'a name changed is sent trimmed',
      row: { name: ' Another Person ', country: 'es', dateOfBirth: '1961', identifiers: 'QP-1', aliases: '' },
      expected: { name: 'Another Person' },
    },
    {
      reason: 'identifiers changed are sent alone, split on semicolons (a number may hold a comma)',
      row: { name: 'A Person', country: 'es', dateOfBirth: '1961', identifiers: 'QP-1; QP-2,7', aliases: '' },
      expected: { identifiers: ['QP-1', 'QP-2,7'] },
    },
    {
      reason: 'other names changed are sent alone, split on semicolons (rules 1.232.0)',
      row: { name: 'A Person', country: 'es', dateOfBirth: '1961', identifiers: 'QP-1', aliases: 'Persona; P. Alta' },
      expected: { aliases: ['Persona', 'P. Alta'] },
    },
    {
      reason: 'identifiers emptied are sent as [], which clears them',
      row: { name: 'A Person', country: 'es', dateOfBirth: '1961', identifiers: ' ', aliases: '' },
      expected: { identifiers: [] },
    },
  ])('$reason', ({ row, expected }) => {
    expect(partyUpdateOf(current, row)).toEqual(expected);
  });

  it('sends other names emptied as [], which clears them (rules 1.232.0)', () => {
    expect(
      partyUpdateOf(
        { name: 'A Body', country: null, dateOfBirth: [], identifiers: [], aliases: ['Body Q'] },
        { name: 'A Body', country: '', dateOfBirth: '', identifiers: '', aliases: ' ; ' },
      ),
    ).toEqual({ aliases: [] });
  });

  it('sends dates for a party that had none (a partner or funder, rules 1.200.0)', () => {
    expect(
      partyUpdateOf(
        { name: 'A Body', country: null, dateOfBirth: [], identifiers: [], aliases: [] },
        { name: 'A Body', country: '', dateOfBirth: '1958', identifiers: '', aliases: '' },
      ),
    ).toEqual({ dateOfBirth: ['1958'] });
  });
});
