import { describe, expect, it } from 'vitest';
import { findNameLinks, splitFiledFunders } from './reference-linking';
import type { LinkCandidate, RegistryBody } from './reference.repository';

const body = (
  id: string,
  name: string,
  country: string[],
  aliases: string[] = [],
  acronyms: string[] = [],
): RegistryBody => ({
  id,
  name,
  aliases,
  acronyms,
  country,
});
const candidate = (id: string, name: string, country: string[], aliases: string[] = []): LinkCandidate => ({
  id,
  name,
  aliases,
  country,
  fromList: false,
});

describe(findNameLinks.name, () => {
  it.each([
    {
      reason: 'the same name after normalisation and the same country link',
      bodies: [body('ror:1', 'China Aerodynamics Research and Development Center', ['cn'])],
      candidates: [candidate('cdut:1', 'China Aerodynamics Research & Development Center', ['cn'])],
      links: [['ror:1', 'cdut:1']],
    },
    {
      reason: 'a registry alias (a former name) links as well as the display name',
      bodies: [body('ror:2', 'Tiangong University', ['cn'], ['Tianjin Polytechnic University'])],
      candidates: [candidate('cdut:2', 'Tianjin Polytechnic University', ['cn'])],
      links: [['ror:2', 'cdut:2']],
    },
    {
      reason:
        'a record sharing only an alias with the registry body, the own names differing, does not link (since rules 1.235.0: a translated alias)',
      bodies: [body('ror:20', 'Norland Reserve Institute', ['xa'], ['Bank of Norland'])],
      candidates: [candidate('list:20', 'Bank Tarvik', ['xa'], ['Bank of Norland'])],
      links: [],
    },
    {
      reason:
        "sharing only aliases, the record's own name a spelling of another name of the body, links (since rules 1.235.0)",
      bodies: [
        body(
          'ror:21',
          'Pellby Flying College',
          ['xa'],
          ['Air Force Pellby Flight Academy', 'Pellby Flight College of Air Force'],
        ),
      ],
      candidates: [
        candidate('list:21', 'Airforce Pellby Flight Academy', ['xa'], ['Pellby Flight College of Air Force']),
      ],
      links: [['ror:21', 'list:21']],
    },
    {
      reason: 'the same name in another country does not link',
      bodies: [body('ror:3', 'Naval Research Academy', ['cn'])],
      candidates: [candidate('list:3', 'Naval Research Academy', ['ir'])],
      links: [],
    },
    {
      reason: 'a name two registry bodies share in one country links neither',
      bodies: [body('ror:4', 'Institute of Physics', ['gb']), body('ror:5', 'Institute of Physics', ['gb'])],
      candidates: [candidate('list:4', 'Institute of Physics', ['gb'])],
      links: [],
    },
    {
      reason: 'an acronym never links on its own',
      bodies: [body('ror:6', 'Cleveland State University', ['cn'], ['CSU'], ['CSU'])],
      candidates: [candidate('cdut:6', 'Coral Summit University', ['cn'], ['CSU'])],
      links: [],
    },
    {
      reason: 'a candidate without a country is never linked',
      bodies: [body('ror:7', 'Thailand Science Research and Innovation', ['th'])],
      candidates: [candidate('list:7', 'Thailand Science Research and Innovation', [])],
      links: [],
    },
    {
      reason: 'since rules 1.118.0: a registry name with its country in brackets after it links without them',
      bodies: [body('ror:8', 'Quarrow Aviation Industry Corporation of Norland (Norway)', ['no'], ['QAIC'], ['QAIC'])],
      candidates: [candidate('cdut:8', 'Quarrow Aviation Industry Corporation of Norland', ['no'], ['QAIC'])],
      links: [['ror:8', 'cdut:8']],
    },
    {
      reason: 'a place in brackets that is no country is not dropped',
      bodies: [body('ror:9', 'Quarrow Tidal Works (Tromso)', ['no'])],
      candidates: [candidate('cdut:9', 'Quarrow Tidal Works', ['no'])],
      links: [],
    },
    {
      reason: 'a name in brackets, the country dropped, still needs the country on both records',
      bodies: [body('ror:10', 'Quarrow Tidal Works (Norway)', ['no'])],
      candidates: [candidate('list:10', 'Quarrow Tidal Works', ['se'])],
      links: [],
    },
  ])('$reason', ({ bodies, candidates, links }) => {
    const sut = findNameLinks(bodies, candidates);

    expect(sut.map((link) => [link.entityId, link.otherId])).toEqual(links);
    for (const link of sut) {
      expect(link.score).toBeGreaterThanOrEqual(0.7);
      expect(link.note).toMatch(/Same name after normalisation/);
    }
  });

  it('says when the country in brackets was set aside', () => {
    const [sut] = findNameLinks(
      [body('ror:8', 'Quarrow Aviation Industry Corporation of Norland (Norway)', ['no'])],
      [candidate('cdut:8', 'Quarrow Aviation Industry Corporation of Norland', ['no'])],
    );

    expect(sut.note).toBe(
      'Same name after normalisation, the country the registry writes in brackets after its name set aside ("Quarrow Aviation Industry Corporation of Norland" = "Quarrow Aviation Industry Corporation of Norland (Norway)") and the same country (no); the only registry body with that name there',
    );
  });
});

describe(splitFiledFunders.name, () => {
  const entities = new Map([
    ['ror:q1', { name: 'Quarrow Department of Tides', aliases: ['Department of Tides of Quarrow'] }],
    ['ror:q2', { name: 'Norland Science Foundation', aliases: [] }],
  ]);
  it.each([
    {
      reason: "a funder whose name is a name of the record's body is that body",
      funder: { name: 'Department of Tides, Quarrow', aliases: [] },
      entityId: 'ror:q1',
      same: true,
    },
    {
      reason: 'an alias of the funder may be the one that matches',
      funder: { name: 'QDT', aliases: ['Quarrow Department of Tides'] },
      entityId: 'ror:q1',
      same: true,
    },
    {
      reason: "a unit the registry files under the record's body is not that body",
      funder: { name: 'Office of Tide Forecasting, Quarrow Department of Tides', aliases: [] },
      entityId: 'ror:q1',
      same: false,
    },
    {
      reason: "nor is a province's foundation filed under a national foundation",
      funder: { name: 'Tarvel Provincial Science Foundation', aliases: [] },
      entityId: 'ror:q2',
      same: false,
    },
    {
      reason: 'a record the graph does not hold decides nothing: not the same body',
      funder: { name: 'Norland Science Foundation', aliases: [] },
      entityId: 'ror:absent',
      same: false,
    },
  ])('$reason', ({ funder, entityId, same }) => {
    const filed = [{ funderId: '5011', entityId }];
    const result = splitFiledFunders(filed, new Map([['5011', funder]]), entities);
    expect(result).toEqual(same ? { same: filed, other: [] } : { same: [], other: filed });
  });
});
