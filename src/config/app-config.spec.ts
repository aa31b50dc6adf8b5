import { describe, expect, it } from 'vitest';
import { ConfigValidationError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('defaults to local mode on loopback with no keys', () => {
    const sut = loadConfig({});

    expect(sut).toMatchObject({ neo4jUri: null, host: '127.0.0.1', port: 4000, apiKeys: [] });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer', 'a port that is not a number'],
    [{ NEO4J_URI: 'http://example.org' }, 'NEO4J_URI must be a bolt://', 'an HTTP URI instead of Bolt'],
    [{ API_KEYS: 'short:reader' }, 'API_KEYS entry 1 field key must have 16', 'a key shorter than 16 characters'],
    [{ API_KEYS: 'a-long-enough-key-1234:owner' }, 'API_KEYS entry 1 field role must be one of', 'an unknown role'],
    [{ HOST: '0.0.0.0' }, 'HOST is 0.0.0.0, which is not loopback', 'a public bind address without keys'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL must be one of', 'an unknown log level'],
    [{ ALLOWED_HOSTS: 'ok.example, bad host' }, 'ALLOWED_HOSTS entry 2', 'a host name with a space'],
    [{ ALLOWED_ORIGINS: 'https://app.example.org/path' }, 'ALLOWED_ORIGINS entry 1', 'an origin with a path'],
    [{ GRAPHQL_MAX_WORK: '0' }, 'GRAPHQL_MAX_WORK must be', 'no work at all'],
    [{ SCREENING_POLL_INTERVAL_MS: '-1' }, 'SCREENING_POLL_INTERVAL_MS must be an integer', 'a negative interval'],
    [{ NEO4J_ACQUISITION_TIMEOUT_MS: '5s' }, 'NEO4J_ACQUISITION_TIMEOUT_MS must be', 'a timeout with a unit'],
    [{ HTTP_KEEP_ALIVE_TIMEOUT_MS: '500' }, 'HTTP_KEEP_ALIVE_TIMEOUT_MS must be', 'a keep-alive shorter than 1 s'],
  ])('refuses %j (%s: %s)', (environment, message, _reason) => {
    expect(() => loadConfig(environment)).toThrow(message);
  });

  it('polls the graph generation every 2 s, bounds waits on Neo4j and keeps idle connections 65 s by default', () => {
    const sut = loadConfig({});

    expect(sut).toMatchObject({
      httpKeepAliveTimeoutMs: 65_000,
      screeningPollIntervalMs: 2_000,
      screeningIndexStaleAfterMs: 120_000,
      neo4jAcquisitionTimeoutMs: 5_000,
      neo4jMaxRetryTimeMs: 1_000,
      neo4jReadTimeoutMs: 30_000,
    });
  });

  it('names every bad key in one error', () => {
    const attempt = (): unknown => loadConfig({ PORT: 'x', LOG_LEVEL: 'y', GRAPHQL_MAX_DEPTH: '1000' });

    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigValidationError).problems).toHaveLength(3);
    }
  });

  it('never puts a secret into the error text', () => {
    expect(() => loadConfig({ API_KEYS: 'super-secret-key-value-123:owner' })).not.toThrow(/super-secret/);
  });

  it('reads the alert webhook, which needs a secret of 16 characters that no error names', () => {
    expect(loadConfig({}).alertWebhook).toMatchObject({ url: null, secret: null, maxAttempts: 5, backoffMs: 1_000 });
    expect(
      loadConfig({
        ALERT_WEBHOOK_URL: 'https://hooks.example.org/alerts',
        ALERT_WEBHOOK_SECRET: 'a-secret-of-24-characters',
      }).alertWebhook,
    ).toMatchObject({ url: 'https://hooks.example.org/alerts', secret: 'a-secret-of-24-characters' });
    for (const [environment, problem] of [
      [{ ALERT_WEBHOOK_URL: 'https://hooks.example.org/alerts', ALERT_WEBHOOK_SECRET: 'short-secret' }, /at least 16/],
      [{ ALERT_WEBHOOK_URL: 'ftp://hooks.example.org', ALERT_WEBHOOK_SECRET: 'a-secret-of-24-characters' }, /http/],
      [{ ALERT_WEBHOOK_SECRET: 'a-secret-of-24-characters' }, /ALERT_WEBHOOK_URL is not/],
    ] as const) {
      expect(() => loadConfig(environment)).toThrow(problem);
      expect(() => loadConfig(environment)).not.toThrow(/short-secret|a-secret-of/);
    }
  });

  it('reads the host and origin allow-lists', () => {
    const sut = loadConfig({
      ALLOWED_HOSTS: 'Api.Example.org, [::1]:4000',
      ALLOWED_ORIGINS: 'https://app.example.org',
    });

    expect(sut).toMatchObject({
      allowedHosts: ['api.example.org', '[::1]:4000'],
      allowedOrigins: ['https://app.example.org'],
    });
  });

  it('accepts a public bind address when API keys are configured', () => {
    const sut = loadConfig({ HOST: '0.0.0.0', API_KEYS: 'reader-key-1234567890:reader,admin-key-1234567890:admin' });

    expect(sut.apiKeys.map((key) => key.role)).toEqual(['reader', 'admin']);
  });

  it('reads the import stale window and the delisting share, 30 s and 5% by default', () => {
    expect(loadConfig({})).toMatchObject({ importStaleSeconds: 30, maxDelistingShare: 0.05 });
    expect(loadConfig({ IMPORT_STALE_SECONDS: '90', MAX_DELISTING_SHARE: '0.2' })).toMatchObject({
      importStaleSeconds: 90,
      maxDelistingShare: 0.2,
    });
  });

  it('refuses a stale window shorter than a few heartbeats and a share outside 0 to 1', () => {
    expect(() => loadConfig({ IMPORT_STALE_SECONDS: '5', MAX_DELISTING_SHARE: '5%' })).toThrow(
      /IMPORT_STALE_SECONDS must be an integer from 15[\s\S]*MAX_DELISTING_SHARE must be a number from 0 to 1/,
    );
  });
});
