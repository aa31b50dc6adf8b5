import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { COMPONENT_SCHEMAS, OPERATIONS } from './openapi-schemas';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const ERROR_TEXT: Record<number, string> = {
  400: 'Bad input: the field and what was wrong',
  401: 'No API key, or an unknown one',
  403: 'The key lacks the role, or the request came from another site',
  404: 'Not found',
  409: 'An import of this list is already running',
  413: 'The body is too large',
  503: 'Neo4j, the screening index or (for PDF reports) Chromium is not available',
};

type Operation = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document: paths and path parameters come from the routes Nest registered, the
 * request and response schemas from openapi-schemas.ts. A route with no entry there keeps Nest's
 * bare description, which the OpenAPI test refuses.
 */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('partner-graph')
    .setDescription(
      'Screening and due-diligence API. GraphQL at /graphql (schema in schema.graphql); REST below, including a yente-compatible API (/match, /search, /entities, /catalog). Send the API key as `x-api-key`, `Authorization: Bearer <key>` or `Authorization: ApiKey <key>`.',
    )
    .setVersion(version)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'apiKey')
    .addBearerAuth({ type: 'http', scheme: 'bearer' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.openapi = '3.1.0';
  document.components = {
    ...document.components,
    schemas: { ...(document.components?.schemas ?? {}), ...(COMPONENT_SCHEMAS as Record<string, object>) },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      const spec = OPERATIONS[`${method.toUpperCase()} ${path}`];
      if (!operation || !spec) {
        continue;
      }
      const errorSchema = { $ref: `#/components/schemas/${spec.yente ? 'YenteError' : 'Error'}` };
      const isPublic = path === '/health' || path.startsWith('/health/') || path === '/api/me';
      operation.summary = spec.summary;
      operation.tags = [spec.tag];
      operation.parameters = [
        ...((operation.parameters as Operation[] | undefined) ?? [])
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => {
            const described = spec.pathParameters?.find((candidate) => candidate.name === parameter.name);
            return described
              ? {
                  ...parameter,
                  description: described.description,
                  example: described.example,
                  schema: described.schema,
                }
              : parameter;
          }),
        ...(spec.queryParameters ?? []).map((parameter) => ({
          name: parameter.name,
          in: 'query',
          required: false,
          description: parameter.description,
          example: parameter.example,
          schema: parameter.schema,
        })),
      ];
      if (spec.requestBody) {
        operation.requestBody = {
          required: true,
          description: spec.requestBody.description,
          content: { [spec.requestBody.contentType]: { schema: spec.requestBody.schema } },
        };
      } else {
        delete operation.requestBody;
      }
      const errors = [...new Set([...spec.errors, ...(isPublic ? [] : [401, 403])])].sort();
      operation.responses = {
        200: {
          description: 'OK',
          content: { [spec.responseContentType ?? 'application/json']: { schema: spec.response } },
        },
        ...Object.fromEntries(
          errors.map((status) => [
            String(status),
            { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: errorSchema } } },
          ]),
        ),
      };
      operation.security = isPublic ? [] : [{ apiKey: [] }, { bearer: [] }];
    }
  }
  return document;
}

/** Serves the document at /openapi.json and Swagger UI (assets from the package, offline) at /docs. */
export function serveOpenApi(app: INestApplication, version: string): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, version), {
    jsonDocumentUrl: '/openapi.json',
    raw: ['json'],
    customSiteTitle: 'partner-graph API',
  });
}
