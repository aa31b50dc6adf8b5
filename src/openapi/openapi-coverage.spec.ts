import { describe, expect, it } from 'vitest';
import { undescribedInDocument, undescribedProperties } from './openapi-coverage';
import { COMPONENT_SCHEMAS, OPERATIONS } from './openapi-schemas';

describe(undescribedProperties.name, () => {
  it.each([
    [{ properties: { a: { type: 'string', description: 'A.', example: 'x' } } }, [], 'a described value'],
    [{ properties: { a: { type: 'string', example: 'x' } } }, ['s.properties.a (description)'], 'no description'],
    [{ properties: { a: { type: 'string', description: 'A.' } } }, ['s.properties.a (example)'], 'no example'],
    [{ properties: { a: { $ref: '#/components/schemas/B', description: 'A.' } } }, [], 'a reference needs no example'],
    [
      { properties: { a: { type: 'array', items: { $ref: '#/components/schemas/B' }, description: 'A.' } } },
      [],
      'an array of references needs no example',
    ],
    [
      { properties: { a: { type: 'array', items: { type: 'string' }, description: 'A.' } } },
      ['s.properties.a (example)'],
      'an array of values needs one',
    ],
    [
      { oneOf: [{ properties: { a: { type: 'integer', description: 'A.' } } }] },
      ['s.oneOf[0].properties.a (example)'],
      'a property inside oneOf',
    ],
    [
      { properties: { a: { description: 'A.', properties: { b: { type: 'number' } } } } },
      ['s.properties.a.properties.b (description)', 's.properties.a.properties.b (example)'],
      'a nested object is walked',
    ],
    [{ example: { properties: { x: 1 } }, properties: {} }, [], 'what an example holds is not a schema'],
  ])('finds what %j leaves undescribed', (schema, expected, _reason) => {
    const sut = undescribedProperties(schema, 's');

    expect(sut).toEqual(expected);
  });
});

describe(undescribedInDocument.name, () => {
  it('finds parameters without a description or an example', () => {
    const sut = undescribedInDocument({
      paths: {
        '/a/{id}': {
          get: {
            parameters: [
              { name: 'id', in: 'path', schema: { type: 'string' } },
              { name: 'q', in: 'query', description: 'Q.', example: 'x', schema: { type: 'string' } },
            ],
          },
        },
      },
    });

    expect(sut).toEqual(['GET /a/{id} parameter id (description)', 'GET /a/{id} parameter id (example)']);
  });

  it('finds properties of inline request and response schemas', () => {
    const sut = undescribedInDocument({
      paths: {
        '/a': {
          post: {
            responses: {
              200: { content: { 'application/json': { schema: { properties: { b: { type: 'string' } } } } } },
            },
          },
        },
      },
    });

    expect(sut).toEqual([
      'POST /a responses.200.content.application/json.schema.properties.b (description)',
      'POST /a responses.200.content.application/json.schema.properties.b (example)',
    ]);
  });
});

describe('the OpenAPI schemas and operations as written', () => {
  it('describe every property of every component schema, with an example for each value', () => {
    const sut = Object.entries(COMPONENT_SCHEMAS).flatMap(([name, schema]) =>
      undescribedProperties(schema, `components.schemas.${name}`),
    );

    expect(sut).toEqual([]);
  });

  it('describe every parameter, and every property of inline request and response schemas', () => {
    const sut = Object.entries(OPERATIONS).flatMap(([name, operation]) => [
      ...[...(operation.queryParameters ?? []), ...(operation.pathParameters ?? [])]
        .filter((parameter) => parameter.description.trim() === '' || parameter.example === undefined)
        .map((parameter) => `${name} parameter ${parameter.name}`),
      ...undescribedProperties(operation.requestBody?.schema, `${name} requestBody`),
      ...undescribedProperties(operation.response, `${name} response`),
    ]);

    expect(sut).toEqual([]);
  });
});
