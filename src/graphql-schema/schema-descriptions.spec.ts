import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { SCHEMA_FILE } from './graphql-schema';
import { undocumentedElements } from './schema-descriptions';

/**
 * Elements of schema.graphql that had no description when this test was written (2026-11-30). The
 * list may only shrink: a new type, field, argument or enum value without a description fails the
 * test, and so does an element here that has gained one (delete it from the list).
 */
const STILL_UNDOCUMENTED: readonly string[] = JSON.parse(
  readFileSync(join(__dirname, 'undocumented-elements.json'), 'utf8'),
) as string[];

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
  const undocumented = undocumentedElements(readFileSync(join(findProjectRoot(), SCHEMA_FILE), 'utf8'));

  it('has no type, field, argument or enum value without a description beyond the shrinking list', () => {
    const allowed = new Set(STILL_UNDOCUMENTED);

    expect(undocumented.filter((element) => !allowed.has(element))).toEqual([]);
  });

  it('lists as undocumented only what still is (remove an element once it has a description)', () => {
    const current = new Set(undocumented);

    expect(STILL_UNDOCUMENTED.filter((element) => !current.has(element))).toEqual([]);
  });
});
