import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { parserFor } from '../../src/watchlists/parsers/parser-registry';
import type { WatchlistFormat } from '../../src/watchlists/watchlist-record';
import { bootForLists } from '../helpers/app-with-lists';
import {
  fencedBlocks,
  graphqlExamples,
  jsonAnswer,
  type ShellCommand,
  shellCommands,
  valueAt,
} from '../helpers/readme-examples';
import { buildDist, ROOT } from '../helpers/processes';
import type { TestApp } from '../helpers/test-app';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BLOCKS = fencedBlocks(README);
/** The address the README's examples call. */
const README_SERVER = 'http://127.0.0.1:4000';

interface ShellRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one README command with bash from the repository folder, against the test server: `curl`
 * fails on an HTTP error status (--fail-with-body), and the CLI reaches the test database.
 */
function bash(command: string, env: NodeJS.ProcessEnv): Promise<ShellRun> {
  const script = `curl() { command curl --fail-with-body "$@"; }\nset -o pipefail\n${command}`;
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', script], { cwd: ROOT, env, timeout: 170_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(new Error(`did not run to its end: ${error.message}`, { cause: error }));
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

describe('the README examples', () => {
  it('are marked: some shell and GraphQL blocks are run as examples', () => {
    const examples = BLOCKS.filter((block) => block.example);

    expect(examples.filter((block) => block.language === 'sh').length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((block) => block.language === 'graphql').length).toBeGreaterThanOrEqual(5);
  });

  it('write each GraphQL block as one operation the schema accepts, run or not', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
    const problems = BLOCKS.filter((block) => block.language === 'graphql').flatMap((block) => {
      const document = parse(block.text);
      const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      return [
        ...(operations.length === 1 ? [] : [`README.md:${block.line}: ${operations.length} operations`]),
        ...validate(schema, document).map((error) => `README.md:${block.line}: ${error.message}`),
      ];
    });

    expect(problems).toEqual([]);
  });
});

describe('the README examples against a server on the seeded database', () => {
  let sut: TestApp;
  let env: NodeJS.ProcessEnv;
  /** Lists the examples import, each under a name of its own so the shared test database keeps its lists. */
  const renamed = new Map<string, string>();
  const listFor = (listId: string): string => {
    if (!renamed.has(listId)) {
      renamed.set(listId, `${listId}-readme-${randomUUID().slice(0, 8)}`);
    }
    return renamed.get(listId)!;
  };

  /** The command as the test runs it: the test server's address, and imports into lists of their own. */
  const prepared = (command: string): string =>
    command
      .replaceAll(README_SERVER, sut.url)
      .replace(
        /\/api\/watchlists\/([a-z0-9_.-]+)\/import/g,
        (_whole, list: string) => `/api/watchlists/${listFor(list)}/import`,
      )
      .replace(/--list ([a-z0-9_.-]+)/g, (_whole, list: string) => `--list ${listFor(list)}`);

  beforeAll(async () => {
    await buildDist();
    // Local mode, as the README's examples assume.
    sut = await bootForLists({ API_KEYS: '' }, () => renamed.values());
    env = {
      ...process.env,
      NEO4J_URI: databaseUri(sut.config),
      LOG_LEVEL: 'error',
      PARTNER_GRAPH_KEY: '',
    };
  });

  afterAll(async () => {
    await sut?.close();
  });

  const commands: ShellCommand[] = BLOCKS.filter((block) => block.example && block.language === 'sh').flatMap(
    shellCommands,
  );

  it.each(commands.map((command) => [`README.md:${command.line}`, command]))(
    'runs the command at %s, exiting 0 with the documented keys',
    async (_where, { command, keys }) => {
      const sutRun = await bash(prepared(command), env);

      expect(sutRun.code, `${sutRun.stderr}\n${sutRun.stdout.slice(0, 2000)}`).toBe(0);
      const answer = jsonAnswer(sutRun.stdout);
      expect(answer, sutRun.stdout.slice(0, 2000)).not.toBeNull();
      expect(valueAt(answer, 'errors'), JSON.stringify(answer).slice(0, 2000)).toBeUndefined();
      const missing = keys.filter((key) => valueAt(answer, key) === undefined);
      expect(missing, JSON.stringify(answer).slice(0, 2000)).toEqual([]);
    },
  );

  it.each(graphqlExamples(BLOCKS).map((example) => [`README.md:${example.line}`, example]))(
    'runs the GraphQL operation at %s with its variables, answering every field it asks for',
    async (_where, { query, variables }) => {
      const withOwnLists =
        typeof variables.list === 'string' ? { ...variables, list: listFor(variables.list) } : variables;

      const response = await sut.graphql(query, withOwnLists);

      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const document = parse(query);
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )!;
      const fields = operation.selectionSet.selections.flatMap((selection) =>
        selection.kind === Kind.FIELD ? [selection.alias?.value ?? selection.name.value] : [],
      );
      for (const field of fields) {
        expect(response.data?.[field], field).not.toBeUndefined();
        expect(response.data?.[field], field).not.toBeNull();
      }
    },
  );

  it('runs the identity decision with a graph entity and the list entry its example names', async () => {
    const index = BLOCKS.findIndex(
      (block) => block.language === 'graphql' && /^\s*mutation LinkSameAs\b/.test(block.text),
    );
    expect(index, 'a graphql block with the operation LinkSameAs').toBeGreaterThanOrEqual(0);
    const shown = JSON.parse(BLOCKS[index + 1].text) as { listEntityId: string };
    // The entry the README names, from the shipped sample of its list, imported under a list id of this test's own.
    const [shownList, entryId] = shown.listEntityId.split(':');
    const sample = (
      JSON.parse(readFileSync(join(ROOT, 'seed', 'watchlists.json'), 'utf8')) as {
        lists: Array<{ format: WatchlistFormat; path: string }>;
      }
    ).lists.find((list) => parserFor(list.format).defaultListId === shownList);
    expect(sample, `a shipped sample of ${shownList}`).toBeDefined();
    await sut.app.get(WatchlistImportService).importFile({
      importedBy: 'test:runner',
      format: sample!.format,
      path: join(ROOT, sample!.path),
      listId: listFor(shownList),
    });
    const listEntityId = `${listFor(shownList)}:${entryId}`;
    const neo4j = sut.app.get(Neo4jService);
    // Any graph entity that is not itself a list entry.
    const [picked] = await neo4j.runStatementText(
      `MATCH (listed:Entity {id: $listEntityId})-[:LISTED_ON]->()
       MATCH (entity:Entity) WHERE NOT (entity)-[:LISTED_ON]->() AND NOT (entity)-[:SAME_AS]-(listed)
       RETURN entity.id AS entityId LIMIT 1`,
      { listEntityId },
    );
    expect(picked, `the README's list entry ${shown.listEntityId} is in the shipped sample`).toBeDefined();
    const entityId = picked.entityId as string;
    try {
      const response = await sut.graphql(BLOCKS[index].text, { entityId, listEntityId });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data?.linkSameAs.decidedAt).toEqual(expect.any(String));
      const links = await neo4j.runStatementText(
        'MATCH (:Entity {id: $entityId})-[link:SAME_AS]->(:Entity {id: $listEntityId}) RETURN link.note AS note, link.method AS method',
        { entityId, listEntityId },
      );
      expect(links).toEqual([{ note: 'same body, per registry', method: 'analyst' }]);
    } finally {
      await neo4j.runStatementText(
        `MATCH (:Entity {id: $entityId})-[link:SAME_AS]->(:Entity {id: $listEntityId})
         WITH link, link.sourceIds AS sourceIds DELETE link
         WITH sourceIds UNWIND sourceIds AS sourceId
         MATCH (source:Source {id: sourceId}) WHERE NOT (source)--() DELETE source`,
        { entityId, listEntityId },
      );
    }
  });

  it('runs the case walk-through in order, each operation given the ids the one before answered', async () => {
    const operation = (name: string): string => {
      const block = BLOCKS.find(
        (one) => one.language === 'graphql' && new RegExp(`^\\s*(query|mutation) ${name}\\b`).test(one.text),
      );
      expect(block, `a graphql block with the operation ${name}`).toBeDefined();
      return block!.text;
    };
    const answer = async (name: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> => {
      const response = await sut.graphql(operation(name), variables);
      expect(response.errors, `${name}: ${JSON.stringify(response.errors)}`).toBeUndefined();
      return response.data!;
    };

    const created = await answer('CreateCase');
    const caseId = created.createCase.id as string;
    const run = await answer('RunCase', { id: caseId });
    expect(run.runCase.riskLevel).toEqual(expect.any(String));
    // The walk-through's made-up parties may give no finding to decide; when there is one, decide it.
    const findings = run.runCase.findings as Array<{ id: string }>;
    if (findings.length > 0) {
      const decided = await answer('Decide', { findingId: findings[0].id });
      expect(decided.decideFinding.decision).toMatchObject({ verdict: 'DISMISSED' });
    }
    const closed = await answer('Close', { id: caseId });
    expect(closed.closeCase).toMatchObject({ status: 'CLOSED', outcome: 'APPROVED' });
    const audit = await answer('Audit', { id: caseId });
    expect(audit.auditLog.verified).toBe(true);
    expect((audit.auditLog.events as Array<{ action: string }>).map((event) => event.action)).toEqual(
      expect.arrayContaining(['CASE_CREATED', 'CASE_CLOSED']),
    );
  });
});
