import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../matching';
import type { RiskFinding } from '../risk/models/risk.model';
import { RiskLevel } from '../risk/risk.enums';
import type { ScreeningMatch } from './models/screening-result.model';
import { namesakeOfAnotherCountry, namesakeWording, screenSentence } from './screen-path-risks';
import { screeningServiceOver, suppliedSnapshot } from './screening-service.testing';

// Made-up bodies: a university of the graph (on no list) supervised by a provincial office of a state, and the
// same name in other forms (another country, several countries, none, a list entry).
const NAME = 'Quorvale Northern University';
const PATH = 'Supervised by Quorvale Provincial Office, which is part of Quorvale State, a state, 2 hops.';

function finding(start: { id: string; country: string[] }): RiskFinding {
  return {
    start: {
      id: start.id,
      name: NAME,
      type: 'Organisation',
      kind: null,
      country: start.country,
      riskCategories: [],
      demo: false,
    },
    target: {
      id: 'state:quorvale',
      name: 'Quorvale State',
      type: 'State',
      kind: null,
      country: [],
      riskCategories: ['state'],
      demo: false,
    },
    reasons: [],
    hops: 2,
    score: 0.22,
    level: RiskLevel.LOW,
    sentence: PATH,
    path: { hops: 2, nodes: [], relationships: [] },
    steps: [],
  };
}

async function screenOne(entry: IndexEntry, country: string[] | null) {
  const { sut } = screeningServiceOver(suppliedSnapshot([entry]), (id) =>
    id === entry.entityId ? [finding({ id, country: entry.countries ?? [] })] : [],
  );
  return sut.screen({ name: NAME, schema: 'Organization', country });
}

describe('the screen\u2019s path risks of a namesake of another country (rules 1.201.0)', () => {
  it.each<[string, IndexEntry, string[] | null, RiskLevel, RegExp]>([
    [
      'a body of the graph of another country than the one given is a namesake: its path is shown, not counted',
      { entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] },
      ['NZ'],
      RiskLevel.NONE,
      /^Matched Quorvale Northern University \(g:is\) at 0\.95: supervised by .*, 2 hops: a namesake in IS, the query says NZ; not counted\.$/,
    ],
    [
      'a body of the country given carries its path, named by the match it starts from',
      { entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] },
      ['IS'],
      RiskLevel.LOW,
      /^Matched Quorvale Northern University \(g:is\) at 1: supervised by .*, 2 hops\.$/,
    ],
    [
      'a query given without country is read as before (the path counted, named)',
      { entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] },
      null,
      RiskLevel.LOW,
      /^Matched Quorvale Northern University \(g:is\) at 1: supervised by .*, 2 hops\.$/,
    ],
    [
      'a body of several countries, one of them the one given, is no namesake',
      { entityId: 'g:is-nz', schema: 'Organization', names: [NAME], countries: ['is', 'nz'] },
      ['NZ'],
      RiskLevel.LOW,
      /^Matched Quorvale Northern University \(g:is-nz\) at 1: supervised by .*, 2 hops\.$/,
    ],
    [
      'a body of no known country is no namesake',
      { entityId: 'g:none', schema: 'Organization', names: [NAME] },
      ['NZ'],
      RiskLevel.LOW,
      /^Matched Quorvale Northern University \(g:none\) at 1: supervised by .*, 2 hops\.$/,
    ],
    [
      'a list entry of another country keeps counting, its listing and its path',
      { entityId: 'l:is', schema: 'Organization', names: [NAME], countries: ['is'], listIds: ['l'] },
      ['NZ'],
      RiskLevel.CRITICAL,
      /^Matched Quorvale Northern University \(l:is\) at 0\.95: supervised by .*, 2 hops\.$/,
    ],
  ])('%s', async (_rule, entry, country, level, sentence) => {
    const result = await screenOne(entry, country);

    expect(result.matches[0]).toMatchObject({ entityId: entry.entityId, match: true });
    expect(result.riskLevel).toBe(level);
    expect(result.pathRisks).toHaveLength(1);
    expect(result.pathRisks[0].sentence).toMatch(sentence);
    // The walk's own finding is not changed (walks are shared between screenings).
    expect(result.pathRisks[0].level).toBe(RiskLevel.LOW);
  });

  it.each<[string, IndexEntry, string[] | null, boolean]>([
    [
      'a namesake of another country: counted false, so a client need not read the sentence',
      { entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] },
      ['NZ'],
      false,
    ],
    [
      'a body of the country given: counted true',
      { entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] },
      ['IS'],
      true,
    ],
    [
      'no country given: counted true',
      { entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] },
      null,
      true,
    ],
    [
      'a list entry of another country: counted true',
      { entityId: 'l:is', schema: 'Organization', names: [NAME], countries: ['is'], listIds: ['l'] },
      ['NZ'],
      true,
    ],
  ])('says on each path risk whether the level counts it: %s', async (_rule, entry, country, counted) => {
    const result = await screenOne(entry, country);

    expect(result.pathRisks).toHaveLength(1);
    expect(result.pathRisks[0].counted).toBe(counted);
  });

  it('says in the reasons of a NONE which namesake\u2019s paths were shown and not counted', async () => {
    const result = await screenOne({ entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] }, [
      'NZ',
    ]);

    expect(result.riskReasons).toEqual([
      'Matched at ≥ 0.70: Quorvale Northern University (0.95); none is listed or has a risk category, and no risk path within 4 hops counted: those of a namesake of another country are shown, not counted (Quorvale Northern University (g:is), a namesake in IS, the query says NZ: 1 path).',
    ]);
  });

  it('names the match in the reasons that set the level', async () => {
    const result = await screenOne({ entityId: 'g:is', schema: 'Organization', names: [NAME], countries: ['is'] }, [
      'IS',
    ]);

    expect(result.riskReasons).toEqual([
      `Matched Quorvale Northern University (g:is) at 1: supervised by Quorvale Provincial Office, which is part of Quorvale State, a state, 2 hops.`,
    ]);
  });
});

describe(namesakeOfAnotherCountry.name, () => {
  const country = (value: number) => ({ name: 'country', value, reason: '' });
  it.each<[string, Pick<ScreeningMatch, 'lists' | 'features'>, string[], boolean]>([
    ['a body on no list whose country conflicts', { lists: [], features: [country(-1)] }, ['nz'], true],
    ['no country given', { lists: [], features: [country(-1)] }, [], false],
    ['a country that agrees', { lists: [], features: [country(1)] }, ['nz'], false],
    [
      'an agreeing country beside a conflicting parent country',
      { lists: [], features: [country(-1), country(1)] },
      ['nz'],
      false,
    ],
    ['no country feature (a side of no known country)', { lists: [], features: [] }, ['nz'], false],
    ['a listed match', { lists: [{ id: 'l', programme: null }], features: [country(-1)] }, ['nz'], false],
  ])('%s: %s', (_reason, match, countries, expected) => {
    expect(namesakeOfAnotherCountry(match, countries)).toBe(expected);
  });
});

describe(screenSentence.name, () => {
  const start = { entityId: 'g:1', name: NAME, score: 0.95, namesake: false };
  it.each<[string, Pick<RiskFinding, 'hops' | 'sentence'>, boolean, string]>([
    [
      'a path names the match it starts from',
      { hops: 2, sentence: PATH },
      false,
      `Matched ${NAME} (g:1) at 0.95: supervised by Quorvale Provincial Office, which is part of Quorvale State, a state, 2 hops.`,
    ],
    [
      "a namesake's path says it is not counted",
      { hops: 2, sentence: PATH },
      true,
      `Matched ${NAME} (g:1) at 0.95: supervised by Quorvale Provincial Office, which is part of Quorvale State, a state, 2 hops: a namesake in IS, the query says NZ; not counted.`,
    ],
    [
      'a finding of no hop names the entity itself already',
      { hops: 0, sentence: `${NAME} is itself a state, 0 hops.` },
      true,
      `${NAME} is itself a state, 0 hops.`,
    ],
  ])('%s', (_reason, one, namesake, expected) => {
    const found = { ...one, start: finding({ id: 'g:1', country: ['is'] }).start };
    expect(screenSentence(found, { ...start, namesake }, ['nz'])).toBe(expected);
  });

  it('words a body of no country the graph gives as "of another country"', () => {
    expect(namesakeWording([], ['us'])).toBe('a namesake of another country, the query says US; not counted');
    expect(namesakeWording(['cn', 'CN'], ['us', 'gb'])).toBe('a namesake in CN, the query says US, GB; not counted');
  });
});
