import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error';
import type { RelationshipType } from '../common/graph-model';
import { loadConfig } from '../config/app-config';
import { CypherRegistry } from './cypher-registry';
import { createDriver, Neo4jService, substitute } from './neo4j.service';

describe(substitute.name, () => {
  it.each([
    [
      'MATCH (a)-[:__TYPES__]->(b)',
      { __TYPES__: ['OWNED_BY', 'FUNDED_BY'] },
      'MATCH (a)-[:OWNED_BY|FUNDED_BY]->(b)',
      'types joined as a pattern',
    ],
    [
      'MATCH p = (a)-[*..__MAX_HOPS__]-(b)',
      { __MAX_HOPS__: 4 },
      'MATCH p = (a)-[*..4]-(b)',
      'a hop bound as a literal',
    ],
    ['RETURN 1', {}, 'RETURN 1', 'nothing to replace'],
  ] as const)('writes %s as %s (%s)', (statement, substitutions, expected, _reason) => {
    expect(substitute(statement, substitutions as never)).toBe(expected);
  });

  it.each([
    [{ __TYPES__: ['OWNED_BY) DETACH DELETE (a' as RelationshipType] }, 'text that is not an allow-listed type'],
    [{ __TYPES__: [] }, 'an empty type list'],
    [{ __MAX_HOPS__: 2.5 }, 'a fractional bound'],
    [{ __MAX_HOPS__: -1 }, 'a negative bound'],
    [{ __ABSENT__: 3 }, 'a placeholder the statement does not hold'],
  ])('refuses %j (%s)', (substitutions, _reason) => {
    expect(() => substitute('MATCH (a)-[:__TYPES__*..__MAX_HOPS__]-(b)', substitutions)).toThrow();
  });
});

describe(Neo4jService.name, () => {
  // A server that takes the TCP connection and never speaks Bolt, as a Neo4j that is starting may.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => {
    sockets.push(socket);
  });
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as AddressInfo).port;
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers DATABASE_UNAVAILABLE, not a hang, when the server accepts the socket but never answers', async () => {
    const config = loadConfig({ NEO4J_ACQUISITION_TIMEOUT_MS: '300', NEO4J_URI: `bolt://127.0.0.1:${port}` });
    const driver = createDriver(config, `bolt://127.0.0.1:${port}`);
    const sut = new Neo4jService(driver, new CypherRegistry(), config);

    const outcome = await sut.readTransaction(async () => 'ran').catch((error: unknown) => error);

    await driver.close().catch(() => undefined);
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).code).toBe('DATABASE_UNAVAILABLE');
  });

  it('marks the database down when nothing listens, and then refuses without waiting on the driver', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const config = loadConfig({ NEO4J_ACQUISITION_TIMEOUT_MS: '2000', NEO4J_URI: `bolt://127.0.0.1:${closedPort}` });
    const driver = createDriver(config, `bolt://127.0.0.1:${closedPort}`);
    const sut = new Neo4jService(driver, new CypherRegistry(), config);

    const first = await sut.readTransaction(async () => 'ran').catch((error: unknown) => error);
    const second = await sut.readTransaction(async () => 'ran').catch((error: unknown) => error);

    await driver.close().catch(() => undefined);
    expect(first).toMatchObject({ code: 'ServiceUnavailable' });
    expect(sut.unavailableSince).not.toBeNull();
    expect(second).toBeInstanceOf(AppError);
    expect((second as AppError).code).toBe('DATABASE_UNAVAILABLE');
    expect((second as AppError).message).toMatch(/has not answered since/);
  });
});
