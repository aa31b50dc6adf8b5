import { expect } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists } from './remove-lists';
import { bootTestApp, prepareDatabase, type TestApp } from './test-app';

/** A made-up list: FollowTheMoney entities, imported under a list id of the test's own. */
export interface MadeUpList {
  listId: string;
  entities: Array<{ id: string; schema: string; properties: Record<string, string[]> }>;
}

/** The API keys the app accepts, by role (in this order in API_KEYS); the admin's key imports the lists. */
export interface TestKeys {
  reader?: string;
  screener?: string;
  admin: string;
}

/** What a `beforeAll` that calls bootWithLists may take: preparing the database and starting take minutes under load. */
export const BOOT_WITH_LISTS_TIMEOUT_MS = 600_000;

const INDEXED_WITHIN_MS = 180_000;
const POLL_MS = 250;

/**
 * The real application on the test database with `lists` imported over REST, as an administrator would, once
 * the screening index in service has them all (each list's first named entity is found by its name on its list).
 * Its close() removes the lists and what was imported under them first, so the files that run later never see them.
 */
export async function bootWithLists(keys: TestKeys, lists: MadeUpList[]): Promise<TestApp> {
  await prepareDatabase();
  const apiKeys = Object.entries(keys).map(([role, key]) => `${key}:${role}`);
  const app = await bootTestApp({ API_KEYS: apiKeys.join(',') });
  const sut: TestApp = {
    ...app,
    async close() {
      try {
        await removeLists(
          app.app.get(Neo4jService),
          lists.map((list) => list.listId),
        );
      } finally {
        await app.close();
      }
    },
  };
  try {
    for (const list of lists) {
      await importList(sut, list, keys.admin);
    }
    // The index is rebuilt after each import activates.
    const deadline = Date.now() + INDEXED_WITHIN_MS;
    for (const list of lists) {
      while (!(await screensOwnName(sut, list, keys.admin))) {
        if (Date.now() > deadline) {
          throw new Error(`the screening index never picked up the imported list ${list.listId}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
    return sut;
  } catch (error) {
    await sut.close();
    throw error;
  }
}

async function importList(sut: TestApp, { listId, entities }: MadeUpList, adminKey: string): Promise<void> {
  const response = await fetch(`${sut.url}/api/watchlists/${listId}/import?format=ftm`, {
    method: 'POST',
    headers: { 'x-api-key': adminKey, 'content-type': 'application/octet-stream' },
    body: entities.map((entity) => JSON.stringify(entity)).join('\n'),
  });
  expect(response.status).toBe(200);
}

/** Whether screening the list's first named entity by its name, on that list alone, finds it (a list the index does not know yet is refused). */
async function screensOwnName(sut: TestApp, { listId, entities }: MadeUpList, adminKey: string): Promise<boolean> {
  const named = entities.find((entity) => entity.properties.name?.length);
  if (!named) {
    throw new Error(`the list ${listId} has no named entity to screen`);
  }
  const response = await sut.request(
    'POST',
    '/api/screen',
    { name: named.properties.name[0], lists: [listId], pathRisks: false },
    { 'x-api-key': adminKey },
  );
  return (
    response.status === 200 && response.body.matches.some((match: any) => match.entityId === `${listId}:${named.id}`)
  );
}
