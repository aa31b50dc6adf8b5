import { describe, expect, it } from 'vitest';
import { countryCode } from './country-codes';

describe('countryCode', () => {
  it.each<[string, string | null, string]>([
    // [text, expected code, why]
    ['Benin', 'bj', 'a current name is not shadowed by its withdrawn code (DY)'],
    ['Burkina Faso', 'bf', 'likewise HV'],
    ['Vietnam', 'vn', 'likewise VD'],
    ['Yemen', 'ye', 'likewise YD'],
    ['Zimbabwe', 'zw', 'likewise RH'],
    ['United Kingdom', 'gb', 'the ISO code, not the exceptionally reserved UK'],
    ['BJ', 'bj', 'a current code is known'],
    ['DY', null, 'a withdrawn code is not a country'],
    ['Korea, North', 'kp', 'a form lists use that ICU does not'],
    ['Atlantis', null, 'not a country'],
  ])('maps %j to %j (%s)', (text, expected) => {
    expect(countryCode(text)).toBe(expected);
  });
});
