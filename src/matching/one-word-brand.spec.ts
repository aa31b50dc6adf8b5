import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The one-word brands (one-word-brand.ts): a company's one distinctive word against its listed name; one table per
 * rule, one row per case with its reason, moved from organisation-rules.spec.ts. Every name here is made up, never
 * taken from an evaluation set.
 */
describe(`${NameMatcher.name} a company's one distinctive word against its listed name (rules 1.111.0)`, () => {
  // Made-up companies; "Star", "Golden", "Lyon", "Maria", "Montana": a dictionary word, a city, a given name, a state.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('Quarrow'),
      candidate: company('Quarrow Technologies Co., Ltd.'),
      match: true,
      reason:
        "a company's one distinctive word names the listed company whose other words are a field and a legal form",
    },
    {
      query: company('Zentrivo'),
      candidate: company('JSC Zentrivo Aviation'),
      match: true,
      reason: 'with a legal form written before the name',
    },
    {
      query: company('Zentrivo Aviation JSC'),
      candidate: org('Zentrivo'),
      match: false,
      reason:
        "the query's one word only: a one-word name listed or registered may be another body than the company asked for",
    },
    {
      query: company('Quarrow'),
      candidate: company('Quarrow Investment & Holding Co., Ltd.'),
      match: true,
      reason: 'two class words beside it',
    },
    {
      query: company('Takverin'),
      candidate: company('Takverin International Corporation'),
      match: true,
      reason: "a company's kind word says it is a company as a legal form does",
    },
    {
      query: company('Star'),
      candidate: company('Star Trading Co., Ltd.'),
      match: false,
      reason: "a dictionary word is in many companies' names",
    },
    {
      query: company('Golden'),
      candidate: company('Golden Technology Co., Ltd.'),
      match: false,
      reason: 'so is an adjective of the dictionary',
    },
    {
      query: company('Lyon'),
      candidate: company('Lyon Trading Co., Ltd.'),
      match: false,
      reason: "a city's name is the seat of many companies",
    },
    {
      query: company('Montana'),
      candidate: company('Montana Shipping Ltd'),
      match: false,
      reason: "so is a state's or a province's name",
    },
    {
      query: company('Maria'),
      candidate: company('Maria Shipping Ltd'),
      match: false,
      reason: "a given name is in many companies' names too",
    },
    {
      query: company('Quarrow Ltd'),
      candidate: company('Quarrow Systems Ltd'),
      match: false,
      reason: "a name with its own legal form is that company's whole name, not one word of the other's",
    },
    {
      query: org('Quarrow'),
      candidate: org('Quarrow Transportation'),
      match: false,
      reason: 'without a legal form or a company word the other name may be a body named after it',
    },
    {
      query: company('Quarrow'),
      candidate: company('Quarrow Tarvel Trading Ltd'),
      match: false,
      reason: 'another name word in the listed name names another company',
    },
    {
      query: company('Quarrow'),
      candidate: company('Quarrow Trading Services Holding Ltd'),
      match: false,
      reason: 'three class words or more are more than a company of the word says',
    },
  ])('$reason', (row) => check(sut, row));

  it('is a match for review, not a resolution, and says it is one word of the listed name', () => {
    const result = sut.score(company('Quarrow'), company('Quarrow Technologies Co., Ltd.'));
    expect(result.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(result.score).toBeLessThan(0.85);
    expect(JSON.stringify(result.features)).toContain('one word of the listed name');
  });
});
