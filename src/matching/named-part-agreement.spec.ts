import { describe, expect, it } from 'vitest';
import rules from '../risk/rules/risk-rules.v1.json';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import { NAMED_PART_CAP } from './named-part-agreement';
import type { IndexEntry, MatchQuery } from './types';

/**
 * A clause the name comparison leaves out, read against the other party as a whole (named-part-agreement.ts, since
 * rules 1.195.0). Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} a left-out honouree or parent read against the candidate's names and country`, () => {
  const sut = new NameMatcher();
  const resolution = (rules as { resolution: { minScore: number } }).resolution;
  const query = (name: string, country?: string): MatchQuery => ({
    name,
    schema: 'Organization',
    countries: country ? [country] : [],
  });
  const entry = (names: string[], country?: string): IndexEntry => ({
    entityId: `made-up:${names[0]}`,
    schema: 'Organization',
    names,
    countries: country ? [country] : [],
  });

  it.each<{ query: MatchQuery; candidate: IndexEntry; band: 'full' | 'capped' | 'not this rule'; reason: string }>([
    {
      query: query('ЗВТУ им. Н. Э. Тарвела', 'RU'),
      candidate: entry(['Zarvo State Technological University', 'ЗВТУ'], 'RU'),
      band: 'capped',
      reason: 'an acronym and an honouree against a body that has the acronym and names no person: shown, not resolved',
    },
    {
      query: query('ZVTU imeni N. E. Tarvela'),
      candidate: entry(['Zarvo Technical University', 'ZVTU']),
      band: 'capped',
      reason: 'the same written in Latin letters, no country on either side',
    },
    {
      query: query('ЗВТУ им. Н. Э. Тарвела', 'RU'),
      candidate: entry(['Tarvel Zarvo State Technical University', 'ЗВТУ'], 'RU'),
      band: 'full',
      reason: 'the genitive "Тарвела" is the nominative "Tarvel" that another name of the body writes',
    },
    {
      query: query('ЗВТУ имени А. Б. Кварровой'),
      candidate: entry(['Kvarrova Zarvo University', 'ЗВТУ']),
      band: 'full',
      reason: "a woman's genitive -овой is the nominative -ова",
    },
    {
      query: query('ЗВТУ імені Тараса Кварренка'),
      candidate: entry(['Kvarrenko Zarvo National University', 'ЗВТУ']),
      band: 'full',
      reason: 'the Ukrainian genitive -ка of a surname in -ко',
    },
    {
      query: query('ЗВТУ им. Кварровского'),
      candidate: entry(['Kvarrovsky Zarvo Institute', 'ЗВТУ']),
      band: 'full',
      reason: 'the genitive -ского of an adjectival surname, the nominative romanised -sky',
    },
    {
      query: query('Zarvo State University named after N. E. Tarvel'),
      candidate: entry(['Zarvo State University']),
      band: 'full',
      reason: 'a name word agrees beside the honouree: the clause stays a qualifier, as before',
    },
    {
      query: query('Institute of Tarvel Studies, Chinese Academy of Quarrow Sciences'),
      candidate: entry(['Institute of Tarvel Studies'], 'DE'),
      band: 'capped',
      reason: 'the demonym in the parent named states China, and the candidate is a body in Germany',
    },
    {
      query: query('Institute of Tarvel Studies, Chinese Academy of Quarrow Sciences'),
      candidate: entry(['Institute of Tarvel Studies'], 'CN'),
      band: 'full',
      reason: 'the same unit in China: the parent left out as before',
    },
    {
      query: query('Institute of Tarvel Studies, Chinese Academy of Quarrow Sciences'),
      candidate: entry(['Institute of Tarvel Studies']),
      band: 'full',
      reason: 'a candidate without a country: nothing contradicts the parent',
    },
    {
      query: query('Institute of Tarvel Studies of the Slovak Academy of Quarrow Sciences'),
      candidate: entry(['Institute of Tarvel Studies'], 'AT'),
      band: 'capped',
      reason: 'a parent named after "of" with its demonym, against a body of another country',
    },
    {
      query: query('Institute of Tarvel Studies'),
      candidate: entry(['Institute of Tarvel Studies, Quarrow Academy of Russia'], 'RU'),
      band: 'full',
      reason: 'the parent on the candidate side agrees with its own country',
    },
    {
      query: query('Institute of Tarvel Studies', 'SG'),
      candidate: entry(['Institute of Tarvel Studies, Quarrow Academy of Russia'], 'RU'),
      band: 'not this rule',
      reason: "a parent's country on the candidate side is the country conflict's, not this rule's",
    },
  ])('$reason', ({ query: asked, candidate, band }) => {
    const result = sut.score(asked, candidate);
    const why = JSON.stringify(result.features);
    if (band === 'full') {
      expect(result.score, why).toBeGreaterThanOrEqual(resolution.minScore);
    } else if (band === 'not this rule') {
      expect(why).not.toContain('names the parent body, and');
    } else {
      expect(result.score, why).toBeLessThanOrEqual(NAMED_PART_CAP);
      expect(result.score, why).toBeLessThan(MATCH_THRESHOLD);
    }
  });
});

/**
 * Names that agree only once a parent body is left out are not the same name, so parties of different countries
 * meet the country conflict's cap (rules 1.204.0, `parentLeftOut` in name-matcher.ts): many academies, universities
 * and hospitals have a unit of the same name, and the parent is what tells them apart. Every name here is made up.
 */
describe(`${NameMatcher.name} a parent body left out of two names of different countries`, () => {
  const sut = new NameMatcher();
  const resolution = (rules as { resolution: { minScore: number } }).resolution;
  const party = (name: string, country?: string): IndexEntry => ({
    entityId: `made-up:${name}`,
    schema: 'Organization',
    names: [name],
    countries: country ? [country] : [],
  });

  it.each<{ query: [string, string?]; candidate: [string, string?]; band: 'full' | 'capped'; reason: string }>([
    {
      query: ['Institute of Marine Lumenics', 'PL'],
      candidate: ['Institute of Marine Lumenics of the Czech Academy of Quarrow Sciences', 'CZ'],
      band: 'capped',
      reason: "the candidate's parent, with its country word, left out: a namesake unit of another country",
    },
    {
      query: ['Institute of Quarrow Medicine QAS', 'CZ'],
      candidate: ['Institute of Quarrow Medicine', 'RU'],
      band: 'capped',
      reason: "the query's parent written as an acronym, no country word: the countries still differ",
    },
    {
      query: ['Institute of Quarrow Medicine', 'HU'],
      candidate: ['Institute of Quarrow Medicine QAS', 'CZ'],
      band: 'capped',
      reason: "the candidate's parent written as an acronym, the countries differ",
    },
    {
      query: ['Quarrow Heart Hospital', 'NG'],
      candidate: ['Tarvel University Quarrow Heart Hospital', 'KR'],
      band: 'capped',
      reason: 'a university written before its hospital, the countries differ',
    },
    {
      query: ['Institute of Tarvel Studies', 'US'],
      candidate: ['Institute of Tarvel Studies, Norland University', 'GB'],
      band: 'capped',
      reason: 'a university after a comma, the countries differ',
    },
    {
      query: ['Institute of Marine Lumenics, Polish Academy of Quarrow Sciences', 'PL'],
      candidate: ['Institute of Marine Lumenics', 'CZ'],
      band: 'capped',
      reason: "the query's parent states another country (rules 1.195.0, unchanged)",
    },
    {
      query: ['Institute of Marine Lumenics', 'CZ'],
      candidate: ['Institute of Marine Lumenics of the Czech Academy of Quarrow Sciences', 'CZ'],
      band: 'full',
      reason: "the unit without its parent, of the parent's own country",
    },
    {
      query: ['Institute of Marine Lumenics', 'PL'],
      candidate: ['Institute of Marine Lumenics of the Czech Academy of Quarrow Sciences'],
      band: 'full',
      reason:
        "a candidate of no known country: no conflict to read (the resolver's own reading of a name that writes another country)",
    },
    {
      query: ['Institute of Quarrow Lumenics, Norland University', 'GB'],
      candidate: ['Institute of Quarrow Lumenics', 'GB'],
      band: 'full',
      reason: 'a parent without a country word, both of one country',
    },
    {
      query: ['Institute of Applied Lumenics of the Russian Academy of Sciences', 'RU'],
      candidate: ['Институт прикладной люменики Российской академии наук', 'RU'],
      band: 'full',
      reason: 'the unit under its parent in its own language',
    },
    {
      query: ['Institute of Applied Lumenics', 'RU'],
      candidate: ['Институт прикладной люменики РАН', 'RU'],
      band: 'full',
      reason: "the unit against its own language's name with the parent's acronym, one country",
    },
  ])('$reason', ({ query, candidate, band }) => {
    const [queryName, queryCountry] = query;
    const result = sut.score(
      { name: queryName, schema: 'Organization', countries: queryCountry ? [queryCountry] : [] },
      party(...candidate),
    );
    const why = JSON.stringify(result.features);
    if (band === 'full') {
      expect(result.score, why).toBeGreaterThanOrEqual(resolution.minScore);
    } else {
      expect(result.score, why).toBeLessThanOrEqual(0.65);
      expect(result.score, why).toBeLessThan(MATCH_THRESHOLD);
    }
  });

  it('says why the unit is held to the country conflict', () => {
    const result = sut.score(
      { name: 'Institute of Marine Lumenics', schema: 'Organization', countries: ['PL'] },
      party('Institute of Marine Lumenics of the Czech Academy of Quarrow Sciences', 'CZ'),
    );
    expect(result.features.map((feature) => feature.reason)).toContainEqual(
      expect.stringContaining(
        'The names agree only with "czech academy quarrow sciences", the parent body the candidate names, left out: not the same name',
      ),
    );
  });
});
