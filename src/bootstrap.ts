import 'reflect-metadata';
import { type INestApplication, Logger, type LoggerService, ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { requestOriginMiddleware } from './auth/request-origin';
import { graphqlRequestGate } from './auth/graphql-request.gate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyHttpServerTimeouts } from './common/http-server-timeouts';
import { findProjectRoot } from './common/project-root';
import { requestIdMiddleware } from './common/request-id';
import { serveOpenApi } from './openapi/openapi';
import type { AppConfig } from './config/app-config';

export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): LoggerService {
  const levels = { debug: 4, log: 3, warn: 2, error: 1 } as const;
  const enabled = (['error', 'warn', 'log', 'debug'] as const).filter(
    (level) => levels[level] <= levels[config.logLevel],
  );
  return new ConsoleLogger({ json: config.logFormat === 'json', logLevels: [...enabled, 'fatal'] });
}

/** Builds the Nest application (GraphQL at /graphql, REST under /api, /health) without listening. */
export async function createApplication(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: createLogger(config),
    bodyParser: false,
  });
  // Order matters: who and where from before reading any body, the query's cost before Apollo parses it.
  app.use(requestIdMiddleware);
  app.use(requestOriginMiddleware(config));
  app.useBodyParser('json', { limit: '10mb' });
  app.use('/graphql', graphqlRequestGate(config));
  app.disable('x-powered-by');
  applyHttpServerTimeouts(app.getHttpServer(), config.httpKeepAliveTimeoutMs);
  serveOpenApi(app, packageVersion());
  return app;
}

export async function listen(app: INestApplication, config: AppConfig): Promise<string> {
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  const logger = new Logger('Bootstrap');
  if (config.apiKeys.length === 0) {
    logger.log(
      `Local mode: no API keys are configured, so only this machine can call the API (bound to ${config.host})`,
    );
  } else {
    logger.log(
      `${config.users.length} user(s) with ${config.apiKeys.length} API key(s) configured; every call must present one`,
    );
  }
  logger.log(`partner-graph listening on ${url} (GraphQL at ${url}/graphql, health at ${url}/health)`);
  return url;
}

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as { version?: string };
  return packageJson.version ?? '0.0.0';
}
