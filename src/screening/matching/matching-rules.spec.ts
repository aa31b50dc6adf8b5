import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { IndexEntry, MatchQuery } from './types';

/**
 * The matching rules, one table per rule, one row per case with its reason. Every name here is made up
 * or taken from the lists' own files, never from an evaluation set.
 */
interface Row {
  query: MatchQuery;
  candidate: MatchQuery | IndexEntry;
  match: boolean;
  reason: string;
}

function org(name: string, extra: Partial<MatchQuery> = {}): MatchQuery {
  return { name, schema: 'Organization', ...extra };
}

function listed(names: string[], extra: Partial<IndexEntry> = {}): IndexEntry {
  return { entityId: 'e1', schema: 'Organization', names, ...extra };
}

describe(`${NameMatcher.name} acronyms`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRTU'),
      candidate: listed(['Quillon River Technical University']),
      match: true,
      reason: 'a query written as an acronym stands for the listed full name',
    },
    {
      query: org('Quillon River Technical University'),
      candidate: org('QRTU'),
      match: true,
      reason: 'two strings alone: the acronym side has no full name to check, so its expansion counts',
    },
    {
      query: org('Quentin Ridge Teachers University'),
      candidate: listed(['Quillon River Technical University', 'QRTU']),
      match: false,
      reason: 'a listed acronym alias never stands for a query whose words disagree with the listed full name',
    },
    {
      query: org('QRTU'),
      candidate: listed(['Quillon River Technical University', 'QRTU']),
      match: true,
      reason: 'a query that is itself the acronym matches the listed acronym alias as written',
    },
    {
      query: org('Bavo Ulm Institute'),
      candidate: listed(['BUI']),
      match: false,
      reason: 'initials derived from a multi-word query are not an acronym written by the list',
    },
    {
      query: org('Bui'),
      candidate: listed(['Bavo Ulm Institute']),
      match: false,
      reason: 'a word not written as an acronym is a name, not initials',
    },
    {
      query: { name: 'Fan Yu', schema: 'Person' },
      candidate: { entityId: 'e2', schema: 'LegalEntity', names: ['Federalnaya Agentstvo Novostei'] },
      match: false,
      reason: 'a person name is never read as an acronym',
    },
    {
      query: org('UNIVPAL'),
      candidate: org('Universidad Valle de Palmeras'),
      match: true,
      reason: 'an acronym may take short prefixes of the words and skip function words',
    },
    {
      query: org('ZoAS'),
      candidate: org('Zorbia Academy of Sciences'),
      match: true,
      reason: 'a mixed-case acronym ("ZoAS") is kept as one acronym',
    },
    {
      query: org('U.K. Ministry of Fisheries'),
      candidate: org('United Kingdom Ministry of Fisheries'),
      match: true,
      reason: 'an acronym inside a longer name is expanded',
    },
  ])('$reason', ({ query, candidate, match }) => {
    const result = sut.score(query, candidate);
    expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
  });
});
