import { describe, expect, it } from 'vitest';

import { townsOfAddress } from './address-towns';

// Made-up addresses in real towns (GeoNames' names the matcher ships): the reading, by data, of a curated body's
// free-text address into the towns the index holds it in (since rules 1.153.0).
describe('townsOfAddress', () => {
  it.each([
    [
      'a segment with the Latin town marker after it',
      '12 Quarrow Rd, Lianhe Qu, Dalian Shi, Liaoning Sheng, China',
      ['Dalian'],
    ],
    ['a segment that is a town', '7 Quarrow Avenue, Changchun, China', ['Changchun']],
    ['the characters before the town marker in characters', '中国湖北省武汉市某某路1号', ['Wuhan']],
    ['the shortest reading that is a town', 'China, 广西桂林市某某路2号', ['Guilin']],
    ['a municipality written alone', 'Beijing, China', ['Beijing']],
    ['a street naming a town is no town', '3 Nanjing Road, Quarrow Qu, Hefei Shi, China', ['Hefei']],
    ['a district marked as a district is no town', 'Jinzhou Qu, China', []],
    ['no town in the address', '某某路1号', []],
    ['a body name before the address is no town', 'Quarrow Institute of Technology, 9 Quarrow Street, China', []],
  ])('%s', (_rule, address, towns) => {
    expect(townsOfAddress(address, 'cn')).toEqual(towns);
  });

  it('a subdivision of the body country that is also a town counts only when no other town is named', () => {
    expect(townsOfAddress('Changchun, Jilin, China', 'cn')).toEqual(['Changchun']);
  });
});
