import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_CASE_OPERATIONS } from './case-operations';
import { ALL_OPERATIONS as PAGE_OPERATIONS } from './operations';

const ALL_OPERATIONS = { ...PAGE_OPERATIONS, ...ALL_CASE_OPERATIONS };

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));

describe('web app GraphQL operations', () => {
  it.each(Object.entries(ALL_OPERATIONS))('%s validates against the committed schema.graphql', (_name, sut) => {
    const errors = validate(schema, parse(sut.document));

    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('names each operation once, so server logs tell the pages apart', () => {
    const names = Object.values(ALL_OPERATIONS).map((sut) => /^\s*(?:query|mutation)\s+(\w+)/.exec(sut.document)?.[1]);

    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
