import { describe, expect, it } from 'vitest';
import { decideResolution, type ScoredCandidate } from '../risk/resolution-rule';
import { graphBodyCandidate as body, SPEC_POLICY } from '../risk/scored-candidate.testing';
import { countryAtLength, otherCountryWritten } from './country-in-name';

// Rules 1.166.0 (assess4): a country a body's name writes, read against the country the query is given in
// (bench/HISTORY.md "## Resolution", assess4). Made-up body names throughout; the countries are the tables' own.
describe(countryAtLength.name, () => {
  it.each<[reason: string, name: string, head: string, countries: string[], expected: string | null]>([
    [
      'the name with the country given written at length by a formal name (form of state, then the short name)',
      'Ministry of Tides of the Republic of Korea',
      'Ministry of Tides',
      ['kr'],
      'the Republic of Korea',
    ],
    [
      'a formal name the country tables write whole ("People\'s Republic of China")',
      "Ministry of Tides of the People's Republic of China",
      'Ministry of Tides',
      ['cn'],
      "the People's Republic of China",
    ],
    [
      'a kingdom by its formal name',
      'Quarrow Tidal Board of the Kingdom of Norway',
      'Quarrow Tidal Board',
      ['no'],
      'the Kingdom of Norway',
    ],
    ['the short name alone after "of"', 'Ministry of Tides of Norway', 'Ministry of Tides', ['no'], 'Norway'],
    [
      'another country than the one given: null',
      'Ministry of Tides of the Republic of Korea',
      'Ministry of Tides',
      ['jp'],
      null,
    ],
    [
      'a formal name that names another state than its short name ("Republic of China" is not CN): null',
      'Ministry of Tides of the Republic of China',
      'Ministry of Tides',
      ['cn'],
      null,
    ],
    [
      'the name is not the query\'s name followed by "of": null',
      'Quarrow Ministry of Tides of the Republic of Korea',
      'Ministry of Tides',
      ['kr'],
      null,
    ],
    [
      'words after the country: null',
      'Ministry of Tides of the Republic of Korea Pellby Office',
      'Ministry of Tides',
      ['kr'],
      null,
    ],
    ['no country given: null', 'Ministry of Tides of the Republic of Korea', 'Ministry of Tides', [], null],
  ])('%s', (_reason, name, head, countries, expected) => {
    expect(countryAtLength(name, head, countries)).toBe(expected);
  });
});

describe(otherCountryWritten.name, () => {
  it.each<[reason: string, query: string, matched: string, countries: string[], expected: string | null]>([
    [
      'a country of its own after a comma, another than the one given',
      "Prime Minister's Tidal Office",
      "Prime Minister's Tidal Office, Brunei Government",
      ['sg'],
      'brunei',
    ],
    [
      'a country of several words, read whole ("Papua New Guinea", not "Guinea")',
      'Quarrow Tidal Institute',
      'Quarrow Tidal Institute of Papua New Guinea',
      ['gn'],
      'papua new guinea',
    ],
    [
      'the country given written: null',
      "Prime Minister's Tidal Office",
      "Prime Minister's Tidal Office, Singapore",
      ['sg'],
      null,
    ],
    [
      'a country the query writes too is no word of the name of its own: null',
      'Georgia Tidal Institute',
      'Georgia Tidal Institute',
      ['us'],
      null,
    ],
    ['no country in the name: null', 'Quarrow Tidal Institute', 'Quarrow Tidal Institute, Pellby', ['sg'], null],
    ['no country given: null', "Prime Minister's Tidal Office", "Prime Minister's Tidal Office, Brunei", [], null],
  ])('%s', (_reason, query, matched, countries, expected) => {
    expect(otherCountryWritten(query, matched, countries)).toBe(expected);
  });
});

describe(`${decideResolution.name}: a country the matched name writes, against the query's (rules 1.166.0)`, () => {
  const namesake = (entityId: string, score = 1) =>
    body(entityId, score, 1, ['Ministry of Tides', 'Ministry of Tides'], { name: 'Ministry of Tides' });
  const korean = (more: Partial<ScoredCandidate> = {}, score = 1) =>
    body('ror:tides-kr', score, score === 1 ? 1 : 0.893, ['Ministry of Tides', 'Ministry of Tides'], {
      name: 'Ministry of Tides of the Republic of Korea',
      features: [
        { name: 'token_alignment', value: score === 1 ? 1 : 0.893, reason: '' },
        { name: 'country', value: 1, reason: '' },
      ],
      ...more,
    });
  const conflicting = body('ror:tides-jp', 0.95, 1, ['Ministry of Tides', 'Ministry of Tides'], {
    features: [
      { name: 'token_alignment', value: 1, reason: '' },
      { name: 'country', value: -1, reason: '' },
    ],
  });
  it.each<
    [reason: string, candidates: ScoredCandidate[], countries: string[], expected: { status: string; id?: string }]
  >([
    [
      'the body named with the country given at length (matched through its alias) ties a namesake of no known country: RESOLVED to it',
      [korean(), namesake('ror:tides-none'), conflicting],
      ['kr'],
      { status: 'RESOLVED', id: 'ror:tides-kr' },
    ],
    [
      'matched through its name written at length (0.913), below two namesakes of no known country (1.000): RESOLVED to it',
      [
        korean({ matchedName: 'Ministry of Tides of the Republic of Korea' }, 0.913),
        namesake('ror:tides-none'),
        namesake('fund:tides-none'),
      ],
      ['kr'],
      { status: 'RESOLVED', id: 'ror:tides-kr' },
    ],
    [
      'a second body of that country and name (its country agrees) among them: AMBIGUOUS',
      [
        korean(),
        body('list:tides-kr', 1, 1, ['Ministry of Tides', 'Ministry of Tides'], {
          features: [
            { name: 'token_alignment', value: 1, reason: '' },
            { name: 'country', value: 1, reason: '' },
          ],
        }),
      ],
      ['kr'],
      { status: 'AMBIGUOUS' },
    ],
    [
      'the query given in another country: the name written at length is not its country, AMBIGUOUS as before',
      [korean({ features: [{ name: 'token_alignment', value: 1, reason: '' }] }), namesake('ror:tides-none')],
      ['jp'],
      { status: 'AMBIGUOUS' },
    ],
    [
      'no country given: AMBIGUOUS as before',
      [korean({ features: [{ name: 'token_alignment', value: 1, reason: '' }] }), namesake('ror:tides-none')],
      [],
      { status: 'AMBIGUOUS' },
    ],
    [
      'a best of no known country whose matched name writes another country than the one given: NOT_FOUND, shown',
      [
        body('ror:pmo', 1, 1, ["Prime Minister's Tidal Office", "Prime Minister's Tidal Office, Brunei Government"], {
          name: "Prime Minister's Tidal Office, Brunei Darussalam",
        }),
      ],
      ['sg'],
      { status: 'NOT_FOUND', id: 'ror:pmo' },
    ],
    [
      'the same with no country given: NOT_FOUND, shown, since rules 1.185.0 (the name matched adds a country the query does not say)',
      [
        body('ror:pmo', 1, 1, ["Prime Minister's Tidal Office", "Prime Minister's Tidal Office, Brunei Government"], {
          name: "Prime Minister's Tidal Office, Brunei Darussalam",
        }),
      ],
      [],
      { status: 'NOT_FOUND', id: 'ror:pmo' },
    ],
    [
      'a best whose record is of a known country (the matcher compared the countries): the name is not read, RESOLVED',
      [
        body('ror:pmo', 1, 1, ["Prime Minister's Tidal Office", "Prime Minister's Tidal Office, Brunei Government"], {
          features: [
            { name: 'token_alignment', value: 1, reason: '' },
            { name: 'country', value: 1, reason: '' },
          ],
        }),
      ],
      ['sg'],
      { status: 'RESOLVED', id: 'ror:pmo' },
    ],
  ])('%s', (_reason, candidates, countries, expected) => {
    const decision = decideResolution(candidates, [], SPEC_POLICY, countries);
    expect(decision.status).toBe(expected.status);
    if (expected.id) {
      expect(decision.best?.entityId).toBe(expected.id);
    }
  });

  it('says why, in the words an analyst checks', () => {
    const atLength = decideResolution([korean(), namesake('ror:tides-none'), conflicting], [], SPEC_POLICY, ['kr']);
    expect(atLength.why).toBe(
      'it scores 1 (at least 0.85 is needed), its name "Ministry of Tides of the Republic of Korea" is the name asked with the country given written at length ("the Republic of Korea"), and the other body as strong by name (Ministry of Tides, 1) is of no known country: the name without a country, not the name in the one given',
    );
    const other = decideResolution(
      [body('ror:pmo', 1, 1, ["Prime Minister's Tidal Office", "Prime Minister's Tidal Office, Brunei Government"])],
      [],
      SPEC_POLICY,
      ['sg'],
    );
    expect(other.why).toBe(
      'the best candidate is of no known country, and the name it matched, "Prime Minister\'s Tidal Office, Brunei Government", writes another country ("brunei") than the one given (SG): a name that places a body in another country does not resolve, as a record of another country does not',
    );
  });
});
