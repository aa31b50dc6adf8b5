import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARM_UP_READINESS_BOUND_MS, WarmUpService } from '../../src/health/warm-up.service';
import { bootForLists } from '../helpers/app-with-lists';
import { TestListIds } from '../helpers/remove-lists';
import type { TestApp } from '../helpers/test-app';
import { ftmLine, importTestList, rebuildScreeningIndex } from '../helpers/test-lists';

interface ReadinessBody {
  status: string;
  reasons: string[];
  warmUp: { status: string; requests: Record<string, number>; error: string | null };
}

/** Readiness waits until the most served requests have been made once (their Cypher planned). */
describe('the start-up warm-up', () => {
  const lists = new TestListIds();
  const directory = mkdtempSync(join(tmpdir(), 'warm-up-e2e-'));
  let sut: TestApp;

  beforeAll(async () => {
    sut = await bootForLists({}, lists);
    const path = join(directory, 'listed.ftm.json');
    writeFileSync(path, ftmLine('warm-1', 'Quillmoor Harbour Engineering Works', []) + '\n');
    await importTestList(sut.app, { listId: lists.next(), format: 'ftm', path });
    await rebuildScreeningIndex(sut.app, 'warm-up tests: list imported');
    await sut.app.get(WarmUpService).warm();
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('makes a screening, an unmatched screening, a search and a risk-path walk, and readiness then reports it done', async () => {
    const warmUp = sut.app.get(WarmUpService);
    const running = warmUp.warm();
    // Readiness waits from the moment the warm-up starts, but never past its bound.
    expect(warmUp.holdsReadiness()).toBe(true);
    expect(warmUp.holdsReadiness(Date.now() + WARM_UP_READINESS_BOUND_MS + 1)).toBe(false);
    const status = await running;
    expect(status).toMatchObject({ status: 'done', error: null });
    expect(Object.keys(status.requests)).toEqual(['screen', 'screenUnmatched', 'searchEntities', 'riskPaths']);
    expect(warmUp.holdsReadiness()).toBe(false);

    const response = await fetch(`${sut.url}/health/ready`);
    const body = (await response.json()) as ReadinessBody;
    expect(body.warmUp.status).toBe('done');
    expect(body.reasons.filter((reason) => reason.startsWith('warming up'))).toEqual([]);
  });
});
