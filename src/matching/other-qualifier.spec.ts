import { describe, expect, it } from 'vitest';
import { otherQualifier, siblingQualifier } from './other-qualifier';

describe(otherQualifier.name, () => {
  it.each<[reason: string, query: string, matched: string, display: string, expected: [string[], string[]] | null]>([
    [
      "the query qualifies the body's alias with another parent than its name's",
      'Tidal Unit, Pellby University',
      'Tidal Unit',
      'Tidal Unit, Quarrow University',
      [['pellby'], ['quarrow']],
    ],
    [
      'another field word after the alias',
      'Brindle Centre for Coastal Studies',
      'Brindle Centre',
      'Brindle Centre for Tidal Studies',
      [['coastal'], ['tidal']],
    ],
    [
      "an acronym may stand for the display name's own words",
      'Tidal Unit QU',
      'Tidal Unit',
      'Tidal Unit, Quarrow University',
      null,
    ],
    [
      'the query is the display name',
      'Tidal Unit, Quarrow University',
      'Tidal Unit',
      'Tidal Unit, Quarrow University',
      null,
    ],
    [
      'the query adds words to a display name that has none beyond the alias',
      'Tidal Unit, Pellby',
      'Tidal Unit',
      'Tidal Unit',
      null,
    ],
    ['the query is the alias alone', 'Tidal Unit', 'Tidal Unit', 'Tidal Unit, Quarrow University', null],
    [
      'the display name does not hold the alias (another language, an acronym): not this shape',
      'Tidal Unit, Pellby University',
      'Tidal Unit',
      'Unité des marées, Université de Quarrow',
      null,
    ],
    [
      'the query only adds words the display name has',
      'Tidal Unit, Quarrow',
      'Tidal Unit',
      'Tidal Unit, Quarrow University',
      null,
    ],
  ])('%s: "%s" / "%s" / "%s"', (_reason, query, matched, display, expected) => {
    expect(otherQualifier(query, matched, display)).toEqual(expected);
  });
});

describe(siblingQualifier.name, () => {
  it.each<[reason: string, query: string, matched: string, sibling: string, expected: [string[], string[]] | null]>([
    [
      "the query is the best's name with a place of its own, the sibling that name with another",
      'Tidal Unit, Pellby',
      'Tidal Unit',
      'Tidal Unit, Quarrow',
      [['pellby'], ['quarrow']],
    ],
    ['the query is the sibling', 'Tidal Unit, Quarrow', 'Tidal Unit', 'Tidal Unit, Quarrow', null],
    ["the query is the best's name", 'Tidal Unit', 'Tidal Unit', 'Tidal Unit, Quarrow', null],
    ["an acronym of its own may be the body's", 'Tidal Unit TU', 'Tidal Unit', 'Tidal Unit, Quarrow', null],
    ["the sibling does not hold the best's name", 'Tidal Unit, Pellby', 'Tidal Unit', 'Quarrow Tidal Foundation', null],
    ["the query does not hold the best's name", 'Tidal Centre, Pellby', 'Tidal Unit', 'Tidal Unit, Quarrow', null],
    [
      'two forms of one field are one word (rules 1.120.0)',
      'Pellby State College of Agriculture and Tidal Sciences',
      'College of Agricultural and Tidal Sciences',
      'Quarrow State College of Agriculture and Tidal Sciences',
      [['pellby'], ['quarrow']],
    ],
    [
      'two fields are two words (rules 1.120.0)',
      'Pellby State College of Agriculture and Tidal Sciences',
      'College of Agricultural and Tidal Sciences',
      'Quarrow State College of Medicine and Tidal Sciences',
      null,
    ],
  ])('%s: "%s" / "%s" / "%s"', (_reason, query, matched, sibling, expected) => {
    expect(siblingQualifier(query, matched, sibling)).toEqual(expected);
  });
});
