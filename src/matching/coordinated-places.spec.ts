import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';
import type { MatchQuery } from './types';

function entity(name: string): MatchQuery {
  return { name, schema: 'LegalEntity' };
}

// Since rules 1.180.0 (qual9): two regions joined by "and" after a comma are where a body works, an address as one
// place's name is: two place words and a plural kind of region (company_words.yml coordinated_place_kinds), or two
// compass words and one place word. Made-up names throughout.
describe(`${NameMatcher.name} two regions joined by "and" after a comma are an address (rules 1.180.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: entity('Quarrow Front'),
      candidate: entity('Quarrow Front, Tarvel and Norvel Provinces'),
      match: true,
      reason: 'two place words and a plural kind of region after the comma: where the body works',
    },
    {
      query: entity('QUARROW FRONT, TARVEL AND NORVEL PROVINCES'),
      candidate: entity('QUARROW FRONT'),
      match: true,
      reason: 'so in capitals, on the query side',
    },
    {
      query: entity('Quarrow Front'),
      candidate: entity('Quarrow Front, Tarvel and Norvel Regions'),
      match: true,
      reason: 'another kind of region of the table',
    },
    {
      query: entity('Quarrow Front'),
      candidate: entity('Quarrow Front, North and South Tarvel'),
      match: true,
      reason: 'two compass words joined by "and" before one place word: the two halves of a region',
    },
    {
      query: entity('Quarrow Front, Tarvel Province'),
      candidate: entity('Quarrow Front, Tarvel and Norvel Provinces'),
      match: true,
      reason: 'one of the two regions written alone on the other side',
    },
    {
      query: entity('Quarrow Front, North and South Tarvel'),
      candidate: entity('Quarrow Front, East and West Tarvel'),
      match: false,
      reason: 'both sides write compass words for different parts: they stay deciding',
    },
    {
      query: entity('North Quarrow Front'),
      candidate: entity('South Quarrow Front'),
      match: false,
      reason: 'a compass word in the name itself stays deciding',
    },
    {
      query: entity('Quarrow Front'),
      candidate: entity('Quarrow Front, North and North Tarvel'),
      match: false,
      reason: 'the same compass word twice names no two regions',
    },
    {
      query: entity('Quarrow Front'),
      candidate: entity('Quarrow Front, Tarvel and Norvel Valleys'),
      match: false,
      reason: 'a plural word that is no kind of region of the table',
    },
    {
      query: org('Quarrow University'),
      candidate: org('Quarrow University, Tarvel and Norvel Provinces'),
      match: false,
      reason: "after a campus body's name: its units are named by their regions",
    },
    {
      query: entity('Quarrow Agency'),
      candidate: entity('Quarrow Agency, Social Services and Public Safety'),
      match: false,
      reason: 'fields of work joined by "and" are no regions: not the four-word shape',
    },
  ])('$reason', (row) => check(sut, row));
});
