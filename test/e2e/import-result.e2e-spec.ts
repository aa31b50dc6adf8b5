import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { IMPORT_RESULT_KEYS } from '../../src/watchlists/import-result';
import { bootForLists } from '../helpers/app-with-lists';
import { TestListIds } from '../helpers/remove-lists';
import { buildDist, CLI, ROOT, run } from '../helpers/processes';
import type { TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-import-result-tests';
const ADMIN_KEY = 'admin-key-for-import-result-tests';
const FILE = join(ROOT, 'test', 'fixtures', 'watchlists', 'ftm', 'zala.entities.ftm.json');

const IMPORT = `mutation Import($list: ID!, $format: String!, $content: String!) {
  importWatchlist(list: $list, format: $format, content: $content) {
    list version status entries
    counts { added changed removed unchanged rejected }
    relationships issuedAt importedBy importedAt
    warnings { code message file line record }
    warningsTotal
  }
}`;

/**
 * What must be equal across surfaces for the same file: everything but the list, version, who and
 * when, and issuedAt (this file names no date; the CLI reads a file on disk, whose modification date
 * then stands for it, while an upload has none).
 */
function comparable(result: Record<string, unknown>): Record<string, unknown> {
  const { list: _list, version: _version, importedBy: _by, importedAt: _at, issuedAt: _issued, ...rest } = result;
  return rest;
}

describe('one import answer from REST, GraphQL and the CLI', () => {
  let sut: TestApp;
  const lists = new TestListIds();
  const newListId = (): string => lists.next();

  const rest = async (listId: string): Promise<any[]> => {
    const response = await fetch(`${sut.url}/api/watchlists/${listId}/import?format=ftm`, {
      method: 'POST',
      headers: { 'x-api-key': ADMIN_KEY, 'content-type': 'application/octet-stream' },
      body: readFileSync(FILE),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as any[];
  };

  const graphql = async (listId: string, key = ADMIN_KEY) =>
    sut.graphql(IMPORT, { list: listId, format: 'ftm', content: readFileSync(FILE, 'utf8') }, { 'x-api-key': key });

  beforeAll(async () => {
    await buildDist();
    sut = await bootForLists({ API_KEYS: `${READER_KEY}:reader,${ADMIN_KEY}:admin` }, lists);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('answers the same keys and counts for the same file on every surface', async () => {
    const [restList, graphqlList, cliList] = [newListId(), newListId(), newListId()];

    const restAnswer = await rest(restList);
    const graphqlAnswer = await graphql(graphqlList);
    const cliRun = await run(process.execPath, [CLI, 'import', '--format', 'ftm', FILE, '--list', cliList, '--json'], {
      ...process.env,
      NEO4J_URI: databaseUri(sut.config),
      LOG_LEVEL: 'error',
    });

    expect(graphqlAnswer.errors).toBeUndefined();
    expect(cliRun.code, cliRun.stderr).toBe(0);
    const fromRest = restAnswer[0] as Record<string, unknown>;
    const fromGraphql = (graphqlAnswer.data!.importWatchlist as Array<Record<string, unknown>>)[0];
    const fromCli = JSON.parse(cliRun.stdout.trim().split('\n')[0]) as Record<string, unknown>;
    for (const answer of [fromRest, fromGraphql, fromCli]) {
      expect(Object.keys(answer).sort()).toEqual([...IMPORT_RESULT_KEYS].sort());
    }
    expect(fromRest).toMatchObject({
      list: restList,
      version: `${restList}@1`,
      status: 'imported',
      entries: 17,
      counts: { added: 17, changed: 0, removed: 0, unchanged: 0, rejected: 0 },
      importedBy: expect.stringMatching(/\S/),
      importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(fromGraphql).toMatchObject({ list: graphqlList, version: `${graphqlList}@1` });
    expect(fromCli).toMatchObject({
      list: cliList,
      version: `${cliList}@1`,
      importedBy: expect.stringMatching(/^cli:/),
    });
    expect(comparable(fromGraphql)).toEqual(comparable(fromRest));
    expect(comparable(fromCli)).toEqual(comparable(fromRest));
  });

  it('answers unchanged over GraphQL for a file already imported, naming the active version', async () => {
    const listId = newListId();
    await rest(listId);

    const response = await graphql(listId);

    expect(response.errors).toBeUndefined();
    expect(response.data!.importWatchlist).toEqual([
      expect.objectContaining({
        version: `${listId}@1`,
        status: 'unchanged',
        counts: { added: 0, changed: 0, removed: 0, unchanged: 17, rejected: 0 },
        importedBy: expect.stringMatching(/\S/),
      }),
    ]);
  });

  it('refuses a GraphQL import by a reader', async () => {
    const listId = newListId();

    const response = await graphql(listId, READER_KEY);

    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses over GraphQL a format that needs side files, naming the formats it takes', async () => {
    const response = await sut.graphql(
      IMPORT,
      { list: newListId(), format: 'ofac-sdn', content: 'x' },
      { 'x-api-key': ADMIN_KEY },
    );

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('formats: un-xml');
  });
});
