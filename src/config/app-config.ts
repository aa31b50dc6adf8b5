import { isAbsolute, resolve } from 'node:path';
import { findProjectRoot } from '../common/project-root';
import { type ApiKey, type ConfiguredUser, loadUsersAndKeys } from './users-config';

export { type ApiKey, type ConfiguredUser, type Role, ROLES } from './users-config';

export interface AppConfig {
  /** `null` when the app should start and use its own local Neo4j. */
  neo4jUri: string | null;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** How long one transaction may run before the server stops it (QUERY_TOO_COMPLEX to the caller). */
  neo4jTransactionTimeoutMs: number;
  localNeo4j: {
    port: number;
    dataDirectory: string;
    heapMegabytes: number;
    pageCacheMegabytes: number;
  };
  host: string;
  port: number;
  /**
   * How long the HTTP server keeps an idle keep-alive connection open. Longer than any client or
   * proxy keeps one idle (Node's 5 s default is shorter than most), so the client always closes
   * first and never sends a request on a connection the server is closing (ECONNRESET).
   */
  httpKeepAliveTimeoutMs: number;
  /** One entry per key (several keys may belong to one user); empty in local mode. */
  apiKeys: ApiKey[];
  /** The users of USERS_FILE and API_KEYS (no keys): `users` and `partner-graph users list`. */
  users: ConfiguredUser[];
  logLevel: 'debug' | 'log' | 'warn' | 'error';
  logFormat: 'json' | 'text';
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Items of work one GraphQL request may ask for: batch sizes and limits, aliases counted each time. */
  graphqlMaxWork: number;
  /** Top-level fields one GraphQL request may have (each alias counts). */
  graphqlMaxRootFields: number;
  maxUploadBytes: number;
  /** The system Chromium that renders PDF reports (never downloaded). */
  chromiumPath: string;
  /**
   * Host headers the API answers (`name` or `name:port`), against DNS rebinding. `null`: any host
   * with API keys configured, or the loopback names on the listening port in local mode.
   */
  allowedHosts: string[] | null;
  /** Origins besides the API's own that may send writes (a web app served elsewhere). */
  allowedOrigins: string[];
  /** How often each API process reads the graph generation to see activations made elsewhere. */
  screeningPollIntervalMs: number;
  /** How long the screening index may stay behind the graph before /health/ready reports it stale. */
  screeningIndexStaleAfterMs: number;
  /** Neo4j driver: connections per process. */
  neo4jMaxPoolSize: number;
  /** Neo4j driver: how long a query waits for a pooled connection before failing. */
  neo4jAcquisitionTimeoutMs: number;
  /** Neo4j driver: how long opening a new connection may take. */
  neo4jConnectionTimeoutMs: number;
  /** Neo4j driver: how long a managed transaction is retried on transient failures (e.g. the server unreachable). */
  neo4jMaxRetryTimeMs: number;
  /** Server-side timeout of each read transaction (0: the server's default). */
  neo4jReadTimeoutMs: number;
  /** `partner-graph sync` and the built-in schedule (SYNC_*; the sources themselves: SOURCES_FILE). */
  sync: SyncSettings;
  /** An import with no heartbeat for this long is taken for dead (heartbeats come every 5 s). */
  importStaleSeconds: number;
  /** Share of the active version's entries a new version may delist without `allowMassDelisting`. */
  maxDelistingShare: number;
  /** Where new alerts are POSTed, signed (ALERT_WEBHOOK_*); `url` null: no webhook. */
  alertWebhook: AlertWebhookSettings;
}

export interface AlertWebhookSettings {
  url: string | null;
  /** The HMAC-SHA256 key of the signature header; never logged. */
  secret: string | null;
  /** Attempts per alert before its delivery is FAILED. */
  maxAttempts: number;
  /** Wait before the second attempt; doubled before each later one. */
  backoffMs: number;
  /** How often the process looks for deliveries that are due (its own and other replicas'). */
  pollMs: number;
  /** One attempt's time limit. */
  timeoutMs: number;
}

export interface SyncSettings {
  /** SYNC_SCHEDULE=on: the API process syncs each source every `interval` (off by default). */
  schedule: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** A deployment's sources file merged over src/watchlists/sources.yml (validated when the catalogue loads). */
  sourcesFile: string | null;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** `name`, `name:port`, `1.2.3.4:port` or `[v6]:port`, as a Host header carries them. */
const HOST_ENTRY =
  /^(?:[a-z0-9]([a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/** `scheme://host[:port]`, nothing after. */
const ORIGIN_ENTRY =
  /^https?:\/\/(?:[a-z0-9]([a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

/**
 * Reads and validates the whole configuration at once, so one failed start names every bad key.
 * Values never reach the error text for secret keys.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const root = findProjectRoot();

  const text = (key: string, fallback: string): string => {
    const value = environment[key];
    return value === undefined || value.trim() === '' ? fallback : value.trim();
  };
  const integer = (key: string, fallback: number, minimum: number, maximum: number): number => {
    const raw = environment[key];
    if (raw === undefined || raw.trim() === '') {
      return fallback;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < minimum || value > maximum) {
      problems.push(`${key} must be an integer from ${minimum} to ${maximum} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const fraction = (key: string, fallback: number): number => {
    const raw = environment[key];
    if (raw === undefined || raw.trim() === '') {
      return fallback;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      problems.push(`${key} must be a number from 0 to 1, such as 0.05 for 5% (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const raw = text(key, fallback);
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${key} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };

  /** A comma-separated list, trimmed and lower-cased, each entry checked; null when the key is unset or blank. */
  const lowerCaseEntries = (key: string, pattern: RegExp, what: string): string[] | null => {
    const raw = environment[key]?.trim();
    if (!raw) {
      return null;
    }
    const entries = raw.split(',').map((entry) => entry.trim().toLowerCase());
    entries.forEach((entry, index) => {
      if (!pattern.test(entry)) {
        problems.push(`${key} entry ${index + 1} must be ${what} (got "${entry}")`);
      }
    });
    return entries;
  };

  const rawUri = environment.NEO4J_URI?.trim();
  let neo4jUri: string | null = null;
  if (rawUri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(rawUri)) {
      problems.push('NEO4J_URI must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI');
    } else {
      neo4jUri = rawUri;
    }
  }

  const { users, apiKeys } = loadUsersAndKeys(environment, problems);

  const dataDirectory = text('NEO4J_LOCAL_DATA_DIR', '.data/neo4j');
  const config: AppConfig = {
    neo4jUri,
    neo4jUsername: text('NEO4J_USERNAME', 'neo4j'),
    neo4jPassword: environment.NEO4J_PASSWORD ?? '',
    neo4jDatabase: text('NEO4J_DATABASE', 'neo4j'),
    neo4jTransactionTimeoutMs: integer('NEO4J_TRANSACTION_TIMEOUT_MS', 300_000, 100, 3_600_000),
    localNeo4j: {
      port: integer('NEO4J_LOCAL_PORT', 7687, 1024, 65535),
      dataDirectory: isAbsolute(dataDirectory) ? dataDirectory : resolve(root, dataDirectory),
      heapMegabytes: integer('NEO4J_LOCAL_HEAP_MB', 2048, 256, 65536),
      pageCacheMegabytes: integer('NEO4J_LOCAL_PAGECACHE_MB', 1024, 64, 65536),
    },
    host: text('HOST', '127.0.0.1'),
    port: integer('PORT', 4000, 0, 65535),
    httpKeepAliveTimeoutMs: integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', 65_000, 1_000, 600_000),
    apiKeys,
    users,
    logLevel: oneOf('LOG_LEVEL', ['debug', 'log', 'warn', 'error'] as const, 'log'),
    logFormat: oneOf('LOG_FORMAT', ['json', 'text'] as const, 'json'),
    graphqlMaxDepth: integer('GRAPHQL_MAX_DEPTH', 12, 2, 50),
    graphqlMaxComplexity: integer('GRAPHQL_MAX_COMPLEXITY', 20_000, 100, 1_000_000),
    graphqlMaxWork: integer('GRAPHQL_MAX_WORK', 2_000, 1, 1_000_000),
    graphqlMaxRootFields: integer('GRAPHQL_MAX_ROOT_FIELDS', 50, 1, 10_000),
    maxUploadBytes: integer('MAX_UPLOAD_BYTES', 512 * 1024 * 1024, 1024, 8 * 1024 * 1024 * 1024),
    chromiumPath: text('CHROMIUM_PATH', '/usr/bin/chromium'),
    allowedHosts: null,
    allowedOrigins: [],
    screeningPollIntervalMs: integer('SCREENING_POLL_INTERVAL_MS', 2_000, 0, 60_000),
    screeningIndexStaleAfterMs: integer('SCREENING_INDEX_STALE_AFTER_MS', 120_000, 1_000, 86_400_000),
    neo4jMaxPoolSize: integer('NEO4J_MAX_POOL_SIZE', 50, 1, 1_000),
    neo4jAcquisitionTimeoutMs: integer('NEO4J_ACQUISITION_TIMEOUT_MS', 5_000, 100, 600_000),
    neo4jConnectionTimeoutMs: integer('NEO4J_CONNECTION_TIMEOUT_MS', 3_000, 100, 600_000),
    neo4jMaxRetryTimeMs: integer('NEO4J_MAX_RETRY_TIME_MS', 1_000, 0, 600_000),
    neo4jReadTimeoutMs: integer('NEO4J_READ_TIMEOUT_MS', 30_000, 0, 3_600_000),
    sync: {
      schedule: oneOf('SYNC_SCHEDULE', ['on', 'off'] as const, 'off') === 'on',
      maxBytes: integer('SYNC_MAX_BYTES', 1024 * 1024 * 1024, 1024, 64 * 1024 * 1024 * 1024),
      timeoutMs: integer('SYNC_TIMEOUT_MS', 10 * 60_000, 100, 24 * 3_600_000),
      maxRedirects: integer('SYNC_MAX_REDIRECTS', 5, 0, 20),
      sourcesFile: environment.SOURCES_FILE?.trim() ? resolve(environment.SOURCES_FILE.trim()) : null,
    },
    importStaleSeconds: integer('IMPORT_STALE_SECONDS', 30, 15, 86_400),
    maxDelistingShare: fraction('MAX_DELISTING_SHARE', 0.05),
    alertWebhook: {
      url: null,
      secret: null,
      maxAttempts: integer('ALERT_WEBHOOK_MAX_ATTEMPTS', 5, 1, 20),
      backoffMs: integer('ALERT_WEBHOOK_BACKOFF_MS', 1_000, 10, 3_600_000),
      pollMs: integer('ALERT_WEBHOOK_POLL_MS', 1_000, 10, 600_000),
      timeoutMs: integer('ALERT_WEBHOOK_TIMEOUT_MS', 10_000, 100, 300_000),
    },
  };

  const webhookUrl = environment.ALERT_WEBHOOK_URL?.trim();
  const webhookSecret = environment.ALERT_WEBHOOK_SECRET ?? '';
  if (webhookUrl) {
    if (!/^https?:\/\/[^\s/]+/.test(webhookUrl)) {
      problems.push('ALERT_WEBHOOK_URL must be an http:// or https:// URL');
    } else if (webhookSecret.length < 16) {
      // The secret's value is never put in a message.
      problems.push('ALERT_WEBHOOK_SECRET must be set, at least 16 characters, when ALERT_WEBHOOK_URL is');
    } else {
      config.alertWebhook.url = webhookUrl;
      config.alertWebhook.secret = webhookSecret;
    }
  } else if (webhookSecret) {
    problems.push('ALERT_WEBHOOK_SECRET is set but ALERT_WEBHOOK_URL is not');
  }

  config.allowedHosts = lowerCaseEntries('ALLOWED_HOSTS', HOST_ENTRY, 'a host name or IP, optionally with :port');
  config.allowedOrigins =
    lowerCaseEntries('ALLOWED_ORIGINS', ORIGIN_ENTRY, 'an origin such as https://app.example.org') ?? [];

  if (!isLoopbackHost(config.host) && config.apiKeys.length === 0) {
    problems.push(
      `HOST is ${config.host}, which is not loopback: set API_KEYS, or bind to 127.0.0.1 (no keys means local mode)`,
    );
  }
  if (neo4jUri === null && environment.NEO4J_PASSWORD) {
    problems.push('NEO4J_PASSWORD is set but NEO4J_URI is not: set NEO4J_URI to use your own server');
  }

  if (problems.length > 0) {
    throw new ConfigValidationError(problems);
  }
  return config;
}

/** True when anyone reaching the API must present a key. */
export function requiresApiKey(config: AppConfig): boolean {
  return config.apiKeys.length > 0;
}
