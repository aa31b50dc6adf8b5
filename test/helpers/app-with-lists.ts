import { expect } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists, TestListIds } from './remove-lists';
import { bootTestApp, prepareDatabase, type TestApp } from './test-app';
import { importFtmLines } from './test-lists';

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

/**
 * The lists a spec imports under ids of its own: the ids (an array the spec may still add to), a function that gives
 * them when the app closes, or the spec's TestListIds.
 */
export type SpecLists = readonly string[] | (() => Iterable<string>) | TestListIds;

/** What a `beforeAll` that calls bootWithLists may take: preparing the database and starting take minutes under load. */
export const BOOT_WITH_LISTS_TIMEOUT_MS = 600_000;

const INDEXED_WITHIN_MS = 180_000;
const POLL_MS = 250;

/**
 * The real application on the prepared test database, for a spec that imports lists of its own (`overrides` are its
 * settings, API_KEYS and the like). Its close() removes the spec's lists and all that was imported under them, then
 * closes the app, so the files that run later never see them; the lists are read when it closes, so ids a spec takes
 * after the boot are removed too. Call it in `beforeAll` and close the app in `afterAll`.
 */
export async function bootForLists(overrides: Record<string, string>, lists: SpecLists): Promise<TestApp> {
  await prepareDatabase();
  const app = await bootTestApp(overrides);
  return {
    ...app,
    async close() {
      try {
        await removeSpecLists(app.app.get(Neo4jService), lists);
      } finally {
        await app.close();
      }
    },
  };
}

/**
 * bootForLists with one list of made-up FollowTheMoney `lines` imported under `listId` through the import service and
 * in the screening index (`reason` names the rebuild in the log). When the import fails the app is closed, its list
 * removed, and the error thrown.
 */
export async function bootWithFtmLines(
  overrides: Record<string, string>,
  listId: string,
  lines: string[],
  reason: string,
): Promise<TestApp> {
  const sut = await bootForLists(overrides, [listId]);
  try {
    await importFtmLines(sut.app, listId, lines, reason);
    return sut;
  } catch (error) {
    await sut.close();
    throw error;
  }
}

/**
 * bootForLists with `lists` imported over REST, as an administrator would, once the screening index in service has
 * them all (each list's first named entity is found by its name on its list).
 */
export async function bootWithLists(keys: TestKeys, lists: MadeUpList[]): Promise<TestApp> {
  const apiKeys = Object.entries(keys).map(([role, key]) => `${key}:${role}`);
  const sut = await bootForLists(
    { API_KEYS: apiKeys.join(',') },
    lists.map((list) => list.listId),
  );
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

async function removeSpecLists(neo4j: Neo4jService, lists: SpecLists): Promise<void> {
  if (lists instanceof TestListIds) {
    await lists.removeAll(neo4j);
  } else {
    await removeLists(neo4j, [...(typeof lists === 'function' ? lists() : lists)]);
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
