import { describe, expect, it } from 'vitest';
import { namesNoBody } from './untyped-entry';

// Since rules 1.140.0 (resol11): an untyped list entry's name that shows nothing of a body (made-up names).
describe(namesNoBody.name, () => {
  it.each<[reason: string, name: string, expected: boolean]>([
    ["a person's name in capitals", 'QUENTIN MARLOW BRADE', true],
    ['short words in capitals are names here, not acronyms', 'BOB TARVEL', true],
    ['a family name first after a comma', 'BRADE, Quentin', true],
    ['a legal form names a body', 'QUARROW PELLBY GMBH', false],
    ['a class word names a body', 'QUARROW PELLBY TRADING', false],
    ['a number names no person', 'QUARROW 12', false],
  ])('%s: "%s"', (_reason, name, expected) => {
    expect(namesNoBody(name)).toBe(expected);
  });
});
