import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type ServerInfo,
  type Session,
} from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../common/graph-model';
import { CypherRegistry } from './cypher-registry';
import { toPlain } from './neo4j-values';

export const RELATIONSHIP_TYPE_PLACEHOLDER = '__RELATIONSHIP_TYPE__';

export type Row = Record<string, unknown>;

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

  constructor(
    readonly driver: Driver,
    readonly cypher: CypherRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    return this.inSession('READ', (session) =>
      session.executeRead(
        (transaction) => work(new QueryRunner(transaction, this.cypher)),
        this.transactionConfig(options),
      ),
    );
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (transaction: QueryRunner) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.inSession('WRITE', (session) =>
      session.executeWrite(
        (transaction) => work(new QueryRunner(transaction, this.cypher)),
        this.transactionConfig(options),
      ),
    );
  }

  /**
   * Runs a raw statement text in an auto-commit transaction; only for migrations, whose text comes
   * from cypher/migrations (schema changes cannot share a transaction with data, and a backfill may
   * take longer than the query timeout).
   */
  async runStatementText(statement: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    return this.inSession('WRITE', async (session) => toRows(await session.run(statement, parameters)));
  }

  async serverInfo(): Promise<ServerInfo> {
    return this.driver.getServerInfo({ database: this.database });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
    this.logger.log('Neo4j driver closed');
  }

  private transactionConfig(options: QueryOptions): { timeout: number } {
    return { timeout: options.timeoutMs ?? this.config.neo4jTransactionTimeoutMs };
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
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    disableLosslessIntegers: false,
    userAgent: 'partner-graph/0.1',
  });
}
