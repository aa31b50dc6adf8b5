import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import {
  ENTITY_LABELS,
  ORGANISATION_KINDS,
  RELATIONSHIP_TYPES,
  type EntityRecord,
  type GraphBatch,
  type RelationshipRecord,
  type RelationshipType,
} from '../common/graph-model';
import {
  buildSeedGraph,
  buildSeedGraphWithReport,
  CURATED_FILE,
  loadSeedFiles,
  sourceIdForUrl,
  TRACKER_FILE,
} from './seed-transform';

const SEED_DIRECTORY = join(__dirname, '..', '..', 'seed');
const TRACKER_INSTITUTIONS = 159;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SEED_DIRECTORY, file), 'utf8')) as Record<string, unknown>;
}

type JsonRecord = Record<string, unknown>;

/** Just enough of the two files' shapes for the tests that break them. */
interface SeedInputs {
  tracker: { values: { uuid: string; value?: string; meta: JsonRecord }[] };
  curated: { entities: (JsonRecord & { label: string; trackerUuid?: string })[]; relationships: JsonRecord[] };
}

/** Fresh copies for each test that changes its input. */
function seedInputs(): SeedInputs {
  return { tracker: readJson(TRACKER_FILE), curated: readJson(CURATED_FILE) } as unknown as SeedInputs;
}

describe(buildSeedGraph.name, () => {
  let sut: GraphBatch;
  let byName: Map<string, EntityRecord>;

  const entityNamed = (name: string): EntityRecord => {
    const entity = byName.get(name) ?? sut.entities.find((candidate) => candidate.aliases.includes(name));
    if (entity === undefined) {
      throw new Error(`no entity named ${name}`);
    }
    return entity;
  };
  /** The relationships of a type from an entity, given as a record or by name. */
  const relationshipsFrom = (entity: EntityRecord | string, type: RelationshipType): RelationshipRecord[] => {
    const fromId = (typeof entity === 'string' ? entityNamed(entity) : entity).id;
    return sut.relationships.filter((relationship) => relationship.fromId === fromId && relationship.type === type);
  };
  const targetsOf = (entity: EntityRecord, type: RelationshipType): string[] =>
    relationshipsFrom(entity, type).map((relationship) => sut.entities.find((e) => e.id === relationship.toId)!.name);

  beforeAll(() => {
    const { tracker, curated } = seedInputs();
    sut = buildSeedGraph(tracker, curated);
    byName = new Map(sut.entities.map((entity) => [entity.name, entity]));
  });

  describe('counts and invariants', () => {
    it('makes one entity per tracker institution, with its uuid in the id', () => {
      const institutions = sut.entities.filter((entity) => entity.id.startsWith('cdut:'));

      expect(institutions).toHaveLength(TRACKER_INSTITUTIONS);
      expect(institutions.every((entity) => entity.id === `cdut:${String(entity.properties.uuid)}`)).toBe(true);
    });

    it('gives every entity, source and relationship a unique identity', () => {
      const relationshipKeys = sut.relationships.map((relationship) =>
        [relationship.type, relationship.fromId, relationship.toId, relationship.validFrom, relationship.validTo].join(
          '|',
        ),
      );

      expect(new Set(sut.entities.map((entity) => entity.id)).size).toBe(sut.entities.length);
      expect(new Set(sut.sources.map((source) => source.id)).size).toBe(sut.sources.length);
      expect(new Set(relationshipKeys).size).toBe(relationshipKeys.length);
    });

    it('points every relationship at entities that exist', () => {
      const ids = new Set(sut.entities.map((entity) => entity.id));

      const dangling = sut.relationships.filter(
        (relationship) => !ids.has(relationship.fromId) || !ids.has(relationship.toId),
      );

      expect(dangling).toEqual([]);
    });

    it('backs every fact with a source that exists', () => {
      const sourceIds = new Set(sut.sources.map((source) => source.id));
      const used = [
        ...sut.entities.flatMap((entity) => [...entity.sourceIds, ...entity.riskCategorySourceIds]),
        ...sut.relationships.flatMap((relationship) => relationship.sourceIds),
      ];

      expect(used.filter((id) => !sourceIds.has(id))).toEqual([]);
      expect(sut.entities.filter((entity) => entity.sourceIds.length === 0)).toEqual([]);
      expect(sut.relationships.filter((relationship) => relationship.sourceIds.length === 0)).toEqual([]);
    });

    it('backs each risk category with its own source', () => {
      const unbacked = sut.entities.filter(
        (entity) => entity.riskCategories.length !== entity.riskCategorySourceIds.length,
      );

      expect(unbacked).toEqual([]);
    });

    it('uses only the labels, kinds and relationship types of the graph model', () => {
      const organisationKinds: readonly (string | null)[] = ORGANISATION_KINDS;

      expect(sut.entities.filter((entity) => !ENTITY_LABELS.includes(entity.label))).toEqual([]);
      expect(
        sut.entities.filter((entity) => entity.label === 'Organisation' && !organisationKinds.includes(entity.kind)),
      ).toEqual([]);
      expect(sut.relationships.filter((relationship) => !RELATIONSHIP_TYPES.includes(relationship.type))).toEqual([]);
    });

    it('places every Chinese entity in the State of China', () => {
      const state = entityNamed("People's Republic of China");
      const located = new Set(
        sut.relationships
          .filter((relationship) => relationship.type === 'LOCATED_IN' && relationship.toId === state.id)
          .map((relationship) => relationship.fromId),
      );

      const unplaced = sut.entities.filter(
        (entity) => entity.id !== state.id && entity.country.includes('cn') && !located.has(entity.id),
      );

      expect(state).toMatchObject({ id: 'state:cn', label: 'State', country: ['cn'], riskCategories: ['state'] });
      expect(unplaced).toEqual([]);
    });

    it('finds curated facts for every supervising agency the tracker names', () => {
      const { tracker, curated } = seedInputs();

      const { report } = buildSeedGraphWithReport(tracker, curated);

      expect(report.agenciesWithoutCuratedFacts).toEqual([]);
      expect(report.unattachedLaboratoryNotes).toEqual([]);
    });

    it('gives the same ids and records on every run', () => {
      const { tracker, curated } = seedInputs();

      expect(buildSeedGraph(tracker, curated)).toEqual(sut);
    });

    it('reads the same graph through loadSeedFiles', () => {
      expect(loadSeedFiles(SEED_DIRECTORY)).toEqual(sut);
    });
  });

  describe('tracker institutions', () => {
    it.each([
      {
        name: 'Harbin Engineering University',
        label: 'Organisation',
        kind: 'University',
        riskCategories: ['defence-industry'],
        reason: 'a Seven Sons university is a University with a defence-industry risk',
      },
      {
        name: 'National University of Defense Technology',
        label: 'Military',
        kind: 'MilitaryUniversity',
        riskCategories: ['military'],
        reason: 'a Military institution is labelled Military',
      },
      {
        name: 'Chinese Academy of Engineering Physics',
        label: 'Military',
        kind: 'MilitaryResearchInstitute',
        riskCategories: ['military'],
        reason: 'a military research academy (研究院) is told apart from a military university',
      },
      {
        name: 'University of International Relations',
        label: 'SecurityService',
        kind: 'SecurityUniversity',
        riskCategories: ['state-security'],
        reason: 'a Security institution is labelled SecurityService',
      },
      {
        name: 'Aviation Industry Corporation of China',
        label: 'Organisation',
        kind: 'StateOwnedEnterprise',
        riskCategories: ['defence-industry'],
        reason: 'a defence industry conglomerate is a state-owned enterprise',
      },
      {
        name: 'Tsinghua University',
        label: 'Organisation',
        kind: 'University',
        riskCategories: [],
        reason: 'a Civilian university carries no risk category of its own',
      },
    ])('classifies $name: $reason', ({ name, label, kind, riskCategories }) => {
      const entity = entityNamed(name);

      expect(entity).toMatchObject({ label, kind, riskCategories, country: ['cn'] });
      expect(entity.riskCategorySourceIds).toEqual(riskCategories.map(() => entity.sourceIds[0]));
    });

    it('takes the Chinese name, acronyms and former names as aliases', () => {
      expect(entityNamed('Harbin Engineering University').aliases).toEqual(['哈尔滨工程大学', 'HEU']);
      expect(entityNamed('Air Force Medical University').aliases).toEqual(
        expect.arrayContaining(['中国人民解放军空军军医大学', '第四军医大学', 'Fourth Military Medical University']),
      );
    });

    it('keeps address, the towns it names, coordinates as numbers, topics, uuid and tracker categories as properties', () => {
      expect(entityNamed('Academy of Military Science').properties).toEqual({
        uuid: '6ba88ae5-8be1-44cb-bfba-0a01a1309dad',
        trackerCategories: ['Military'],
        topics: expect.arrayContaining(['Artificial intelligence', 'Quantum']),
        address: 'China, Beijing, Haidian, 香山路73号',
        city: ['Beijing'],
        lat: 40.0060427610374,
        long: 116.26134600856699,
      });
    });

    // Since rules 1.153.0 (address-towns.ts): 113 of the 159 tracker bodies (130 have an address) get a town.
    it('gives a town to the tracker bodies whose address names one', () => {
      const withTowns = sut.entities.filter(
        (entity) => entity.id.startsWith('cdut:') && Array.isArray(entity.properties.city),
      );
      expect(withTowns).toHaveLength(113);
    });

    it('makes each tracker page a source published by ASPI', () => {
      const url = 'https://unitracker.aspi.org.au/universities/harbin-engineering-university';

      expect(sut.sources.find((source) => source.url === url)).toEqual({
        id: sourceIdForUrl(url),
        title: 'ASPI China Defence Universities Tracker: Harbin Engineering University',
        url,
        publisher: 'Australian Strategic Policy Institute',
        retrievedAt: null,
        licence: 'CC0-1.0 OR BSD-2-Clause (via MISP galaxy)',
      });
      expect(entityNamed('Harbin Engineering University').sourceIds).toEqual([
        sourceIdForUrl(url),
        'src:misp-galaxy-china-defence-universities',
      ]);
    });
  });

  describe('supervising agencies', () => {
    it.each([
      {
        institution: 'Harbin Engineering University',
        agencies: [
          "Ministry of Industry and Information Technology of the People's Republic of China",
          "Heilongjiang Provincial People's Government",
          "Ministry of Education of the People's Republic of China",
          "People's Liberation Army Navy",
        ],
        reason: 'the tracker names MIIT, the province, MOE and the PLA Navy',
      },
      {
        institution: 'Harbin University of Science and Technology',
        agencies: [
          "Heilongjiang Provincial People's Government",
          'State Administration for Science, Technology and Industry for National Defense',
        ],
        reason: 'SASTIND supervises civilian universities with defence work',
      },
      {
        institution: 'National University of Defense Technology',
        agencies: ["Central Military Commission of the People's Republic of China"],
        reason: 'NUDT answers directly to the CMC',
      },
      {
        institution: 'China Aerodynamics Research and Development Center',
        agencies: ['Academy of Military Science'],
        reason: 'an agency that is itself a tracker institution is that same entity',
      },
      {
        institution: 'Beijing Electronic Science and Technology Institute',
        agencies: ['General Office of the Central Committee of the Chinese Communist Party'],
        reason: 'the tracker’s "CCP General Office" resolves through the curated aliases',
      },
    ])('links $institution to its agencies: $reason', ({ institution, agencies }) => {
      const entity = entityNamed(institution);

      expect(targetsOf(entity, 'SUPERVISED_BY')).toEqual(agencies);
      expect(relationshipsFrom(entity, 'SUPERVISED_BY')[0]).toMatchObject({
        method: 'curated',
        confidence: 0.9,
        status: 'current',
        sourceIds: [entity.sourceIds[0]],
      });
    });

    it('makes the Academy of Military Science one entity as institution and as agency', () => {
      const academies = sut.entities.filter((entity) => entity.name === 'Academy of Military Science');

      expect(academies).toHaveLength(1);
      expect(academies[0].id).toBe('cdut:6ba88ae5-8be1-44cb-bfba-0a01a1309dad');
      expect(targetsOf(academies[0], 'SUBORDINATE_TO')).toEqual([
        "Central Military Commission of the People's Republic of China",
      ]);
    });

    it('adds the short name the tracker gives an agency to that entity’s aliases', () => {
      expect(entityNamed('China State Shipbuilding Corporation').aliases).toContain('CSSC');
    });

    it('merges the same fact from the tracker and the curated file into one relationship with both sources', () => {
      const [supervision] = relationshipsFrom('Aviation Industry Corporation of China', 'SUPERVISED_BY').filter(
        (relationship) => relationship.toId === 'cn-gov:sasac',
      );

      expect(supervision.sourceIds).toEqual([
        sourceIdForUrl('https://unitracker.aspi.org.au/universities/aviation-industry-corporation-of-china'),
        'src:wikipedia-avic',
        'src:wikipedia-sasac',
      ]);
      expect(supervision.confidence).toBe(0.95);
    });
  });

  describe('state structure', () => {
    it.each([
      {
        from: 'State Administration for Science, Technology and Industry for National Defense',
        type: 'SUBORDINATE_TO',
        to: "Ministry of Industry and Information Technology of the People's Republic of China",
      },
      {
        from: "Ministry of Industry and Information Technology of the People's Republic of China",
        type: 'SUBORDINATE_TO',
        to: "State Council of the People's Republic of China",
      },
      {
        from: "Ministry of State Security of the People's Republic of China",
        type: 'SUBORDINATE_TO',
        to: "State Council of the People's Republic of China",
      },
      { from: "State Council of the People's Republic of China", type: 'PART_OF', to: "People's Republic of China" },
      {
        from: "Central Military Commission of the People's Republic of China",
        type: 'PART_OF',
        to: "People's Republic of China",
      },
      {
        from: "People's Liberation Army Navy",
        type: 'SUBORDINATE_TO',
        to: "Central Military Commission of the People's Republic of China",
      },
      {
        from: "People's Liberation Army Rocket Force",
        type: 'SUBORDINATE_TO',
        to: "Central Military Commission of the People's Republic of China",
      },
      {
        from: 'Aero Engine Corporation of China',
        type: 'SUPERVISED_BY',
        to: 'State-owned Assets Supervision and Administration Commission of the State Council',
      },
      {
        from: "Xi'an Municipal People's Government",
        type: 'SUBORDINATE_TO',
        to: "Shaanxi Provincial People's Government",
      },
    ] as const)('$from is $type $to', ({ from, type, to }) => {
      expect(targetsOf(entityNamed(from), type)).toContain(to);
    });

    it.each([
      {
        name: "Ministry of State Security of the People's Republic of China",
        label: 'SecurityService',
        riskCategories: ['state-security'],
      },
      {
        name: "Ministry of Public Security of the People's Republic of China",
        label: 'SecurityService',
        riskCategories: ['state-security'],
      },
      {
        name: 'State Administration for Science, Technology and Industry for National Defense',
        label: 'Organisation',
        riskCategories: ['defence-industry'],
      },
      { name: "People's Liberation Army Air Force", label: 'Military', riskCategories: ['military'] },
      { name: "People's Armed Police", label: 'Military', riskCategories: ['military'] },
      { name: "Ministry of Education of the People's Republic of China", label: 'Organisation', riskCategories: [] },
    ] as const)('labels $name $label with risk $riskCategories', ({ name, label, riskCategories }) => {
      expect(entityNamed(name)).toMatchObject({ label, riskCategories });
    });

    it('dates the People’s Armed Police’s move under the sole command of the CMC', () => {
      const commands = relationshipsFrom("People's Armed Police", 'SUBORDINATE_TO');

      expect(commands.map(({ toId, validFrom, validTo, status }) => ({ toId, validFrom, validTo, status }))).toEqual([
        { toId: 'cn-mil:cmc', validFrom: '2018-01-01', validTo: null, status: 'current' },
        { toId: 'cn-gov:state-council', validFrom: null, validTo: '2017-12-31', status: 'former' },
      ]);
    });

    it('records the Strategic Support Force as a former branch with its successors', () => {
      const force = entityNamed("People's Liberation Army Strategic Support Force");
      const successors = sut.relationships.filter(
        (relationship) => relationship.type === 'SUCCESSOR_OF' && relationship.toId === force.id,
      );

      expect(relationshipsFrom(force, 'SUBORDINATE_TO')).toMatchObject([{ validTo: '2024-04-19', status: 'former' }]);
      expect(successors).toHaveLength(3);
    });
  });

  describe('subsidiaries and laboratories', () => {
    it('links a subsidiary that is itself a tracker institution to that institution', () => {
      expect(targetsOf(entityNamed('China Aerodynamics Research and Development Center'), 'PART_OF')).toEqual([
        'Academy of Military Science',
      ]);
    });

    it.each([
      {
        name: 'FACC AG (Austria)',
        type: 'SUBSIDIARY_OF',
        parent: 'Aviation Industry Corporation of China',
        kind: 'Company',
        country: ['at'],
      },
      {
        name: 'Beijing Beihang Tianhua',
        type: 'SUBSIDIARY_OF',
        parent: 'Beihang University',
        kind: 'Company',
        country: ['cn'],
      },
      {
        name: 'Space Command Academy',
        type: 'PART_OF',
        parent: 'Space Engineering University',
        kind: 'Other',
        country: ['cn'],
      },
      {
        name: 'Academy of Military Medical Sciences',
        type: 'PART_OF',
        parent: 'Academy of Military Science',
        kind: 'ResearchInstitute',
        country: ['cn'],
      },
    ] as const)('makes $name $type $parent', ({ name, type, parent, kind, country }) => {
      const unit = entityNamed(name);

      expect(unit).toMatchObject({ kind, country });
      expect(targetsOf(unit, type)).toEqual([parent]);
    });

    // Since rules 1.163.0 (unit4): the tracker lists some units of a group among the group's aliases; each is written
    // as a unit PART_OF the group (unit-aliases.ts), one unit per unit numbers.
    it.each([
      {
        alias: 'AVIC Institute 625',
        unit: 'Beijing Aeronautical Manufacturing Technology Research Institute',
        group: 'Aviation Industry Corporation of China',
      },
      {
        alias: '33 Institute of CASIC’s Third Academy',
        unit: 'No. 33 Research Institute, Third Academy of CASIC',
        group: 'China Aerospace Science and Industry Corporation',
      },
      {
        alias: 'CASIC Second Academy',
        unit: 'Second Academy of CASIC',
        group: 'China Aerospace Science and Industry Corporation',
      },
      {
        alias: '5th Academy of CASC',
        unit: 'CASC 5th Academy',
        group: 'China Aerospace Science and Technology Corporation',
      },
      {
        alias: '13th Research Institute, 9th Academy of CASC',
        unit: '13th Research Institute, 9th Academy of CASC',
        group: 'China Aerospace Science and Technology Corporation',
      },
    ])('makes the group alias $alias a name of the unit $unit, PART_OF the group', ({ alias, unit, group }) => {
      const named = entityNamed(alias);

      expect(named.name).toBe(unit);
      expect(targetsOf(named, 'PART_OF')).toEqual([group]);
      expect(entityNamed(group).aliases).not.toContain(alias);
    });

    it('takes 15 unit aliases from their groups and keeps the groups own names', () => {
      const groups = [
        'Aviation Industry Corporation of China',
        'China Aerospace Science and Industry Corporation',
        'China Aerospace Science and Technology Corporation',
      ].map((name) => byName.get(name)!);
      const before = seedInputs().tracker.values.filter((entry) =>
        groups.some((group) => group.id === `cdut:${entry.uuid}`),
      );
      const listed = before.flatMap((entry) => entry.meta.aliases as string[]);
      const kept = groups.flatMap((group) => group.aliases);

      expect(listed.filter((alias) => !kept.includes(alias))).toHaveLength(15);
      expect(kept).toEqual(
        expect.arrayContaining(['AVIC', 'CASIC', 'CASC', 'China Aerospace Science & Industry Corp']),
      );
    });

    it.each([
      { alias: 'Nanjing 841 Institute', body: 'Nanjing Institute of Information Technology' },
      { alias: 'Ninth Academy', body: 'Chinese Academy of Engineering Physics' },
      { alias: '901 Institute', body: 'Chinese Academy of Engineering Physics' },
      {
        alias: '13th Institute China Aerospace Times Electronics Corporation (CATEC)',
        body: 'China Aerospace Science and Technology Corporation',
      },
    ])("keeps $alias, which does not write its body's name, as the body's alias", ({ alias, body }) => {
      expect(entityNamed(body).aliases).toContain(alias);
    });

    it('labels a school of a military university Military', () => {
      expect(entityNamed('Space Command Academy').label).toBe('Military');
    });

    it('gives a probable subsidiary a lower confidence', () => {
      const [link] = relationshipsFrom('Panda International Information Technology Company', 'SUBSIDIARY_OF');

      expect(link.confidence).toBe(0.5);
    });

    it('makes a defence laboratory a Laboratory hosted by its institution, without a risk category', () => {
      const laboratory = entityNamed('National Key Laboratory of Underwater Acoustic Technology');
      const hosts = sut.relationships.filter(
        (relationship) => relationship.type === 'HOSTS' && relationship.toId === laboratory.id,
      );

      expect(laboratory).toMatchObject({
        label: 'Organisation',
        kind: 'Laboratory',
        aliases: ['水声技术国防科技重点实验室', '水声技术国家重点实验室'],
        riskCategories: [],
        properties: { defenceLaboratory: true },
      });
      expect(hosts.map((relationship) => relationship.fromId)).toEqual([
        entityNamed('Harbin Engineering University').id,
      ]);
    });

    it('reads a laboratory whose Chinese name lacks its closing bracket', () => {
      expect(entityNamed('Artificial Intelligence Research Center').aliases).toEqual(['人工智能研究中心']);
    });

    it('attaches remarks in a laboratory list to the laboratory before them instead of making entities', () => {
      expect(byName.has('Jointly run with AVIC')).toBe(false);
      expect(entityNamed('National Supercomputing Center in Changsha').properties.notes).toContain(
        'Hosts the PLA’s Tianhe-1A supercomputer',
      );
    });

    it('makes a unit listed by two institutions one entity linked to both', () => {
      const centre = entityNamed('National Supercomputing Center in Changsha');

      expect(targetsOf(centre, 'PART_OF').sort()).toEqual([
        'Hunan University',
        'National University of Defense Technology',
      ]);
    });
  });

  describe('demo bodies', () => {
    const demoEntities = (): EntityRecord[] => sut.entities.filter((entity) => entity.properties.demo === true);

    it('marks every demo body as demo and names it "Example …"', () => {
      const demoIds = sut.entities.filter((entity) => entity.id.startsWith('demo:'));

      expect(demoEntities().length).toBeGreaterThanOrEqual(5);
      expect(demoIds).toEqual(demoEntities());
      expect(demoEntities().every((entity) => entity.name.startsWith('Example '))).toBe(true);
    });

    it('links demo bodies only to each other and only on the demo source', () => {
      const demoIds = new Set(demoEntities().map((entity) => entity.id));
      const touching = sut.relationships.filter(
        (relationship) => demoIds.has(relationship.fromId) || demoIds.has(relationship.toId),
      );

      expect(touching.length).toBeGreaterThan(0);
      expect(touching.filter((r) => !demoIds.has(r.fromId) || !demoIds.has(r.toId))).toEqual([]);
      expect(new Set(touching.flatMap((relationship) => relationship.sourceIds))).toEqual(
        new Set(['src:partner-graph-demo']),
      );
      expect(sut.sources.find((source) => source.id === 'src:partner-graph-demo')).toMatchObject({
        title: 'partner-graph demo data (fictional)',
        url: null,
      });
    });

    it('gives the partner and the funder a shared controller and the funder a path to a military', () => {
      const holding = entityNamed('Example Holding Group');
      const foundation = entityNamed('Example Research Foundation');

      expect(targetsOf(entityNamed('Example Partner University'), 'SUPERVISED_BY')).toEqual([holding.name]);
      expect(targetsOf(foundation, 'CONTROLLED_BY')).toEqual([holding.name]);
      expect(relationshipsFrom(foundation, 'OWNED_BY')[0].properties).toEqual({ share: 0.12 });
      const owner = entityNamed(targetsOf(foundation, 'OWNED_BY')[0]);
      expect(targetsOf(owner, 'SUBORDINATE_TO')).toEqual(['Example Defence Command']);
      expect(entityNamed('Example Defence Command')).toMatchObject({ label: 'Military', riskCategories: ['military'] });
    });

    it('dates one demo relationship in the future for as-of queries', () => {
      expect(relationshipsFrom('Example Institute', 'AFFILIATED_WITH')[0].validFrom).toBe('2030-01-01');
    });
  });

  describe('malformed input', () => {
    it.each([
      {
        reason: 'the tracker is not an object',
        change: (inputs: SeedInputs) => ((inputs as { tracker: unknown }).tracker = []),
        error: 'tracker: expected an object',
      },
      {
        reason: 'an entry has no value',
        change: (inputs: SeedInputs) => delete inputs.tracker.values[3].value,
        error: 'tracker.values[3].value: expected a non-empty string',
      },
      {
        reason: 'an entry has no source URL',
        change: (inputs: SeedInputs) => (inputs.tracker.values[5].meta.refs = []),
        error: 'tracker.values[5].meta.refs: expected at least one item',
      },
      {
        reason: 'an entry has an unknown category',
        change: (inputs: SeedInputs) => (inputs.tracker.values[7].meta.categories = ['Naval']),
        error: 'tracker.values[7].meta.categories[0]: expected one of',
      },
      {
        reason: 'a coordinate is not a number',
        change: (inputs: SeedInputs) => (inputs.tracker.values[2].meta.lat = 'north'),
        error: 'tracker.values[2].meta.lat: expected a coordinate',
      },
      {
        reason: 'two entries share a uuid',
        change: (inputs: SeedInputs) => (inputs.tracker.values[1].uuid = inputs.tracker.values[0].uuid),
        error: 'tracker.values[1].uuid: duplicate of tracker.values[0].uuid',
      },
      {
        reason: 'a curated entity has an unknown label',
        change: (inputs: SeedInputs) => (inputs.curated.entities[0].label = 'Country'),
        error: 'curated.entities[0].label: expected one of',
      },
      {
        reason: 'a curated entity cites a source that does not exist',
        change: (inputs: SeedInputs) => (inputs.curated.entities[1].sourceIds = ['src:nowhere']),
        error: 'curated.entities[1].sourceIds: no source has id "src:nowhere"',
      },
      {
        reason: 'a curated relationship points at an unknown entity',
        change: (inputs: SeedInputs) => (inputs.curated.relationships[2].to = 'cn-gov:nowhere'),
        error: 'curated.relationships[2].to: no entity has id "cn-gov:nowhere"',
      },
      {
        reason: 'a curated relationship has a confidence above 1',
        change: (inputs: SeedInputs) => (inputs.curated.relationships[4].confidence = 5),
        error: 'curated.relationships[4].confidence: expected a number from 0 to 1',
      },
      {
        reason: 'a curated entity names a tracker uuid that does not exist',
        change: (inputs: SeedInputs) =>
          (inputs.curated.entities.find((entity) => entity.trackerUuid !== undefined)!.trackerUuid =
            '00000000-0000-0000-0000-000000000000'),
        error: 'trackerUuid: no tracker entry has uuid "00000000-0000-0000-0000-000000000000"',
      },
      {
        reason: 'the curated file has no State of China',
        change: (inputs: SeedInputs) => {
          inputs.curated.entities = inputs.curated.entities.filter((entity) => entity.label !== 'State');
          inputs.curated.relationships = [];
        },
        error: 'curated.entities: expected a State entity with country ["cn"]',
      },
    ])('throws naming the record and field when $reason', ({ change, error }) => {
      const inputs = seedInputs();
      change(inputs);

      expect(() => buildSeedGraph(inputs.tracker, inputs.curated)).toThrow(error);
    });

    it('names the file when a seed file is missing', () => {
      expect(() => loadSeedFiles(join(SEED_DIRECTORY, 'missing'))).toThrow(/china-defence-universities\.json/);
    });
  });
});
