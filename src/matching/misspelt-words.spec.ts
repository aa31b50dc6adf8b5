import { beforeAll, describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { oneSlipApart } from './deciding-words';
import { getReferenceData } from './reference-data';
import { check, org, type Row } from './organisation-rows.testing';

// typo2 (rules 1.124.0): a deciding or field word misspelt by one slip, the misspelling a word no table knows, is
// that word. Made-up names only.

// The reference tables are read once, by the first row; on a loaded machine that takes longer than a row may.
beforeAll(() => {
  getReferenceData();
}, 180_000);

describe(`${oneSlipApart.name}: one letter added, dropped or changed, or two side by side swapped`, () => {
  it.each([
    ['a letter changed', 'quarrow', 'quarraw', true],
    ['a letter dropped', 'research', 'reserch', true],
    ['a letter added', 'medical', 'medicall', true],
    ['two letters swapped', 'military', 'militray', true],
    ['two letters swapped, not side by side', 'military', 'mirilaty', false],
    ['two letters changed', 'northwestern', 'northeastern', false],
    ['the same word', 'science', 'science', false],
    ['two letters dropped', 'research', 'resrch', false],
  ])('%s: %s / %s', (_case, left, right, expected) => {
    expect(oneSlipApart(left, right)).toBe(expected);
    expect(oneSlipApart(right, left)).toBe(expected);
  });
});

describe(`${NameMatcher.name} a misspelt deciding or field word is that word (rules 1.124.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Academy of Militray Science'),
      candidate: org('Quarrow Academy of Military Science'),
      match: true,
      reason: 'two letters of a field word swapped',
    },
    {
      query: org('Quarrow Academy of Military Sceince'),
      candidate: org('Quarrow Academy of Military Science'),
      match: true,
      reason: 'two letters of "science" swapped',
    },
    {
      query: org('Tarvelow Aerospace Reserch Institute'),
      candidate: org('Tarvelow Aerospace Research Institute'),
      match: true,
      reason: 'a letter of a seven-letter field word dropped',
    },
    {
      query: org('Tarvelow University of Medcial Sciences'),
      candidate: org('Tarvelow University of Medical Sciences'),
      match: true,
      reason: 'two letters of "medical" swapped',
    },
    {
      query: org('Quarrow Petroluem University'),
      candidate: org('Quarrow Petroleum University'),
      match: true,
      reason: 'two letters of "petroleum" swapped',
    },
    {
      query: org('Quarrow Chemcial Works'),
      candidate: org('Quarrow Chemical Works'),
      match: true,
      reason: 'the other way round: the candidate is the one spelt right',
    },
    {
      query: org('Northwestren Quarrow Polytechnical University'),
      candidate: org('Northwestern Quarrow Polytechnical University'),
      match: true,
      reason: 'a compass word misspelt by a swap',
    },
    {
      query: org('Quarrow Defense Techonlogy Institute'),
      candidate: org('Quarrow Defense Technology Institute'),
      match: true,
      reason: 'a swap in "technology"',
    },
  ])('$reason', (row) => check(sut, row));

  it.each<Row>([
    {
      query: org('Northwestren Quarrow Polytechnical University'),
      candidate: org('Northeastern Quarrow Polytechnical University'),
      match: false,
      reason: 'a misspelling of one compass word is not the other compass word',
    },
    {
      query: org('Northwestern Quarrow Polytechnical University'),
      candidate: org('Northeastern Quarrow Polytechnical University'),
      match: false,
      reason: 'two deciding words the tables know stay different',
    },
    {
      query: org('Quarrow Academy of Militray Science'),
      candidate: org('Quarrow Academy of Science'),
      match: false,
      reason: 'the misspelt field word still decides against a name without it',
    },
    {
      query: org('Quarrow Academy of Mirilaty Science'),
      candidate: org('Quarrow Academy of Military Science'),
      match: false,
      reason: 'two slips are another word',
    },
    {
      query: org('Quarrow Marina Institute'),
      candidate: org('Quarrow Marine Institute'),
      match: false,
      reason: 'a word the tables know (a common English word) one letter from a field word is another word',
    },
    {
      query: org('Tarvelow Economy'),
      candidate: org('Tarvelow Economi'),
      match: false,
      reason: 'another last letter is another ending, not a slip',
    },
    {
      query: org('Quarrow Socal University'),
      candidate: org('Quarrow Social University'),
      match: false,
      reason: 'too short: a five-letter word one letter from a field word may be another word',
    },
  ])('not: $reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a hospital and a ministry in Arabic script (rules 1.124.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvelow Hospital'),
      candidate: org('بیمارستان تارولو'),
      match: true,
      reason: 'Persian "bimarestan" is the class word "hospital"',
    },
    {
      query: org('Tarvelow Hospital'),
      candidate: org('مستشفى تارولو'),
      match: true,
      reason: 'Arabic "mustashfa" is the class word "hospital"',
    },
    {
      query: org('Ministry of Tarvelow'),
      candidate: org('وزارت تارولو'),
      match: true,
      reason: 'Persian "vezarat" is the class word "ministry"',
    },
  ])('$reason', (row) => check(sut, row));

  it.each<Row>([
    {
      query: org('Tarvelow University'),
      candidate: org('بیمارستان تارولو'),
      match: false,
      reason: 'a hospital is not the university of its name',
    },
    {
      query: org('Tarvelow Hospital'),
      candidate: org('دانشگاه تارولو'),
      match: false,
      reason: 'the other way round',
    },
  ])('not: $reason', (row) => check(sut, row));
});
