import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undescribedInDocument } from '../../src/openapi/openapi-coverage';
import { IMPORT_RESULT_KEYS } from '../../src/watchlists/import-result';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

/**
 * The documentation routes themselves, GraphQL (documented by schema.graphql) and the web app's
 * page for its own paths (src/web/web.module.ts) are not REST operations.
 */
const NOT_REST = new Set(['/graphql', '/docs', '/docs/', '/openapi.json', '{*any}']);

/** Every `METHOD /path` Express routes to a Nest handler, path parameters written `{name}` as OpenAPI does. */
function registeredRoutes(app: TestApp['app']): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  return express.router.stack.flatMap((layer) => {
    if (!layer.route || typeof layer.route.path !== 'string' || NOT_REST.has(layer.route.path)) {
      return [];
    }
    if (layer.route.path.startsWith('/docs')) {
      return [];
    }
    const path = layer.route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    return Object.keys(layer.route.methods)
      .filter((method) => method !== '_all')
      .map((method) => `${method.toUpperCase()} ${path}`);
  });
}

function references(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item) => references(item, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') {
        found.push(inner);
      } else {
        references(inner, found);
      }
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  let sut: TestApp;
  let document: any;

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ API_KEYS: 'reader-key-for-openapi-test-1:reader' });
    const response = await fetch(`${sut.url}/openapi.json`);
    expect(response.status).toBe(200);
    document = await response.json();
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('is OpenAPI 3.1 with a title and version', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: 'partner-graph', version: expect.any(String) });
  });

  it('documents every route the application registers', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = registeredRoutes(sut.app);

    expect(routes).toEqual(expect.arrayContaining(['POST /api/screen', 'POST /match/{dataset}', 'GET /catalog']));
    expect(routes.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('gives every operation a summary, a 200 schema, its errors, and request bodies with schemas', () => {
    const incomplete: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, any>)) {
        const name = `${method.toUpperCase()} ${path}`;
        // JSON for all but /metrics (Prometheus text).
        const ok = Object.values(operation.responses?.['200']?.content ?? {}).some((content: any) => content.schema);
        const errors = Object.keys(operation.responses ?? {}).filter((status) => Number(status) >= 400);
        const bodyOk =
          operation.requestBody === undefined ||
          Object.values(operation.requestBody.content ?? {}).every((content: any) => content.schema);
        if (!operation.summary || !ok || errors.length === 0 || !bodyOk) {
          incomplete.push(name);
        }
        if (method === 'post' && !path.startsWith('/health') && operation.requestBody === undefined) {
          incomplete.push(`${name} (no request body)`);
        }
      }
    }
    expect(incomplete).toEqual([]);
  });

  it('describes every request and response property and every parameter, with an example for each value', () => {
    expect(undescribedInDocument(document)).toEqual([]);
  });

  it('describes the import answer as the one ImportResult shape', () => {
    const operation = document.paths['/api/watchlists/{list}/import'].post;

    expect(operation.responses['200'].content['application/json'].schema.items).toEqual({
      $ref: '#/components/schemas/ImportResult',
    });
    expect(Object.keys(document.components.schemas.ImportResult.properties)).toEqual([...IMPORT_RESULT_KEYS]);
  });

  it('resolves every schema reference', () => {
    const missing = references(document)
      .map((reference) => reference.replace('#/components/schemas/', ''))
      .filter((name) => document.components.schemas[name] === undefined);

    expect(missing).toEqual([]);
  });

  it('answers liveness without a key or the database', async () => {
    const response = await fetch(`${sut.url}/health/live`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('shows yente’s documented match request as the example', () => {
    const example = document.components.schemas.MatchRequest.example;

    expect(example.queries.entity1).toMatchObject({ schema: 'Person', properties: { birthDate: ['1975-04-21'] } });
  });

  it('serves a browsable page at /docs with its assets from the package, not the internet', async () => {
    const page = await fetch(`${sut.url}/docs`);
    const html = await page.text();

    expect(page.status).toBe(200);
    expect(html).toContain('swagger-ui');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((asset) => /^https?:/.test(asset))).toEqual([]);
    for (const asset of assets) {
      const url = new URL(asset, `${sut.url}/docs`);
      expect((await fetch(url)).status, url.pathname).toBe(200);
    }
  });
});
