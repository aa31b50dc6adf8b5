import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { SCHEMA_FILE } from './graphql-schema';
import { undocumentedElements } from './schema-descriptions';

describe(undocumentedElements.name, () => {
  it.each([
    ['type Thing { a: Int }', ['Thing', 'Thing.a'], 'a type and a field without one'],
    ['"""A thing."""\ntype Thing { """A."""\na(b: Int): Int }', ['Thing.a(b)'], 'an argument without one'],
    ['"""Levels."""\nenum Level { """Low."""\nLOW HIGH }', ['Level.HIGH'], 'an enum value without one'],
    ['"""A thing."""\ntype Thing { """A."""\na: Int }', [], 'everything described'],
  ])('finds what lacks a description in %j', (schema, expected, _reason) => {
    const sut = undocumentedElements(`type Query { """Q."""\nq: Int }\n${schema}`);

    expect(sut).toEqual(expected);
  });
});

describe('schema.graphql descriptions', () => {
  it('has a description on every type, field, argument and enum value', () => {
    const sut = undocumentedElements(readFileSync(join(findProjectRoot(), SCHEMA_FILE), 'utf8'));

    expect(sut).toEqual([]);
  });
});
