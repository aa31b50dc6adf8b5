import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../../src/common/app-error';
import { toPublicError } from '../../src/common/error-mapper';
import { CypherRegistry } from '../../src/neo4j/cypher-registry';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { createDriver, Neo4jService } from '../../src/neo4j/neo4j.service';
import { testConfig } from '../helpers/test-app';

/** A read that counts to a hundred million: several seconds of work on the server. */
const SLOW_READ = 'UNWIND range(1, 100000000) AS value WITH value WHERE value = -1 RETURN count(*) AS found';

describe(`${Neo4jService.name} with bounded waits`, () => {
  const opened: Neo4jService[] = [];

  beforeAll(() => {
    // No Nest application here to set the log level: keep the service's debug lines out of the run.
    Logger.overrideLogger(['error']);
  });

  const service = (overrides: Record<string, string>): Neo4jService => {
    const config = testConfig(overrides);
    const sut = new Neo4jService(createDriver(config, databaseUri(config)), new CypherRegistry(), config);
    opened.push(sut);
    return sut;
  };

  afterEach(async () => {
    for (const sut of opened.splice(0)) {
      await sut.onApplicationShutdown();
    }
  });

  it('answers DATABASE_UNAVAILABLE when no pooled connection frees up within the acquisition timeout', async () => {
    const sut = service({ NEO4J_MAX_POOL_SIZE: '1', NEO4J_ACQUISITION_TIMEOUT_MS: '1000' });
    // The one pooled connection is opened first, so a slow machine cannot fail the holder instead.
    await sut.read('health/server-components');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding!: () => void;
    const connectionTaken = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const holder = sut.readTransaction(async (transaction) => {
      await transaction.run('health/server-components');
      holding();
      await held;
    });
    await Promise.race([connectionTaken, holder]);

    const started = performance.now();
    const error = await sut.read('health/server-components').catch((caught: unknown) => caught);
    const waited = performance.now() - started;
    release();
    await holder;

    expect(error).toBeInstanceOf(AppError);
    expect(toPublicError(error)).toMatchObject({ httpStatus: 503, reason: 'DATABASE_UNAVAILABLE' });
    expect(waited).toBeLessThan(5_000);
  });

  it('leaves an error raised inside the transaction work as it is', async () => {
    const sut = service({});
    const raised = new Neo4jError('not about connections', 'N/A', '', '');

    const error = await sut.readTransaction(() => Promise.reject(raised)).catch((caught: unknown) => caught);

    expect(error).toBe(raised);
  });

  it('answers DATABASE_UNAVAILABLE for an error with no meaning of its own when the database then stops answering', async () => {
    // A database shutting down can end a stream with a server DatabaseError or a driver error. Here the
    // service reaches Neo4j through a TCP relay that is cut during the transaction, which then raises
    // an error whose code the mapper gives no meaning.
    const target = new URL(databaseUri(testConfig({})));
    const links: Socket[] = [];
    const relay = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      links.push(client, upstream);
      client.pipe(upstream).pipe(client);
      const cut = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', cut);
      upstream.on('error', cut);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayPort = (relay.address() as AddressInfo).port;
    const config = testConfig({ NEO4J_ACQUISITION_TIMEOUT_MS: '1000' });
    const sut = new Neo4jService(createDriver(config, `bolt://127.0.0.1:${relayPort}`), new CypherRegistry(), config);
    opened.push(sut);
    const raised = new Neo4jError('stream ended', 'Neo.DatabaseError.General.UnknownError', '', '');

    const error = await sut
      .readTransaction(async (transaction) => {
        await transaction.run('health/server-components');
        await new Promise<void>((resolve) => relay.close(() => resolve()) && links.forEach((link) => link.destroy()));
        throw raised;
      })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect(toPublicError(error)).toMatchObject({ httpStatus: 503, reason: 'DATABASE_UNAVAILABLE' });
  });

  it('stops a read that runs past the timeout the driver sends, with the code the mapper answers 503 for', async () => {
    // Statements run by name from cypher/ only; the server's timeout code is checked on the service's own driver.
    const sut = service({ NEO4J_READ_TIMEOUT_MS: '200' });
    const session = sut.driver.session({ database: sut.database });

    const started = performance.now();
    const error = await session
      .executeRead((transaction) => transaction.run(SLOW_READ), { timeout: 200 })
      .catch((caught: unknown) => caught)
      .finally(() => session.close());

    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(toPublicError(error)).toMatchObject({ httpStatus: 503, reason: 'DATABASE_UNAVAILABLE' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
