import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  type ServerInfo,
  type Session,
} from 'neo4j-driver';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../common/graph-model';
import { fromNeo4jError } from '../common/error-mapper';
import { describeUnexpectedError } from '../common/request-id';
import { AvailabilityGate } from './availability-gate';
import { CypherRegistry } from './cypher-registry';
import { toPlain } from './neo4j-values';

export const RELATIONSHIP_TYPE_PLACEHOLDER = '__RELATIONSHIP_TYPE__';

export type Row = Record<string, unknown>;

/** The code the driver gives its own errors, which no server error has (neo4j-driver's NOT_AVAILABLE). */
const DRIVER_ERROR_CODE = 'N/A';

/** Codes that mean the database is down (not merely busy): they close the availability gate. */
const DOWN_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** While the database is down, one probe per this interval asks whether it is back. */
const GATE_RETRY_MS = 500;

/**
 * Parts of a statement's text that vary: each placeholder is replaced by allow-listed relationship
 * types joined with `|` (a type pattern), or by an integer (a bound Cypher needs as a literal, such
 * as a path length). Values are never substituted: they stay parameters.
 */
export type Substitutions = Record<string, readonly RelationshipType[] | number>;

export interface QueryOptions {
  substitutions?: Substitutions;
  /** Overrides the configured transaction timeout for this transaction. */
  timeoutMs?: number;
}

/**
 * The process's one Neo4j driver and the one way to it. Queries are addressed by their cypher/ file
 * name and always run in managed (retried) transactions with the configured database and timeout;
 * sessions share one bookmark manager, so a read sees every write this process committed before it
 * (read-your-writes, also across the members of a cluster); records come back as plain values.
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private answeredAt = 0;
  /** Refuses at once while the database is known to be down (see AvailabilityGate). */
  private readonly gate: AvailabilityGate;

  constructor(
    readonly driver: Driver,
    readonly cypher: CypherRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.gate = new AvailabilityGate(() => this.ping(), {
      retryMs: GATE_RETRY_MS,
      probeTimeoutMs: Math.min(config.neo4jAcquisitionTimeoutMs, 2_000),
    });
  }

  get database(): string {
    return this.config.neo4jDatabase;
  }

  async read(queryName: string, parameters: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.readTransaction(
      (transaction) => transaction.run(queryName, parameters, options.substitutions),
      options,
    );
  }

  async write(queryName: string, parameters: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.writeTransaction(
      (transaction) => transaction.run(queryName, parameters, options.substitutions),
      options,
    );
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
    return this.write(queryName, parameters, { substitutions: { [RELATIONSHIP_TYPE_PLACEHOLDER]: [type] } });
  }

  /**
   * Runs several statements in one read transaction: one snapshot. Managed and retried, so `work`
   * must start from scratch each time it is called.
   */
  async readTransaction<T>(work: (transaction: QueryRunner) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.transact('READ', work, options);
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (transaction: QueryRunner) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.transact('WRITE', work, options);
  }

  /**
   * Runs a raw statement text in an auto-commit transaction; only for migrations, whose text comes
   * from cypher/migrations and cypher/schema (schema changes cannot share a transaction with data, and a backfill may
   * take longer than the query timeout).
   */
  async runStatementText(statement: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    return this.inSession('WRITE', async (session) => toRows(await session.run(statement, parameters)));
  }

  /**
   * Runs a read once, in an auto-commit transaction, without the managed transactions' retries: for
   * health checks, which must report an unreachable database at once rather than retry for seconds.
   */
  async probe(queryName: string): Promise<Row[]> {
    try {
      const rows = await this.inSession('READ', async (session) =>
        toRows(await session.run(this.cypher.get(queryName), {}, { timeout: this.config.neo4jReadTimeoutMs })),
      );
      // Only the time: dbms.components() answers before the database itself is online, so it does
      // not open the gate (the gate's own probe asks the database).
      this.answeredAt = Date.now();
      return rows;
    } catch (error) {
      this.failed(error);
      throw error;
    }
  }

  /** When the database was found down and not seen answering since (epoch ms), or null. */
  get unavailableSince(): number | null {
    return this.gate.unavailableSince;
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

  /**
   * One managed transaction with its timeout (reads: NEO4J_READ_TIMEOUT_MS; writes:
   * NEO4J_TRANSACTION_TIMEOUT_MS; 0 leaves the server's). The driver calls `work` only once it holds
   * a connection with the transaction begun, so a driver error (no server code) raised outside
   * `work` means no connection could be had in time (the pool's acquisition timeout, or a closed
   * pool): that is the database being unavailable, reported as such rather than as an internal error.
   */
  private async transact<T>(
    mode: 'READ' | 'WRITE',
    work: (transaction: QueryRunner) => Promise<T>,
    options: QueryOptions,
  ): Promise<T> {
    const thrownByWork = new WeakSet<object>();
    const tracked = async (transaction: ManagedTransaction): Promise<T> => {
      try {
        return await work(new QueryRunner(transaction, this.cypher));
      } catch (error) {
        if (typeof error === 'object' && error !== null) {
          thrownByWork.add(error);
        }
        throw error;
      }
    };
    const configured = mode === 'READ' ? this.config.neo4jReadTimeoutMs : this.config.neo4jTransactionTimeoutMs;
    const timeoutMs = options.timeoutMs ?? configured;
    const transactionConfig: { timeout?: number } = timeoutMs > 0 ? { timeout: timeoutMs } : {};
    await this.gate.admit();
    const outagesAtStart = this.gate.outages;
    try {
      const result = await this.inSession(mode, (session) =>
        mode === 'READ'
          ? session.executeRead(tracked, transactionConfig)
          : session.executeWrite(tracked, transactionConfig),
      );
      this.answered();
      return result;
    } catch (error) {
      if (!thrownByWork.has(error as object)) {
        this.failed(error);
      }
      if (error instanceof Neo4jError && error.code === DRIVER_ERROR_CODE && !thrownByWork.has(error)) {
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          `No database connection could be had within ${this.config.neo4jAcquisitionTimeoutMs} ms; try again shortly`,
        );
      }
      if (error instanceof Neo4jError && fromNeo4jError(error) === null && !(await this.stillAnswers())) {
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          'The database stopped answering during the request; try again shortly',
        );
      }
      // An error with no meaning of its own, from a request that ran while the database was found down
      // (and may be back by now, so the question above answers): the outage, not ours.
      const unclassified = !(error instanceof AppError) && !(error instanceof Neo4jError && fromNeo4jError(error));
      if (unclassified && (this.gate.outages !== outagesAtStart || this.gate.unavailableSince !== null)) {
        this.logger.warn(
          `Answered DATABASE_UNAVAILABLE for an error during an outage: ${describeUnexpectedError(error)}`,
        );
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          'The database stopped answering during the request; try again shortly',
        );
      }
      throw error;
    }
  }

  /**
   * Asked after a database error with no meaning of its own (a server `DatabaseError`, a driver error
   * from a dropped stream): a database that is shutting down raises those as well as the down codes.
   * If the database does not answer a trivial question either, the error was the outage, not ours;
   * a down code from the question also closes the gate.
   */
  private async stillAnswers(): Promise<boolean> {
    try {
      await this.ping();
      return true;
    } catch (pingError) {
      this.failed(pingError);
      return false;
    }
  }

  /** The gate's question: can the configured database run a statement now? */
  private async ping(): Promise<void> {
    await this.inSession('READ', (session) =>
      session.run(this.cypher.get('health/ping'), {}, { timeout: this.config.neo4jAcquisitionTimeoutMs }),
    );
  }

  private answered(): void {
    this.answeredAt = Date.now();
    this.gate.markUp();
  }

  /** A down database closes the gate; any other failure (a bad query, a timeout under load) does not. */
  private failed(error: unknown): void {
    if (error instanceof Neo4jError && DOWN_CODES.has(error.code)) {
      this.gate.markDown();
    }
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}

/** Runs named statements inside a transaction someone else manages. */
export class QueryRunner {
  private readonly logger = new Logger(QueryRunner.name);

  constructor(
    private readonly transaction: ManagedTransaction,
    private readonly cypher: CypherRegistry,
  ) {}

  async run(
    queryName: string,
    parameters: Record<string, unknown> = {},
    substitutions: Substitutions = {},
  ): Promise<Row[]> {
    this.logger.debug({ query: queryName, parameters });
    const statement = substitute(this.cypher.get(queryName), substitutions);
    return toRows(await this.transaction.run(statement, parameters));
  }

  /** As Neo4jService.writeForRelationshipType, inside this transaction. */
  async runForRelationshipType(
    queryName: string,
    type: RelationshipType,
    parameters: Record<string, unknown> = {},
  ): Promise<Row[]> {
    return this.run(queryName, parameters, { [RELATIONSHIP_TYPE_PLACEHOLDER]: [type] });
  }
}

/** The one conversion of driver records into plain rows (Integers, temporal values, nodes). */
function toRows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/**
 * Replaces each placeholder by allow-listed relationship types (checked here, whatever the caller
 * passed) or by a safe integer; anything else is a programming error.
 */
export function substitute(statement: string, substitutions: Substitutions): string {
  let text = statement;
  for (const [placeholder, value] of Object.entries(substitutions)) {
    let replacement: string;
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new Error(`${placeholder} must be a non-negative integer (got ${value})`);
      }
      replacement = String(value);
    } else {
      if (value.length === 0) {
        throw new Error(`${placeholder} needs at least one relationship type`);
      }
      for (const type of value) {
        if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
          throw new Error(`"${type}" is not a relationship type`);
        }
      }
      replacement = value.join('|');
    }
    if (!text.includes(placeholder)) {
      throw new Error(`The statement has no placeholder ${placeholder}`);
    }
    text = text.replaceAll(placeholder, replacement);
  }
  return text;
}

export function createDriver(config: AppConfig, uri: string): Driver {
  const auth = config.neo4jUri === null ? undefined : neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword);
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: config.neo4jMaxPoolSize,
    // Bounded so that an outage answers 503 within seconds instead of holding requests.
    connectionAcquisitionTimeout: config.neo4jAcquisitionTimeoutMs,
    connectionTimeout: Math.min(config.neo4jConnectionTimeoutMs, config.neo4jAcquisitionTimeoutMs),
    maxTransactionRetryTime: config.neo4jMaxRetryTimeMs,
    disableLosslessIntegers: false,
    userAgent: 'partner-graph/0.1',
  });
}
