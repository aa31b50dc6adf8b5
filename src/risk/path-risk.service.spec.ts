import { describe, expect, it } from 'vitest';
import { PathRiskService } from './path-risk.service';
import { loadRiskRules, type RiskRules } from './risk-rules';
import type { WalkNode } from './risk-scoring';
import type { ExpandRow, RiskRepository, StartRow } from './risk.repository';

interface Edge {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
}

function node(id: string, riskCategories: string[] = []): WalkNode {
  return {
    id,
    name: id,
    labels: ['Entity', 'Organisation'],
    kind: null,
    country: [],
    aliases: [],
    riskCategories,
    riskCategorySourceIds: riskCategories.map(() => 'src:test'),
    demo: false,
    listings: [],
  };
}

/** An in-memory graph answering the repository's walk queries as the Cypher does. */
function fakeRepository(nodes: WalkNode[], edges: Edge[]): { repository: RiskRepository; expandCalls: string[][] } {
  const byId = new Map(nodes.map((entry) => [entry.id, entry]));
  const expandCalls: string[][] = [];
  const repository = {
    inReadTransaction: <T>(work: (reads: unknown) => Promise<T>): Promise<T> => work(repository),
    findEntities: (ids: string[]): Promise<Map<string, StartRow>> =>
      Promise.resolve(new Map(ids.filter((id) => byId.has(id)).map((id) => [id, { node: byId.get(id)!, topics: [] }]))),
    findSources: (): Promise<[]> => Promise.resolve([]),
    expandStep: (parameters: {
      ids: string[];
      forwardTypes: string[];
      backwardTypes: string[];
      asOf: string;
      perNodeLimit: number;
    }): Promise<ExpandRow[]> => {
      expandCalls.push(parameters.ids);
      const rows: ExpandRow[] = [];
      for (const id of parameters.ids) {
        const own = edges
          .flatMap((edge) => {
            const properties: Record<string, unknown> = { sourceIds: [], ...edge.properties };
            if (typeof properties.validFrom === 'string' && properties.validFrom > parameters.asOf) {
              return [];
            }
            if (edge.from === id && parameters.forwardTypes.includes(edge.type)) {
              return [{ edge, forward: true, other: edge.to, properties }];
            }
            if (edge.to === id && parameters.backwardTypes.includes(edge.type)) {
              return [{ edge, forward: false, other: edge.from, properties }];
            }
            return [];
          })
          .slice(0, parameters.perNodeLimit);
        rows.push(
          ...own.map(({ edge, forward, other, properties }) => ({
            viaId: id,
            type: edge.type,
            forward,
            fromId: edge.from,
            toId: edge.to,
            properties,
            other: byId.get(other)!,
          })),
        );
      }
      return Promise.resolve(rows);
    },
  } as unknown as RiskRepository & { inReadTransaction: unknown };
  return { repository, expandCalls };
}

function rulesWith(change: (rules: RiskRules) => void): RiskRules {
  const rules = structuredClone(loadRiskRules());
  change(rules);
  return rules;
}

describe(PathRiskService.name, () => {
  it('finds the nearest way to each target, strongest first, with every step in order', async () => {
    const { repository } = fakeRepository(
      [node('lab'), node('university'), node('ministry'), node('command', ['military'])],
      [
        { type: 'HOSTS', from: 'university', to: 'lab' },
        { type: 'SUPERVISED_BY', from: 'university', to: 'ministry' },
        { type: 'SUBORDINATE_TO', from: 'ministry', to: 'command' },
      ],
    );
    const sut = new PathRiskService(repository, loadRiskRules());

    const walk = await sut.walk('lab', { asOf: '2026-01-01' });

    expect(walk.findings).toHaveLength(1);
    expect(walk.findings[0]).toMatchObject({ hops: 3, target: { id: 'command' } });
    expect(walk.findings[0].steps.map((step) => [step.type, step.forward])).toEqual([
      ['HOSTS', false],
      ['SUPERVISED_BY', true],
      ['SUBORDINATE_TO', true],
    ]);
    expect(walk.findings[0].sentence).toBe(
      'Hosted by university, which is supervised by ministry, which is subordinate to command, a military body, 3 hops.',
    );
  });

  it.each([
    [{ maxRelationshipsPerNode: 10 }, 'has more than 10 relationships to follow on hop 2', 'a hub is capped per node'],
    [{ maxFrontierPerHop: 1 }, 'only the 1 strongest were walked further', 'a wide hop is cut to the strongest'],
    [{ maxFindings: 3 }, 'only the 3 strongest are returned', 'findings are capped'],
  ])('says the walk was cut when %j (%s)', async (walkRules, reason, _case) => {
    const spokes = Array.from({ length: 40 }, (_, index) => node(`spoke-${String(index).padStart(2, '0')}`, ['state']));
    const { repository } = fakeRepository(
      [node('start'), node('other'), node('hub'), ...spokes],
      [
        { type: 'SUPERVISED_BY', from: 'start', to: 'hub' },
        { type: 'FUNDED_BY', from: 'start', to: 'other' },
        ...spokes.map((spoke) => ({ type: 'AFFILIATED_WITH', from: 'hub', to: spoke.id })),
      ],
    );
    const sut = new PathRiskService(
      repository,
      rulesWith((rules) => Object.assign(rules.walk, walkRules)),
    );

    const walk = await sut.walk('start');

    expect(walk.truncationReasons.join('\n')).toContain(reason);
  });

  it('refuses more hops than the rules allow, naming the argument', async () => {
    const sut = new PathRiskService(fakeRepository([node('a')], []).repository, loadRiskRules());

    await expect(sut.walk('a', { maxHops: 7 })).rejects.toThrow('maxHops: must be an integer from 1 to 6');
  });

  it('stops reading the graph when nothing is left to walk', async () => {
    const { repository, expandCalls } = fakeRepository([node('alone')], []);
    const sut = new PathRiskService(repository, loadRiskRules());

    await sut.walk('alone', { maxHops: 6 });

    expect(expandCalls).toEqual([['alone']]);
  });

  it('gives the same findings in the same order every time', async () => {
    const targets = ['c', 'a', 'b'].map((id) => node(id, ['military']));
    const { repository } = fakeRepository(
      [node('start'), ...targets],
      targets.map((target) => ({ type: 'AFFILIATED_WITH', from: 'start', to: target.id })),
    );
    const sut = new PathRiskService(repository, loadRiskRules());

    const first = await sut.assessEntity('start');
    const second = await sut.assessEntity('start');

    expect(first.findings.map((finding) => finding.target.id)).toEqual(['a', 'b', 'c']);
    expect(second).toEqual(first);
  });

  it('walks several entities in lockstep, one read a hop, each walk the one it makes alone', async () => {
    const graph = (): ReturnType<typeof fakeRepository> =>
      fakeRepository(
        [
          node('lab'),
          node('university'),
          node('ministry'),
          node('command', ['military']),
          node('company'),
          node('owner', ['state']),
          node('alone'),
        ],
        [
          { type: 'HOSTS', from: 'university', to: 'lab' },
          { type: 'SUPERVISED_BY', from: 'university', to: 'ministry' },
          { type: 'SUBORDINATE_TO', from: 'ministry', to: 'command' },
          { type: 'OWNED_BY', from: 'company', to: 'owner', properties: { share: 0.6 } },
          { type: 'FUNDED_BY', from: 'company', to: 'university' },
        ],
      );
    const starts = ['lab', 'company', 'alone', 'ministry'];
    const together = graph();
    const sut = new PathRiskService(together.repository, loadRiskRules());

    const assessed = await sut.assessMany(starts, { asOf: '2026-01-01' });

    for (const start of starts) {
      const alone = new PathRiskService(graph().repository, loadRiskRules());
      expect(assessed.get(start)).toEqual(await alone.assessEntity(start, { asOf: '2026-01-01' }));
    }
    expect([...assessed.keys()]).toEqual([...starts].sort());
    // Hop 1 reads every start; later hops only the frontiers still walking, all in one call.
    expect(together.expandCalls[0]).toEqual([...starts].sort());
    expect(together.expandCalls.length).toBeLessThanOrEqual(loadRiskRules().walk.defaultHops);
  });

  it('refuses the whole set when one entity is not in the graph, naming it', async () => {
    const sut = new PathRiskService(fakeRepository([node('a')], []).repository, loadRiskRules());

    await expect(sut.assessMany(['a', 'missing'])).rejects.toThrow('missing');
  });
});

describe(`${PathRiskService.name} demo bodies (rules 1.210.0)`, () => {
  const demoNode = (id: string, riskCategories: string[] = []): WalkNode => ({
    ...node(id, riskCategories),
    demo: true,
  });
  const { repository } = fakeRepository(
    [node('real university'), demoNode('demo foundation'), demoNode('demo defence works', ['defence-industry'])],
    [
      { type: 'FUNDED_BY', from: 'real university', to: 'demo foundation' },
      { type: 'FUNDED_BY', from: 'demo foundation', to: 'demo defence works' },
    ],
  );
  const sut = new PathRiskService(repository, loadRiskRules());

  it('a real body\u2019s walk never walks into a demo body', async () => {
    const walk = await sut.walk('real university', { asOf: '2026-01-01' });

    expect(walk.findings).toEqual([]);
  });

  it('a demo body\u2019s own walk goes through the demo data, and its sentence says so', async () => {
    const walk = await sut.walk('demo foundation', { asOf: '2026-01-01' });

    expect(walk.findings.map((finding) => finding.target.id)).toEqual(['demo defence works']);
    expect(walk.findings[0].sentence).toBe(
      'Funded by demo defence works (a fictional demo body), a defence-industry body (a fictional demo body), 1 hop.',
    );
  });
});
