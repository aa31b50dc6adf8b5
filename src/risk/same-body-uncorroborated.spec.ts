import { describe, expect, it } from 'vitest';
import {
  classWordsAdded,
  listedBodyLinks,
  listedOrganisationLinks,
  listedPartyLinks,
  type PartyRecord,
} from './resolution-rule';
import { body } from './party-records.testing';

// Rules 1.118.0 (branch linkE2): the rest of probe1's class E, one body answered AMBIGUOUS between its own records.

describe(classWordsAdded.name, () => {
  it.each<[string, string, string, boolean]>([
    [
      'a class word and a legal form added',
      'QUARROW NORTH TIDAL GROUP CORPORATION LIMITED',
      'Quarrow North Tidal Group',
      true,
    ],
    ['either way round', 'Quarrow North Tidal Group', 'Quarrow North Tidal Group Corporation', true],
    ['a name word added is not', 'Quarrow North Tidal Group Pellby', 'Quarrow North Tidal Group', false],
    ['a class word swapped is not', 'Quarrow North Tidal Corporation', 'Quarrow North Tidal Group', false],
    ['the same words are not', 'Quarrow North Tidal Group', 'QUARROW NORTH TIDAL GROUP', false],
    [
      'a country written after a name in brackets is its qualifier (rules 1.233.0)',
      'Quarrow Tidal (Norway)',
      'Public Joint Stock Company "Quarrow Tidal Corporation"',
      true,
    ],
    ['a country written after its last comma too', 'Quarrow Tidal Corporation', 'Quarrow Tidal, Norway', true],
    [
      'a place in brackets that is no country is a word added',
      'Quarrow Tidal (Harbourville)',
      'Quarrow Tidal Corporation',
      false,
    ],
  ])('%s', (_reason, left, right, expected) => {
    expect(classWordsAdded(left, right)).toBe(expected);
  });
});

describe(`${listedBodyLinks.name}: class words and legal forms the entry's name adds (rules 1.118.0)`, () => {
  const sameListedBody = { minScore: 0.9, classWordsAddedMinScore: 0.8 };
  const group = body('cdut:1', [], ['Quarrow North Tidal Industries Group', 'Qunotic']);

  it.each<[string, PartyRecord[], Array<[string, string]>, { minScore: number; classWordsAddedMinScore?: number }?]>([
    [
      "the list's name is the body's with a class word and a legal form added, and holds the body's name as written",
      [
        body(
          'ofac:1',
          ['us-ofac-cons'],
          [
            'QUARROW NORTH TIDAL INDUSTRIES GROUP CORPORATION LIMITED',
            'QUARROW NORTH TIDAL INDUSTRIES GROUP CO. LTD',
            'QUNOTIC',
          ],
        ),
        group,
      ],
      [['ofac:1', 'cdut:1']],
    ],
    [
      'without the lower score (rules 1.113.0) they stay apart',
      [
        body(
          'ofac:1',
          ['us-ofac-cons'],
          ['QUARROW NORTH TIDAL INDUSTRIES GROUP HOLDING LIMITED', 'QUARROW NORTH TIDAL INDUSTRIES GROUP CO. LTD'],
        ),
        group,
      ],
      [],
      { minScore: 0.9 },
    ],
    [
      "the body's own name must still be a name of the entry: the list's name with class words added alone is not enough (a holding: a company kind word left out costs less since rules 1.228.0)",
      [body('ofac:1', ['us-ofac-cons'], ['QUARROW NORTH TIDAL INDUSTRIES GROUP HOLDING LIMITED']), group],
      [],
    ],
    [
      "a company kind word and a legal form the list's name adds (rules 1.228.0): the matcher's score alone links them",
      [body('ofac:1', ['us-ofac-cons'], ['QUARROW NORTH TIDAL INDUSTRIES GROUP CORPORATION LIMITED']), group],
      [['ofac:1', 'cdut:1']],
    ],
    [
      "a unit with class words of its own ('… Group Research Institute') that holds the group's name is kept apart by the relationship",
      [
        body(
          'nro:1',
          ['ca-nro'],
          ['Quarrow North Tidal Industries Group Research Institute', 'Quarrow North Tidal Industries Group'],
          {
            related: ['cdut:1'],
          },
        ),
        { ...group, related: ['nro:1'] },
      ],
      [],
    ],
    [
      "a registry's company named with its country in brackets, the entry's name with a legal form and kind word, no country (rules 1.233.0)",
      [
        body('uk:7', ['uk-sanctions'], ['Public Joint Stock Company "Quarrow Tidal Corporation"'], { countries: [] }),
        body('ror:7', [], ['Quarrow Tidal (Norway)'], { countries: ['no'] }),
      ],
      [['uk:7', 'ror:7']],
    ],
    [
      'the entry known in another country than the one the body writes: apart (rules 1.233.0)',
      [
        body('uk:7', ['uk-sanctions'], ['Public Joint Stock Company "Quarrow Tidal Corporation"'], {
          countries: ['se'],
        }),
        body('ror:7', [], ['Quarrow Tidal (Norway)'], { countries: ['no'] }),
      ],
      [],
    ],
    [
      'a name word added is no class word: the lower score does not apply',
      [
        body(
          'ofac:1',
          ['us-ofac-cons'],
          ['QUARROW NORTH TIDAL INDUSTRIES GROUP PELLBY', 'QUARROW NORTH TIDAL INDUSTRIES GROUP'],
        ),
        group,
      ],
      [],
    ],
  ])('%s', (_reason, records, expected, policy = sameListedBody) => {
    const sut = listedBodyLinks(records, policy);

    expect(sut.map((link) => [link.left, link.right])).toEqual(expected);
  });
});

describe(`${listedOrganisationLinks.name} (rules 1.118.0)`, () => {
  const sameListedOrganisation = { minScore: 0.9 };
  const sameParty = { minScore: 0.9, corroboratedBy: ['identifier', 'birth_date', 'country'] };
  const corroborated = (records: PartyRecord[]) =>
    listedPartyLinks(records, sameParty).map((link): [string, string] => [link.left, link.right]);
  const meti = body('meti:1', ['jp-meti-eul'], ['Quarrow Tidal Institute (QTI)'], { countries: ['ir'] });
  const uk = body('uk:1', ['uk-sanctions'], ['QUARROW TIDAL INSTITUTE'], { countries: [], identifiers: ['irq020'] });
  const un = body('un:1', ['un-sc'], ['QUARROW TIDAL INSTITUTE'], { countries: [], identifiers: ['irq020'] });

  it.each<[string, PartyRecord[], Array<[string, string]>, Array<[string, string]>?]>([
    ['two lists name one body alike, a country on one side only', [meti, uk], [['meti:1', 'uk:1']]],
    ['no country on either side', [{ ...meti, countries: [] }, uk], [['meti:1', 'uk:1']]],
    [
      'the entries it names are one listed party by an identifier both hold: linked to both',
      [meti, uk, un],
      [
        ['meti:1', 'uk:1'],
        ['meti:1', 'un:1'],
      ],
    ],
    [
      'two other entries of that name not one party: linked to neither',
      [meti, uk, { ...un, identifiers: ['irq777'] }],
      [],
    ],
    [
      "a country on both sides is listedPartyLinks' business (agreeing or conflicting)",
      [meti, { ...uk, countries: ['ir'] }],
      [],
    ],
    ['identifiers on both sides (not shared) keep them apart', [{ ...meti, identifiers: ['12345'] }, uk], []],
    ['two entries of one list are two entries', [meti, { ...uk, listIds: ['jp-meti-eul'] }], []],
    [
      'a name word more on one side keeps them apart',
      [meti, { ...uk, names: ['QUARROW TIDAL INSTITUTE OF PELLBY'] }],
      [],
    ],
    ['a class word swapped keeps them apart', [meti, { ...uk, names: ['QUARROW TIDAL COMPANY'] }], []],
    [
      'persons are never linked so',
      [
        body('meti:2', ['jp-meti-eul'], ['Darius Kavehzadeh'], { schema: 'Person', countries: ['ir'] }),
        body('uk:2', ['uk-sanctions'], ['Darius Kavehzadeh'], { schema: 'Person', countries: [] }),
      ],
      [],
    ],
  ])('%s', (_reason, records, expected, links = []) => {
    const sut = listedOrganisationLinks(records, sameListedOrganisation, links, corroborated);

    expect(sut.map((link) => [link.left, link.right])).toEqual(expected);
  });

  it('says why, and that nothing corroborates it', () => {
    const [sut] = listedOrganisationLinks([meti, uk], sameListedOrganisation, [], corroborated);

    expect(sut.reason).toBe(
      'meti:1 (jp-meti-eul) and uk:1 (uk-sanctions) are one listed party, with no fact on both records to corroborate it: "Quarrow Tidal Institute (QTI)" and "QUARROW TIDAL INSTITUTE" compare at 1, "QUARROW TIDAL INSTITUTE" and "Quarrow Tidal Institute (QTI)" at 1; country IR on one, none on the other; no other listed party named so',
    );
  });
});
