import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';

/** A list file a test imports under a list id of its own (removed afterwards with removeLists). */
export interface TestListFile {
  listId: string;
  format: string;
  path: string;
}

/** One line of a FollowTheMoney entities file: a sanctioned organisation in NL with the aliases given. */
export function ftmLine(id: string, name: string, aliases: string[]): string {
  return JSON.stringify({
    id,
    schema: 'Organization',
    caption: name,
    properties: { name: [name], alias: aliases, country: ['nl'], topics: ['sanction'] },
  });
}

/** One line of a FollowTheMoney entities file: a sanctioned person, captioned by the first name given. */
export function ftmPersonLine(id: string, properties: Record<string, string[]> & { name: string[] }): string {
  return JSON.stringify({
    id,
    schema: 'Person',
    caption: properties.name[0],
    properties: { ...properties, topics: ['sanction'] },
  });
}

/** Writes FollowTheMoney lines to a file of their own, imports it as `listId` and rebuilds the screening index. */
export async function importFtmLines(
  app: INestApplication,
  listId: string,
  lines: string[],
  reason: string,
): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), `${listId}-`)), 'listed.ftm.json');
  writeFileSync(path, lines.join('\n') + '\n');
  await importTestList(app, { listId, format: 'ftm', path });
  await rebuildScreeningIndex(app, reason);
}

/** Imports a list file through the real import service, as the test runner, issued 2026-11-01. */
export async function importTestList(app: INestApplication, { listId, format, path }: TestListFile): Promise<void> {
  await app
    .get(WatchlistImportService)
    .importFile({ importedBy: 'test:runner', format, path, listId, issuedAt: '2026-11-01' });
}

/** Lets a build under way finish, then rebuilds the screening index so that screening sees what was imported. */
export async function rebuildScreeningIndex(app: INestApplication, reason: string): Promise<void> {
  const index = app.get(ScreeningIndexService);
  await index.whenIdle();
  await index.requestRebuild(reason);
}
