import { describe, expect, it } from 'vitest';
import { type NameMode, prepareName, type PreparedName } from './normalise';
import { makeTokenInfo } from './tokenise';

// Names prepared with the query words' cache (`cachedToken`, the default) are remembered by mode and text: the
// same name asked again is the name prepared before, and it reads exactly as a name prepared afresh (words, kinds,
// tags), whatever was asked in between. A candidate index's own resolver is never remembered. (Names made up, or
// of the kinds the rules' comments give.)
const reading = (name: PreparedName) => ({
  raw: name.raw,
  mode: name.mode,
  words: name.tokens.map((token) => [token.orig, token.text, token.script]),
  kinds: Array.from(name.kinds),
  tags: Array.from(name.tags),
});

describe('prepareName with the query words cache', () => {
  it.each<[raw: string, mode: NameMode, what: string]>([
    ['Quarrow Institute of Technology', 'org', 'an organisation with a class word and a function word'],
    ['QUARROW STATE UNIVERSITY (QSU)', 'org', 'capitals and an acronym in brackets'],
    ['Quarrow Aviation, Harbourville', 'org', 'a place after a comma'],
    ['TARVEL, Ivan Petrovich', 'person', "a person's surname first, before a comma"],
    ['J.-C. Quarrow', 'person', 'written initials'],
    ['M/V Quarrow Star', 'object', "a vessel's prefix"],
    ['Quarrow Fund VIII', 'org', 'a Roman numeral'],
    ['夸罗大学', 'org', 'Chinese characters'],
  ])('%s (%s): remembered, and read as afresh (%s)', (raw, mode) => {
    const first = prepareName(raw, mode);
    // Other names of every mode in between.
    prepareName('Tarvel Society of Tides', 'org');
    prepareName('Ivan Tarvel', 'person');
    expect(prepareName(raw, mode)).toBe(first);
    expect(reading(first)).toEqual(reading(prepareName(raw, mode, makeTokenInfo)));
  });

  it.each<[raw: string, other: NameMode]>([
    ['Quarrow Institute', 'person'],
    ['Quarrow Star', 'object'],
  ])('%s: a name of another mode is prepared for that mode (%s)', (raw, other) => {
    const asOrg = prepareName(raw, 'org');
    const asOther = prepareName(raw, other);
    expect(asOther.mode).toBe(other);
    expect(asOther).not.toBe(asOrg);
    expect(reading(asOther)).toEqual(reading(prepareName(raw, other, makeTokenInfo)));
  });

  it("a candidate index's own resolver is not remembered", () => {
    const resolve = (orig: string) => makeTokenInfo(orig);
    expect(prepareName('Quarrow Institute', 'org', resolve)).not.toBe(prepareName('Quarrow Institute', 'org', resolve));
  });
});
