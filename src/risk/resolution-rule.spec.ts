import { describe, expect, it } from 'vitest';
import {
  decideResolution,
  ListedPairOutcomes,
  listedBodyLinks,
  listedPartyLinks,
  nameEvidence,
  type ListedPartyLink,
  type PartyRecord,
  type ResolutionPolicy,
  type ScoredCandidate,
} from './resolution-rule';
import { body } from './party-records.testing';

const policy: ResolutionPolicy = { threshold: 0.75, margin: 0.05, minNameScore: 0.7 };

/** A candidate whose name comparison alone scored `nameScore` (default: its score), with extra features. */
function candidate(
  entityId: string,
  score: number,
  extra: {
    nameScore?: number;
    weak?: boolean;
    identifier?: boolean;
    country?: -1 | 1;
    names?: [string, string];
    display?: string;
    type?: string;
    person?: string;
    ownTown?: boolean;
  } = {},
): ScoredCandidate {
  const features = [{ name: 'token_alignment', value: extra.nameScore ?? score, reason: '' }];
  const names = {
    ...(extra.names ? { queryName: extra.names[0], matchedName: extra.names[1] } : {}),
    ...(extra.display ? { name: extra.display } : {}),
    ...(extra.type ? { type: extra.type } : {}),
    ...(extra.person ? { name: extra.person, type: 'Person' } : {}),
  };
  if (extra.weak) {
    features.push({ name: 'class_words', value: -1, reason: 'only class words' });
  }
  if (extra.identifier) {
    features.push({ name: 'identifier', value: 1, reason: 'identifier on both' });
  }
  if (extra.country) {
    features.push({ name: 'country', value: extra.country, reason: 'country' });
  }
  if (extra.ownTown) {
    features.push({ name: 'own_town', value: 1, reason: 'the town the index holds the body in' });
  }
  return { entityId, score, features, ...names };
}

type Row = [
  reason: string,
  candidates: ScoredCandidate[],
  links: Array<[string, string]>,
  expected: { status: string; best?: string | null; runnerUp?: string | null; basis?: string | null },
  /** The countries the query is given in or writes (none unless said). */
  countries?: string[],
];

describe(decideResolution.name, () => {
  it.each<Row>([
    ['no candidate is NOT_FOUND', [], [], { status: 'NOT_FOUND', best: null }],
    [
      'one candidate above the threshold resolves',
      [candidate('a', 0.92)],
      [],
      { status: 'RESOLVED', best: 'a', runnerUp: null, basis: 'name' },
    ],
    [
      'a best below the threshold is NOT_FOUND, but is still shown as the best',
      [candidate('a', 0.74), candidate('b', 0.5)],
      [],
      { status: 'NOT_FOUND', best: 'a', runnerUp: 'b' },
    ],
    [
      'a lead of exactly the margin resolves',
      [candidate('a', 0.9), candidate('b', 0.85)],
      [],
      { status: 'RESOLVED', best: 'a', runnerUp: 'b' },
    ],
    [
      'a lead just under the margin is AMBIGUOUS',
      [candidate('a', 0.9), candidate('b', 0.851)],
      [],
      { status: 'AMBIGUOUS', best: 'a', runnerUp: 'b' },
    ],
    [
      'two bodies with the same score are AMBIGUOUS, whatever order they come in',
      [candidate('b', 0.9), candidate('a', 0.9)],
      [],
      { status: 'AMBIGUOUS', best: 'a', runnerUp: 'b' },
    ],
    [
      'a runner-up linked to the best by SAME_AS is the same body, not a runner-up',
      [candidate('curated', 0.95), candidate('list-entry', 0.95), candidate('other', 0.6)],
      [['curated', 'list-entry']],
      { status: 'RESOLVED', best: 'curated', runnerUp: 'other' },
    ],
    [
      'a SAME_AS link counts in either direction and through a chain of candidates',
      [candidate('a', 0.95), candidate('b', 0.94), candidate('c', 0.93)],
      [
        ['b', 'a'],
        ['c', 'b'],
      ],
      { status: 'RESOLVED', best: 'a', runnerUp: null },
    ],
    [
      'a SAME_AS link between two other candidates does not help the best',
      [candidate('a', 0.95), candidate('b', 0.94), candidate('c', 0.93)],
      [['b', 'c']],
      { status: 'AMBIGUOUS', best: 'a', runnerUp: 'b' },
    ],
    [
      'country is a feature of the score, not a sort key: a country-agreeing candidate that scores lower does not win (nor is the best, of another country, resolved to)',
      [candidate('other-country', 0.93, { country: -1 }), candidate('same-country', 0.8, { country: 1 })],
      [],
      { status: 'NOT_FOUND', best: 'other-country', runnerUp: 'same-country' },
    ],
    [
      'a best candidate of another country than the one given is not resolved to by name, however high the score',
      [candidate('elsewhere', 1, { country: -1 })],
      [],
      { status: 'NOT_FOUND', best: 'elsewhere', runnerUp: null },
    ],
    [
      'a runner-up of another country does not stop the best of the given country',
      [candidate('here', 0.95, { country: 1 }), candidate('elsewhere', 0.8, { country: -1 })],
      [],
      { status: 'RESOLVED', best: 'here', runnerUp: 'elsewhere' },
    ],
    [
      'a candidate of no known country, or a query given without one, resolves by name',
      [candidate('unplaced', 0.95)],
      [],
      { status: 'RESOLVED', best: 'unplaced', runnerUp: null },
    ],
    [
      "a name that is the candidate's with one class word swapped for another class is not resolved to",
      [
        candidate('institute', 0.9, {
          names: ['Quarrow Society of Tidal Studies', 'Quarrow Institute of Tidal Studies'],
        }),
      ],
      [],
      { status: 'NOT_FOUND', best: 'institute' },
    ],
    [
      'two forms of one class word are no swap: the name resolves',
      [
        candidate('institute', 0.95, {
          names: ['Quarrow Institut of Tidal Studies', 'Quarrow Institute of Tidal Studies'],
        }),
      ],
      [],
      { status: 'RESOLVED', best: 'institute' },
    ],
    [
      'a cooperative (a legal form to the matcher, of a legal_class_groups group) for an institute is a class swap (since 1.99.0)',
      [
        candidate('institute', 0.9, {
          names: ['Quarrow Cooperative of Tidal Studies', 'Quarrow Institute of Tidal Studies'],
        }),
      ],
      [],
      { status: 'NOT_FOUND', best: 'institute' },
    ],
    [
      'two forms of the cooperative class are no swap: the name resolves',
      [
        candidate('coop', 0.95, {
          names: ['Pellby Dairy Co-operative', 'Pellby Dairy Cooperative'],
        }),
      ],
      [],
      { status: 'RESOLVED', best: 'coop' },
    ],
    [
      'a class word swapped beside another difference is left to the score',
      [
        candidate('institute', 0.9, {
          names: ['Quarrow Society of Tidal Research', 'Quarrow Institute of Tidal Studies'],
        }),
      ],
      [],
      { status: 'RESOLVED', best: 'institute' },
    ],
    [
      "a query holding a body's alias with another parent than the body's name is not resolved to",
      [
        candidate('unit', 0.95, {
          names: ['Tidal Unit, Pellby University', 'Tidal Unit'],
          display: 'Tidal Unit, Quarrow University',
        }),
      ],
      [],
      { status: 'NOT_FOUND', best: 'unit' },
    ],
    [
      "a query holding a body's alias with an acronym of its own resolves (the acronym may be the body's parent's)",
      [
        candidate('unit', 0.95, {
          names: ['Tidal Unit QU', 'Tidal Unit'],
          display: 'Tidal Unit, Quarrow University',
        }),
      ],
      [],
      { status: 'RESOLVED', best: 'unit' },
    ],
    [
      "a query that is the best's name with a place of its own, the runner-up that name with another place, is AMBIGUOUS",
      [
        candidate('unit', 0.9, { names: ['Tidal Unit, Pellby', 'Tidal Unit'], display: 'Tidal Unit' }),
        candidate('quarrow-unit', 0.67, {
          names: ['Tidal Unit, Pellby', 'Tidal Unit, Quarrow'],
          display: 'Tidal Unit, Quarrow',
        }),
      ],
      [],
      { status: 'AMBIGUOUS', best: 'unit', runnerUp: 'quarrow-unit' },
    ],
    [
      "since rules 1.153.0: the same, the query's place the best's own town (own_town): its address, the name resolves",
      [
        candidate('unit', 0.9, { names: ['Tidal Unit, Pellby', 'Tidal Unit'], display: 'Tidal Unit', ownTown: true }),
        candidate('quarrow-unit', 0.67, {
          names: ['Tidal Unit, Pellby', 'Tidal Unit, Quarrow'],
          display: 'Tidal Unit, Quarrow',
        }),
      ],
      [],
      { status: 'RESOLVED', best: 'unit' },
    ],
    [
      "a sibling of the best's own body (SAME_AS) is no other body: the name resolves",
      [
        candidate('unit', 0.9, { names: ['Tidal Unit, Pellby', 'Tidal Unit'], display: 'Tidal Unit' }),
        candidate('quarrow-unit', 0.67, {
          names: ['Tidal Unit, Pellby', 'Tidal Unit, Quarrow'],
          display: 'Tidal Unit, Quarrow',
        }),
      ],
      [['unit', 'quarrow-unit']],
      { status: 'RESOLVED', best: 'unit', runnerUp: null },
    ],
    [
      "the other-qualifier shape is a body's: a person's name is left to the person rules (a given-name conflict since rules 1.98.0)",
      [
        candidate('person', 0.95, {
          names: ['Quarrow Pellby Arnott', 'Quarrow Arnott'],
          display: 'Quarrow Tamsin Arnott',
          type: 'Person',
        }),
      ],
      [],
      { status: 'NOT_FOUND', best: 'person' },
    ],
    [
      "a person given with a given name the alias lacks, where the candidate's full name holds another, is not resolved to (rules 1.98.0)",
      [
        candidate('oswin', 0.9, {
          names: ['VESKARD, Quillan Tarrow Bennick', 'VESKARD, Tarrow Bennick'],
          person: 'VESKARD, Oswin Tarrow Bennick',
        }),
      ],
      [],
      { status: 'NOT_FOUND', best: 'oswin' },
    ],
    [
      'an honorific the matcher drops in place of a given name does not resolve (rules 1.98.0)',
      [
        candidate('oswin', 0.9, {
          names: ['Sheikh Tarrow VESKARD', 'Oswin Tarrow VESKARD'],
          person: 'Oswin Tarrow VESKARD',
        }),
      ],
      [],
      { status: 'NOT_FOUND', best: 'oswin' },
    ],
    [
      "a person's alias given in full resolves",
      [
        candidate('oswin', 0.95, {
          names: ['Tarrow Veskard', 'Tarrow Veskard'],
          person: 'VESKARD, Oswin Tarrow Bennick',
        }),
      ],
      [],
      { status: 'RESOLVED', best: 'oswin' },
    ],
    [
      'the given-name check is for persons: the same names of an organisation are left to the score',
      [candidate('body', 0.9, { names: ['Quillan Tarrow Vesk', 'Tarrow Vesk'] })],
      [],
      { status: 'RESOLVED', best: 'body' },
    ],
    [
      'an identifier on both records resolves although the countries conflict',
      [candidate('identified', 0.9, { identifier: true, country: -1 })],
      [],
      { status: 'RESOLVED', best: 'identified', basis: 'identifier' },
    ],
    [
      'country agreement that lifts a candidate to the top resolves it only with the margin',
      [candidate('same-country', 0.92, { country: 1 }), candidate('other-country', 0.9, { country: -1 })],
      [],
      { status: 'AMBIGUOUS', best: 'same-country', runnerUp: 'other-country' },
    ],
    [
      'shared class words alone never resolve, however high the score',
      [candidate('a', 0.9, { weak: true })],
      [],
      { status: 'NOT_FOUND', best: 'a' },
    ],
    [
      'a score lifted over the threshold by features is not enough when the names alone compare weakly',
      [candidate('a', 0.77, { nameScore: 0.65, country: 1 })],
      [],
      { status: 'NOT_FOUND', best: 'a' },
    ],
    [
      'an identifier on both records resolves on its own, even with weak name evidence',
      [candidate('b', 0.9), candidate('a', 0.95, { nameScore: 0.3, identifier: true })],
      [],
      { status: 'RESOLVED', best: 'a', runnerUp: 'b', basis: 'identifier' },
    ],
    [
      'an identifier beats a better name score of another body',
      [candidate('by-name', 0.99), candidate('by-identifier', 0.95, { nameScore: 0.5, identifier: true })],
      [],
      { status: 'RESOLVED', best: 'by-identifier', basis: 'identifier' },
    ],
    [
      'an identifier on two different bodies is AMBIGUOUS',
      [candidate('a', 0.95, { identifier: true }), candidate('b', 0.95, { identifier: true })],
      [],
      { status: 'AMBIGUOUS', best: 'a', runnerUp: 'b' },
    ],
    [
      'an identifier on two records of one body (SAME_AS) resolves',
      [candidate('a', 0.95, { identifier: true }), candidate('b', 0.95, { identifier: true })],
      [['a', 'b']],
      { status: 'RESOLVED', best: 'a', basis: 'identifier' },
    ],
    // Since rules 1.151.0 (countrylessLead): a body of no known country that leads only because a body of the same
    // name evidence is of a conflicting country, the query given in a country (since 1.219.0 only then).
    [
      'a countryless best that leads only because a body as strong by name is of a conflicting country is AMBIGUOUS (1.151.0)',
      [
        candidate('countryless', 1, { display: 'Quarrow Tidal Institute, Pellby Academy' }),
        candidate('elsewhere', 0.95, { nameScore: 1, country: -1, display: 'Quarrow Tidal Institute' }),
      ],
      [],
      { status: 'AMBIGUOUS', best: 'countryless', runnerUp: 'elsewhere', basis: null },
      ['is'],
    ],
    [
      'the same with the conflicting body further down the candidates is AMBIGUOUS too (1.151.0)',
      [
        candidate('countryless', 0.93, { nameScore: 0.93 }),
        candidate('weaker', 0.8),
        candidate('elsewhere', 0.88, { nameScore: 0.93, country: -1 }),
      ],
      [],
      { status: 'AMBIGUOUS', best: 'countryless', runnerUp: 'elsewhere' },
      ['is'],
    ],
    [
      'a countryless best and a body of another country that is one body with it (SAME_AS) resolves (1.151.0)',
      [candidate('countryless', 1), candidate('elsewhere', 0.95, { nameScore: 1, country: -1 })],
      [['countryless', 'elsewhere']],
      { status: 'RESOLVED', best: 'countryless', runnerUp: null },
      ['is'],
    ],
    [
      'a countryless best stronger by name than the body of a conflicting country resolves (1.151.0)',
      [candidate('countryless', 1), candidate('elsewhere', 0.85, { nameScore: 0.9, country: -1 })],
      [],
      { status: 'RESOLVED', best: 'countryless', runnerUp: 'elsewhere' },
      ['is'],
    ],
    [
      "a best of the query's own country, a body as strong by name of a conflicting country: the country decides (1.151.0)",
      [candidate('here', 1, { country: 1 }), candidate('elsewhere', 0.95, { nameScore: 1, country: -1 })],
      [],
      { status: 'RESOLVED', best: 'here', runnerUp: 'elsewhere' },
      ['is'],
    ],
    [
      'a countryless listed person and another of a conflicting country are left to the person rules (1.151.0)',
      [
        candidate('listed', 1, { person: 'VESKARD, Oswin Tarrow' }),
        candidate('other-list', 0.95, { nameScore: 1, country: -1, person: 'Oswin Tarrow VESKARD' }),
      ],
      [],
      { status: 'RESOLVED', best: 'listed', runnerUp: 'other-list' },
      ['is'],
    ],
    // Since rules 1.219.0: with no country given or written, a candidate's conflicting country comes from the query's
    // own words (a named body of another country read as its parent): no reason to doubt the countryless best.
    [
      "with no country given, a countryless best and a body of a country the query's own words conflict with resolves (1.219.0)",
      [
        candidate('countryless', 1, { display: 'Brenholt Tidal Foundation' }),
        candidate('elsewhere', 0.65, { nameScore: 1, country: -1, display: 'Brenholt Tidal Foundation' }),
      ],
      [],
      { status: 'RESOLVED', best: 'countryless', runnerUp: 'elsewhere' },
    ],
    [
      'the same given in a country is AMBIGUOUS, as since 1.151.0 (1.219.0)',
      [
        candidate('countryless', 1, { display: 'Brenholt Tidal Foundation' }),
        candidate('elsewhere', 0.65, { nameScore: 1, country: -1, display: 'Brenholt Tidal Foundation' }),
      ],
      [],
      { status: 'AMBIGUOUS', best: 'countryless', runnerUp: 'elsewhere' },
      ['is'],
    ],
  ])('%s', (_reason, candidates, links, expected, countries = []) => {
    const sut = decideResolution(candidates, links, policy, countries);

    expect(sut.status).toBe(expected.status);
    if ('best' in expected) {
      expect(sut.best?.entityId ?? null).toBe(expected.best);
    }
    if ('runnerUp' in expected) {
      expect(sut.runnerUp?.entityId ?? null).toBe(expected.runnerUp);
    }
    if ('basis' in expected) {
      expect(sut.basis).toBe(expected.basis);
    }
  });

  it('states the numbers it decided by', () => {
    const sut = decideResolution([candidate('a', 0.9), candidate('b', 0.87)], [], policy);

    expect(sut.why).toBe('the best leads the runner-up by 0.03, less than the margin 0.05');
  });

  it('does not resolve names aligned through a class phrase with more than one English rendering (rules 1.96.0)', () => {
    const shared = {
      entityId: 'a',
      score: 0.8,
      features: [
        { name: 'token_alignment', value: 0.78, reason: '' },
        { name: 'rendering', value: -1, reason: 'more than one English rendering' },
      ],
    };
    const sut = decideResolution([shared, candidate('b', 0.3)], [], policy);

    expect(sut).toMatchObject({ status: 'NOT_FOUND', basis: null });
    expect(sut.best?.entityId).toBe('a');
    expect(sut.why).toBe(
      "the best candidate's name evidence is weak: the Chinese class phrase has more than one English rendering",
    );
    expect(nameEvidence(shared, policy)).toMatchObject({ strong: false, nameScore: 0.78 });
  });
});

// Since rules 1.140.0 (resol11): the query against the candidate's display name, when it matched another of its names
// short of equal: that name with one class word swapped is not the other name with a word added. (An alias whose
// every word both hold was 1.97.0's otherQualifier already; one written otherwise, "Organisation", was not.)
describe(`${nameEvidence.name}, a class word swapped against the display name (rules 1.140.0)`, () => {
  const through = (matchedName: string, nameScore: number): ScoredCandidate => ({
    entityId: 'listed',
    score: Math.max(nameScore, 0.88),
    queryName: 'Quarrow Service and Tidal Works Development Organization',
    matchedName,
    name: 'Quarrow Mines and Tidal Works Development Organization',
    lists: ['a-list'],
    features: [{ name: 'token_alignment', value: nameScore, reason: '' }],
  });
  it.each<[reason: string, candidate: ScoredCandidate, status: string]>([
    [
      'matched through a shorter alias written otherwise, the display name one class word apart: shown, not resolved',
      through('Quarrow Tidal Works Development Organisation', 0.87),
      'NOT_FOUND',
    ],
    [
      'the query equal to the alias it matched (a name score of 1) resolves',
      through('Quarrow Service and Tidal Works Development Organization', 1),
      'RESOLVED',
    ],
  ])('%s', (_reason, one, status) => {
    expect(decideResolution([one], [], policy).status).toBe(status);
  });
});

// Since rules 1.165.0 (legal7): the same at a name score of 1 when the query writes a legal-form word read as a class
// word ("Charity") that the name matched does not: the matcher drops the legal form, the query names another kind of body.
describe(`${nameEvidence.name}, a legal-form word read as a class word against the display name (since rules 1.165.0)`, () => {
  const through = (queryName: string, matchedName: string, name: string, lists: string[]): ScoredCandidate => ({
    entityId: 'body',
    score: 1,
    queryName,
    matchedName,
    name,
    lists,
    features: [{ name: 'token_alignment', value: 1, reason: '' }],
  });
  it.each<[reason: string, candidate: ScoredCandidate, status: string]>([
    [
      'a listed body matched through its short name, the query with "Charity" of its own, the display name a company: shown, not resolved',
      through('QUARROW TIDAL CHARITY', 'QUARROW TIDAL', 'QUARROW TIDAL SHIPPING COMPANY', ['a-list']),
      'NOT_FOUND',
    ],
    [
      'a registry body so, "Cooperative" of its own and a display name of another class: shown, not resolved',
      through('Quarrow Tidal Cooperative', 'Quarrow Tidal', 'Quarrow Tidal Institute', []),
      'NOT_FOUND',
    ],
    [
      'the display name of the charity’s kin (an association): resolved',
      through('QUARROW TIDAL CHARITY', 'QUARROW TIDAL', 'QUARROW TIDAL ASSOCIATION', ['a-list']),
      'RESOLVED',
    ],
    [
      'a company’s legal form of its own names no kind of body: resolved',
      through('QUARROW TIDAL LLC', 'QUARROW TIDAL', 'QUARROW TIDAL SHIPPING COMPANY', ['a-list']),
      'RESOLVED',
    ],
    [
      'the name matched writes the word too: resolved',
      through('QUARROW TIDAL CHARITY', 'QUARROW TIDAL CHARITY', 'QUARROW TIDAL SHIPPING COMPANY', ['a-list']),
      'RESOLVED',
    ],
  ])('%s', (_reason, one, status) => {
    expect(decideResolution([one], [], policy).status).toBe(status);
  });
});

// Since rules 1.140.0 (resol11): an organisation party's candidate that its list types as neither a person nor a body
// (`untyped`, the BIS Denied Persons List's LegalEntity) is not resolved to through initials alone.
describe(`${nameEvidence.name}, an untyped list entry matched through initials (rules 1.140.0)`, () => {
  const acronym = (untyped: boolean, value = 1): ScoredCandidate => ({
    entityId: 'dpl-entry',
    score: 0.92,
    queryName: 'Tarvel Electronica QMB, S.A.',
    matchedName: 'QUENTIN MARLOW BRADE',
    lists: ['us-bis-dpl'],
    features: [
      { name: 'token_alignment', value: 0.9, reason: '' },
      { name: 'acronym', value, reason: '"QMB" is the initials of "quentin marlow brade".' },
    ],
    ...(untyped ? { untyped } : {}),
  });
  it.each<[reason: string, candidate: ScoredCandidate, status: string]>([
    ['an untyped entry matched through initials is shown, not resolved', acronym(true), 'NOT_FOUND'],
    ['a typed organisation matched through initials keeps the score', acronym(false), 'RESOLVED'],
    ['an untyped entry matched by its name, no initials, resolves', acronym(true, 0), 'RESOLVED'],
  ])('%s', (_reason, one, status) => {
    const sut = decideResolution([one], [], policy);

    expect(sut.status).toBe(status);
    expect(sut.best?.entityId).toBe('dpl-entry');
  });

  it('says why', () => {
    expect(nameEvidence(acronym(true), policy).weakness).toBe(
      'the name matched is read as initials of "QUENTIN MARLOW BRADE", a list entry its list does not type as a person or a body, and an organisation is never resolved to a person',
    );
  });
});

/** A made-up person's record on the given lists. */
function record(entityId: string, listIds: string[], extra: Partial<PartyRecord> = {}): PartyRecord {
  return {
    entityId,
    schema: 'Person',
    names: ['Darius Kavehzadeh'],
    countries: ['ir'],
    birthDates: [],
    identifiers: [],
    listIds,
    ...extra,
  };
}

describe(listedPartyLinks.name, () => {
  const sameParty = { minScore: 0.9, corroboratedBy: ['identifier', 'birth_date', 'country'] };

  it.each<[string, PartyRecord[], Array<[string, string]>]>([
    [
      'entries of one person on two lists, same name and nationality, are one listed party',
      [record('un:1', ['un-sc']), record('ofac:1', ['us-ofac-sdn'], { names: ['KAVEHZADEH, Darius'] })],
      [['un:1', 'ofac:1']],
    ],
    [
      'two entries of one list are two entries',
      [record('ofac:1', ['us-ofac-sdn']), record('ofac:2', ['us-ofac-sdn'])],
      [],
    ],
    [
      'different dates of birth keep them apart',
      [
        record('un:1', ['un-sc'], { birthDates: ['1961'] }),
        record('ofac:1', ['us-ofac-sdn'], { birthDates: ['1974'] }),
      ],
      [],
    ],
    [
      'conflicting countries keep them apart',
      [record('un:1', ['un-sc']), record('ofac:1', ['us-ofac-sdn'], { countries: ['iq'] })],
      [],
    ],
    [
      'the same name with nothing to corroborate it is not enough',
      [record('un:1', ['un-sc'], { countries: [] }), record('ofac:1', ['us-ofac-sdn'], { countries: [] })],
      [],
    ],
    [
      'a different person of the same nationality is not merged',
      [record('un:1', ['un-sc']), record('ofac:1', ['us-ofac-sdn'], { names: ['Kourosh Mehrabani'] })],
      [],
    ],
    [
      'countries written in another case still corroborate (the matcher compares them lower-cased)',
      [
        record('un:1', ['un-sc'], { countries: ['IR'] }),
        record('ofac:1', ['us-ofac-sdn'], { names: ['KAVEHZADEH, Darius'] }),
      ],
      [['un:1', 'ofac:1']],
    ],
    [
      'a year of birth corroborates the full date it agrees with, with no country on either side',
      [
        record('un:1', ['un-sc'], { countries: [], birthDates: ['1961'] }),
        record('ofac:1', ['us-ofac-sdn'], { countries: [], birthDates: ['1961-04-02'] }),
      ],
      [['un:1', 'ofac:1']],
    ],
    [
      'a registration code among the later names corroborates as an identifier, written another way',
      [
        record('un:1', ['un-sc'], { schema: 'Vessel', names: ['Sea Falcon', 'IMO 9187654'], countries: [] }),
        record('ofac:1', ['us-ofac-sdn'], {
          schema: 'Vessel',
          names: ['SEA FALCON'],
          countries: [],
          identifiers: ['imo9187654'],
        }),
      ],
      [['un:1', 'ofac:1']],
    ],
    [
      'records with nothing that could corroborate are not linked, however alike their names',
      [
        record('un:1', ['un-sc'], { countries: ['ir'], birthDates: ['1961'], identifiers: ['P-1234567'] }),
        record('ofac:1', ['us-ofac-sdn'], { countries: ['iq'], birthDates: ['1974'], identifiers: ['P-7654321'] }),
      ],
      [],
    ],
    [
      'two persons whose own names pair words of other first consonants are not joined, one date of birth or not (1.216.0)',
      [
        record('un:1', ['un-sc'], { names: ['KAVREL ANSOM TARVEL AL-QUARROWI'], birthDates: ['1955-05-04'] }),
        record('ofac:1', ['us-ofac-sdn'], { names: ['AL-QUARROWI, Javrel Ansom Tarvel'], birthDates: ['1955-05-04'] }),
      ],
      [],
    ],
    [
      'the same person so dated is joined; a vowel first ("Oumran" / "Omran") is a spelling of one name (1.216.0)',
      [
        record('un:1', ['un-sc'], { names: ['OUMRAN ANSOM TARVEL AL-QUARROWI'], birthDates: ['1955-05-04'] }),
        record('ofac:1', ['us-ofac-sdn'], { names: ['AL-QUARROWI, Omran Ansom Tarvel'], birthDates: ['1955-05-04'] }),
      ],
      [['un:1', 'ofac:1']],
    ],
    [
      'a curated graph entity is never merged this way (that takes a SAME_AS decision)',
      [record('curated:1', []), record('ofac:1', ['us-ofac-sdn'])],
      [],
    ],
  ])('%s', (_reason, records, expected) => {
    const sut = listedPartyLinks(records, sameParty);

    expect(sut.map((link) => [link.left, link.right])).toEqual(expected);
  });

  /** A made-up body's record: its name of words and its acronym, of one country. */
  const body = (entityId: string, listIds: string[], names: string[]): PartyRecord =>
    record(entityId, listIds, { schema: 'Organization', names, countries: ['ir'] });

  it.each<[string, PartyRecord[], Array<[string, string]>]>([
    [
      'two bodies of one country whose names disagree but who write one acronym are two listed parties',
      [
        body('uk:1', ['uk-sanctions'], ['Quarrow Composites Institute (QCI)', 'QCI']),
        body('meti:1', ['jp-meti-eul'], ['Quarrow Communications Industries', 'QCI']),
      ],
      [],
    ],
    [
      'the acronym written with dots is an acronym too: two listed parties',
      [
        body('uk:1', ['uk-sanctions'], ['Quarrow Composites Institute', 'Q.C.I.']),
        body('meti:1', ['jp-meti-eul'], ['Quarrow Communications Industries', 'QCI']),
      ],
      [],
    ],
    [
      'one body whose names of words agree, the acronym beside them, is one listed party',
      [
        body('uk:1', ['uk-sanctions'], ['Quarrow Communications Industries (QCI)', 'QCI']),
        body('meti:1', ['jp-meti-eul'], ['QUARROW COMMUNICATION INDUSTRIES', 'QCI']),
      ],
      [['uk:1', 'meti:1']],
    ],
    [
      'an entry named by its acronym alone is compared by it as before',
      [
        body('uk:1', ['uk-sanctions'], ['QCI']),
        body('meti:1', ['jp-meti-eul'], ['Quarrow Composites Institute', 'QCI']),
      ],
      [['uk:1', 'meti:1']],
    ],
  ])('%s (since rules 1.214.0)', (_reason, records, expected) => {
    const sut = listedPartyLinks(records, sameParty);

    expect(sut.map((link) => [link.left, link.right])).toEqual(expected);
  });

  it('gives the same links with pairs kept between calls, and compares a changed record afresh', () => {
    const known = new ListedPairOutcomes(100);
    const records = [
      record('un:1', ['un-sc']),
      record('ofac:1', ['us-ofac-sdn'], { names: ['KAVEHZADEH, Darius'] }),
      record('ofac:2', ['us-ofac-cons'], { names: ['Kourosh Mehrabani'] }),
    ];

    const first = listedPartyLinks(records, sameParty, known);
    const again = listedPartyLinks(records, sameParty, known);
    const changed = [records[0], { ...records[1], names: ['Bahram Tavakkolian'] }, records[2]];
    const afterChange = listedPartyLinks(changed, sameParty, known);

    expect(first).toEqual(listedPartyLinks(records, sameParty));
    expect(again).toEqual(first);
    expect(first.map((link) => [link.left, link.right])).toEqual([['un:1', 'ofac:1']]);
    expect(afterChange).toEqual(listedPartyLinks(changed, sameParty));
    expect(afterChange).toEqual([]);
  });

  it('around one body, gives the links among its members as the whole answer lists them', () => {
    const records = [
      record('un:1', ['un-sc']),
      record('ofac:2', ['us-ofac-cons'], { names: ['Kourosh Mehrabani'] }),
      record('ofac:1', ['us-ofac-sdn'], { names: ['KAVEHZADEH, Darius'] }),
      record('uk:2', ['uk-sanctions'], { names: ['MEHRABANI, Kourosh'] }),
      record('uk:1', ['uk-sanctions'], { names: ['Darius Kavehzadeh'] }),
    ];
    const whole = listedPartyLinks(records, sameParty);
    const pairs = (links: ListedPartyLink[]) => links.map((link) => [link.left, link.right]);

    const alone = listedPartyLinks(records, sameParty, null, { id: 'un:1', sameAs: [] });
    const joined = listedPartyLinks(records, sameParty, null, {
      id: 'un:1',
      sameAs: [
        ['graph:7', 'un:1'],
        ['graph:7', 'ofac:2'],
      ],
    });

    expect(pairs(whole)).toEqual([
      ['un:1', 'ofac:1'],
      ['un:1', 'uk:1'],
      ['ofac:2', 'uk:2'],
      ['ofac:1', 'uk:1'],
    ]);
    expect(pairs(alone)).toEqual([
      ['un:1', 'ofac:1'],
      ['un:1', 'uk:1'],
      ['ofac:1', 'uk:1'],
    ]);
    expect(pairs(joined)).toEqual(pairs(whole));
  });

  it('keeps at most its capacity of pairs, forgetting the oldest first', () => {
    const known = new ListedPairOutcomes(2);
    const records = [record('a:1', ['a']), record('b:1', ['b']), record('c:1', ['c'])];

    listedPartyLinks(records, sameParty, known);

    expect(known.size).toBe(2);
  });

  it('says why two records are one listed party', () => {
    const [sut] = listedPartyLinks([record('un:1', ['un-sc']), record('ofac:1', ['us-ofac-sdn'])], sameParty);

    expect(sut.reason).toMatch(
      /^un:1 \(un-sc\) and ofac:1 \(us-ofac-sdn\) are one listed party: .* compare at 1; Both are linked to IR$/,
    );
  });
});

describe(`${listedBodyLinks.name} (rules 1.108.0)`, () => {
  const sameListedBody = { minScore: 0.9 };
  const entry = body('meti:1', ['jp-meti-eul'], ['Quarrow Institute of Tidal Engineering (QITE)']);
  const registry = body('ror:1', [], ['Quarrow Institute of Tidal Engineering', 'QITE']);

  it.each<[string, PartyRecord[], Array<[string, string]>, Array<readonly [string, string]>?]>([
    [
      'a list entry and the body of the graph it names, same name and country, are one body',
      [entry, registry],
      [['meti:1', 'ror:1']],
    ],
    [
      'a country on one side only is no conflict',
      [
        body('ofac:1', ['us-ofac-cons'], ['QUARROW TIDAL INDUSTRIES GROUP CORPORATION'], { countries: [] }),
        body('cdut:1', [], ['Quarrow Tidal Industries Group Corporation']),
      ],
      [['ofac:1', 'cdut:1']],
    ],
    [
      'conflicting countries keep them apart',
      [entry, body('ror:1', [], ['Quarrow Institute of Tidal Engineering'], { countries: ['pk'] })],
      [],
    ],
    [
      'a relationship of the graph between them (a unit and its parent) keeps them apart',
      [
        { ...entry, related: ['ror:1'] },
        { ...registry, related: ['meti:1'] },
      ],
      [],
    ],
    [
      "the entry must be a name of the body and the body a name of the entry: a parent holding its unit's name as an alias is not the unit",
      [
        body('nro:1', ['ca-nro'], ['Quarrow Tidal Switching Research Center']),
        body('cdut:1', [], ['Quarrow Engineering University', 'Quarrow Tidal Switching Research Center']),
      ],
      [],
    ],
    [
      'another body of the graph is another body: a class word swapped is not a name of it',
      [entry, body('ror:2', [], ['Quarrow Society of Tidal Engineering'])],
      [],
    ],
    [
      'a list entry that names two bodies of the graph is linked to neither',
      [entry, registry, body('cdut:2', [], ['Quarrow Institute of Tidal Engineering'])],
      [],
    ],
    [
      'two bodies of the graph one by SAME_AS count as one body',
      [entry, registry, body('cdut:2', [], ['Quarrow Institute of Tidal Engineering'])],
      [
        ['meti:1', 'ror:1'],
        ['meti:1', 'cdut:2'],
      ],
      [['ror:1', 'cdut:2']],
    ],
    [
      "two list entries are listedPartyLinks' business",
      [entry, body('uk:1', ['uk-sanctions'], ['Quarrow Institute of Tidal Engineering'])],
      [],
    ],
    [
      'persons are never linked this way',
      [
        body('un:1', ['un-sc'], ['Darius Kavehzadeh'], { schema: 'Person' }),
        body('curated:1', [], ['Darius Kavehzadeh'], { schema: 'Person' }),
      ],
      [],
    ],
  ])('%s', (_reason, records, expected, sameAs = []) => {
    const sut = listedBodyLinks(records, sameListedBody, sameAs);

    expect(sut.map((link) => [link.left, link.right])).toEqual(expected);
  });

  it('says why the list entry and the body are one', () => {
    const [sut] = listedBodyLinks([entry, registry], sameListedBody);

    expect(sut.reason).toMatch(
      /^the list entry meti:1 \(jp-meti-eul\) and the body ror:1 of the graph are one body: "Quarrow Institute of Tidal Engineering \(QITE\)" and "Quarrow Institute of Tidal Engineering" compare at 1, .* at 1; country CN on both; the graph joins them by no relationship$/,
    );
  });
});
