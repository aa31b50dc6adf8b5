import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import * as generated from './generated';
import type { Operation } from './client';

const root = join(__dirname, '..', '..', '..');
const schemaText = readFileSync(join(root, 'schema.graphql'), 'utf8');
const documents = Object.entries(generated as Record<string, unknown>).filter(([name]) =>
  name.endsWith('Document'),
) as Array<[string, Operation<unknown, unknown>]>;
const scratch = mkdtempSync(join(tmpdir(), 'web-types-'));

function runGenerator(environment: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'tools', 'generate-web-types.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, ...environment },
    encoding: 'utf8',
  });
}

describe('the generated GraphQL types of the web app', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are what schema.graphql and the documents give today (the committed file is fresh)', () => {
    const sut = runGenerator({}, '--check');

    expect(sut.stderr).toBe('');
    expect(sut.status).toBe(0);
  });

  it.each(documents)('%s validates against the committed schema.graphql', (_name, sut) => {
    const errors = validate(buildSchema(schemaText), parse(sut.document));

    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('names each operation once, so server logs tell the pages apart', () => {
    const names = documents.map(([, sut]) => /^\s*(?:query|mutation)\s+(\w+)/.exec(sut.document)?.[1]);

    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('stops the generation, naming the field, when the schema renames a field a page asks for', () => {
    const schema = join(scratch, 'schema.graphql');
    writeFileSync(schema, schemaText.replace(/^(\s*)matchedName: String!$/m, '$1bestName: String!'));

    const sut = runGenerator({ WEB_TYPES_SCHEMA: schema, WEB_TYPES_OUTPUT: join(scratch, 'generated.ts') });

    expect(sut.status).toBe(1);
    expect(sut.stderr).toContain('Cannot query field "matchedName" on type "EntitySearchHit"');
  });
});
