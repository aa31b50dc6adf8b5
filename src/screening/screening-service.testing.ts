import type { ModuleRef } from '@nestjs/core';
import { CandidateIndex, type IndexEntry } from '../matching';
import { EntityResolverService } from '../risk/entity-resolver';
import type { RiskFinding } from '../risk/models/risk.model';
import type { PathRiskService } from '../risk/path-risk.service';
import { loadRiskRules, type RiskRules } from '../risk/risk-rules';
import type { RiskRepository } from '../risk/risk.repository';
import type { ScreeningIndexService, ScreeningSnapshot } from './screening-index.service';
import { ScreeningService } from './screening.service';

/**
 * The set-up the screening service's unit specs share: a snapshot of made-up entries handed in (as a benchmark
 * supplies one, no Neo4j), and the real service over it with the real resolver and rules, the graph reads stubbed.
 */

/**
 * A supplied snapshot of `entries`: each described by its first name, its listings on its lists under `programme`;
 * one version (`<list>@1`) of every list an entry is on.
 */
export function suppliedSnapshot(entries: IndexEntry[], programme = 'SDGT'): ScreeningSnapshot {
  const index = new CandidateIndex();
  entries.forEach((entry) => index.add(entry));
  index.build();
  const listIds = [...new Set(entries.flatMap((entry) => entry.listIds ?? []))];
  return {
    index,
    details: new Map(
      entries.map((entry) => [
        entry.entityId,
        {
          name: entry.names[0],
          type: 'Organisation',
          schema: entry.schema,
          kind: null,
          riskCategories: [],
          ...(entry.demo === true ? { demo: true as const } : {}),
          listings: (entry.listIds ?? []).map((id) => ({ id, programme })),
        },
      ]),
    ),
    listVersions: listIds.map((listId) => ({ listId, versionId: `${listId}@1`, seq: 1 })),
    knownLists: new Set(listIds),
    builtAt: '2025-01-01T00:00:00.000Z',
    generation: 0,
    entities: entries.length,
    origin: 'supplied',
  };
}

export interface ScreeningServiceFixture {
  sut: ScreeningService;
  rules: RiskRules;
  /** The ids of every path walk asked for, one array a walk, in order (clear it with `walked.length = 0`). */
  walked: string[][];
}

/**
 * The screening service over `snapshot`: a walk finds no path risk (or, given `pathRisksOf`, the findings it gives for
 * each entity walked) and its summary says HIGH with how many were walked (so a test sees whether a walk's summary
 * counted); the graph holds no sameAs link nor resolution record.
 */
export function screeningServiceOver(
  snapshot: ScreeningSnapshot,
  pathRisksOf?: (entityId: string) => RiskFinding[],
): ScreeningServiceFixture {
  const rules = loadRiskRules();
  const walked: string[][] = [];
  const pathRisk = {
    rules,
    assessMany: (ids: string[]) => {
      walked.push(ids);
      return Promise.resolve(
        new Map(ids.map((id) => [id, { truncated: false, findings: pathRisksOf ? pathRisksOf(id) : [] }])),
      );
    },
    // Given `pathRisksOf`, the walk's findings of every entity walked, as PathRiskService.summarise lists them.
    summarise: (assessments: Array<{ findings: RiskFinding[] }>) => ({
      assessments,
      pathRisks: pathRisksOf
        ? assessments.flatMap((assessment) => assessment.findings).sort((left, right) => right.score - left.score)
        : [],
      riskLevel: 'HIGH',
      reasons: [`${assessments.length} walked`],
    }),
  };
  const resolver = new EntityResolverService(
    {
      findSameAsLinks: () => Promise.resolve([]),
      findResolutionRecords: () => Promise.resolve([]),
      // (Since rules 1.161.0 the acronym check reads the body's names in screen too: none here.)
      findBodyNames: () => Promise.resolve([]),
    } as unknown as RiskRepository,
    {} as ModuleRef,
    rules,
  );
  const sut = new ScreeningService(
    { current: () => Promise.resolve(snapshot), isBehindGraph: () => false } as unknown as ScreeningIndexService,
    pathRisk as unknown as PathRiskService,
    resolver,
  );
  return { sut, rules, walked };
}
