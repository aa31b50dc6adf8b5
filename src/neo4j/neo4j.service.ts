import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type ServerInfo } from 'neo4j-driver';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../graph/graph-model';
import { CypherRegistry } from './cypher-registry';

export const RELATIONSHIP_TYPE_PLACEHOLDER = '__RELATIONSHIP_TYPE__';
import { toPlain } from './neo4j-values';

export type Row = Record<string, unknown>;

/** The code the driver gives its own errors, which no server error has (neo4j-driver's NOT_AVAILABLE). */
const DRIVER_ERROR_CODE = 'N/A';

/**
 * The process's one Neo4j driver. Queries are addressed by their cypher/ file name and always run
 * in managed (retried) transactions with the configured database.
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);
  private answeredAt = 0;

  constructor(
    readonly driver: Driver,
    readonly cypher: CypherRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get database(): string {
    return this.config.neo4jDatabase;
  }

  async read(queryName: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run('READ', queryName, parameters);
  }

  async write(queryName: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run('WRITE', queryName, parameters);
  }

  /**
   * Runs a write whose relationship type varies. The statement holds the placeholder
   * `__RELATIONSHIP_TYPE__`, replaced by a member of the fixed allow-list RELATIONSHIP_TYPES (never
   * by user text). Neo4j 5.26.0's dynamic `$(...)` types in MERGE keep the type of the first run in
   * the cached plan, so the type is part of the statement text instead.
   */
  async writeForRelationshipType(
    queryName: string,
    type: RelationshipType,
    parameters: Record<string, unknown> = {},
  ): Promise<Row[]> {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      throw new Error(`"${type}" is not a relationship type`);
    }
    const statement = this.cypher.get(queryName).replaceAll(RELATIONSHIP_TYPE_PLACEHOLDER, type);
    return this.runText('WRITE', queryName, statement, parameters);
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (transaction: QueryRunner) => Promise<T>): Promise<T> {
    return this.execute('WRITE', (transaction) => work(new QueryRunner(transaction, this.cypher)));
  }

  /**
   * Runs `work` in one managed read transaction (one snapshot for several statements), with the
   * read timeout. Retried, so `work` must start from scratch each time.
   */
  async readTransaction<T>(work: (transaction: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  /** Runs a raw statement text; only for migrations, whose text comes from cypher/migrations. */
  async runStatementText(statement: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database });
    try {
      const result = await session.run(statement, parameters);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a read once, in an auto-commit transaction, without the managed transactions' retries: for
   * health checks, which must report an unreachable database at once rather than retry for seconds.
   */
  async probe(queryName: string): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(this.cypher.get(queryName), {}, { timeout: this.config.neo4jReadTimeoutMs });
      this.answeredAt = Date.now();
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  /** When a query last completed without error (epoch ms; 0 before the first). */
  get lastAnsweredAt(): number {
    return this.answeredAt;
  }

  async serverInfo(): Promise<ServerInfo> {
    return this.driver.getServerInfo({ database: this.database });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
    this.logger.log('Neo4j driver closed');
  }

  private async run(mode: 'READ' | 'WRITE', queryName: string, parameters: Record<string, unknown>): Promise<Row[]> {
    return this.runText(mode, queryName, this.cypher.get(queryName), parameters);
  }

  private async runText(
    mode: 'READ' | 'WRITE',
    queryName: string,
    statement: string,
    parameters: Record<string, unknown>,
  ): Promise<Row[]> {
    this.logger.debug({ query: queryName, parameters });
    return this.execute(mode, async (transaction) => {
      const result = await transaction.run(statement, parameters);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    });
  }

  /**
   * The one place sessions are opened for queries: a managed transaction with the configured
   * timeout, the session closed in `finally`. The driver calls `work` only once it holds a
   * connection with the transaction begun, so a driver error (no server code) raised outside `work`
   * means no connection could be had in time (the pool's acquisition timeout, or a closed pool):
   * that is the database being unavailable, reported as such rather than as an internal error.
   */
  private async execute<T>(mode: 'READ' | 'WRITE', work: (transaction: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const thrownByWork = new WeakSet<object>();
    const tracked = async (transaction: ManagedTransaction): Promise<T> => {
      try {
        return await work(transaction);
      } catch (error) {
        if (typeof error === 'object' && error !== null) {
          thrownByWork.add(error);
        }
        throw error;
      }
    };
    const timeoutMs = mode === 'READ' ? this.config.neo4jReadTimeoutMs : this.config.neo4jWriteTimeoutMs;
    const transactionConfig: { timeout?: number } = timeoutMs > 0 ? { timeout: timeoutMs } : {};
    try {
      const result =
        mode === 'READ'
          ? await session.executeRead(tracked, transactionConfig)
          : await session.executeWrite(tracked, transactionConfig);
      this.answeredAt = Date.now();
      return result;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === DRIVER_ERROR_CODE && !thrownByWork.has(error)) {
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          `No database connection could be had within ${this.config.neo4jAcquisitionTimeoutMs} ms; try again shortly`,
        );
      }
      throw error;
    } finally {
      await session.close();
    }
  }
}

/** Runs named statements inside a transaction someone else manages. */
export class QueryRunner {
  constructor(
    private readonly transaction: ManagedTransaction,
    private readonly cypher: CypherRegistry,
  ) {}

  async run(queryName: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await this.transaction.run(this.cypher.get(queryName), parameters);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /** As Neo4jService.writeForRelationshipType, inside this transaction. */
  async runForRelationshipType(
    queryName: string,
    type: RelationshipType,
    parameters: Record<string, unknown> = {},
  ): Promise<Row[]> {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      throw new Error(`"${type}" is not a relationship type`);
    }
    const statement = this.cypher.get(queryName).replaceAll(RELATIONSHIP_TYPE_PLACEHOLDER, type);
    const result = await this.transaction.run(statement, parameters);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}

export function createDriver(config: AppConfig, uri: string): Driver {
  const auth = config.neo4jUri === null ? undefined : neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword);
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: config.neo4jMaxPoolSize,
    // Bounded so that an outage answers 503 within seconds instead of holding requests (issue 14).
    connectionAcquisitionTimeout: config.neo4jAcquisitionTimeoutMs,
    connectionTimeout: Math.min(config.neo4jConnectionTimeoutMs, config.neo4jAcquisitionTimeoutMs),
    maxTransactionRetryTime: config.neo4jMaxRetryTimeMs,
    disableLosslessIntegers: false,
    userAgent: 'partner-graph/0.1',
  });
}
