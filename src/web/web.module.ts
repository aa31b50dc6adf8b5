import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Logger, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';
import { findProjectRoot } from '../common/project-root';
import { compressedAssets } from './compressed-assets';

/**
 * Paths the API answers (GraphQL, REST, health, OpenAPI, the yente-compatible routes): never
 * answered with the web app's index.html, so an unknown API path stays a JSON 404.
 */
export const API_PATHS = /^\/(?:(?:graphql|api|health|docs|openapi\.json|match|entities|catalog)(?:\/|$)|search\/)/;

export function webAppDirectory(): string {
  return join(findProjectRoot(), 'dist', 'web-app');
}

function setHeaders(response: Response, path: string): void {
  if (path.endsWith('index.html')) {
    // The page names the current bundle; it must be fetched again after every build.
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  } else if (path.includes(join('web-app', 'assets'))) {
    // Vite names assets by content hash.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  }
}

/** Serves the analysts' web app (built by `npm run build` into dist/web-app) at `/`, beside the API. */
@Module({})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    const directory = webAppDirectory();
    if (existsSync(join(directory, 'index.html'))) {
      consumer.apply(compressedAssets(directory)).forRoutes('{*path}');
    }
  }

  static forRoot(): DynamicModule {
    const directory = webAppDirectory();
    if (!existsSync(join(directory, 'index.html'))) {
      new Logger(WebModule.name).warn(`The web app is not built (${directory}): run npm run build`);
      return { module: WebModule };
    }
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: directory,
          exclude: API_PATHS,
          serveStaticOptions: { index: 'index.html', setHeaders },
        }),
      ],
    };
  }
}
