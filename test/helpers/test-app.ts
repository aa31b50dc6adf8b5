import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { expect } from 'vitest';
import { createApplication } from '../../src/bootstrap';
import { CliModule } from '../../src/cli/cli.module';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { MigrationsService } from '../../src/neo4j/migrations.service';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { SeedService } from '../../src/seed/seed.service';
import { buildDist } from './processes';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
}

export interface JsonResponse {
  status: number;
  body: any;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  /** A request to the REST (or yente) API over real HTTP, its body sent as JSON when given; the answer parsed. */
  request(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonResponse>;
  close(): Promise<void>;
}

/** The configuration the tests run with: the test database chosen by the global setup. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, LOG_LEVEL: 'error', ...overrides });
}

/** Applies migrations and the seed once (the seed is idempotent, so repeating is harmless). */
export async function prepareDatabase(config: AppConfig = testConfig()): Promise<void> {
  const context = await cliContext(config);
  try {
    await context.get(MigrationsService).migrate();
    await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: 'test:runner' });
  } finally {
    await context.close();
  }
}

export async function cliContext(config: AppConfig = testConfig()): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error'] });
}

/**
 * What a spec of the built CLI needs: dist/ up to date with the sources under test (the CLI runs from dist/, as
 * installed), the test database prepared, the environment a CLI child process runs with (that database, quiet text
 * logs) and a context on the same database to see what the CLI did.
 */
export async function builtCliContext(
  config: AppConfig = testConfig(),
): Promise<{ env: NodeJS.ProcessEnv; context: INestApplicationContext }> {
  await buildDist();
  await prepareDatabase(config);
  const env = { ...process.env, NEO4J_URI: databaseUri(config), LOG_LEVEL: 'warn', LOG_FORMAT: 'text' };
  return { env, context: await cliContext(config) };
}

/** Boots the real application on a free loopback port; requests go over real HTTP. */
export async function bootTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApplication(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    async graphql(query, variables = {}, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GraphqlResponse['errors'] };
      return { status: response.status, data: body.data ?? null, errors: body.errors };
    },
    async request(method, path, body, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await app.close();
    },
  };
}

/** The data of a GraphQL call that must succeed: an error in the answer fails the test. */
export async function graphqlData<T = any>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await app.graphql<T>(query, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}
