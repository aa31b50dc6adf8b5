import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CandidateIndex } from '../matching/candidate-index';
import { getReferenceData } from '../matching/reference-data';
import {
  type IndexedEntityDetails,
  riskRulesVersion,
  runtimeVersions,
  SavedEntityDetails,
  SavedScreeningIndex,
} from './saved-screening-index';
import type { ActiveListVersion, GraphGeneration } from './screening.repository';

const graph: GraphGeneration = { generation: 7, changedAt: '2026-12-03T12:00:00.000Z', lastChange: 'watchlist a' };
const versions: ActiveListVersion[] = [
  { listId: 'list-b', versionId: 'list-b@2', seq: 2 },
  { listId: 'list-a', versionId: 'list-a@1', seq: 1 },
];
const runtime = { node: '20.20.2', v8: '11.3', icu: '77.1', cldr: '47.0', unicode: '16.0' };
const saved = (
  overrides: { database?: string; code?: string; rules?: string; runtime?: Record<string, string> } = {},
): SavedScreeningIndex =>
  new SavedScreeningIndex(
    '/nowhere/index.bin',
    overrides.database ?? 'bolt://db#neo4j',
    overrides.code ?? 'code-1',
    overrides.rules ?? '1.21.0',
    overrides.runtime ?? runtime,
  );

/** Without Neo4j: what the key of a saved index names, and the reference data the file carries. */
describe('SavedScreeningIndex', () => {
  const folder = mkdtempSync(join(tmpdir(), 'saved-index-unit-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    { change: 'another database', other: saved({ database: 'bolt://other#neo4j' }) },
    { change: 'another build of the matcher or its tables (code fingerprint)', other: saved({ code: 'code-2' }) },
    { change: 'another version of the risk rules', other: saved({ rules: '1.22.0' }) },
    {
      change: 'another Node (case folding, the file encoding)',
      other: saved({ runtime: { ...runtime, node: '22.1.0' } }),
    },
    {
      change: 'another ICU (its country names in the reference data)',
      other: saved({ runtime: { ...runtime, icu: '78.1' } }),
    },
    { change: 'another Unicode', other: saved({ runtime: { ...runtime, unicode: '17.0' } }) },
  ])('keys a file differently for $change, so an index saved before is never read', ({ other }) => {
    expect(other.keyOf(graph, versions)).not.toBe(saved().keyOf(graph, versions));
  });

  it.each([
    { change: 'a list version activated', graphNow: { ...graph, generation: 8 }, versionsNow: versions },
    {
      change: 'a new version of one list',
      graphNow: graph,
      versionsNow: [versions[0], { listId: 'list-a', versionId: 'list-a@2', seq: 2 }],
    },
  ])('keys a file differently after $change', ({ graphNow, versionsNow }) => {
    expect(saved().keyOf(graphNow, versionsNow)).not.toBe(saved().keyOf(graph, versions));
  });

  it('keys a file the same whatever the order the list versions are read in', () => {
    expect(saved().keyOf(graph, [...versions].reverse())).toBe(saved().keyOf(graph, versions));
  });

  it('names the risk rules the app reads and this runtime', () => {
    expect(riskRulesVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(riskRulesVersion(join(folder, 'missing.json'))).toBe('');
    expect(runtimeVersions()).toMatchObject({ node: process.versions.node, v8: process.versions.v8 });
  });

  it('hands the reference data it was saved with to a process that has none yet, only under its own key', async () => {
    const index = new CandidateIndex();
    index.add({ entityId: 'q1', schema: 'Organization', names: ['Quarrow Tide Institute'] });
    index.build();
    const file = new SavedScreeningIndex(join(folder, 'index.bin'), 'db', 'code-1', '1.21.0', runtime);
    const key = file.keyOf(graph, versions);
    await file.save(key, { index, details: new Map(), builtAt: '2026-12-03T12:00:00.000Z', entities: 1 });

    // A fresh copy of the modules stands for a new process: a key that differs gives nothing, not even the reference data.
    vi.resetModules();
    const stale = await import('../matching/reference-data.js');
    const staleFile = await import('./saved-screening-index.js');
    const other = new staleFile.SavedScreeningIndex(join(folder, 'index.bin'), 'db', 'code-1', '1.22.0', runtime);
    expect(await other.load(other.keyOf(graph, versions))).toBeNull();
    const own = { marker: true } as unknown as ReturnType<typeof getReferenceData>;
    expect(stale.adoptReferenceData(own)).toBe(true);
    expect(stale.getReferenceData()).toBe(own);

    vi.resetModules();
    const fresh = await import('../matching/reference-data.js');
    const freshFile = await import('./saved-screening-index.js');
    const loaded = await new freshFile.SavedScreeningIndex(
      join(folder, 'index.bin'),
      'db',
      'code-1',
      '1.21.0',
      runtime,
    ).load(key);

    expect(loaded?.index.search({ name: 'Quarrow Tide Institute' })[0]?.entityId).toBe('q1');
    // Taken from the file: nothing more can be handed in, and it is the data this process built the index with.
    expect(fresh.adoptReferenceData(own)).toBe(false);
    expect(fresh.getReferenceData()).not.toBe(getReferenceData());
    expect(fresh.getReferenceData()).toEqual(getReferenceData());
  });

  it("gives back the entities' details it was saved with, each parsed once, and nothing for an unknown id", async () => {
    const index = new CandidateIndex();
    index.add({ entityId: 'q1', schema: 'Organization', names: ['Quarrow Tide Institute'] });
    index.add({ entityId: 'p1', schema: 'Person', names: ['Velmor Ashgrove'] });
    index.build();
    const details = new Map<string, IndexedEntityDetails>([
      [
        'q1',
        {
          name: 'Quarrow Tide Institute',
          type: 'Organisation',
          schema: 'Organization',
          kind: 'University',
          riskCategories: ['military-end-use', 'sanctions'],
          listings: [
            { id: 'list-a', programme: 'PROGRAMME-1' },
            { id: 'list-b', programme: null },
          ],
        },
      ],
      [
        'p1',
        { name: 'Velmor Ashgrove', type: 'Person', schema: 'Person', kind: null, riskCategories: [], listings: [] },
      ],
    ]);
    const file = new SavedScreeningIndex(join(folder, 'details.bin'), 'db', 'code-1', '1.21.0', runtime);
    const key = file.keyOf(graph, versions);
    await file.save(key, { index, details, builtAt: '2026-12-03T12:00:00.000Z', entities: 2 });

    const loaded = (await file.load(key))!.details;
    expect(loaded).toBeInstanceOf(SavedEntityDetails);
    expect(loaded.size).toBe(2);
    expect(loaded.get('q1')).toEqual(details.get('q1'));
    expect(loaded.get('q1')).toBe(loaded.get('q1'));
    expect(loaded.get('p1')).toEqual(details.get('p1'));
    expect(loaded.get('nobody')).toBeUndefined();
    expect(loaded.has('p1')).toBe(true);
    expect(loaded.has('nobody')).toBe(false);
    expect(new Map(loaded)).toEqual(details);
    expect([...loaded.keys()]).toEqual(['q1', 'p1']);
    expect([...loaded.values()]).toEqual([...details.values()]);
  });
});
