import { describe, expect, it } from 'vitest';
import { countryInputReason, countryOfInput } from './country-input';

describe(countryOfInput.name, () => {
  it.each([
    ['a code, in either case', 'ZA', 'za'],
    ['a code in small letters', 'cn', 'cn'],
    ["a country's English name", 'South Africa', 'za'],
    ['a name the lists write', 'Korea, North', 'kp'],
    ['a common abbreviation of the country tables (not itself a code)', 'UK', 'gb'],
    ['a formal name', "People's Republic of China", 'cn'],
    ["a country's name in another language", 'Deutschland', 'de'],
    ['a demonym of the country tables', 'Chinese', 'cn'],
    ['a demonym read through its group', 'British', 'gb'],
    ['a demonym, any case', 'IRANIAN', 'ir'],
    ["a demonym the tables keep under a withdrawn code, read as its successor's", 'German', 'de'],
  ])('reads %s: %s → %s', (_reason, input, expected) => {
    expect(countryOfInput(input)).toBe(expected);
  });

  it.each([
    ['two letters that are no code', 'XX'],
    ['a union of countries, no country', 'EU'],
    ['a withdrawn code', 'DD'],
    ['a demonym of two countries', 'Korean'],
    ['a name of two countries', 'Korea'],
    ['a word that names no country', 'Nowhere'],
    ['punctuation alone', '--'],
  ])('refuses %s: %s', (_reason, input) => {
    expect(countryOfInput(input)).toBeNull();
  });

  it('says what a country input accepts', () => {
    expect(countryInputReason('Atlantis')).toBe(
      '"Atlantis" is not a country: give an ISO 3166-1 alpha-2 code ("za"), or a country\'s name or demonym the country tables know ("South Africa", "Chinese")',
    );
  });
});
