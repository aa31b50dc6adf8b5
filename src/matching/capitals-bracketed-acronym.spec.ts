import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { cachedToken, Kind, prepareName, spellsWords } from './normalise';

// Rules 1.211.0 (probe7's C1): in a list name written all in capitals, one word in brackets at its end that spells the
// words before it ("… CORPORATION (QTIC)") is the body's own acronym, as it is among small letters, not a place or a
// branch in brackets: the acronym alone finds the entry. Made-up bodies, acronyms and places.

describe(spellsWords.name, () => {
  const words = (text: string) => text.split(' ').map((word) => cachedToken(word));

  it.each<[reason: string, letters: string, name: string, expected: boolean]>([
    ['the initials of every word', 'qtic', 'quarrow tidal insurance corporation', true],
    ['the last word gives two letters ("CO" of company)', 'petco', 'pellby eastern trading company', true],
    ['words between skipped (a second body named first)', 'qtc', 'quarrow marsh and quarrow tidal centre', true],
    ['a function word skipped', 'qtf', 'quarrow of tidal foundation', true],
    ['the first word is not the first letter', 'tic', 'quarrow tidal insurance corporation', false],
    ['the last word is not the last letter', 'qti', 'quarrow tidal insurance corporation', false],
    ['letters in another order', 'qitc', 'quarrow tidal insurance corporation', false],
    ['a place that begins like the first word', 'quarrow', 'quarrow tidal works', false],
    ['one word only', 'qu', 'quarrow', false],
  ])('%s: %s ~ %s', (_reason, letters, name, expected) => {
    expect(spellsWords(letters, words(name))).toBe(expected);
  });
});

describe(`${prepareName.name}: an all-capitals name's bracketed last word that spells it is its acronym`, () => {
  it.each<[reason: string, name: string, kind: number]>([
    ['four letters with vowels, read as a place before', 'QUARROW TIDAL INSURANCE CORPORATION (QTIC)', Kind.Acronym],
    ['five letters, the last word giving two', 'PELLBY EASTERN TRADING COMPANY (PETCO)', Kind.Acronym],
    ['a country adjective and class words before it', 'ICELANDIC NATIONAL TIDAL CORPORATION (INTC)', Kind.Acronym],
    ['a place in brackets stays a place', 'QUARROW TIDAL INSURANCE CORPORATION (PELLBY)', Kind.Qualifier],
    ['a name word repeated in brackets stays a place', 'QUARROW TIDAL WORKS (QUARROW)', Kind.Qualifier],
    ['a legal form in brackets stays a legal form', 'QUARROW TIDAL WORKS (LIMITED)', Kind.Legal],
  ])('%s: %s', (_reason, name, kind) => {
    const prepared = prepareName(name, 'org');

    expect(prepared.kinds[prepared.kinds.length - 1]).toBe(kind);
  });
});

describe(`${CandidateIndex.name}: an all-capitals list name's own bracketed acronym finds it`, () => {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'l:qtic', schema: 'Organization', names: ['QUARROW TIDAL INSURANCE CORPORATION (QTIC)'] });
  sut.add({ entityId: 'l:intc', schema: 'Organization', names: ['ICELANDIC NATIONAL TIDAL CORPORATION (INTC)'] });
  sut.add({ entityId: 'l:petco', schema: 'Organization', names: ['PELLBY EASTERN TRADING COMPANY (PETCO)'] });
  sut.add({ entityId: 'l:works', schema: 'Organization', names: ['QUARROW TIDAL WORKS (TARVELLO)'] });
  sut.build();

  it.each<[reason: string, query: string, entityId: string]>([
    ['its initials in brackets', 'QTIC', 'l:qtic'],
    ['after a country adjective and class words', 'INTC', 'l:intc'],
    ['two letters of its last word', 'PETCO', 'l:petco'],
  ])('%s: %s', (_reason, query, entityId) => {
    const results = sut.search({ name: query, schema: 'Organization' }, { limit: 3, threshold: 0.3 });

    expect(results.find((result) => result.entityId === entityId)?.match).toBe(true);
  });

  it('a place in brackets is no name of the body: "TARVELLO" alone does not match it', () => {
    const results = sut.search({ name: 'TARVELLO', schema: 'Organization' }, { limit: 3, threshold: 0.3 });

    expect(results.find((result) => result.entityId === 'l:works')?.match ?? false).toBe(false);
  });
});
