import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { MatchQuery } from './types';

/**
 * A short word in capitals asked alone is read as an acronym (rules 1.209.0): it has no sound reading, and a longer
 * listed name that holds it only as one ordinary word beside other name words is no match for it. The names are made
 * up.
 */
interface Row {
  query: MatchQuery;
  candidate: MatchQuery;
  match: boolean;
  reason: string;
}

function body(name: string): MatchQuery {
  return { name, schema: 'Organization' };
}

function company(name: string): MatchQuery {
  return { name, schema: 'Company' };
}

describe(`${NameMatcher.name} a short word in capitals asked alone reads as an acronym (rules 1.209.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: body('UNIV'),
      candidate: company('Federal State Enterprise Onivu'),
      match: false,
      reason: 'a short word in capitals asked alone has no sound reading: another word of the same sound key is not it',
    },
    {
      query: body('AROSIT'),
      candidate: company('Federal State Enterprise Arosit'),
      match: true,
      reason: 'a longer word in capitals is a word, and it still finds the listed name that holds it',
    },
    {
      query: body('QEL'),
      candidate: company('TARVEL QEL'),
      match: false,
      reason: 'one word of a two-word name in capitals is not that name',
    },
    {
      query: body('QEL'),
      candidate: company('UAR QEL'),
      match: true,
      reason: "a word of three letters beside it (a prefix or a parent's acronym) leaves it the name's own word",
    },
    {
      query: body('QEL'),
      candidate: company('BANK TARVELNY MORSKOY QEL'),
      match: false,
      reason: "a short word in capitals is not a listed bank's name because the bank's longer name ends in that word",
    },
    {
      query: body('A*TARN'),
      candidate: company('BRIGHT TARN TRADING & INTERNATIONAL FREIGHT'),
      match: false,
      reason: 'an acronym written with "*" is not a company whose name holds its last letters as one word',
    },
    {
      query: body('QIR'),
      candidate: body('REAL QIR'),
      match: false,
      reason: 'a name in capitals does not say its word is an acronym: one word of two does not identify it',
    },
    {
      query: body('QIR'),
      candidate: body('New QIR'),
      match: true,
      reason: 'the listed name itself writes the word as an acronym, in capitals among small letters: a possible match',
    },
    {
      query: body('QIR'),
      candidate: body('Tarvel Morskoy Army (QIR)'),
      match: true,
      reason: 'the listed name writes the acronym in brackets beside its name',
    },
    {
      query: body('QEL'),
      candidate: company('QEL CAPITAL'),
      match: true,
      reason: "the word is the listed name's one distinctive word beside a class word",
    },
    {
      query: body('Quarrowen'),
      candidate: body('Quarrowen Group'),
      match: true,
      reason: 'a name word written as a word still finds the group it names',
    },
  ])('$reason', ({ query, candidate, match }) => {
    const result = sut.score(query, candidate);
    expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
  });
});
